"""wait(): requests made and the delay between an import's end and wait() returning, on a controlled clock.

The emulator runs in-process on a ManualClock and wait() gets that clock and a sleep that advances it, so an
import of ten minutes is observed exactly, in well under a second of real time.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ._report import Section, Table, number

ROWS = 600


def _wait_once(duration: float, root: Path) -> tuple[int, float, float, float]:
    """Requests, end of the import, return of wait() (seconds after start) and the last pause, for one import."""
    from pinecone_dataplane import v2026_04
    from pinecone_dataplane.emulator import ManualClock, running_emulator

    clock = ManualClock()
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        clock.advance(seconds)

    with (
        running_emulator(bucket_root=root, clock=clock, records_per_second=ROWS / duration) as emulator,
        v2026_04.Client(emulator.url, emulator.api_key) as client,
    ):
        started = client.imports.start("s3://bench-bucket/rows")
        clock.settle()
        begun = clock.elapsed
        done = v2026_04.Imports(client, clock=lambda: clock.elapsed, sleep=sleep).wait(started.id)
        returned = clock.elapsed - begun
        requests = emulator.requests[f"GET /bulk/imports/{started.id}"]
    ended = (done.finished_at - done.created_at).total_seconds()
    return requests, ended, returned, pauses[-1] if pauses else 0.0


def run(size: str) -> Section:
    from pinecone_dataplane.emulator import write_dataset

    durations = (1.0, 60.0, 600.0)
    table = Table(
        [
            "import lasts (s)",
            "describe requests",
            "ended at (s)",
            "wait() returned at (s)",
            "delay (s)",
            "last pause (s)",
        ]
    )
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        write_dataset(root / "bench-bucket" / "rows", {"__default__": ROWS})
        for duration in durations:
            requests, ended, returned, last_pause = _wait_once(duration, root)
            table.add(
                number(duration, 0),
                requests,
                number(ended, 2),
                number(returned, 2),
                number(returned - ended, 2),
                number(last_pause, 2),
            )
    section = Section(
        "5. wait()",
        "An import of 600 records throttled to last 1 s, 60 s and 600 s, on an in-process emulator driven by a "
        "ManualClock; `Imports(client, clock=..., sleep=...)` gets that clock and a sleep that advances it. The delay "
        "is how long after the import ended wait() returned; the last pause bounds the delay of any import that ends "
        "in that stretch of time. The clock is simulated, so every figure is exact and the same in every run: one run "
        "each, no spread to report.",
    )
    section.tables.append(("", table))
    return section
