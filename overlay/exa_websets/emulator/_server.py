"""Serving the fake: uvicorn on two loopback ports in a background thread, or the command in a subprocess."""

from __future__ import annotations

import os
import secrets
import select
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from ._app import API_ROOT, FakeApp, FakeState
from ._clock import Clock, SystemClock
from ._imports import MAX_FILE_BYTES, ImportStore

HOST = "127.0.0.1"
_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Settings:
    api_key: str
    processing_seconds: float = 2.0
    upload_valid_seconds: float = 3600.0
    max_file_bytes: int = MAX_FILE_BYTES
    max_body_bytes: int = 1 << 20
    allowed_hosts: frozenset[str] = frozenset()


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, settled: threading.Event) -> None:
        super().__init__(config)
        self._settled = settled

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._settled.set()


def _listen(port: int) -> socket.socket:
    # Bound before the server starts, so the port is known at once and early connections wait in the backlog.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


class Emulator:
    """One fake, served from a background thread: the API on ``port``, the uploads on ``upload_port``."""

    def __init__(self, settings: Settings, *, clock: Clock | None = None, port: int = 0, upload_port: int = 0) -> None:
        self.settings = settings
        store = ImportStore(
            clock if clock is not None else SystemClock(),
            settings.processing_seconds,
            upload_valid_seconds=settings.upload_valid_seconds,
            max_file_bytes=settings.max_file_bytes,
        )
        self.state = FakeState(
            settings.api_key, store, max_body_bytes=settings.max_body_bytes, allowed_hosts=settings.allowed_hosts
        )
        self._ports = (port, upload_port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.origin = ""

    def __repr__(self) -> str:
        return f"Emulator(origin={self.origin!r}, uploads={self.state.upload_origin!r})"

    def start(self) -> str:
        """Start serving; returns the API's origin (``http://127.0.0.1:PORT``). OSError if a port is taken."""
        api = _listen(self._ports[0])
        try:
            uploads = _listen(self._ports[1])
        except OSError:
            api.close()
            raise
        upload_port = uploads.getsockname()[1]
        self.state.upload_origin = f"http://{HOST}:{upload_port}"
        config = uvicorn.Config(
            FakeApp(self.state, upload_port=upload_port),
            interface="asgi3",
            lifespan="off",
            log_config=None,  # leave the host application's logging alone
            log_level="warning",
            access_log=False,
        )
        settled = threading.Event()
        self._server = _Server(config, settled)
        self._thread = threading.Thread(
            target=self._serve, args=(self._server, [api, uploads], settled), name="exa-websets-fake", daemon=True
        )
        self._thread.start()
        if not settled.wait(_START_TIMEOUT) or not self._server.started:
            self.stop()
            raise RuntimeError("the fake's HTTP server did not start")
        self.origin = f"http://{HOST}:{api.getsockname()[1]}"
        return self.origin

    @staticmethod
    def _serve(server: _Server, listeners: list[socket.socket], settled: threading.Event) -> None:
        try:
            server.run(sockets=listeners)
        finally:
            for listener in listeners:
                listener.close()
            settled.set()

    def stop(self) -> None:
        """Stop serving. Safe to call twice."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(_STOP_TIMEOUT)


class RunningEmulator:
    """A running fake, as ``running_emulator`` yields it.

    ``url`` is the base URL a client takes (the document's server, ``…/websets``), ``origin`` the same without
    the path (what exa-py's ``base_url`` takes), ``upload_origin`` where the files go. An in-process fake also
    has its live ``state`` and ``clock``; one in a subprocess raises RuntimeError for those.
    """

    def __init__(
        self,
        origin: str,
        upload_origin: str,
        settings: Settings,
        *,
        state: FakeState | None = None,
        clock: Clock | None = None,
        process: subprocess.Popen[bytes] | None = None,
    ) -> None:
        self.origin = origin
        self.url = origin + API_ROOT
        self.upload_origin = upload_origin
        self.settings = settings
        self.process = process
        self._state = state
        self._clock = clock

    def __repr__(self) -> str:
        where = "in-process" if self._state is not None else "subprocess"
        return f"RunningEmulator(url={self.url!r}, uploads={self.upload_origin!r}, {where})"

    @property
    def api_key(self) -> str:
        return self.settings.api_key

    @property
    def state(self) -> FakeState:
        if self._state is None:
            raise RuntimeError("a fake in a subprocess has no in-process state; start it with subprocess=False")
        return self._state

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            raise RuntimeError("a fake in a subprocess has no in-process clock; start it with subprocess=False")
        return self._clock


@contextmanager
def running_emulator(
    *,
    api_key: str | None = None,
    processing_seconds: float = 2.0,
    upload_valid_seconds: float = 3600.0,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_body_bytes: int = 1 << 20,
    allowed_hosts: Iterable[str] = (),
    clock: Clock | None = None,
    port: int = 0,
    upload_port: int = 0,
    subprocess: bool = False,
) -> Iterator[RunningEmulator]:
    """Start a fake of Exa's imports on 127.0.0.1 (free ports unless given) and stop it on exit.

    In-process by default; with ``subprocess=True`` it runs ``python -m exa_websets.emulator`` instead. Without
    ``api_key`` a random key is made (the handle's ``api_key``). With a ``ManualClock``, processing ends only when
    the test advances it.

    >>> with running_emulator(clock=ManualClock()) as fake:
    ...     exa = Exa(api_key=fake.api_key, base_url=fake.origin)
    """
    settings = Settings(
        api_key=api_key or secrets.token_hex(24),
        processing_seconds=processing_seconds,
        upload_valid_seconds=upload_valid_seconds,
        max_file_bytes=max_file_bytes,
        max_body_bytes=max_body_bytes,
        allowed_hosts=frozenset(allowed_hosts),
    )
    if subprocess:
        if clock is not None:
            raise ValueError("a clock can drive only an in-process fake (subprocess=False)")
        with _fake_process(settings, port, upload_port) as running:
            yield running
        return
    clock = clock if clock is not None else SystemClock()
    emulator = Emulator(settings, clock=clock, port=port, upload_port=upload_port)
    emulator.start()
    try:
        yield RunningEmulator(
            emulator.origin, emulator.state.upload_origin, settings, state=emulator.state, clock=clock
        )
    finally:
        emulator.stop()


def command_line(settings: Settings, port: int, upload_port: int) -> list[str]:
    """Options of ``python -m exa_websets.emulator`` for these settings; the key goes in the environment."""
    args = ["--port", str(port), "--upload-port", str(upload_port)]
    args += ["--processing-seconds", repr(settings.processing_seconds)]
    args += ["--upload-valid-seconds", repr(settings.upload_valid_seconds)]
    args += ["--max-file-bytes", str(settings.max_file_bytes), "--max-body-bytes", str(settings.max_body_bytes)]
    for name in sorted(settings.allowed_hosts):
        args += ["--allow-host", name]
    return args


@contextmanager
def _fake_process(settings: Settings, port: int, upload_port: int) -> Iterator[RunningEmulator]:
    command = [sys.executable, "-m", "exa_websets.emulator", *command_line(settings, port, upload_port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env={**os.environ, "EXA_API_KEY": settings.api_key})
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], _START_TIMEOUT)
        # It prints both lines at once: the second follows the first without waiting.
        lines = [process.stdout.readline().decode().strip() for _ in range(2)] if ready else []
        if len(lines) != 2 or not all(line.startswith("http://") for line in lines):
            raise RuntimeError(f"the fake did not print its URLs (exit status {process.poll()}; see its stderr)")
        origin = lines[0].removesuffix(API_ROOT)
        yield RunningEmulator(origin, lines[1], settings, process=process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()
