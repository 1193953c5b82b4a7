"""A real HTTP/1.1 server on loopback whose answers are raw bytes: it can lie, trickle, redirect and echo.

Each request is read whole (headers, then a Content-Length body) and recorded; the answer is what ``answer``
returns for it: byte strings sent as they are, a float a pause before the next (the server's behaviour, not
a test's synchronisation). The connection is closed after each answer.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)  # when it was read whole


Answer = Callable[[Seen], Iterable[bytes | float]]


def response(
    status: int = 200,
    body: bytes | str | Any = b"{}",
    *,
    reason: str = "OK",
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
    length: int | None = None,
) -> bytes:
    """An HTTP/1.1 answer: a JSON body for anything but bytes or text; ``length`` a Content-Length to claim."""
    if not isinstance(body, bytes | str):
        body = json.dumps(body)
    raw = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers.items() if isinstance(headers, dict) else headers or [])]
    lines.append(f"Content-Length: {len(raw) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + raw


def endless(head: bytes, chunk: bytes, *, pause: float = 0.0) -> Iterator[bytes | float]:
    """``head``, then ``chunk`` again and again (after ``pause`` each time) until the client goes away."""
    yield head
    while True:
        if pause:
            yield pause
        yield chunk


class HostileServer:
    """Serves ``answer`` on ``host`` at a port the OS chooses, one thread per connection."""

    def __init__(self, answer: Answer, host: str = "127.0.0.1") -> None:
        self.answer = answer
        self.requests: list[Seen] = []
        self._stopped = threading.Event()
        self._listener = socket.create_server((host, 0))
        self.url = f"http://{host}:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopped.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            try:
                seen = self._read(connection)
                if seen is None:
                    return
                self.requests.append(seen)
                for part in self.answer(seen):
                    if self._stopped.is_set():
                        return
                    if isinstance(part, float):
                        time.sleep(part)
                    else:
                        connection.sendall(part)
            except OSError:  # the client went away: what a hostile answer is cut short by
                return

    @staticmethod
    def _read(connection: socket.socket) -> Seen | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        while len(body) < int(headers.get("content-length", "0")):
            chunk = connection.recv(65536)
            if not chunk:
                break
            body += chunk
        method, path, _ = request_line.split(" ", 2)
        return Seen(method, path, headers, body)


@dataclass
class Script:
    """Answers by request: each call takes the next answer, the last one repeating."""

    answers: list[bytes | Callable[[Seen], Iterable[bytes | float]]] = field(default_factory=list)

    def __call__(self, seen: Seen) -> Iterable[bytes | float]:
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return [answer] if isinstance(answer, bytes) else answer(seen)


def key_echoes(key: str) -> dict[str, Answer]:
    """Answers that put ``key`` where a careless client would show it, by name."""
    escaped = "".join(f"\\u{ord(char):04x}" for char in key)
    record = {"id": "1", "uri": "s3://bucket/data", "status": "InProgress", "percentComplete": 10.0}
    answers = {
        "reason-phrase-and-header": response(500, {"message": "boom"}, reason=f"Bad {key}", headers={"X-Echo": key}),
        "escaped-in-json": response(400, f'{{"message": "invalid key {escaped}", "details": ["{escaped}"]}}'),
        "glued-to-a-word": response(401, {"message": f"invalid key x{key}x"}),
        "wrongly-typed-field": response(200, {**record, "recordsImported": key}),
        "created-at": response(200, {**record, "createdAt": key}),
        "protocol-error": f"HTTP/1.1 abc {key}\r\n\r\n".encode(),
        "redirect": response(302, b"", headers={"Location": f"http://127.0.0.2:1/?key={key}"}),
    }
    return {name: (lambda seen, answer=answer: [answer]) for name, answer in answers.items()}
