"""validate_source(full=True) on a multi-GB source: local, and on a Dask cluster of two worker processes.

Runnable alone: ``python -m bench._distributed [--size tiny]``. The source (dense vectors with ids and
metadata, spread over several files so the workers share them) is generated into a temporary directory and
deleted afterwards. Each contender runs in a fresh process; the cluster's workers are processes of their
own, and the peak memory of each (VmHWM) is asked of it once the check is done.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._report import SPREAD, Sample, Section, Table

DIMENSION = 768
WORKERS = 2
# Source size in MB of vector data.
SIZES = {"full": 2 * 1024, "tiny": 8}
# Rounds of both engines, their order alternating; a tiny run only checks that the measure works.
ROUNDS = {"full": 3, "tiny": 1}
ENGINES = ("local", "dask")
FILES = 12
ROW_GROUP_ROWS = 20_000

_PROGRAM = """
import json, sys, time

def peak_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024

uri, dimension, engine, workers = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
from pinecone_dataplane.sources import validate_source
worker_peaks = []
if engine == "dask":
    import distributed
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address="127.0.0.1:0", memory_limit=None)
    client = distributed.Client(cluster)
    client.run(lambda: __import__("pinecone_dataplane._lib._parquet"))  # workers warm, as on a running cluster
started = time.perf_counter()
report = validate_source(uri, dimension=dimension, full=True, engine=engine)
wall = time.perf_counter() - started
if engine == "dask":
    worker_peaks = sorted(client.run(peak_mb).values())
    client.close()
    cluster.close()
print(json.dumps({"rows": report.rows_checked, "ok": report.ok, "wall": wall, "peak_mb": peak_mb(),
                  "worker_peaks_mb": worker_peaks}))
"""


def write_source(root: Path, megabytes: int) -> tuple[int, int]:
    """FILES files of dense vectors with ids and metadata under root/__default__; (rows, bytes on disk)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    rows_per_file = max(1, megabytes * 2**20 // (DIMENSION * 4) // FILES)
    schema = pa.schema([("id", pa.string()), ("values", pa.list_(pa.float32())), ("metadata", pa.string())])
    target = root / "__default__"
    target.mkdir(parents=True)
    for part in range(FILES):
        # Uncompressed: random floats do not compress, and writing stays quick.
        with pq.ParquetWriter(target / f"part-{part:05d}.parquet", schema, compression="none") as writer:
            for first in range(0, rows_per_file, ROW_GROUP_ROWS):
                count = min(ROW_GROUP_ROWS, rows_per_file - first)
                numbers = range(part * rows_per_file + first, part * rows_per_file + first + count)
                values = pc.cast(pc.random(count * DIMENSION), pa.float32())
                offsets = pa.array(range(0, (count + 1) * DIMENSION, DIMENSION), type=pa.int32())
                chunk = pa.table(
                    {
                        "id": [f"doc-{n:010d}" for n in numbers],
                        "values": pa.ListArray.from_arrays(offsets, values),
                        "metadata": [f'{{"n": {n}}}' for n in numbers],
                    },
                    schema=schema,
                )
                writer.write_table(chunk)
    return rows_per_file * FILES, sum(path.stat().st_size for path in target.iterdir())


def _measure(uri: str, engine: str) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", _PROGRAM, uri, str(DIMENSION), engine, str(WORKERS)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return figures


def _peaks(figures: dict[str, object]) -> list[float]:
    peaks = figures["worker_peaks_mb"]
    assert isinstance(peaks, list)
    return peaks


def run(size: str) -> Section:
    with tempfile.TemporaryDirectory(prefix="bench-distributed-") as directory:
        root = Path(directory) / "source"
        started = time.perf_counter()
        rows, on_disk = write_source(root, SIZES[size])
        generated = time.perf_counter() - started
        results: dict[str, list[dict[str, object]]] = {engine: [] for engine in ENGINES}
        for round_ in range(ROUNDS[size]):
            for engine in ENGINES if round_ % 2 == 0 else ENGINES[::-1]:
                results[engine].append(_measure(root.as_uri(), engine))
    table = Table(
        ["engine", "rows", f"wall (s): {SPREAD}", "MB/s (median)", "peak RSS here (MB)", "peak RSS per worker (MB)"]
    )
    for engine, runs in results.items():
        walls = Sample(float(str(figures["wall"])) for figures in runs)
        workers = [sorted(float(peak) for peak in _peaks(figures)) for figures in runs]
        table.add(
            f'`validate_source(uri, full=True, engine="{engine}")`'
            + (f" on {WORKERS} worker processes" if engine == "dask" else ""),
            f"{int(str(runs[0]['rows'])):,}",
            walls.cell(1, 2),
            f"{on_disk / 2**20 / walls.median:,.0f}",
            Sample(float(str(figures["peak_mb"])) for figures in runs).cell(),
            ", ".join(Sample(peaks).cell() for peaks in zip(*workers, strict=True)) or "–",
        )
    section = Section(
        "11. validate_source on a multi-GB source, local and on a Dask cluster",
        f"A generated source of {on_disk / 2**20:,.0f} MB on local disk ({rows:,} rows in {FILES} files under "
        f"`__default__/`, {DIMENSION} float32 per row as a list, an id and JSON metadata; {generated:.0f} s to "
        f"write), checked in full in a fresh process, then by a local Dask cluster of {WORKERS} worker processes "
        f"(one thread each) started in a fresh process, its start-up not counted: {ROUNDS[size]} rounds, the "
        "engines' order alternating. Peak RSS is each process's maximum resident set (VmHWM); a worker's is of "
        "the worker with the lowest peak, then the other, in each round. The machine has 2 cores: two workers "
        "can at best halve the wall time.",
    )
    section.tables.append(("", table))
    for engine, runs in results.items():
        for figures in runs:
            if not figures["ok"] or int(str(figures["rows"])) != rows:
                section.notes.append(f"**The {engine} check did not read every row cleanly** ({figures}).")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._distributed", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    print(run(parser.parse_args().size).markdown())


if __name__ == "__main__":
    main()
