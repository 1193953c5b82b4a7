"""The emulator's data plane: a query over 100,000 vectors of 768 dimensions, an upsert of 1000 vectors of
1536 dimensions, and the memory the stored vectors take.

Each is measured in the store (what the emulator computes) and through HTTP (a loopback emulator in this
process, raw httpx, the body encoded beforehand), so the two show what JSON and HTTP add.

    python -m bench._emulator [--size tiny]   # this measure alone; prints its section
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from ._report import SPREAD, Sample, Section, Table, compare

QUERY_TARGET_MS = 50.0
UPSERT_TARGET_MS = 100.0
MEMORY_TARGET = 1.5


def _sizes(size: str) -> dict[str, int]:
    if size == "tiny":
        return {"stored": 2_000, "query_dimension": 768, "upserted": 100, "upsert_dimension": 1536, "runs": 3}
    return {"stored": 100_000, "query_dimension": 768, "upserted": 1_000, "upsert_dimension": 1536, "runs": 21}


def _records(count: int, dimension: int, seed: int, prefix: str) -> dict[str, Any]:
    import numpy as np

    from pinecone_dataplane.emulator._store import StoredRecord

    rng = np.random.default_rng(seed)
    values = rng.standard_normal((count, dimension), dtype=np.float32)
    groups = ("alpha", "beta", "gamma", "delta")
    return {
        f"{prefix}-{n:08d}": StoredRecord(values=values[n], metadata={"n": n, "group": groups[n % 4]})
        for n in range(count)
    }


def _load(store: Any, records: dict[str, Any]) -> None:
    """Written in batches of 1000, as imports and upserts write."""
    ids = list(records)
    for start in range(0, len(ids), 1000):
        store.upsert("bench", {id_: records[id_] for id_ in ids[start : start + 1000]})


def _memory(stored: int, dimension: int) -> tuple[float, float, float]:
    """(array bytes / float32 size, Python-allocated peak while loading / float32 size, float32 size in MB)."""
    from pinecone_dataplane.emulator._store import VectorStore

    records = _records(stored, dimension, seed=1, prefix="m")
    gc.collect()
    tracemalloc.start()
    try:
        store = VectorStore(dimension)
        _load(store, records)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    held, needed = store.vector_bytes()
    return held / needed, peak / needed, needed / 1e6


def run(size: str) -> Section:
    import httpx
    import numpy as np
    import orjson

    from pinecone_dataplane.emulator import running_emulator

    sizes = _sizes(size)
    stored, query_dimension, runs = sizes["stored"], sizes["query_dimension"], sizes["runs"]
    upserted, upsert_dimension = sizes["upserted"], sizes["upsert_dimension"]
    rng = np.random.default_rng(7)
    query = rng.standard_normal(query_dimension, dtype=np.float32)
    body = {"namespace": "bench", "vector": query.tolist(), "topK": 10}
    batch = _records(upserted, upsert_dimension, seed=3, prefix="u")
    upsert_body = orjson.dumps(
        {
            "namespace": "bench",
            "vectors": [
                {"id": id_, "values": record.values.tolist(), "metadata": record.metadata}
                for id_, record in batch.items()
            ],
        }
    )
    samples: dict[str, Sample] = {}
    with running_emulator(dimension=query_dimension) as emulator:
        store = emulator.state.store
        _load(store, _records(stored, query_dimension, seed=2, prefix="q"))
        headers = {"Api-Key": emulator.api_key, "Content-Type": "application/json"}
        with httpx.Client(base_url=emulator.url, headers=headers, timeout=60) as http:
            queries: dict[str, Callable[[], object]] = {
                f"query, store, {metric}": lambda metric=metric: store.query(
                    "bench", metric=metric, top_k=10, dense=query
                )
                for metric in ("cosine", "euclidean", "dotproduct")
            }
            predicate = _compile({"group": {"$in": ["alpha", "gamma"]}})
            queries["query, store, cosine, filter on half"] = lambda: store.query(
                "bench", metric="cosine", top_k=10, dense=query, predicate=predicate
            )
            encoded = orjson.dumps(body)
            queries["query, HTTP, cosine"] = lambda: http.post("/query", content=encoded).raise_for_status()
            samples.update(compare(queries, rounds=runs))
    with running_emulator(dimension=upsert_dimension) as emulator:
        store = emulator.state.store
        headers = {"Api-Key": emulator.api_key, "Content-Type": "application/json"}
        with httpx.Client(base_url=emulator.url, headers=headers, timeout=60) as http:
            upserts: dict[str, Callable[[], object]] = {
                "upsert, store": lambda: store.upsert("store", batch),
                "upsert, HTTP": lambda: http.post("/vectors/upsert", content=upsert_body).raise_for_status(),
            }
            samples.update(compare(upserts, rounds=runs))
    timings = {name: sample.median * 1000 for name, sample in samples.items()}
    array_ratio, peak_ratio, megabytes = _memory(stored, query_dimension)

    section = Section(
        "7. Emulator data plane",
        f"A query (top 10) over {stored:,} vectors of {query_dimension} dimensions and an upsert of {upserted:,} "
        f"vectors of {upsert_dimension} dimensions: {runs} interleaved runs each (the order rotating) after a warm-up, "
        "in the emulator's store "
        "and through HTTP (a loopback emulator in this process, raw httpx, bodies encoded beforehand: "
        f"the upsert body is {len(upsert_body) / 1e6:.1f} MB of JSON). Memory: the float32 arrays holding "
        f"{stored:,} × {query_dimension} values ({megabytes:.0f} MB as float32), and the peak Python allocated "
        "(tracemalloc) while writing them in batches of 1000, ids and metadata included.",
    )
    table = Table(["operation", f"ms: {SPREAD}"])
    for name, sample in samples.items():
        table.add(name, sample.cell(1000, 1))
    section.tables.append(("", table))
    memory = Table(["measure", "× float32 size"])
    memory.add("dense arrays held by the store", f"{array_ratio:.3f}×")
    memory.add("peak allocated while loading (values, ids, metadata)", f"{peak_ratio:.3f}×")
    section.tables.append(("", memory))
    section.target(
        f"query over {stored:,} × {query_dimension}: store median ≤ {QUERY_TARGET_MS:g} ms",
        timings["query, store, cosine"],
        QUERY_TARGET_MS,
        1.0,
    )
    section.target(
        f"query over {stored:,} × {query_dimension}: HTTP median ≤ {QUERY_TARGET_MS:g} ms",
        timings["query, HTTP, cosine"],
        QUERY_TARGET_MS,
        1.0,
    )
    section.target(
        f"upsert of {upserted:,} × {upsert_dimension}: store median ≤ {UPSERT_TARGET_MS:g} ms",
        timings["upsert, store"],
        UPSERT_TARGET_MS,
        1.0,
    )
    section.target(
        f"upsert of {upserted:,} × {upsert_dimension}: HTTP median ≤ {UPSERT_TARGET_MS:g} ms",
        timings["upsert, HTTP"],
        UPSERT_TARGET_MS,
        1.0,
    )
    section.target(f"stored vectors' memory ≤ {MEMORY_TARGET:g}× their float32 size", array_ratio, 1.0, MEMORY_TARGET)
    return section


def _compile(spec: dict[str, Any]) -> Any:
    from pinecone_dataplane.emulator._filters import compile_filter

    return compile_filter(spec)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._emulator", description=__doc__)
    parser.add_argument("--size", choices=("full", "tiny"), default="full")
    args = parser.parse_args()
    print(run(args.size).markdown())


if __name__ == "__main__":
    main()
