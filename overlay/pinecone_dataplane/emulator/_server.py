"""Serving the emulator: uvicorn on 127.0.0.1 in a background thread, or the command in a subprocess."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import select
import signal
import socket
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import TRANSPORT_KEY, EmulatorApp
from ._clock import Clock, SystemClock
from ._imports import VectorType
from ._limits import MAX_HEAD_BYTES
from ._state import Casing, EmulatorState, Faults, Settings
from ._store import Metric

if TYPE_CHECKING:
    import subprocess as subprocess_module

HOST = "127.0.0.1"
_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0


class _Protocol(H11Protocol):
    """uvicorn's h11 protocol with the connection's transport in every request's scope state, so an
    injected fault can close the connection without answering."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.app_state = {**self.app_state, TRANSPORT_KEY: transport}


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, settled: threading.Event) -> None:
        super().__init__(config)
        self._settled = settled

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._settled.set()


class Emulator:
    """One emulator, served from a background thread. ``running_emulator`` is the usual way in.

    The listening socket is bound before the server starts, so the port is known at once and
    connections made before the server is up wait in the backlog rather than fail.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        faults: Faults | None = None,
        port: int = 0,
        log_level: str = "warning",
        access_log: bool = False,
        on_exit: Callable[[], None] | None = None,
    ) -> None:
        self.state = EmulatorState(settings, clock if clock is not None else SystemClock(), faults or Faults())
        self._port = port
        self._log_level = log_level
        self._access_log = access_log
        self._on_exit = on_exit
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def __repr__(self) -> str:
        return f"Emulator(url={self.url!r}, settings={self.state.settings!r})"

    def start(self) -> str:
        """Start serving; returns the URL (``http://127.0.0.1:PORT``). Raises OSError if the port is taken."""
        # IPPROTO_TCP spelled out: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say so, and
        # with Nagle on, every answer sent in two writes waits ~40 ms for a delayed ACK.
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((HOST, self._port))
            listener.listen(128)
            port = listener.getsockname()[1]
        except OSError:
            listener.close()
            raise
        config = uvicorn.Config(
            EmulatorApp(self.state, access_log=sys.stderr if self._access_log else None),
            http=_Protocol,
            interface="asgi3",
            lifespan="off",
            log_config=None,  # leave the host application's logging alone
            log_level=self._log_level,
            access_log=False,  # the app writes its own, one line per request (see EmulatorApp)
            timeout_graceful_shutdown=5,
            # 2026-07 allows a fetch of 1000 ids of up to 512 characters each, percent-encoded in the query:
            # a request line far past h11's 16 KiB default (see _limits for the cap's reckoning).
            h11_max_incomplete_event_size=MAX_HEAD_BYTES,
        )
        # Set when startup completes or when the server thread ends, whichever comes first.
        settled = threading.Event()
        self._server = _Server(config, settled)
        self._thread = threading.Thread(
            target=self._serve,
            args=(self._server, listener, settled),
            name="pinecone-dataplane-emulator",
            daemon=True,
        )
        self._thread.start()
        if not settled.wait(_START_TIMEOUT) or not self._server.started:
            self.stop()
            raise RuntimeError("the emulator's HTTP server did not start")
        self.url = f"http://{HOST}:{port}"
        return self.url

    def _serve(self, server: _Server, listener: socket.socket, settled: threading.Event) -> None:
        try:
            server.run(sockets=[listener])
        finally:
            listener.close()
            settled.set()
            if self._on_exit is not None:
                self._on_exit()

    def stop(self) -> None:
        """Stop serving and stop every import where it is. Safe to call twice."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(_STOP_TIMEOUT)
        self.state.stop(_STOP_TIMEOUT)


class RunningEmulator:
    """A running emulator, as ``running_emulator`` yields it.

    ``url`` and ``api_key`` are all a client needs. In-process emulators also expose their live
    ``state`` (and shortcuts to its counters); emulators in a subprocess raise RuntimeError for those.
    """

    def __init__(
        self,
        url: str,
        settings: Settings,
        *,
        state: EmulatorState | None = None,
        process: subprocess_module.Popen[bytes] | None = None,
    ) -> None:
        self.url = url
        self.settings = settings
        self.process = process
        self._state = state

    def __repr__(self) -> str:
        where = "in-process" if self._state is not None else "subprocess"
        return f"RunningEmulator(url={self.url!r}, {where})"

    @property
    def api_key(self) -> str:
        return self.settings.api_key

    @property
    def state(self) -> EmulatorState:
        if self._state is None:
            raise RuntimeError("an emulator in a subprocess has no in-process state; start it with subprocess=False")
        return self._state

    @property
    def clock(self) -> Clock:
        return self.state.clock

    @property
    def faults(self) -> Faults:
        return self.state.faults

    @property
    def imports_started(self) -> int:
        return self.state.imports_started

    @property
    def faults_injected(self) -> Counter[str]:
        return self.state.faults_injected

    @property
    def requests(self) -> Counter[str]:
        return self.state.requests

    def join_imports(self, timeout: float | None = None) -> bool:
        """Wait (in real time) for every import started so far to end; False on timeout."""
        return self.state.join_imports(timeout)


@contextmanager
def running_emulator(
    *,
    api_key: str | None = None,
    dimension: int = 8,
    vector_type: VectorType = "dense",
    metric: Metric | None = None,
    bucket_root: str | os.PathLike[str] | None = None,
    casing: Casing = "camel",
    records_per_second: float | None = None,
    pending_seconds: float = 0.0,
    indexing_seconds: float = 0.0,
    batch_size: int = 10_000,
    embedding_field: str | None = None,
    document_schema: dict[str, Any] | None = None,
    allowed_hosts: Iterable[str] = (),
    max_body_bytes: int | None = None,
    faults: Faults | None = None,
    clock: Clock | None = None,
    port: int = 0,
    subprocess: bool = False,
) -> Iterator[RunningEmulator]:
    """Start an emulator on 127.0.0.1 (a free port unless ``port`` is given) and stop it on exit.

    In-process by default (uvicorn in a background thread, with the live state on the handle); with
    ``subprocess=True`` it runs ``python -m pinecone_dataplane.emulator`` instead. Without ``api_key`` a
    random key is made; read it from the handle's ``api_key``. Only requests whose ``Host`` is a loopback name
    are served, unless ``allowed_hosts`` names others (``"*"``: any).

    >>> with running_emulator(bucket_root="/data/buckets") as emulator:
    ...     client = Client(host=emulator.url, api_key=emulator.api_key)
    """
    settings = Settings(
        # Hex, not urlsafe: one urlsafe key in 64 starts with '-' and reads as an option after --api-key.
        api_key=api_key or secrets.token_hex(24),
        dimension=dimension,
        vector_type=vector_type,
        metric=metric,
        bucket_root=Path(bucket_root) if bucket_root is not None else None,
        casing=casing,
        records_per_second=records_per_second,
        pending_seconds=pending_seconds,
        indexing_seconds=indexing_seconds,
        batch_size=batch_size,
        embedding_field=embedding_field,
        document_schema=document_schema,
        allowed_hosts=frozenset(allowed_hosts),
        max_body_bytes=max_body_bytes,
    )
    faults = faults if faults is not None else Faults()
    if subprocess:
        if clock is not None:
            raise ValueError("a clock can drive only an in-process emulator (subprocess=False)")
        with _emulator_process(settings, faults, port) as running:
            yield running
        return
    emulator = Emulator(settings, clock=clock, faults=faults, port=port)
    emulator.start()
    try:
        yield RunningEmulator(emulator.url, settings, state=emulator.state)
    finally:
        emulator.stop()


def command_line(settings: Settings, faults: Faults, port: int) -> list[str]:
    """Options of the ``emulator`` command for these settings; the API key goes in the environment."""
    args = [
        "--port",
        str(port),
        "--dimension",
        str(settings.dimension),
        "--vector-type",
        settings.vector_type,
    ]
    assert settings.metric is not None  # Settings fills it in
    args += [
        "--metric",
        settings.metric,
        "--casing",
        settings.casing,
        "--batch-size",
        str(settings.batch_size),
    ]
    args += ["--pending-seconds", repr(settings.pending_seconds)]
    args += ["--indexing-seconds", repr(settings.indexing_seconds)]
    if settings.bucket_root is not None:
        args += ["--bucket-root", str(settings.bucket_root)]
    if settings.records_per_second is not None:
        args += ["--records-per-second", repr(settings.records_per_second)]
    if settings.embedding_field is not None:
        args += ["--embedding-field", settings.embedding_field]
    if settings.document_schema is not None:
        args += ["--document-schema", json.dumps(settings.document_schema)]
    for name in sorted(settings.allowed_hosts):
        args += ["--allow-host", name]
    if settings.max_body_bytes is not None:
        args += ["--max-body-bytes", str(settings.max_body_bytes)]
    args += ["--fail-rate", repr(faults.fail_rate), "--drop-rate", repr(faults.drop_rate)]
    args += ["--lost-response-rate", repr(faults.lost_response_rate)]
    low, high = faults.latency
    args += ["--latency", f"{low * 1000:g}-{high * 1000:g}"]
    args += ["--no-retry-after"] if faults.retry_after is None else ["--retry-after", repr(faults.retry_after)]
    if faults.seed is not None:
        args += ["--seed", str(faults.seed)]
    return args


@contextmanager
def _emulator_process(settings: Settings, faults: Faults, port: int) -> Iterator[RunningEmulator]:
    import subprocess as subprocess_module

    command = [sys.executable, "-m", "pinecone_dataplane.emulator", *command_line(settings, faults, port)]
    env = {**os.environ, "PINECONE_API_KEY": settings.api_key}
    process = subprocess_module.Popen(command, stdout=subprocess_module.PIPE, env=env)
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], _START_TIMEOUT)
        line = process.stdout.readline().decode().strip() if ready else ""
        if not line.startswith("http://"):
            raise RuntimeError(
                f"the emulator command did not print its URL (exit status {process.poll()}; see its stderr)"
            )
        yield RunningEmulator(line, settings, process=process)
    finally:
        _stop_process(process)


def _stop_process(process: Any) -> None:
    import subprocess  # loaded already by whoever started the process

    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()
