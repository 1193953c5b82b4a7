"""Run Stoplight Prism on a free loopback port for the duration of a test: as a mock of one spec, or as a
validating proxy in front of a server that should answer as the spec says."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRISM = HERE / "node_modules" / ".bin" / "prism"
_LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:\d+)")
STARTUP_TIMEOUT = 60.0


def _free_port() -> int:
    # Prism takes a port number, not 0; the OS picks one that is free now.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_prism(
    spec: Path, *, dynamic: bool = False, errors: bool = True, seed: str = "20260401", upstream: str | None = None
) -> Iterator[str]:
    """Yields Prism's base URL once it says it is listening; stops it afterwards, whatever happened.

    errors: answer a request that violates the spec with an error (otherwise only report it in the
    sl-violations header). dynamic: generate response bodies from the schemas, reproducibly from seed.
    upstream: instead of mocking, forward each valid request to this base URL and check its answer against
    the spec (a response violation is reported in sl-violations, or with errors answered as an error).
    """
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `make test` (it runs npm ci in {HERE})")
    if upstream is not None and dynamic:
        raise ValueError("a proxy answers what its upstream answers: dynamic applies to a mock only")
    mode = ["mock", str(spec)] if upstream is None else ["proxy", str(spec), upstream]
    command = [str(PRISM), *mode, "--host", "127.0.0.1", "--port", str(_free_port())]
    if errors:
        command.append("--errors")
    if dynamic:
        command += ["--dynamic", "--seed", seed]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    try:
        seen = []
        while True:
            line = lines.get(timeout=STARTUP_TIMEOUT)
            if line is None:
                raise RuntimeError("Prism exited before listening:\n" + "".join(seen))
            seen.append(line)
            match = _LISTENING.search(line)
            if match:
                break
        yield match[1]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
