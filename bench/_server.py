"""A bench server: the emulator in a process of its own, seeded with finished imports.

The client-side measures run against it from another process, so that the server never competes with the
client under measurement for the interpreter lock. Seeding writes the imports straight into the emulator's
state: ten thousand real imports would each need a source and a worker thread, and the listing measure
only needs them to exist.

    python -m bench._server --imports N   # prints the URL, then the API key; serves until stdin closes
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ._process import server_process

# The version header the official SDK is told to send: 10.2.0 speaks 2026-07, which the emulator does not
# serve; the bulk-import shapes are the same in 2026-04.
API_VERSION = "2026-04"


@dataclass(frozen=True)
class Server:
    url: str
    api_key: str


def seed(state: object, count: int) -> None:
    """Add ``count`` Completed imports, ids "1" to str(count), newest last, as the emulator numbers them."""
    from pinecone_dataplane.emulator._imports import COMPLETED, ImportJob, Source

    start = datetime(2025, 1, 1, tzinfo=UTC)
    jobs = getattr(state, "_jobs")  # noqa: B009  # the emulator keeps no public way to add finished imports
    for seq in range(1, count + 1):
        uri = f"s3://bench-bucket/imports/{seq:05d}/"
        created = start + timedelta(minutes=seq)
        job = ImportJob(
            id=str(seq),
            seq=seq,
            uri=uri,
            source=Source(uri, Path("/nonexistent"), Path("/nonexistent")),
            error_mode="continue",
            created_at=created,
            status=COMPLETED,
            finished_at=created + timedelta(seconds=42),
            percent=100.0,
            records=1000 + seq,
        )
        jobs[job.id] = job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--imports", type=int, required=True)
    args = parser.parse_args()
    from pinecone_dataplane.emulator import running_emulator

    with running_emulator() as emulator:
        seed(emulator.state, args.imports)
        print(emulator.url, emulator.api_key, sep="\n", flush=True)
        sys.stdin.read()  # the parent closes our stdin to stop us


@contextmanager
def bench_server(imports: int) -> Iterator[Server]:
    """A seeded bench server in a subprocess, stopped on exit."""
    with server_process("bench._server", "--imports", str(imports), lines=2) as (url, api_key):
        yield Server(url, api_key)


if __name__ == "__main__":
    main()
