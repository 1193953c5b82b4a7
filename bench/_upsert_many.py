"""``upsert_many`` throughput: 100,000 vectors of 1536 dimensions against a sink on loopback (bench/_sink.py),
ours against the official SDK's fastest documented way and the floor, interleaved in one run; then our peak
memory against the bodies in flight.

The embeddings are a float32 numpy array, as a model hands them over. Contenders, each with 8 requests in flight:
- ours: ``client.vectors.upsert_many(ids=..., values=...)``, threads (sync) and tasks (async);
- ours with the rows as Python lists (``row.tolist()``, what the official SDK turns them into);
- the official SDK: ``index.upsert(vectors=..., batch_size=B, max_concurrency=8)`` sync and on its asyncio
  index, handed 10,000 vectors a call (it builds every vector of a call as Python objects first: 100,000 at
  once would be 5 GB), at each batch size tried, each first on 10,000 of the vectors: the fastest of them is
  the baseline, and the one that runs in the rounds;
- the floor: raw httpx posting the bodies orjson writes from the same rows, in threads, ours' batch size.

    python -m bench._upsert_many [--size tiny] [--rounds N]   # this measure alone
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ._report import SPREAD, Sample, Section, Table, compare, official_installed, ratio
from ._sink import sink_server

DIMENSION = 1536
CONCURRENCY = 8
KEY = "bench-key-0000000000"
OFFICIAL_CALL = 10_000  # vectors handed to one official upsert call
OFFICIAL_BATCHES = (50, 100)  # under the 2 MB cap at 1536 float64 reprs, and the documented example's size
# Whole runs of 100,000 vectors take from seconds (ours) to minutes (the official SDK on a busy machine): three
# rounds give a median and a spread; choosing the official SDK's way on a tenth of the vectors keeps the three
# slower ways out of them.
ROUNDS = 3
TRIAL = 10_000
TRIAL_ROUNDS = 2
WARMUP = 1_000
Run = Callable[[Any, list[str], str], int]  # (rows, ids, url) -> vectors the server counted


def _ours_sync(rows: Any, ids: list[str], url: str) -> int:
    from pinecone_dataplane import v2026_07

    with v2026_07.Client(url, KEY) as client:
        result = client.vectors.upsert_many(ids=ids, values=rows, namespace="bench", concurrency=CONCURRENCY)
    return result.written


def _ours_async(rows: Any, ids: list[str], url: str) -> int:
    from pinecone_dataplane import v2026_07

    async def run() -> int:
        async with v2026_07.AsyncClient(url, KEY) as client:
            result = await client.vectors.upsert_many(ids=ids, values=rows, namespace="bench", concurrency=CONCURRENCY)
        return result.written

    return asyncio.run(run())


def _ours_lists(rows: Any, ids: list[str], url: str) -> int:
    from pinecone_dataplane import v2026_07

    vectors = ({"id": id_, "values": row.tolist()} for id_, row in zip(ids, rows, strict=True))
    with v2026_07.Client(url, KEY) as client:
        return client.vectors.upsert_many(vectors, namespace="bench", concurrency=CONCURRENCY).written


def _official_sync(batch: int) -> Run:
    def run(rows: Any, ids: list[str], url: str) -> int:
        from pinecone import Pinecone

        index = Pinecone(api_key=KEY).Index(host=url)
        written = 0
        try:
            for start in range(0, len(ids), OFFICIAL_CALL):
                vectors = list(
                    zip(ids[start : start + OFFICIAL_CALL], rows[start : start + OFFICIAL_CALL], strict=True)
                )
                answer = index.upsert(
                    vectors=vectors,
                    namespace="bench",
                    batch_size=batch,
                    max_concurrency=CONCURRENCY,
                    show_progress=False,
                )
                written += answer.upserted_count
        finally:
            index.close()
        return written

    return run


def _official_async(batch: int) -> Run:
    def run(rows: Any, ids: list[str], url: str) -> int:
        from pinecone import Pinecone

        async def upsert() -> int:
            index = Pinecone(api_key=KEY).IndexAsyncio(host=url)
            written = 0
            try:
                for start in range(0, len(ids), OFFICIAL_CALL):
                    vectors = list(
                        zip(ids[start : start + OFFICIAL_CALL], rows[start : start + OFFICIAL_CALL], strict=True)
                    )
                    answer = await index.upsert(
                        vectors=vectors,
                        namespace="bench",
                        batch_size=batch,
                        max_concurrency=CONCURRENCY,
                        show_progress=False,
                    )
                    written += answer.upserted_count
            finally:
                await index.close()
            return written

        return asyncio.run(upsert())

    return run


def _floor(rows: Any, ids: list[str], url: str) -> int:
    """Raw httpx posting orjson's bodies of the same rows, in ours' batches, CONCURRENCY threads: no checks, no
    retries, no accounting."""
    import httpx
    import orjson

    from pinecone_dataplane._lib._upsert import MAX_REQUEST_BYTES

    per_batch = max(1, MAX_REQUEST_BYTES // len(orjson.dumps({"id": ids[0], "values": rows[0]}, option=_NUMPY)))
    per_batch = min(per_batch, 1000)
    with httpx.Client(base_url=url, headers={"Api-Key": KEY, "Content-Type": "application/json"}) as client:

        def post(start: int) -> int:
            vectors = [{"id": ids[n], "values": rows[n]} for n in range(start, min(start + per_batch, len(ids)))]
            body = orjson.dumps({"vectors": vectors, "namespace": "bench"}, option=_NUMPY)
            answer = client.post("/vectors/upsert", content=body).raise_for_status()
            count: int = orjson.loads(answer.content)["upsertedCount"]
            return count

        with ThreadPoolExecutor(CONCURRENCY) as pool:
            return sum(pool.map(post, range(0, len(ids), per_batch)))


def _numpy_option() -> int:
    import orjson

    return orjson.OPT_SERIALIZE_NUMPY


_NUMPY = _numpy_option()


def ours_and_floor(tiny: bool = False) -> dict[str, Run]:
    """The contenders of every round; a tiny run (which only checks that the script works) keeps one of each kind."""
    runs: dict[str, Run] = {
        "ours, threads": _ours_sync,
        "ours, tasks": _ours_async,
        "raw httpx + orjson, threads (floor)": _floor,
    }
    if not tiny:
        runs["ours, threads, rows as Python lists"] = _ours_lists
    return runs


def official_ways(tiny: bool = False) -> dict[str, Run]:
    """The official SDK's documented ways, at each batch size tried: the fastest is the baseline of the rounds."""
    if not official_installed():
        return {}
    runs: dict[str, Run] = {}
    for batch in OFFICIAL_BATCHES[-1:] if tiny else OFFICIAL_BATCHES:
        runs[f"official, threads, batch_size={batch}"] = _official_sync(batch)
        if not tiny:
            runs[f"official, asyncio, batch_size={batch}"] = _official_async(batch)
    return runs


