"""The indexing phase: a finished import stays InProgress at 100 % while the index is built (ten minutes or
more on the service). wait() keeps its growing schedule through it, and the CLI says "indexing".

Everything runs against the emulator on a ManualClock that wait() also sleeps on: no real waiting.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from apiwire.waiting import FIRST_INTERVAL, INTERVAL_GROWTH, MAX_INTERVAL
from pinecone_dataplane import v2026_04
from pinecone_dataplane.cli import _app, main
from pinecone_dataplane.cli._render import Progress
from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator, write_dataset

RECORDS = 600
RATE = 100  # records per second: the records are written in 6 s
INDEXING = 600.0  # then ten minutes of indexing


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def emulator(tmp_path: Path, clock: ManualClock) -> Iterator[RunningEmulator]:
    write_dataset(tmp_path / "bucket" / "catalog", {"articles": RECORDS})
    with running_emulator(
        bucket_root=tmp_path, clock=clock, records_per_second=RATE, indexing_seconds=INDEXING
    ) as running:
        yield running


def schedule(pauses: int) -> list[float]:
    """The normal pauses of wait(): 1 s, growing 1.5 times a poll up to 20 s."""
    return [min(FIRST_INTERVAL * INTERVAL_GROWTH**number, MAX_INTERVAL) for number in range(pauses)]


def test_wait_keeps_its_schedule_through_ten_minutes_of_indexing(emulator: RunningEmulator, clock: ManualClock) -> None:
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        clock.advance(seconds)

    with v2026_04.Client(host=emulator.url, api_key=emulator.api_key) as client:
        started = client.imports.start("s3://bucket/catalog")
        final = type(client.imports)(client, clock=clock.monotonic, sleep=sleep).wait(started.id)

    assert (final.status, final.records_imported) == ("Completed", RECORDS)
    polls = [sum(pauses[:number]) for number in range(len(pauses) + 1)]  # the first poll at 0, then after each pause
    written, done = RECORDS / RATE, RECORDS / RATE + INDEXING
    first = next(number for number, moment in enumerate(polls) if moment >= written)
    # From the first poll at 100 % on, every pause is the normal schedule's: none cut to the 1 s floor.
    assert pauses[first:] == pytest.approx(schedule(len(pauses))[first:])
    # So ten minutes of indexing cost what ten minutes of any waiting cost, and wait() returns within a pause.
    assert sum(1 for moment in polls if written <= moment < done) == len(polls) - first - 1
    assert len(polls) - first - 1 <= INDEXING / MAX_INTERVAL + 8
    assert done <= polls[-1] < done + MAX_INTERVAL


def test_the_cli_says_indexing_while_the_index_is_built(
    emulator: RunningEmulator, clock: ManualClock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_app, "clock", clock.monotonic)
    monkeypatch.setattr(_app, "sleep", clock.advance)
    monkeypatch.setenv("PINECONE_API_KEY", emulator.api_key)
    host = ["--host", emulator.url]
    assert main([*host, "--json", "imports", "start", "s3://bucket/catalog"]) == 0
    import_id = capsys.readouterr().out.split('"')[3]
    clock.advance(RECORDS / RATE)  # the records are written: the index is being built

    assert main([*host, "imports", "wait", import_id]) == 0
    lines = capsys.readouterr().out.splitlines()
    progress = [line for line in lines if "InProgress" in line]
    # A line at once, then one a minute while nothing changes: each says indexing, none a frozen 100 %.
    assert len(progress) >= INDEXING / Progress.LINE_AT_LEAST_EVERY - 1
    assert all("InProgress  indexing  600 records" in line for line in progress), progress
    assert any("Completed  100.0%  600 records" in line for line in lines)
    assert "status            Completed" in lines


def test_the_progress_bar_says_indexing(emulator: RunningEmulator, clock: ManualClock) -> None:
    with v2026_04.Client(host=emulator.url, api_key=emulator.api_key) as client:
        started = client.imports.start("s3://bucket/catalog")
        clock.advance(RECORDS / RATE)
        stream = io.StringIO()
        bar = Progress(stream, live=True, clock=clock.monotonic, sleep=clock.advance)
        bar.update(client.imports.describe(started.id))
    assert stream.getvalue().endswith("[########################] 0:00:00  InProgress  indexing  600 records")
