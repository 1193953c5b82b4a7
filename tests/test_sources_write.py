"""sources.write: records in each shape users hold become a source that validates and that the emulator
imports with every record, in a directory and on a real S3 API (moto's server on loopback)."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pinecone_dataplane.emulator import ManualClock, running_emulator
from pinecone_dataplane.errors import InvalidRecordsError, SourceExistsError
from pinecone_dataplane.sources import ProblemKind, check_batch, merge_checks, validate_source, write

from .emulator_support import client
from .test_sources_s3 import aws_env, bucket, s3_endpoint

__all__ = ["aws_env", "bucket", "s3_endpoint"]  # the S3 fixtures, shared with the reading tests

DIMENSION = 8
ROWS = 300


def _ids() -> list[str]:
    return [f"doc-{n}" for n in range(ROWS)]


def _vectors() -> Any:
    return np.random.default_rng(7).random((ROWS, DIMENSION))  # float64: written as float32


def _metadata() -> list[dict[str, Any]]:
    return [{"n": n, "tags": ["a", "b"][: n % 3]} for n in range(ROWS)]


def _sparse() -> list[dict[str, Any]]:
    return [{"indices": [n, n + 1000], "values": [0.5, 0.25]} for n in range(ROWS)]


def from_pandas() -> Any:
    return pd.DataFrame({"id": _ids(), "values": list(_vectors()), "metadata": _metadata()})


def from_arrow_table() -> Any:
    vectors = pa.array(_vectors().tolist(), type=pa.list_(pa.float64()))
    return pa.table({"id": _ids(), "values": vectors, "metadata": [json.dumps(m) for m in _metadata()]})


def from_batch_reader() -> Any:
    table = from_arrow_table()
    return pa.RecordBatchReader.from_batches(table.schema, table.to_batches(max_chunksize=64))


def from_numpy() -> Any:
    return {"id": np.array(_ids()), "values": _vectors(), "sparse_values": _sparse(), "metadata": _metadata()}


def from_records() -> Any:
    return (
        {"id": id_, "values": vector.tolist(), "metadata": metadata}
        for id_, vector, metadata in zip(_ids(), _vectors(), _metadata(), strict=True)
    )


INPUTS: dict[str, Callable[[], Any]] = {
    "pandas": from_pandas,
    "arrow-table": from_arrow_table,
    "record-batch-reader": from_batch_reader,
    "numpy": from_numpy,
    "records": from_records,
}


def _imported(bucket_root: Path, uri: str) -> dict[str, Any]:
    """The emulator's import of ``uri`` (an s3:// URI read under ``bucket_root``), once finished."""
    clock = ManualClock()
    with running_emulator(bucket_root=bucket_root, clock=clock, dimension=DIMENSION) as emulator:
        api = client(emulator.url, emulator.api_key)
        started = api.post("/bulk/imports", json={"uri": uri, "errorMode": {"onError": "abort"}}).json()
        clock.settle()
        model: dict[str, Any] = api.get(f"/bulk/imports/{started['id']}").json()
        stats = api.post("/describe_index_stats", json={}).json()
    model["namespaces"] = {name: summary["vectorCount"] for name, summary in stats["namespaces"].items()}
    return model


@pytest.mark.parametrize("make", INPUTS.values(), ids=INPUTS.keys())
def test_each_input_written_to_a_directory_validates_and_imports_every_record(
    tmp_path: Path, make: Callable[[], Any]
) -> None:
    written = write(make(), str(tmp_path / "bucket" / "emb"), namespace="books")

    assert written.uri == (tmp_path / "bucket" / "emb").resolve().as_uri()
    assert written.rows == ROWS
    assert [file.path.rsplit("/", 2)[1:] for file in written.files] == [["books", "part-00000.parquet"]]
    report = validate_source(written.uri, dimension=DIMENSION, full=True)
    assert report.ok, report.problems
    assert report.rows_checked == ROWS
    schema = pq.read_schema(tmp_path / "bucket" / "emb" / "books" / "part-00000.parquet")
    assert schema.field("values").type == pa.list_(pa.float32())
    model = _imported(tmp_path, "s3://bucket/emb")
    assert (model["status"], model["recordsImported"], model["namespaces"]) == ("Completed", ROWS, {"books": ROWS})


