"""The vector hot paths against the canned index (bench/_canned.py): ours, the official SDK and raw httpx + orjson.

Every operation is timed in interleaved rounds (one call of each contender per round, the order rotating, so
that a busy moment of the machine falls on all of them), and reported as medians with their interquartile range
and p99, with ratios in the same run. Then an
end-to-end upsert of many 768-dimension vectors with concurrency (threads for the sync clients, tasks for the
async ones), and the peak memory of decoding one query response and of that upsert.

    python -m bench._vectors [--size tiny]   # this section alone
"""

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ._canned import MATCHES, canned_server
from ._report import SPREAD, Sample, Section, Table, acompare, compare, number, official_installed, percentile, ratio

DIMENSION = 1536
# Ours ÷ the official SDK each operation must stay under (1.0 for the rest): the answers read most often must
# be decoded ahead of the official SDK, and the upserts written ahead of it.
LIMITS = {
    "query top_k 100 × 1536, values + metadata": 0.9,
    "query top_k 10, no values": 0.9,
    "fetch 100 × 1536": 0.9,
    "list imports page (100)": 0.9,
    "upsert 100 × 1536": 0.8,
    "upsert 1000 × 1536": 0.8,
}
KEY = "bench-key-0000000000"
Call = Callable[[], object]


def _vectors(count: int, dimension: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [
        {"id": f"v-{seed}-{n}", "values": [rng.random() for _ in range(dimension)], "metadata": {"genre": "drama"}}
        for n in range(count)
    ]


def _records(count: int) -> list[dict[str, Any]]:
    return [{"_id": f"r-{n}", "text": f"record number {n} about nothing much", "genre": "drama"} for n in range(count)]


def contenders(url: str) -> tuple[dict[str, dict[str, Call]], list[Callable[[], object]]]:
    """Operation -> contender -> a call; and what to close afterwards."""
    import httpx
    import msgspec
    import orjson

    from pinecone_dataplane import v2026_04

    query = [random.Random(2).random() for _ in range(DIMENSION)]
    ids = [f"doc-{n:06d}" for n in range(MATCHES)]
    batches = {100: _vectors(100, DIMENSION), 1000: _vectors(1000, DIMENSION)}
    records = _records(1000)
    ours = v2026_04.Client(url, KEY)
    raw = httpx.Client(base_url=url, headers={"Api-Key": KEY, "Content-Type": "application/json"})
    closers: list[Callable[[], object]] = [ours.close, raw.close]

    def post(path: str, body: object) -> object:
        return orjson.loads(raw.post(path, content=orjson.dumps(body)).raise_for_status().content)

    def get(path: str, params: dict[str, Any]) -> object:
        return orjson.loads(raw.get(path, params=params).raise_for_status().content)

    # What ours does with answers over 1 MiB (msgspec, for memory: see _core._json), without the rest of ours.
    large = msgspec.json.Decoder()

    def post_large(path: str, body: object) -> object:
        return large.decode(raw.post(path, content=orjson.dumps(body)).raise_for_status().content)

    def get_large(path: str, params: dict[str, Any]) -> object:
        return large.decode(raw.get(path, params=params).raise_for_status().content)

    def ndjson(records: list[dict[str, Any]]) -> object:
        body = b"\n".join(map(orjson.dumps, records)) + b"\n"
        return raw.post(
            "/records/namespaces/bench/upsert", content=body, headers={"Content-Type": "application/x-ndjson"}
        )

    large_query = {"vector": query, "topK": 100, "namespace": "bench", "includeValues": True, "includeMetadata": True}
    table: dict[str, dict[str, Call]] = {
        "query top_k 100 × 1536, values + metadata": {
            "ours": lambda: ours.vectors.query(
                vector=query, top_k=100, namespace="bench", include_values=True, include_metadata=True
            ),
            "raw httpx + orjson": lambda: post("/query", large_query),
            "raw httpx + msgspec": lambda: post_large("/query", large_query),
        },
        "query top_k 10, no values": {
            "ours": lambda: ours.vectors.query(vector=query, top_k=10, namespace="bench"),
            "raw httpx + orjson": lambda: post("/query", {"vector": query, "topK": 10, "namespace": "bench"}),
        },
        "fetch 100 × 1536": {
            "ours": lambda: ours.vectors.fetch(ids=ids, namespace="bench"),
            "raw httpx + orjson": lambda: get("/vectors/fetch", {"ids": ids, "namespace": "bench"}),
            "raw httpx + msgspec": lambda: get_large("/vectors/fetch", {"ids": ids, "namespace": "bench"}),
        },
        "upsert 100 × 1536": {
            "ours": lambda: ours.vectors.upsert(vectors=batches[100], namespace="bench"),
            "raw httpx + orjson": lambda: post("/vectors/upsert", {"vectors": batches[100], "namespace": "bench"}),
        },
        "upsert 1000 × 1536": {
            "ours": lambda: ours.vectors.upsert(vectors=batches[1000], namespace="bench"),
            "raw httpx + orjson": lambda: post("/vectors/upsert", {"vectors": batches[1000], "namespace": "bench"}),
        },
        "list_vectors page (100 ids)": {
            "ours": lambda: ours.vectors.list_page(namespace="bench", limit=100),
            "raw httpx + orjson": lambda: get("/vectors/list", {"namespace": "bench", "limit": 100}),
        },
        "list imports page (100)": {
            "ours": lambda: ours.imports.list_page(limit=100),
            "raw httpx + orjson": lambda: get("/bulk/imports", {"limit": 100}),
        },
        "describe import": {
            "ours": lambda: ours.imports.describe("1"),
            "raw httpx + orjson": lambda: get("/bulk/imports/1", {}),
        },
        "records.upsert 1000 text records": {
            "ours": lambda: ours.records.upsert("bench", records),
            "raw httpx + orjson": lambda: ndjson(records),
        },
    }
    if official_installed():
        from pinecone import Pinecone

        index = Pinecone(api_key=KEY).Index(host=url)
        closers.append(index.close)
        official = {
            "query top_k 100 × 1536, values + metadata": lambda: index.query(
                vector=query, top_k=100, namespace="bench", include_values=True, include_metadata=True
            ),
            "query top_k 10, no values": lambda: index.query(vector=query, top_k=10, namespace="bench"),
            "fetch 100 × 1536": lambda: index.fetch(ids=ids, namespace="bench"),
            "upsert 100 × 1536": lambda: index.upsert(vectors=batches[100], namespace="bench", show_progress=False),
            "upsert 1000 × 1536": lambda: index.upsert(vectors=batches[1000], namespace="bench", show_progress=False),
            "list_vectors page (100 ids)": lambda: index.list_paginated(namespace="bench", limit=100),
            "list imports page (100)": lambda: index.list_imports_paginated(limit=100),
            "describe import": lambda: index.describe_import("1"),
            "records.upsert 1000 text records": lambda: index.upsert_records(records=records, namespace="bench"),
        }
        for operation, call in official.items():
            table[operation]["official"] = call
    return table, closers


def _throughput_sync(url: str, total: int, batch: int, workers: int, rounds: int) -> dict[str, Sample]:
    """Vectors per second upserting ``total`` 768-dimension vectors in ``batch``es from ``workers`` threads."""
    import httpx
    import orjson

    from pinecone_dataplane import v2026_04

    batches = [_vectors(batch, 768, seed=n) for n in range(total // batch)]
    ours = v2026_04.Client(url, KEY)
    raw = httpx.Client(base_url=url, headers={"Api-Key": KEY, "Content-Type": "application/json"})
    closers: list[Callable[[], object]] = [ours.close, raw.close]
    callers: dict[str, Callable[[list[dict[str, Any]]], object]] = {
        "ours (threads)": lambda vectors: ours.vectors.upsert(vectors=vectors, namespace="bench"),
        # A baseline, not a floor: the same bodies written by orjson and posted by httpx, nothing else.
        "raw httpx + orjson (threads)": lambda vectors: raw.post(
            "/vectors/upsert", content=orjson.dumps({"vectors": vectors, "namespace": "bench"})
        ).raise_for_status(),
    }
    if official_installed():
        from pinecone import Pinecone

        index = Pinecone(api_key=KEY).Index(host=url)
        closers.append(index.close)
        callers["official (threads)"] = lambda vectors: index.upsert(
            vectors=vectors, namespace="bench", show_progress=False
        )
    pool = ThreadPoolExecutor(workers)
    closers.append(pool.shutdown)

    def all_batches(upsert: Callable[[list[dict[str, Any]]], object]) -> Callable[[], object]:
        return lambda: list(pool.map(upsert, batches))

    try:
        seconds = compare({name: all_batches(upsert) for name, upsert in callers.items()}, rounds=rounds)
    finally:
        for close in closers:
            close()
    return {name: sample.per(total) for name, sample in seconds.items()}


def _throughput_async(url: str, total: int, batch: int, workers: int, rounds: int) -> dict[str, Sample]:
    """The same upsert from ``workers`` asyncio tasks on one event loop: ours, raw httpx, the official async index."""
    import httpx
    import orjson

    from pinecone_dataplane import v2026_04

    batches = [_vectors(batch, 768, seed=n) for n in range(total // batch)]

    def all_batches(upsert: Callable[[list[dict[str, Any]]], Any]) -> Callable[[], Awaitable[object]]:
        async def run() -> object:
            limit = asyncio.Semaphore(workers)

            async def one(vectors: list[dict[str, Any]]) -> None:
                async with limit:
                    await upsert(vectors)

            return await asyncio.gather(*(one(vectors) for vectors in batches))

        return run

    async def measure() -> dict[str, Sample]:
        async with (
            v2026_04.AsyncClient(url, KEY) as ours,
            httpx.AsyncClient(base_url=url, headers={"Api-Key": KEY}) as raw,
        ):

            async def post(vectors: list[dict[str, Any]]) -> object:
                body = orjson.dumps({"vectors": vectors, "namespace": "bench"})
                return (await raw.post("/vectors/upsert", content=body)).raise_for_status()

            callers: dict[str, Callable[[list[dict[str, Any]]], Any]] = {
                "ours (tasks)": lambda vectors: ours.vectors.upsert(vectors=vectors, namespace="bench"),
                "raw httpx + orjson (tasks)": post,
            }
            official = None
            if official_installed():
                from pinecone import Pinecone

                official = Pinecone(api_key=KEY).IndexAsyncio(host=url)
                index = official
                callers["official (tasks)"] = lambda vectors: index.upsert(
                    vectors=vectors, namespace="bench", show_progress=False
                )
            try:
                return await acompare({name: all_batches(call) for name, call in callers.items()}, rounds=rounds)
            finally:
                if official is not None:
                    await official.close()

    return {name: sample.per(total) for name, sample in asyncio.run(measure()).items()}


_MEMORY_SCRIPT = """
import gc, sys, tracemalloc
url, contender = sys.argv[1], sys.argv[2]
from bench._vectors import memory_call
call, size = memory_call(url, contender)
call()
gc.collect()
tracemalloc.start()
result = call()
peak = tracemalloc.get_traced_memory()[1]
print(peak, size)
"""


def memory_call(url: str, contender: str) -> tuple[Call, int]:
    """The query whose decoding is measured, for one contender, and the size of its JSON answer."""
    import httpx

    from ._canned import answers

    query = [0.5] * DIMENSION
    size = len(answers(DIMENSION)["query"])
    if contender == "ours":
        from pinecone_dataplane import v2026_04

        client = v2026_04.Client(url, KEY)
        return (
            lambda: client.vectors.query(vector=query, top_k=100, include_values=True, include_metadata=True),
            size,
        )
    if contender == "official":
        from pinecone import Pinecone

        index = Pinecone(api_key=KEY).Index(host=url)
        return lambda: index.query(vector=query, top_k=100, include_values=True, include_metadata=True), size
    import orjson

    raw = httpx.Client(base_url=url)
    body = {"vector": query, "topK": 100, "includeValues": True, "includeMetadata": True}
    return lambda: orjson.loads(raw.post("/query", content=orjson.dumps(body)).content), size


def _memory(url: str, contender: str) -> float | None:
    """Peak traced memory of one query call, as a multiple of its JSON answer's size (in a fresh process)."""
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, url, contender], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        return None
    peak, size = map(int, result.stdout.split())
    return peak / size


def run(size: str) -> Section:
    tiny = size == "tiny"
    # A tiny run only checks that the measure works: every operation of every contender once, not warmed up.
    rounds, throughput_rounds = (1, 1) if tiny else (30, 5)
    total, batch, workers = (2_000, 100, 4) if tiny else (50_000, 100, 8)
    section = Section(
        "8. Vector hot paths",
        "Against a canned index in a process of its own (answers serialised once at start, `bench/_canned.py`): "
        f"{rounds} interleaved rounds per operation (the order rotating), after a warm-up call each; milliseconds. "
        "Raw httpx with orjson (and with msgspec for the large answers) is a baseline measured beside them.",
    )
    with canned_server(DIMENSION) as url:
        table_of, closers = contenders(url)
        latency = Table(["operation", "contender", f"ms: {SPREAD}", "p99 (ms)", "× official", "× raw httpx + orjson"])
        for operation, calls in table_of.items():
            timings = compare(calls, rounds=rounds, warmup=0 if tiny else 1)
            medians = {name: sample.median for name, sample in timings.items()}
            for name, sample in timings.items():
                latency.add(
                    operation,
                    name,
                    sample.cell(1000, 2),
                    number(percentile(list(sample.values), 0.99) * 1000, 2),
                    ratio(medians[name], medians.get("official")),
                    ratio(medians[name], medians.get("raw httpx + orjson")),
                )
            limit = LIMITS.get(operation, 1.0)
            section.target(f"{operation}: ours ≤ {limit}× official", medians["ours"], medians.get("official"), limit)
        for close in closers:
            close()
        section.tables.append(("", latency))

        speeds = {
            **_throughput_sync(url, total, batch, workers, throughput_rounds),
            **_throughput_async(url, total, batch, workers, throughput_rounds),
        }
        throughput = Table(["contender", f"vectors per second: {SPREAD}", "× official, same face"])
        for name, speed in speeds.items():
            face = name.rsplit(" ", 1)[1]  # "(threads)" or "(tasks)"
            official = speeds.get(f"official {face}")
            throughput.add(name, speed.cell(1, 0), ratio(speed.median, official.median if official else None))
        section.tables.append(
            (
                f"Upserting {total:,} vectors of 768 dimensions, {batch} a request, {workers} at once; "
                f"{throughput_rounds} interleaved rounds (the order rotating) after a warm-up run each:",
                throughput,
            )
        )
        for face in ("(threads)", "(tasks)"):
            if f"official {face}" in speeds:
                section.target(
                    f"upsert throughput {face}: official ÷ ours ≤ 1/1.2 (ours ≥ 1.2× official)",
                    speeds[f"official {face}"].median,
                    speeds[f"ours {face}"].median,
                    1 / 1.2,
                )

        memory = Table(["contender", f"peak memory decoding one query answer, × its JSON size: {SPREAD}"])
        names = ["ours", "official", "raw"] if official_installed() else ["ours", "raw"]
        peaks: dict[str, list[float]] = {contender: [] for contender in names}
        for _ in range(throughput_rounds if tiny else 3):  # interleaved, each in a fresh process
            for contender in names:
                if (peak := _memory(url, contender)) is not None:
                    peaks[contender].append(peak)
        for contender, figures in peaks.items():
            memory.add(contender, Sample(figures).cell(1, 2) if figures else "–")
        if peaks["ours"]:
            section.target("peak memory decoding a query answer ≤ 3× its JSON", Sample(peaks["ours"]).median, 1.0, 3.0)
        section.tables.append(("Peak traced memory of one query call, each run in a fresh process:", memory))
    return section


if __name__ == "__main__":
    print(run("tiny" if "--size" in sys.argv and "tiny" in sys.argv else "full").markdown())
