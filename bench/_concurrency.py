"""A cheap request while heavy ones run: how much later ``GET /bulk/imports`` is answered while filtered
queries and updates by filter over a million vectors keep the emulator busy.

The emulator runs in a process of its own (``python -m pinecone_dataplane.emulator``) over one namespace
imported from Parquet. One thread sends heavy requests back to back (a filtered query, then a dry-run update by
filter, which counts the matches; each scans every record's metadata) and notes when each was in flight; the main
thread sends ``GET /bulk/imports`` at jittered intervals, and keeps the samples that began and ended while
a heavy request was in flight. The delay of a sample is its latency minus the median latency of the same
request on an idle emulator, measured just before.

    python -m bench._concurrency [--size tiny]   # this measure alone; prints its section
"""

from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from ._report import SPREAD, Sample, Section, Table, median, number, percentile

DELAY_TARGET_MS = 50.0
_DIMENSION = 8


def _sizes(size: str) -> dict[str, Any]:
    if size == "tiny":
        return {"records": 2_000, "samples": 3, "sampling_seconds": 2.0}
    return {"records": 1_000_000, "samples": 41, "sampling_seconds": 120.0}


def _import(http: Any, uri: str, timeout: float) -> None:
    started = http.post("/bulk/imports", json={"uri": uri}).raise_for_status().json()["id"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = http.get(f"/bulk/imports/{started}").raise_for_status().json()["status"]
        if status == "Completed":
            return
        if status not in ("InProgress", "Pending"):
            raise RuntimeError(f"the benchmark's import ended {status}")
        time.sleep(0.2)
    raise RuntimeError(f"the benchmark's import did not complete in {timeout:.0f} s")


def _latency_ms(http: Any, path: str) -> tuple[float, float, float]:
    """(start, end, latency in ms) of one GET."""
    started = time.perf_counter()
    http.get(path).raise_for_status()
    ended = time.perf_counter()
    return started, ended, (ended - started) * 1000


def _heavy_requests(http: Any, stop: threading.Event, intervals: list[tuple[float, float]]) -> None:
    query = {
        "namespace": "heavy",
        "vector": [0.5] * _DIMENSION,
        "topK": 10,
        "includeMetadata": True,
        "filter": {"n": {"$gte": 1}},
    }
    # A serverless index refuses a filtered describe_index_stats; a dry-run update by filter counts the same.
    count = {
        "namespace": "heavy",
        "filter": {"group": {"$in": ["alpha", "beta"]}},
        "setMetadata": {"seen": True},
        "dryRun": True,
    }
    while not stop.is_set():
        for path, body in (("/query", query), ("/vectors/update", count)):
            started = time.perf_counter()
            http.post(path, json=body).raise_for_status()
            intervals.append((started, time.perf_counter()))


def measure(size: str) -> dict[str, Any]:
    import httpx

    from pinecone_dataplane.emulator import running_emulator, write_dataset

    sizes = _sizes(size)
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="bench-concurrency-") as root:
        write_dataset(Path(root) / "bench" / "catalog", {"heavy": sizes["records"]}, dimension=_DIMENSION)
        with running_emulator(bucket_root=root, dimension=_DIMENSION, subprocess=True) as emulator:
            headers = {"Api-Key": emulator.api_key, "X-Pinecone-Api-Version": "2026-04"}
            with (
                httpx.Client(base_url=emulator.url, headers=headers, timeout=600) as cheap,
                httpx.Client(base_url=emulator.url, headers=headers, timeout=600) as heavy,
            ):
                _import(cheap, "s3://bench/catalog", timeout=600)
                _latency_ms(cheap, "/bulk/imports")  # warm-up
                idle = [_latency_ms(cheap, "/bulk/imports")[2] for _ in range(sizes["samples"])]
                stop = threading.Event()
                intervals: list[tuple[float, float]] = []
                sender = threading.Thread(target=_heavy_requests, args=(heavy, stop, intervals), daemon=True)
                sender.start()
                samples: list[tuple[float, float, float]] = []
                deadline = time.monotonic() + sizes["sampling_seconds"]
                try:
                    while time.monotonic() < deadline and len(_inside(samples, intervals)) < sizes["samples"]:
                        time.sleep(rng.uniform(0.005, 0.03))
                        samples.append(_latency_ms(cheap, "/bulk/imports"))
                finally:
                    stop.set()
                    sender.join(600)
    baseline = median(idle)
    delays = [latency - baseline for latency in _inside(samples, intervals)]
    return {
        "records": sizes["records"],
        "idle_ms": idle,
        "heavy_ms": [(end - start) * 1000 for start, end in intervals],
        "delays_ms": delays,
    }


def _inside(samples: list[tuple[float, float, float]], intervals: list[tuple[float, float]]) -> list[float]:
    """The latencies of the samples that began and ended while one heavy request was in flight."""
    return [
        latency for start, end, latency in samples if any(begun <= start and end <= ended for begun, ended in intervals)
    ]


def run(size: str) -> Section:
    figures = measure(size)
    delays = figures["delays_ms"]
    section = Section(
        "10. A cheap request during heavy ones",
        f"`GET /bulk/imports` against an emulator in its own process holding {figures['records']:,} vectors of "
        f"{_DIMENSION} dimensions, while another connection sends filtered queries and dry-run "
        "updates by filter back to back (each reads every record's metadata). Only samples that began "
        "and ended while a heavy request was in flight count; the delay is a sample's latency minus the "
        f"median latency on the idle emulator. {len(delays)} samples.",
    )
    table = Table(["measure", f"ms: {SPREAD}"])
    table.add("GET /bulk/imports, idle emulator", Sample(figures["idle_ms"]).cell(1, 2))
    if figures["heavy_ms"]:
        table.add(
            "heavy request, what a cheap one would wait behind it on the event loop",
            Sample(figures["heavy_ms"]).cell(1, 1),
        )
    if delays:
        table.add("delay during a heavy request", Sample(delays).cell(1, 1))
        table.add("delay: 10th-90th percentile", f"{percentile(delays, 0.1):.1f} to {percentile(delays, 0.9):.1f}")
        table.add("delay: largest", number(max(delays), 1))
    section.tables.append(("", table))
    section.target(
        f"GET /bulk/imports during a heavy query over {figures['records']:,} vectors: median delay ≤ "
        f"{DELAY_TARGET_MS:g} ms",
        median(delays) if delays else None,
        DELAY_TARGET_MS,
        1.0,
    )
    return section


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._concurrency", description=__doc__)
    parser.add_argument("--size", choices=("full", "tiny"), default="full")
    args = parser.parse_args()
    print(run(args.size).markdown())


if __name__ == "__main__":
    main()