@pytest.mark.parametrize("make", INPUTS.values(), ids=INPUTS.keys())
def test_each_input_written_to_s3_validates_and_imports_every_record(
    bucket: tuple[Any, str], tmp_path: Path, make: Callable[[], Any]
) -> None:
    s3, name = bucket
    written = write(make(), f"s3://{name}/emb/")

    assert written.uri == f"s3://{name}/emb/"
    assert [file.path for file in written.files] == [f"s3://{name}/emb/__default__/part-00000.parquet"]
    report = validate_source(written.uri, dimension=DIMENSION, full=True)
    assert report.ok, report.problems
    assert report.rows == ROWS
    # The emulator reads s3://BUCKET/... under its bucket root: the objects as the service would fetch them.
    for entry in s3.list_objects_v2(Bucket=name)["Contents"]:
        target = tmp_path / name / entry["Key"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(s3.get_object(Bucket=name, Key=entry["Key"])["Body"].read())
    model = _imported(tmp_path, f"s3://{name}/emb")
    assert (model["recordsImported"], model["namespaces"]) == (ROWS, {"__default__": ROWS})


def test_values_and_metadata_arrive_as_written(tmp_path: Path) -> None:
    data = from_numpy()
    write(data, str(tmp_path))

    table = pq.read_table(tmp_path / "__default__" / "part-00000.parquet")
    assert table.column("id").to_pylist() == _ids()
    assert np.array_equal(np.array(table.column("values").to_pylist()), data["values"].astype(np.float32))
    assert [json.loads(text) for text in table.column("metadata").to_pylist()] == _metadata()
    assert table.column("sparse_values").to_pylist()[3] == {"indices": [3, 1003], "values": [0.5, 0.25]}


def test_files_roll_over_at_the_size_asked_and_each_holds_whole_row_groups(tmp_path: Path) -> None:
    rows = 40_000
    data = {"id": [f"id-{n}" for n in range(rows)], "values": np.random.default_rng(1).random((rows, 32))}
    written = write(data, str(tmp_path), file_bytes=2**20)

    assert len(written.files) >= 4
    assert all(size < 2 * 2**20 for size in written.sizes)
    assert sum(file.rows for file in written.files) == rows
    assert validate_source(written.uri, dimension=32, full=True).ok


def test_existing_files_are_kept_unless_overwrite_is_asked(tmp_path: Path) -> None:
    write(from_numpy(), str(tmp_path))
    before = (tmp_path / "__default__" / "part-00000.parquet").read_bytes()

    with pytest.raises(SourceExistsError, match="already holds 1 Parquet files") as raised:
        write({"id": ["x"], "values": [[1.0] * DIMENSION]}, str(tmp_path))
    assert raised.value.existing == ((tmp_path / "__default__" / "part-00000.parquet").resolve().as_uri(),)
    assert (tmp_path / "__default__" / "part-00000.parquet").read_bytes() == before

    written = write({"id": ["x"], "values": [[1.0] * DIMENSION]}, str(tmp_path), overwrite=True)
    assert written.rows == 1
    assert validate_source(written.uri, dimension=DIMENSION, full=True).rows == 1


def test_a_bad_record_names_its_row_and_leaves_no_file(tmp_path: Path) -> None:
    vectors = _vectors()
    vectors[42, 3] = np.nan
    with pytest.raises(InvalidRecordsError, match="row 42: values holds NaN") as raised:
        write({"id": _ids(), "values": vectors}, str(tmp_path))
    assert [problem.kind for problem in raised.value.problems] == [ProblemKind.NON_FINITE_VALUE]
    assert list((tmp_path / "__default__").iterdir()) == []


def test_a_wrong_dimension_and_repeated_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidRecordsError, match="values has 8 numbers; the index dimension is 4"):
        write({"id": _ids(), "values": _vectors()}, str(tmp_path / "a"), dimension=4)
    ids = _ids()
    ids[200] = ids[10]
    with pytest.raises(InvalidRecordsError, match="id 'doc-10' is also at row 10"):
        write({"id": ids, "values": _vectors()}, str(tmp_path / "b"))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"id": [1, 2], "values": [[1.0], [2.0]]}, "must hold strings"),
        ({"id": ["a"], "values": [[1.0]], "text": ["x"]}, "'text': not a column an import reads"),
        ({"values": [[1.0]]}, "no 'id' column"),
        ({"id": ["a"], "values": [[1.0]], "metadata": [{"x": float("nan")}]}, "cannot be JSON"),
        ({"id": ["a"], "sparse_values": [{"indices": [-1], "values": [1.0]}]}, "'sparse_values' cannot be"),
        ({"id": ["a"], "values": pa.array(["[1.0]"])}, "'values' holds text, not vectors"),
        ("not records", "data must be"),
    ],
)
def test_input_an_import_cannot_take_is_a_typed_error_naming_it(tmp_path: Path, data: Any, words: str) -> None:
    with pytest.raises((ValueError, TypeError), match=words):
        write(data, str(tmp_path))


