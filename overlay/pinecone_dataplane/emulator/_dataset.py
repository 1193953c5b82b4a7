"""Writing Parquet datasets in the layout imports read, for demos and tests."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ._imports import MAX_METADATA_BYTES

_GROUPS = ("alpha", "beta", "gamma", "delta")

# `--sample-data`: one dataset per thing to try, each in a namespace of its own (a namespace that holds
# records fails an import): name -> (records, bad records).
SAMPLE_BUCKET = "sample"
SAMPLES = {"articles": (2_000, 0), "products": (2_000, 0), "reviews": (1_000, 3), "archive": (50_000, 0)}


def write_samples(bucket_root: str | os.PathLike[str], *, dimension: int) -> dict[str, tuple[int, int]]:
    """Write the sample datasets under ``bucket_root``; their ``file://`` URIs -> (records, bad records).

    ``file://`` because the client reads a source too (validate, verify), and it cannot reach the
    emulator's buckets through ``s3://``; the emulator imports ``s3://sample/NAME`` as well.
    """
    written = {}
    for name, (records, bad) in SAMPLES.items():
        directory = Path(bucket_root).resolve() / SAMPLE_BUCKET / name
        write_dataset(directory, {name: records}, dimension=dimension, bad_records=bad)
        written[directory.as_uri()] = (records, bad)
    return written


def write_dataset(
    directory: str | os.PathLike[str],
    namespaces: Mapping[str, int],
    *,
    dimension: int = 8,
    files_per_namespace: int = 1,
    bad_records: int = 0,
    row_group_size: int | None = None,
    seed: int = 0,
) -> Path:
    """Write ``directory/<namespace>/part-NNNN.parquet`` files holding ``namespaces[name]`` records each.

    Records have the columns ``id`` (``"<namespace>-<n>"``, n zero-padded to 8 digits), ``values``
    (``dimension`` random float32) and ``metadata`` (``{"n": n, "group": ...}`` as JSON text). The last
    file of the first namespace holds ``bad_records`` records an import must reject, in turn: a wrong
    dimension, metadata that is not JSON, metadata that is not an object, an empty id, metadata over
    40 KB. Use ``__default__`` as a name for the default namespace. Returns the directory; its
    ``as_uri()`` is a ``file://`` URI an import accepts.
    """
    if files_per_namespace < 1:
        raise ValueError(f"files_per_namespace must be at least 1, not {files_per_namespace}")
    root = Path(directory)
    rng = random.Random(seed)
    for position, (namespace, count) in enumerate(namespaces.items()):
        target = root / namespace
        target.mkdir(parents=True, exist_ok=True)
        first = 0
        for part in range(files_per_namespace):
            rows = count // files_per_namespace + (part < count % files_per_namespace)
            bad = bad_records if position == 0 and part == files_per_namespace - 1 else 0
            if bad > rows:
                raise ValueError(f"cannot fit {bad} bad records in a file of {rows} records")
            table = _table(namespace, first, rows, dimension=dimension, bad=bad, rng=rng)
            pq.write_table(table, target / f"part-{part:04d}.parquet", row_group_size=row_group_size)
            first += rows
    return root


def _table(namespace: str, first: int, rows: int, *, dimension: int, bad: int, rng: random.Random) -> pa.Table:
    numbers = range(first, first + rows)
    ids = [f"{namespace}-{n:08d}" for n in numbers]
    lengths = [dimension] * rows
    metadata = [f'{{"n": {n}, "group": "{_GROUPS[n % len(_GROUPS)]}"}}' for n in numbers]
    for k in range(bad):
        row = k * rows // bad
        kind = k % 5
        if kind == 0:
            lengths[row] = dimension + 1
        elif kind == 1:
            metadata[row] = "{not json"
        elif kind == 2:
            metadata[row] = "[1, 2, 3]"
        elif kind == 3:
            ids[row] = ""
        else:
            metadata[row] = json.dumps({"text": "x" * MAX_METADATA_BYTES})
    offsets = [0]
    for length in lengths:
        offsets.append(offsets[-1] + length)
    values = pa.ListArray.from_arrays(
        pa.array(offsets, pa.int32()), pa.array([rng.random() for _ in range(offsets[-1])], pa.float32())
    )
    return pa.table({"id": pa.array(ids, pa.string()), "values": values, "metadata": pa.array(metadata, pa.string())})