def _speeds(runs: dict[str, Run], rows: Any, ids: list[str], url: str, rounds: int) -> dict[str, Sample]:
    """Vectors per second of each contender upserting all of ``rows``, in interleaved rounds (the order rotating)."""

    def timed(name: str, upsert: Run) -> Callable[[], None]:
        def call() -> None:
            if (written := upsert(rows, ids, url)) != len(ids):
                raise RuntimeError(f"{name}: the sink counted {written:,} vectors, not {len(ids):,}")

        return call

    seconds = compare({name: timed(name, upsert) for name, upsert in runs.items()}, rounds=rounds, warmup=0)
    return {name: sample.per(len(ids)) for name, sample in seconds.items()}


_MEMORY_SCRIPT = """
import sys, tracemalloc
import numpy as np
from pinecone_dataplane import v2026_07
from pinecone_dataplane._lib import _upsert as upserts
url, count, dimension, concurrency = sys.argv[1], *map(int, sys.argv[2:])
rows = np.random.default_rng(1).random((count, dimension), dtype=np.float32)
ids = [f"v-{n}" for n in range(count)]
sizes = []
send = upserts.Batch.request
def measured(batch):
    request = send(batch)
    sizes.append(len(request["content"]))
    return request
upserts.Batch.request = measured
with v2026_07.Client(url, "bench-key-0000000000") as client:
    client.vectors.upsert_many(ids=ids[:10], values=rows[:10])  # modules loaded, connection open
    sizes.clear()
    tracemalloc.start()
    result = client.vectors.upsert_many(ids=ids, values=rows, concurrency=concurrency)
    peak = tracemalloc.get_traced_memory()[1]
assert result.written == count, result
print(peak, max(sizes), len(sizes))
"""


def memory(url: str, count: int) -> tuple[int, int, int] | None:
    """Peak traced memory of one upsert_many of ``count`` vectors in a fresh process (the input array is made
    before tracing starts), the largest body and the number of requests."""
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, url, str(count), str(DIMENSION), str(CONCURRENCY)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return None
    peak, largest, requests = map(int, done.stdout.split())
    return peak, largest, requests


