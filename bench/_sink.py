"""A sink for upserts: an HTTP/1.1 server on loopback that reads each body whole and answers its ``upsertedCount``
without storing anything, so that what a throughput measure times is the client.

    python -m bench._sink   # prints the URL; serves until stdin closes

It is asyncio streams in a process of its own: it reads a request's head, then exactly Content-Length bytes, and
counts the vectors by their ``"id":`` keys (the measured bodies carry no such key in metadata).
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ._process import server_process

_HEAD_LIMIT = 64 * 1024


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            body = await reader.readexactly(length) if length else b""
            payload = b'{"upsertedCount":%d}' % body.count(b'"id":')
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                % (len(payload), payload)
            )
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def _main(ready: threading.Event, address: list[str], stop: asyncio.Event) -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0, limit=_HEAD_LIMIT)
    address.append(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
    ready.set()
    async with server:
        await stop.wait()


def main() -> None:
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    ready = threading.Event()
    address: list[str] = []
    runner = threading.Thread(target=loop.run_until_complete, args=(_main(ready, address, stop),), daemon=True)
    runner.start()
    ready.wait()
    print(address[0], flush=True)
    sys.stdin.read()  # the parent closes our stdin to stop us
    loop.call_soon_threadsafe(stop.set)
    runner.join(5)


@contextmanager
def sink_server() -> Iterator[str]:
    """The sink in a process of its own."""
    with server_process("bench._sink") as (url,):
        yield url


if __name__ == "__main__":
    main()
