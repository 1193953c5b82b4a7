"""How the emulator reads Parquet: bad rows and files in both error modes, ignored files, bounded memory."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator, write_dataset

from .emulator_support import client

DIMENSION = 4


def write(path: Path, columns: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path)


def good_columns(count: int, start: int = 0) -> dict[str, Any]:
    return {
        "id": [f"r{n}" for n in range(start, start + count)],
        "values": pa.array([[0.5] * DIMENSION] * count, pa.list_(pa.float32())),
        "metadata": [json.dumps({"n": n}) for n in range(start, start + count)],
    }


@contextmanager
def emulator_for(root: Path, **options: Any) -> Iterator[tuple[RunningEmulator, Callable[..., dict[str, Any]]]]:
    """An emulator over ``root`` and a function running one import of it to its end.

    The function returns the ImportModel, with what the emulator logs about skipped records under
    "skipped" (a Completed import has no ``error``).
    """
    clock = ManualClock()
    with running_emulator(bucket_root=root.parent, clock=clock, dimension=DIMENSION, **options) as emulator:
        api = client(emulator.url, emulator.api_key)

        def run(error_mode: str = "continue") -> dict[str, Any]:
            body = {"uri": root.as_uri(), "errorMode": {"onError": error_mode}}
            import_id = api.post("/bulk/imports", json=body).json()["id"]
            clock.settle()
            for namespace in list(emulator.state.store.counts()):
                emulator.state.store.delete_namespace(namespace)  # so the next run may import again
            job = emulator.state.job(import_id)
            assert job is not None
            return api.get(f"/bulk/imports/{import_id}").json() | {"skipped": job.skipped_summary()}

        yield emulator, run


BAD_ROWS = [
    pytest.param("id", "", "id is empty", id="empty-id"),
    pytest.param("values", [0.5] * (DIMENSION + 1), "values has 5 numbers but the index dimension is 4", id="dim"),
    pytest.param("values", None, "values is missing", id="null-values"),
    pytest.param("values", [0.5, float("nan"), 0.5, 0.5], "values holds a null, NaN or infinite number", id="nan"),
    pytest.param("metadata", "{oops", "metadata is not valid JSON", id="not-json"),
    pytest.param("metadata", '{"x": NaN}', "metadata is not valid JSON", id="nan-metadata"),
    pytest.param("metadata", "[1]", "metadata must be a JSON object, not list", id="not-object"),
    pytest.param(
        "metadata",
        json.dumps({"t": "x" * 41_000}),
        "metadata is 41009 bytes; the limit is 40960",
        id="oversized",
    ),
]


@pytest.mark.parametrize(("column", "value", "problem"), BAD_ROWS)
def test_a_bad_row_is_skipped_or_aborts(tmp_path: Path, column: str, value: Any, problem: str) -> None:
    columns = good_columns(10)
    cells = columns[column].to_pylist() if isinstance(columns[column], pa.Array) else list(columns[column])
    cells[7] = value
    columns[column] = pa.array(cells, columns[column].type) if isinstance(columns[column], pa.Array) else cells
    write(tmp_path / "src" / "ns" / "a.parquet", columns)
    with emulator_for(tmp_path / "src") as (_, run):
        continued = run("continue")
        assert (continued["status"], continued["recordsImported"]) == ("Completed", 9)
        assert "error" not in continued
        uri = (tmp_path / "src").as_uri()
        assert continued["skipped"] == f"skipped 1 of 10 records; first: file {uri}/ns/a.parquet, row 7: {problem}"
        aborted = run("abort")
        assert (aborted["status"], aborted["recordsImported"]) == ("Failed", 7)
        assert aborted["error"] == f"file {uri}/ns/a.parquet, row 7: {problem}"


@pytest.mark.parametrize(
    ("columns", "problem"),
    [
        pytest.param({"id": ["a"], "metadata": ["{}"]}, "missing column 'values'", id="no-values"),
        pytest.param({"values": [[0.5] * DIMENSION]}, "missing column 'id'", id="no-id"),
        pytest.param(
            {"id": [1], "values": [[0.5] * DIMENSION]}, "column 'id' must be a string, not int64", id="int-id"
        ),
        pytest.param(
            {"id": ["a"], "values": [[0.5] * DIMENSION], "metadata": [[1]]},
            "column 'metadata' must be a JSON string, not list<",
            id="list-metadata",
        ),
    ],
)
def test_a_file_with_a_bad_schema_is_skipped_or_aborts(tmp_path: Path, columns: dict, problem: str) -> None:
    write(tmp_path / "src" / "ns" / "a.parquet", good_columns(5))
    write(tmp_path / "src" / "ns" / "b.parquet", columns)
    with emulator_for(tmp_path / "src") as (_, run):
        continued = run("continue")
        assert (continued["status"], continued["recordsImported"]) == ("Completed", 5)
        assert "error" not in continued
        where = f"file {(tmp_path / 'src').as_uri()}/ns/b.parquet: "
        assert continued["skipped"].startswith(f"skipped 1 of 6 records; first: {where}{problem}")
        aborted = run("abort")
        assert (aborted["status"], aborted["recordsImported"]) == ("Failed", 5)
        assert aborted["error"].startswith(f"{where}{problem}")


def test_other_files_are_ignored_and_unreadable_parquet_reported(tmp_path: Path) -> None:
    source = tmp_path / "src"
    write(source / "ns" / "a.parquet", good_columns(6))
    (source / "ns" / "notes.txt").write_text("not data")
    (source / "ns" / "a.parquet.bak").write_bytes(b"PAR1 garbage")
    (source / "top-level.parquet").write_bytes(b"files outside namespace directories are ignored")
    with emulator_for(source) as (_, run):
        clean = run("continue")
        assert (clean["status"], clean["recordsImported"]) == ("Completed", 6)
        assert "error" not in clean
        assert clean["skipped"] is None

        (source / "ns" / "broken.parquet").write_bytes(b"this is not parquet at all")
        continued = run("continue")
        assert (continued["status"], continued["recordsImported"]) == ("Completed", 6)
        broken = f"file {source.as_uri()}/ns/broken.parquet: cannot be read as Parquet"
        assert "error" not in continued
        assert continued["skipped"].startswith(f"skipped 1 unreadable file; first: {broken}")
        aborted = run("abort")
        assert (aborted["status"], aborted["recordsImported"]) == ("Failed", 6)
        assert aborted["error"].startswith(broken)


def test_default_namespace_directory_and_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path / "src" / "__default__" / "a.parquet", good_columns(3))
    write(tmp_path / "src" / "__default__" / "b.parquet", good_columns(3, start=2))  # r2 again
    with running_emulator(bucket_root=tmp_path, clock=(clock := ManualClock()), dimension=DIMENSION) as emulator:
        api = client(emulator.url, emulator.api_key)
        api.post("/bulk/imports", json={"uri": (tmp_path / "src").as_uri()})
        clock.settle()
        assert api.get("/bulk/imports/1").json()["recordsImported"] == 6
        stats = api.post("/describe_index_stats", json={}).json()
        assert stats["namespaces"] == {"__default__": {"vectorCount": 5}}


def test_sparse_index_imports_sparse_values(tmp_path: Path) -> None:
    sparse = pa.array(
        [{"indices": [1, 5], "values": [0.5, 0.25]}, {"indices": [3], "values": [1.0]}, None],
        pa.struct([("indices", pa.list_(pa.uint32())), ("values", pa.list_(pa.float32()))]),
    )
    write(tmp_path / "src" / "ns" / "a.parquet", {"id": ["s1", "s2", "s3"], "sparse_values": sparse})
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock, vector_type="sparse") as emulator:
        api = client(emulator.url, emulator.api_key)
        api.post("/bulk/imports", json={"uri": (tmp_path / "src").as_uri()})
        clock.settle()
        model = api.get("/bulk/imports/1").json()
        assert (model["recordsImported"], model["error"]) == (2, model["error"])
        assert model["error"].endswith("row 2: sparse_values is missing")
        record = api.get("/vectors/fetch", params={"ids": "s1", "namespace": "ns"}).json()["vectors"]["s1"]
        assert record["sparseValues"] == {"indices": [1, 5], "values": [0.5, 0.25]}
        stats = api.post("/describe_index_stats", json={}).json()
        assert stats["vectorType"] == "sparse"
        assert "dimension" not in stats


# Buffers allocated from a pool can be freed after it stops being the default (Arrow's I/O threads
# release them late), so every measuring pool lives as long as the process: freeing one early crashes it.
_MEASURING_POOLS: list[pa.MemoryPool] = []


def test_a_file_larger_than_the_batch_is_read_with_bounded_memory(tmp_path: Path) -> None:
    """Arrow allocations while importing stay a small share of the file's decoded size."""
    source = tmp_path / "src"
    write_dataset(source, {"big": 100_000}, dimension=DIMENSION, row_group_size=5_000)
    decoded_size = pq.read_table(source / "big" / "part-0000.parquet").nbytes

    def peak_arrow_bytes(action: Callable[[], object]) -> int:
        pool = pa.proxy_memory_pool(pa.system_memory_pool())
        _MEASURING_POOLS.append(pool)
        previous = pa.default_memory_pool()
        pa.set_memory_pool(pool)
        try:
            action()
        finally:
            pa.set_memory_pool(previous)
        return int(pool.max_memory())

    # The measure sees a whole-file read...
    assert peak_arrow_bytes(lambda: pq.read_table(source / "big" / "part-0000.parquet")) >= decoded_size
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock, dimension=DIMENSION, batch_size=2_000) as emulator:
        api = client(emulator.url, emulator.api_key)

        def run_import() -> None:
            api.post("/bulk/imports", json={"uri": source.as_uri()})
            clock.settle()

        # ...and the import reads batch by batch.
        peak = peak_arrow_bytes(run_import)
        assert api.get("/bulk/imports/1").json()["recordsImported"] == 100_000
    assert peak < decoded_size / 4, (peak, decoded_size)
