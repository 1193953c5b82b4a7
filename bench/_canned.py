"""A canned index for the hot-path measures: every answer serialised once at start, so the server's own cost is
small and the same for every client measured against it.

    python -m bench._canned --dimension 1536   # prints the URL; serves until stdin closes

It reads each request's body whole (as a server must) and answers from the table: a query asking for values
gets 100 matches of ``dimension`` floats with metadata, one that does not gets 10 bare matches; fetch gets 100
vectors; upsert, update and delete their small answers; listing vectors and imports a page of 100 with a token.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

from ._process import server_process

MATCHES = 100
SMALL_TOP_K = 10
PAGE = 100
_WANTS_VALUES = re.compile(rb'"includeValues"\s*:\s*true')


def _vector(rng: random.Random, number: int, dimension: int) -> dict[str, object]:
    return {
        "id": f"doc-{number:06d}",
        # float32 values as the service prints them: nine significant digits.
        "values": [float(f"{rng.uniform(-1, 1):.9g}") for _ in range(dimension)],
        "metadata": {
            "genre": rng.choice(["drama", "comedy", "news"]),
            "year": 1990 + number % 30,
            "title": f"t{number}",
        },
    }


def answers(dimension: int) -> dict[str, bytes]:
    """Every body the server sends, by name."""
    rng = random.Random(0)
    vectors = [_vector(rng, number, dimension) for number in range(MATCHES)]
    imports = [
        {
            "id": str(number),
            "uri": f"s3://bench-bucket/imports/{number:05d}/",
            "status": "Completed",
            "createdAt": "2026-04-01T10:00:00.123Z",
            "finishedAt": "2026-04-01T10:30:00.456Z",
            "percentComplete": 100.0,
            "recordsImported": 1000 + number,
        }
        for number in range(1, PAGE + 1)
    ]
    bodies = {
        "query": {"matches": [{**v, "score": 0.9 - i / 1000} for i, v in enumerate(vectors)], "namespace": "bench"},
        "small query": {
            "matches": [{"id": v["id"], "score": 0.9 - i / 1000} for i, v in enumerate(vectors[:SMALL_TOP_K])],
            "namespace": "bench",
        },
        "fetch": {"vectors": {v["id"]: v for v in vectors}, "namespace": "bench"},
        "upsert": {"upsertedCount": 100},
        "list vectors": {
            "vectors": [{"id": f"doc-{n:06d}"} for n in range(PAGE)],
            "pagination": {"next": "next-page-token"},
            "namespace": "bench",
        },
        "list imports": {"data": imports, "pagination": {"next": "next-page-token"}},
        "describe import": imports[0],
        "empty": {},
    }
    return {name: json.dumps(body, separators=(",", ":")).encode() for name, body in bodies.items()}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as clients use it
    # Each answer leaves in one write with Nagle off: a client that sends its request in two segments
    # (headers, then body) would otherwise wait out the peer's delayed acknowledgement (40 ms) on every call.
    disable_nagle_algorithm = True
    answers: ClassVar[dict[str, bytes]] = {}

    def _answer(self, name: str, status: int = 200) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if name == "query" and not _WANTS_VALUES.search(body):
            name = "small query"
        payload = self.answers[name]
        head = f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
        self.wfile.write(head.encode() + payload)

    def do_POST(self) -> None:
        path = self.path.split("?")[0]
        routes = {
            "/query": "query",
            "/vectors/upsert": "upsert",
            "/vectors/update": "empty",
            "/vectors/delete": "empty",
        }
        if path.startswith("/records/namespaces/"):
            self._answer("empty", 201)
        else:
            self._answer(routes.get(path, "empty"))

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        routes = {"/vectors/fetch": "fetch", "/vectors/list": "list vectors", "/bulk/imports": "list imports"}
        self._answer(routes.get(path, "describe import" if path.startswith("/bulk/imports/") else "empty"))

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the measures time the client."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dimension", type=int, default=1536)
    args = parser.parse_args()
    _Handler.answers = answers(args.dimension)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    sys.stdin.read()  # the parent closes our stdin to stop us
    server.shutdown()


@contextmanager
def canned_server(dimension: int) -> Iterator[str]:
    """The canned index in a process of its own."""
    with server_process("bench._canned", "--dimension", str(dimension)) as (url,):
        yield url


if __name__ == "__main__":
    main()
