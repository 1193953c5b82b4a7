"""The vector hot paths against the canned index (bench/_canned.py): ours, the official SDK and raw httpx + orjson.

Every operation is timed in interleaved rounds (one call of each contender per round, so that a busy moment
of the machine falls on all of them), and reported as medians and p99 with ratios in the same run. Then an
end-to-end upsert of many 768-dimension vectors with concurrency (threads for the sync clients, tasks for the
async ones), and the peak memory of decoding one query response and of that upsert.

    python -m bench._vectors [--size tiny]   # this section alone
"""

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ._canned import MATCHES, canned_server
from ._report import Section, Table, median, number, official_installed, percentile, ratio

DIMENSION = 1536
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

    # The floor of ours on answers over 1 MiB, which ours reads with msgspec (for memory: see _core._json).
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


def _rounds(calls: dict[str, Call], rounds: int) -> dict[str, list[float]]:
    for call in calls.values():  # warm: connections open, modules loaded
        call()
    timings: dict[str, list[float]] = {name: [] for name in calls}
    clock = time.perf_counter
    for _ in range(rounds):
        for name, call in calls.items():
            started = clock()
            call()
            timings[name].append(clock() - started)
    return timings


def _throughput_sync(url: str, total: int, batch: int, workers: int) -> dict[str, float]:
    """Vectors per second upserting ``total`` 768-dimension vectors in ``batch``es from ``workers`` threads."""
    from pinecone_dataplane import v2026_04

    batches = [_vectors(batch, 768, seed=n) for n in range(total // batch)]
    import httpx
    import orjson

    results: dict[str, float] = {}
    ours = v2026_04.Client(url, KEY)
    raw = httpx.Client(base_url=url, headers={"Api-Key": KEY, "Content-Type": "application/json"})
    callers: dict[str, Callable[[list[dict[str, Any]]], object]] = {
        "ours (threads)": lambda vectors: ours.vectors.upsert(vectors=vectors, namespace="bench"),
        # The floor: the same bodies written by orjson and posted by httpx, nothing else.
        "raw httpx + orjson (threads)": lambda vectors: raw.post(
            "/vectors/upsert", content=orjson.dumps({"vectors": vectors, "namespace": "bench"})
        ).raise_for_status(),
    }
    if official_installed():
        from pinecone import Pinecone

        index = Pinecone(api_key=KEY).Index(host=url)
        callers["official (threads)"] = lambda vectors: index.upsert(
            vectors=vectors, namespace="bench", show_progress=False
        )
    for name, upsert in callers.items():
        with ThreadPoolExecutor(workers) as pool:
            started = time.perf_counter()
            list(pool.map(upsert, batches))
            results[name] = total / (time.perf_counter() - started)
    ours.close()
    raw.close()
    return results


def _throughput_async(url: str, total: int, batch: int, workers: int) -> dict[str, float]:
    """The same upsert from ``workers`` asyncio tasks on one event loop: ours, and the official SDK's async index."""
    from pinecone_dataplane import v2026_04

    batches = [_vectors(batch, 768, seed=n) for n in range(total // batch)]

    async def run(upsert: Callable[[list[dict[str, Any]]], Any]) -> float:
        limit = asyncio.Semaphore(workers)

        async def one(vectors: list[dict[str, Any]]) -> None:
            async with limit:
                await upsert(vectors)

        started = time.perf_counter()
        await asyncio.gather(*(one(vectors) for vectors in batches))
        return total / (time.perf_counter() - started)

    async def ours() -> float:
        async with v2026_04.AsyncClient(url, KEY) as client:
            return await run(lambda vectors: client.vectors.upsert(vectors=vectors, namespace="bench"))

    async def raw() -> float:
        import httpx
        import orjson

        async with httpx.AsyncClient(base_url=url, headers={"Api-Key": KEY}) as client:

            async def post(vectors: list[dict[str, Any]]) -> object:
                body = orjson.dumps({"vectors": vectors, "namespace": "bench"})
                return (await client.post("/vectors/upsert", content=body)).raise_for_status()

            return await run(post)

    results = {"ours (tasks)": asyncio.run(ours()), "raw httpx + orjson (tasks)": asyncio.run(raw())}
    if official_installed():
        from pinecone import Pinecone

        async def official() -> float:
            index = Pinecone(api_key=KEY).IndexAsyncio(host=url)
            try:
                return await run(lambda vectors: index.upsert(vectors=vectors, namespace="bench", show_progress=False))
            finally:
                await index.close()

        results["official (tasks)"] = asyncio.run(official())
    return results


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
    rounds = 3 if tiny else 30
    total, batch, workers = (2_000, 100, 4) if tiny else (100_000, 100, 8)
    section = Section(
        "8. Vector hot paths",
        "Against a canned index in a process of its own (answers serialised once at start, `bench/_canned.py`): "
        f"{rounds} interleaved rounds per operation, milliseconds. The floor is raw httpx with orjson.",
    )
    with canned_server(DIMENSION) as url:
        table_of, closers = contenders(url)
        latency = Table(["operation", "contender", "median (ms)", "p99 (ms)", "× official", "× raw httpx + orjson"])
        for operation, calls in table_of.items():
            timings = _rounds(calls, rounds)
            medians = {name: median(values) * 1000 for name, values in timings.items()}
            for name, values in timings.items():
                latency.add(
                    operation,
                    name,
                    number(medians[name], 2),
                    number(percentile(values, 0.99) * 1000, 2),
                    ratio(medians[name], medians.get("official")),
                    ratio(medians[name], medians.get("raw httpx + orjson")),
                )
            limit = 0.8 if operation.startswith("upsert") else 1.0
            section.target(f"{operation}: ours ≤ {limit}× official", medians["ours"], medians.get("official"), limit)
        for close in closers:
            close()
        section.tables.append(("", latency))

        speeds = {**_throughput_sync(url, total, batch, workers), **_throughput_async(url, total, batch, workers)}
        throughput = Table(["contender", "vectors per second", "× official, same face"])
        for name, speed in speeds.items():
            face = name.rsplit(" ", 1)[1]  # "(threads)" or "(tasks)"
            throughput.add(name, number(speed, 0), ratio(speed, speeds.get(f"official {face}")))
        section.tables.append(
            (f"Upserting {total:,} vectors of 768 dimensions, {batch} a request, {workers} at once:", throughput)
        )
        for face in ("(threads)", "(tasks)"):
            if f"official {face}" in speeds:
                section.target(
                    f"upsert throughput {face}: official ÷ ours ≤ 1/1.2 (ours ≥ 1.2× official)",
                    speeds[f"official {face}"],
                    speeds[f"ours {face}"],
                    1 / 1.2,
                )

        memory = Table(["contender", "peak memory decoding one query answer (× its JSON size)"])
        for contender in ("ours", "official", "raw"):
            if contender != "official" or official_installed():
                peak = _memory(url, contender)
                memory.add(contender, "–" if peak is None else f"{peak:.2f}×")
                if contender == "ours" and peak is not None:
                    section.target("peak memory decoding a query answer ≤ 3× its JSON", peak, 1.0, 3.0)
        section.tables.append(("", memory))
    return section


if __name__ == "__main__":
    print(run("tiny" if "--size" in sys.argv and "tiny" in sys.argv else "full").markdown())