def run(size: str, rounds: int | None = None) -> Section:
    import numpy as np

    tiny = size == "tiny"
    count = 300 if tiny else 100_000
    rounds = rounds or (1 if tiny else ROUNDS)
    rows = np.random.default_rng(0).random((count, DIMENSION), dtype=np.float32)
    ids = [f"v-{n}" for n in range(count)]
    trial, warm = min(count, TRIAL), min(count, WARMUP)
    runs = ours_and_floor(tiny)
    ways = official_ways(tiny)
    choosing = (
        f"The official SDK's ways are first tried on {trial:,} of the vectors ({TRIAL_ROUNDS} interleaved rounds) "
        "and the fastest is the baseline; then "
        if len(ways) > 1
        else ""
    )
    section = Section(
        "12. upsert_many throughput",
        f"{count:,} vectors of {DIMENSION} float32 dimensions (a numpy array) upserted against a sink on loopback "
        f"that reads each body and answers its count (`bench/_sink.py`), {CONCURRENCY} requests in flight. "
        f"{choosing}{rounds} interleaved round{'s' if rounds > 1 else ''} of the whole {count:,} (the order "
        f"rotating, each contender once a round), after a warm-up call each on {warm:,} vectors. "
        f"Vectors per second: {SPREAD}.",
    )
    with sink_server() as url:
        for upsert in (*runs.values(), *ways.values()):
            upsert(rows[:warm], ids[:warm], url)  # modules imported, as in a program that has run a while
        tried = _speeds(ways, rows[:trial], ids[:trial], url, TRIAL_ROUNDS) if len(ways) > 1 else {}
        baseline_name = max(tried, key=lambda name: tried[name].median) if tried else next(iter(ways), None)
        if baseline_name is not None:
            runs[baseline_name] = ways[baseline_name]
        speeds = _speeds(runs, rows, ids, url, rounds)
        peaks = [found for _ in range(rounds) if (found := memory(url, count)) is not None]
    if tried:
        trial_table = Table(["official way", f"vectors per second on {trial:,}: {SPREAD}"])
        for name, speed in tried.items():
            trial_table.add(name, speed.cell(1, 0))
        section.tables.append(("The official SDK's ways, tried first (the fastest is the baseline):", trial_table))
    baseline = speeds[baseline_name].median if baseline_name else None
    floor = speeds["raw httpx + orjson, threads (floor)"].median
    table = Table(["contender", f"vectors per second: {SPREAD}", "× best official", "× floor"])
    for name, speed in speeds.items():
        table.add(name, speed.cell(1, 0), ratio(speed.median, baseline), ratio(speed.median, floor))
    section.tables.append((f"Best official: {baseline_name or 'not installed'}. Ratios of medians:", table))
    ours = max(speeds["ours, threads"].median, speeds["ours, tasks"].median)
    if baseline:
        # Section.target checks value / baseline <= limit: official / ours <= 1/1.5 is ours >= 1.5 times official.
        section.target("upsert_many 100,000 × 1536: ours ≥ 1.5× the best official", baseline, ours, 1 / 1.5)
    if peaks:
        traced = Sample(peak for peak, _, _ in peaks)
        largest = max(body for _, body, _ in peaks)
        in_flight = CONCURRENCY * largest
        memory_table = Table(
            [f"peak traced memory (MB): {SPREAD}", "largest body", "requests", "bodies in flight (× largest)", "×"]
        )
        memory_table.add(
            traced.cell(1e-6),
            f"{largest / 1e6:,.2f} MB",
            f"{peaks[0][2]:,}",
            f"{in_flight / 1e6:,.1f} MB",
            f"{traced.median / in_flight:.2f}×",
        )
        runs_told = f"{len(peaks)} run{'s' if len(peaks) > 1 else ''} in fresh processes"
        caption = f"Peak memory of ours (tracemalloc, input excluded), threads, {runs_told}:"
        section.tables.append((caption, memory_table))
        section.target("upsert_many peak memory ≤ 2× the batches in flight", traced.median, in_flight, 2.0)
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("tiny", "full"), default="full")
    parser.add_argument("--rounds", type=int)
    args = parser.parse_args()
    section = run(args.size, args.rounds)
    print(section.markdown())
    for text, measured, limit in section.targets:
        print(f"- {text}: {'–' if measured is None else f'{measured:.3f}×'} (limit {limit:.3f}×)")


if __name__ == "__main__":
    main()
