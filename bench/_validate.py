"""validate_source(full=True) on a source of about 1 GB: peak memory and wall time, in a fresh process.

Runnable alone: ``python -m bench._validate [--size tiny]``. The source is generated into a temporary
directory and deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._report import SPREAD, Sample, Section, Table, number

DIMENSION = 768
LIMIT_MB = 200.0
# Source size in MB of vector data: the full run's is the one the target is about.
SIZES = {"full": 1024, "tiny": 4}
# Runs of each contender, interleaved.
ROUNDS = {"full": 3, "tiny": 1}
FILES = 4
# Rows per row group in the files written with many; the others are one row group each, the worst case
# for a reader that would load a column chunk at once.
ROW_GROUP_ROWS = 10_000

# The whole program of the measured process: imports first, then the baseline, then the measure.
_PROGRAM = """
import json, resource, sys, time
import pyarrow as pa
import pyarrow.parquet as pq
from pinecone_dataplane._lib.sources import validate_source

def rss_mb():
    # The peak resident set of this process's memory since exec (VmHWM). getrusage's ru_maxrss would do
    # elsewhere, but Linux carries it over from the parent across fork and exec.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

uri, dimension, contender = sys.argv[1], int(sys.argv[2]), sys.argv[3]
baseline = rss_mb()
started = time.perf_counter()
if contender == "validate":
    report = validate_source(uri, dimension=dimension, full=True)
    rows, ok = report.rows_checked, report.ok
else:  # every file read whole, one after the other: what streaming avoids
    from pathlib import Path
    from urllib.parse import urlsplit
    rows = sum(pq.read_table(path).num_rows for path in sorted(Path(urlsplit(uri).path).glob("*/*.parquet")))
    ok = True
wall = time.perf_counter() - started
print(json.dumps({
    "rows": rows, "ok": ok, "wall": wall, "baseline_mb": baseline, "peak_mb": rss_mb(),
    "pool_peak_mb": pa.default_memory_pool().max_memory() / 2**20,
}))
"""


def write_source(root: Path, megabytes: int) -> tuple[int, int]:
    """FILES files of dense vectors with ids and metadata under root/__default__; (rows, bytes on disk)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    rows_per_file = max(1, megabytes * 2**20 // (DIMENSION * 4) // FILES)
    schema = pa.schema([("id", pa.string()), ("values", pa.list_(pa.float32(), DIMENSION)), ("metadata", pa.string())])
    target = root / "__default__"
    target.mkdir(parents=True)
    for part in range(FILES):
        path = target / f"part-{part:04d}.parquet"
        # Half the files in many row groups, half in one: a single column chunk of about 250 MB.
        step = ROW_GROUP_ROWS if part % 2 == 0 else rows_per_file
        with pq.ParquetWriter(path, schema) as writer:
            for first in range(0, rows_per_file, step):
                count = min(step, rows_per_file - first)
                numbers = range(part * rows_per_file + first, part * rows_per_file + first + count)
                values = pc.cast(pc.random(count * DIMENSION), pa.float32())
                chunk = pa.table(
                    {
                        "id": [f"doc-{n:010d}" for n in numbers],
                        "values": pa.FixedSizeListArray.from_arrays(values, DIMENSION),
                        "metadata": [f'{{"n": {n}, "group": "g{n % 7}"}}' for n in numbers],
                    },
                    schema=schema,
                )
                writer.write_table(chunk, row_group_size=step)
    return rows_per_file * FILES, sum(path.stat().st_size for path in target.iterdir())


def _measure(uri: str, contender: str) -> dict[str, float]:
    run = subprocess.run(
        [sys.executable, "-c", _PROGRAM, uri, str(DIMENSION), contender], check=True, capture_output=True, text=True
    )
    figures: dict[str, float] = json.loads(run.stdout)
    return figures


def run(size: str) -> Section:
    with tempfile.TemporaryDirectory(prefix="bench-validate-") as directory:
        root = Path(directory) / "source"
        started = time.perf_counter()
        rows, on_disk = write_source(root, SIZES[size])
        generated = time.perf_counter() - started
        runs: dict[str, list[dict[str, float]]] = {"validate": [], "read_table": []}
        for _ in range(ROUNDS[size]):  # interleaved: a busy moment of the machine falls on both
            for contender, figures in runs.items():
                figures.append(_measure(root.as_uri(), contender))
    table = Table(
        [
            "contender",
            "rows",
            f"wall (s): {SPREAD}",
            "MB/s (median)",
            f"peak RSS (MB): {SPREAD}",
            "RSS before (MB)",
            "Arrow pool peak (MB)",
        ]
    )
    names = {
        "validate": "`validate_source(uri, dimension=768, full=True)`",
        "read_table": "`pq.read_table` of each file in turn (for contrast)",
    }
    for contender, figures in runs.items():
        walls, peaks = (Sample(run[key] for run in figures) for key in ("wall", "peak_mb"))
        table.add(
            names[contender],
            f"{int(figures[0]['rows']):,}",
            walls.cell(1, 2),
            number(on_disk / 2**20 / walls.median, 0),
            peaks.cell(),
            number(Sample(run["baseline_mb"] for run in figures).median),
            number(Sample(run["pool_peak_mb"] for run in figures).median),
        )
    section = Section(
        "6. validate_source on a large source",
        f"A generated source of {on_disk / 2**20:,.0f} MB on local disk ({rows:,} rows in {FILES} files under "
        f"`__default__/`; {DIMENSION} float32 per row as a fixed-size list, an id and JSON metadata; two files in "
        f"row groups of {ROW_GROUP_ROWS:,} rows, two in a single row group each; {generated:.0f} s to write), checked "
        "in full in a fresh process. Peak RSS is the process's maximum resident set (VmHWM), interpreter and "
        "pyarrow included (`RSS before` is that after the imports); the Arrow pool peak is what pyarrow allocated "
        f"at most at once. Each contender ran {ROUNDS[size]} times, interleaved.",
    )
    section.tables.append(("", table))
    for validate in runs["validate"]:
        if not validate["ok"] or int(validate["rows"]) != rows:
            section.notes.append(f"**The check did not read every row cleanly** ({validate}): the figures are suspect.")
    peak = Sample(run["peak_mb"] for run in runs["validate"]).median
    section.target(
        f"validate_source(full=True) on ~1 GB: peak RSS ≤ {LIMIT_MB:.0f} MB (measured ÷ limit)",
        peak if size == "full" else None,
        LIMIT_MB,
        1.0,
    )
    return section


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._validate", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    print(run(parser.parse_args().size).markdown())


if __name__ == "__main__":
    main()