def test_the_batch_check_merges_to_the_same_result_however_it_is_split() -> None:
    rng = np.random.default_rng(3)
    ids = [f"r{n}" for n in range(100)]
    ids[60], ids[70] = "", None
    values = rng.random((100, 4)).tolist()
    values[30] = [1.0, float("inf"), 0.0, 0.0]
    values[90] = [1.0]
    table = pa.table({"id": ids, "values": values, "metadata": ['{"a": 1}'] * 99 + ["[1]"]})

    def checked(step: int) -> Any:
        parts = [
            check_batch(batch, dimension=4, file="f", first_row=start)
            for start, batch in ((start, table.slice(start, step)) for start in range(0, 100, step))
        ]
        return merge_checks([merge_checks(parts[::2]), merge_checks(parts[1::2])])

    whole = check_batch(table, dimension=4, file="f")
    for step in (7, 33, 100):
        split = checked(step)
        assert (split.problems, split.problem_counts, split.rows) == (whole.problems, whole.problem_counts, 100)
    # Keeping only the first two problems, merged in reverse order: still the first two of the source.
    parts = [
        check_batch(table.slice(start, 10), dimension=4, file="f", first_row=start, max_problems=2)
        for start in range(0, 100, 10)
    ]
    first = merge_checks(reversed(parts))
    assert first.problems == whole.problems[:2]
    assert first.problem_counts == whole.problem_counts
    assert [(problem.kind, problem.row) for problem in whole.problems] == [
        (ProblemKind.NON_FINITE_VALUE, 30),
        (ProblemKind.EMPTY_ID, 60),
        (ProblemKind.NULL_ID, 70),
        (ProblemKind.WRONG_DIMENSION, 90),
        (ProblemKind.METADATA_NOT_OBJECT, 99),
    ]


def _with_claimed_rows(data: bytes, claimed: int) -> bytes:
    """The Parquet file with its footer's row count (FileMetaData.num_rows) changed, the row groups unchanged."""

    def varint(number: int) -> bytes:
        out = b""
        while number > 0x7F:
            out += bytes([number & 0x7F | 0x80])
            number >>= 7
        return out + bytes([number])

    length = struct.unpack("<I", data[-8:-4])[0]
    footer = data[-8 - length : -8]
    # Thrift compact: field 3 (i64, zigzag varint) right after the schema, then field 4, the row-group list.
    rows = pq.ParquetFile(io.BytesIO(data)).metadata.num_rows
    old, new = (b"\x16" + varint(count << 1) + b"\x19\x1c" for count in (rows, claimed))
    assert footer.count(old) == 1
    footer = footer.replace(old, new)
    return data[: -8 - length] + footer + struct.pack("<I", len(footer)) + b"PAR1"


def test_a_footer_claiming_more_rows_than_the_file_holds_is_a_problem_naming_the_file(tmp_path: Path) -> None:
    sink = io.BytesIO()
    pq.write_table(pa.table({"id": [f"r{n}" for n in range(5)], "values": [[0.5] * 4] * 5}), sink)
    target = tmp_path / "src" / "__default__" / "part-0.parquet"
    target.parent.mkdir(parents=True)
    target.write_bytes(_with_claimed_rows(sink.getvalue(), 10**9))
    assert pq.ParquetFile(target).metadata.num_rows == 10**9  # the crafted file reads as the fault had it

    for full in (True, False):
        report = validate_source(target.parent.parent.as_uri(), dimension=4, full=full)
        assert not report.ok
        assert [(problem.kind, problem.file) for problem in report.problems] == [
            (ProblemKind.ROW_COUNT_MISMATCH, target.as_uri())
        ]
        assert "claims 1,000,000,000 rows but its row groups hold 5" in report.problems[0].message

    command = [sys.executable, "-m", "pinecone_dataplane.cli", "imports", "validate"]
    run = subprocess.run(
        [*command, target.parent.parent.as_uri(), "--dimension", "4", "--full"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 5, run.stderr
    assert "would not import cleanly" in run.stdout
    assert "would import cleanly" not in run.stdout.replace("would not import cleanly", "")


def test_the_command_writes_json_lines_and_parquet_input(tmp_path: Path) -> None:
    lines = tmp_path / "records.jsonl"
    lines.write_text("".join(json.dumps(record) + "\n" for record in from_records()))
    command = [sys.executable, "-m", "pinecone_dataplane.cli"]

    def run(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, *words], capture_output=True, text=True, check=False, cwd=tmp_path)

    first = run("sources", "write", "records.jsonl", "out", "--namespace", "books")
    assert first.returncode == 0, first.stderr
    source = (tmp_path / "out").resolve().as_uri()
    assert first.stdout.splitlines() == [
        f"Wrote {ROWS} records in 1 files to {source}/books",
        f"Check it with: pinecone-dataplane imports validate {source} --full",
    ]
    again = run("sources", "write", "records.jsonl", "out", "--namespace", "books")
    assert again.returncode == 1
    assert "pass --overwrite to replace them" in again.stderr
    copied = run("--json", "sources", "write", "out/books", "out", "--dimension", str(DIMENSION))
    assert copied.returncode == 0, copied.stderr
    assert json.loads(copied.stdout)["rows"] == ROWS
    assert validate_source(source, dimension=DIMENSION, full=True).rows_per_namespace == {
        "__default__": ROWS,
        "books": ROWS,
    }
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "values": [1.0, float("nan")]}) + "\n")
    refused = run("sources", "write", "bad.jsonl", "elsewhere")
    assert refused.returncode == 5
    assert "row 0: values holds NaN" in refused.stderr


def test_without_a_dask_client_the_error_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"create one first, distributed\.Client\(\)"):
        validate_source(tmp_path.as_uri(), dimension=DIMENSION, engine="dask")
