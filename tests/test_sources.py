"""Checking import sources before an import, and counting them after, on real Parquet files through file://."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pinecone_dataplane._lib.sources import (
    Problem,
    ProblemKind,
    SourceFile,
    compare_counts,
    find_missing_ids,
    iter_source_ids,
    source_row_counts,
    validate_source,
)
from pinecone_dataplane.emulator import write_dataset
from pinecone_dataplane.errors import PineconeDataplaneError, SourceError

from .source_support import (
    BAD_ROW,
    DENSE_SCHEMA,
    DIMENSION,
    ROW_DEFECTS,
    SPARSE_SCHEMA,
    Defect,
    dense_columns,
    sparse_columns,
    table,
)

OVERLAY = Path(__file__).resolve().parent.parent / "overlay"


def write(root: Path, relative: str, data: pa.Table, **options: Any) -> str:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(data, path, **options)
    return path.as_uri()


def found(report: Any) -> list[tuple[str, str, int | None]]:
    return [(problem.kind.value, problem.file, problem.row) for problem in report.problems]


def test_a_clean_source_passes_and_lists_its_files_namespaces_and_ignored_files(tmp_path: Path) -> None:
    first = write(tmp_path, "__default__/part-0.parquet", table(dense_columns(10, prefix="a")))
    second = write(tmp_path, "__default__/part-1.parquet", table(dense_columns(5, prefix="b")))
    third = write(tmp_path, "books/part-0.parquet", table(dense_columns(3)))
    (tmp_path / "README.md").write_text("not data")
    (tmp_path / "books" / "_SUCCESS").write_text("")
    (tmp_path / "books" / "old").mkdir()

    report = validate_source(tmp_path.as_uri() + "/", dimension=DIMENSION)

    assert report.ok
    assert report.problems == ()
    assert report.files == (
        SourceFile(first, "__default__", 10),
        SourceFile(second, "__default__", 5),
        SourceFile(third, "books", 3),
    )
    assert report.rows_per_namespace == {"__default__": 15, "books": 3}
    assert report.rows == report.rows_checked == 18
    base = tmp_path.as_uri()
    assert report.ignored == (f"{base}/README.md", f"{base}/books/_SUCCESS", f"{base}/books/old/")
    assert report.dimensions == (DIMENSION,)


@pytest.mark.parametrize("defect", ROW_DEFECTS, ids=lambda defect: defect.kind)
def test_each_bad_row_is_named_with_its_kind_file_and_row(tmp_path: Path, defect: Defect) -> None:
    clean = table(sparse_columns(prefix="c"), SPARSE_SCHEMA) if defect.sparse else table(dense_columns(prefix="c"))
    write(tmp_path, "__default__/clean.parquet", clean)
    bad = write(tmp_path, "__default__/part-1.parquet", defect.table())

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION, vector_type="sparse" if defect.sparse else "dense")

    assert not report.ok
    assert found(report) == [(defect.kind, bad, BAD_ROW)]
    assert report.problem_counts == {ProblemKind(defect.kind): 1}
    if defect.duplicate_of is not None:
        assert report.problems[0].message == f"id 'r2' is also at row 2 of {bad}"


def test_ids_and_metadata_at_their_limits_pass(tmp_path: Path) -> None:
    columns = dense_columns()
    columns["id"][0] = "x" * 512
    columns["metadata"][0] = json.dumps({"t": "x" * (40 * 1024 - 9)})  # 40 KB exactly, with the braces
    assert len(columns["metadata"][0].encode()) == 40 * 1024
    columns["metadata"][1] = None  # metadata is optional
    write(tmp_path, "__default__/part.parquet", table(columns))

    assert validate_source(tmp_path.as_uri(), dimension=DIMENSION).ok


def test_sparse_indices_outside_uint32_are_named(tmp_path: Path) -> None:
    wide = pa.struct([("indices", pa.list_(pa.int64())), ("values", pa.list_(pa.float64()))])
    columns = sparse_columns(3)
    columns["sparse_values"][1] = {"indices": [-1], "values": [0.5]}
    columns["sparse_values"][2] = {"indices": [2**32], "values": [0.5]}
    bad = write(tmp_path, "ns/part.parquet", table(columns, pa.schema([("id", pa.string()), ("sparse_values", wide)])))

    report = validate_source(tmp_path.as_uri(), dimension=None, vector_type="sparse")

    assert found(report) == [("bad_sparse_values", bad, 1), ("bad_sparse_values", bad, 2)]
    assert "from 0 to 4294967295" in report.problems[0].message


def test_a_hybrid_dense_source_may_carry_sparse_values(tmp_path: Path) -> None:
    columns = dense_columns()
    columns["sparse_values"] = [{"indices": [1], "values": [0.5]}] * len(columns["id"])
    columns["sparse_values"][3] = None  # a dense record without a sparse part
    schema = DENSE_SCHEMA.append(pa.field("sparse_values", SPARSE_SCHEMA.field("sparse_values").type))
    write(tmp_path, "__default__/part.parquet", table(columns, schema))

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION, vector_type="dense")

    assert report.ok, report.problems


@pytest.mark.parametrize(
    ("schema", "vector_type", "expected"),
    [
        (pa.schema([("values", pa.list_(pa.float32()))]), "dense", [("missing_column", "no 'id' column")]),
        (pa.schema([("id", pa.string())]), "dense", [("missing_column", "no 'values' column")]),
        (pa.schema([("id", pa.string())]), "sparse", [("missing_column", "no 'sparse_values' column")]),
        (pa.schema([("id", pa.string())]), None, [("missing_column", "no 'values' or 'sparse_values' column")]),
        (
            pa.schema([("id", pa.int64()), ("values", pa.list_(pa.float32()))]),
            "dense",
            [("wrong_type", "column 'id' must be a string, not int64")],
        ),
        (
            pa.schema([("id", pa.string()), ("values", pa.list_(pa.int32()))]),
            "dense",
            [("wrong_type", "column 'values' must be a list of float32 or float64, not list<")],
        ),
        (
            pa.schema([("id", pa.string()), ("values", pa.string())]),
            "dense",
            [("wrong_type", "column 'values' must be a list of float32 or float64, not string")],
        ),
        (
            pa.schema([("id", pa.string()), ("sparse_values", pa.struct([("indices", pa.list_(pa.int32()))]))]),
            "sparse",
            [("wrong_type", "column 'sparse_values' must be a struct of indices")],
        ),
        (
            pa.schema([("id", pa.string()), ("values", pa.list_(pa.float32())), ("metadata", pa.int64())]),
            "dense",
            [("wrong_type", "column 'metadata' must be a string of JSON, not int64")],
        ),
        (
            pa.schema([("id", pa.string()), ("values", pa.list_(pa.float32())), ("title", pa.string())]),
            "dense",
            [("extra_column", "column 'title' is not one an import reads")],
        ),
        (
            pa.schema(
                [("id", pa.string()), ("values", pa.list_(pa.float32())), ("sparse_values", SPARSE_SCHEMA[1].type)]
            ),
            "sparse",
            [("extra_column", "column 'values': a sparse index takes no dense values")],
        ),
        (
            pa.schema([("id", pa.string()), ("values", pa.list_(pa.float32(), DIMENSION + 2))]),
            "dense",
            [("wrong_dimension", f"fixed-size list of {DIMENSION + 2} numbers; the index dimension is {DIMENSION}")],
        ),
    ],
)
def test_schema_problems_are_found_from_the_footer(
    tmp_path: Path, schema: pa.Schema, vector_type: Any, expected: list[tuple[str, str]]
) -> None:
    bad = write(tmp_path, "__default__/part.parquet", schema.empty_table())

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION, vector_type=vector_type)

    assert found(report) == [(kind, bad, None) for kind, _ in expected]
    for problem, (_, text) in zip(report.problems, expected, strict=True):
        assert text in problem.message


def test_a_fixed_size_list_of_the_right_dimension_passes_and_its_size_is_reported(tmp_path: Path) -> None:
    columns = dense_columns()
    schema = pa.schema([("id", pa.string()), ("values", pa.list_(pa.float64(), DIMENSION)), ("metadata", pa.string())])
    write(tmp_path, "__default__/part.parquet", table(columns, schema))

    report = validate_source(tmp_path.as_uri(), dimension=None)

    assert report.ok
    assert report.dimensions == (DIMENSION,)


def test_a_file_that_is_not_parquet_is_named_and_the_others_are_still_checked(tmp_path: Path) -> None:
    (tmp_path / "__default__").mkdir()
    (tmp_path / "__default__" / "broken.parquet").write_bytes(b"PAR1 this is not a Parquet file")
    good = write(tmp_path, "__default__/good.parquet", table(dense_columns(10)))

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION)

    broken = (tmp_path / "__default__" / "broken.parquet").as_uri()
    assert found(report) == [("unreadable_file", broken, None)]
    assert report.problems[0].message.startswith("not a Parquet file the import can read (")
    assert report.files == (SourceFile(broken, "__default__", 0), SourceFile(good, "__default__", 10))


def test_a_local_source_that_does_not_exist_is_named_so(tmp_path: Path) -> None:
    missing = (tmp_path / "source").as_uri()
    with pytest.raises(SourceError, match=f"{missing} does not exist"):
        validate_source(missing, dimension=DIMENSION)


@pytest.mark.parametrize("layout", ["empty", "flat", "empty namespace"])
def test_a_source_without_files_in_namespace_directories_would_import_nothing(tmp_path: Path, layout: str) -> None:
    root = tmp_path / "source"
    root.mkdir()
    if layout == "flat":
        write(root, "part-0.parquet", table(dense_columns()))
    if layout == "empty namespace":
        (root / "__default__").mkdir()
        (root / "__default__" / "notes.txt").write_text("")

    report = validate_source(root.as_uri(), dimension=DIMENSION)

    assert not report.ok
    assert found(report) == [("no_files", root.as_uri(), None)]
    assert "one directory per namespace (__default__ for the default namespace)" in report.problems[0].message
    if layout == "flat":
        assert report.ignored == (f"{root.as_uri()}/part-0.parquet",)
        assert report.problems[0].message.endswith("1 Parquet files lie elsewhere, where the import ignores them")


def test_rows_are_sampled_from_the_start_of_each_file_and_all_read_with_full(tmp_path: Path) -> None:
    columns = dense_columns(300)
    columns["id"][99] = ""
    columns["id"][100] = ""
    columns["values"][299] = [0.5]
    bad = write(tmp_path, "__default__/part.parquet", table(columns), row_group_size=64)

    sampled = validate_source(tmp_path.as_uri(), dimension=DIMENSION)
    few = validate_source(tmp_path.as_uri(), dimension=DIMENSION, sample_rows=10)
    everything = validate_source(tmp_path.as_uri(), dimension=DIMENSION, full=True)

    assert found(sampled) == [("empty_id", bad, 99)]
    assert sampled.rows_checked == 100
    assert few.ok
    assert few.rows_checked == 10
    assert found(everything) == [("empty_id", bad, 99), ("empty_id", bad, 100), ("wrong_dimension", bad, 299)]
    assert everything.rows_checked == everything.rows == 300
    assert everything.dimensions == (1, DIMENSION)


def test_full_reading_counts_rows_across_batches_and_row_groups(tmp_path: Path) -> None:
    count = 50_000
    columns = dense_columns(count)
    for row in (0, 16_383, 16_384, 40_001, count - 1):
        columns["values"][row] = [float("nan")] * DIMENSION
    bad = write(tmp_path, "__default__/part.parquet", table(columns), row_group_size=7_000)

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION, full=True)

    assert found(report) == [("non_finite_value", bad, row) for row in (0, 16_383, 16_384, 40_001, count - 1)]


def test_ids_repeat_within_a_namespace_across_files_but_not_across_namespaces(tmp_path: Path) -> None:
    first = write(tmp_path, "books/a.parquet", table(dense_columns(5)))
    second = write(tmp_path, "books/b.parquet", table(dense_columns(3)))
    write(tmp_path, "films/a.parquet", table(dense_columns(5)))

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION)

    assert found(report) == [("duplicate_id", second, 0), ("duplicate_id", second, 1), ("duplicate_id", second, 2)]
    assert [problem.message for problem in report.problems] == [
        f"id 'r{n}' is also at row {n} of {first}" for n in range(3)
    ]


def test_without_a_dimension_the_lengths_seen_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "__default__/a.parquet", table(dense_columns(3, prefix="a", dimension=3)))
    write(tmp_path, "__default__/b.parquet", table(dense_columns(3, prefix="b", dimension=5)))

    report = validate_source(tmp_path.as_uri(), dimension=None)

    assert report.ok
    assert report.dimensions == (3, 5)


def test_problems_past_the_limit_are_counted_but_not_listed(tmp_path: Path) -> None:
    columns = dense_columns(50)
    columns["metadata"] = ["[]"] * 50
    write(tmp_path, "__default__/part.parquet", table(columns))

    report = validate_source(tmp_path.as_uri(), dimension=DIMENSION, max_problems=5)

    assert len(report.problems) == 5
    assert report.problem_counts == {ProblemKind.METADATA_NOT_OBJECT: 50}
    assert report.problems_truncated
    assert not report.ok


def test_the_report_as_json(tmp_path: Path) -> None:
    columns = dense_columns(2)
    columns["id"][1] = None
    bad = write(tmp_path, "__default__/part.parquet", table(columns))

    document = json.loads(json.dumps(validate_source(tmp_path.as_uri(), dimension=DIMENSION).to_json()))

    assert document == {
        "uri": tmp_path.as_uri(),
        "ok": False,
        "full": False,
        "rows": 2,
        "rows_checked": 2,
        "namespaces": {"__default__": 2},
        "files": [{"path": bad, "namespace": "__default__", "rows": 2}],
        "ignored": [],
        "dimensions": [DIMENSION],
        "problem_counts": {"null_id": 1},
        "problems": [{"kind": "null_id", "file": bad, "row": 1, "message": "id is null"}],
        "problems_truncated": False,
    }


def test_the_emulators_planted_bad_records_are_each_found(tmp_path: Path) -> None:
    """write_dataset plants the records the emulator's import rejects: the report names every one."""
    root = write_dataset(tmp_path, {"__default__": 50, "books": 20}, dimension=DIMENSION, bad_records=5)

    report = validate_source(root.as_uri(), dimension=DIMENSION)

    bad = (root / "__default__" / "part-0000.parquet").as_uri()
    assert found(report) == [
        ("wrong_dimension", bad, 0),
        ("metadata_not_json", bad, 10),
        ("metadata_not_object", bad, 20),
        ("empty_id", bad, 30),
        ("metadata_too_large", bad, 40),
    ]


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        (
            "http://example.com/data/",
            "is not an import source; one is s3://BUCKET/PREFIX, gs://BUCKET/PREFIX, https://",
        ),
        ("s3:///prefix/", "names no bucket"),
        ("https://account.blob.core.windows.net/", "names no account or no container"),
        ("file://host/data", "a file URI names an absolute local directory"),
        ("relative/dir", "is not an import source"),
    ],
)
def test_a_uri_that_names_no_source_raises_source_error(uri: str, expected: str) -> None:
    with pytest.raises(SourceError) as raised:
        validate_source(uri, dimension=DIMENSION)

    assert expected in str(raised.value)
    assert raised.value.uri == uri


def test_an_unreadable_local_source_raises_one_source_error_saying_what_to_check(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "file.txt"
    not_a_directory.write_text("")

    with pytest.raises(SourceError) as raised:
        validate_source(not_a_directory.as_uri(), dimension=DIMENSION)

    message = str(raised.value)
    assert message.startswith(f"cannot list {not_a_directory.as_uri()}: ")
    assert message.endswith("; check that the path exists and can be read")
    assert isinstance(raised.value, PineconeDataplaneError)
    # No pyarrow traceback chained to it: the message carries pyarrow's text.
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


@pytest.mark.parametrize(
    "call",
    [
        lambda: validate_source("file:///x", dimension=0),
        lambda: validate_source("file:///x", dimension=4, vector_type="hybrid"),  # type: ignore[arg-type]
        lambda: validate_source("file:///x", dimension=4, sample_rows=-1),
        lambda: next(iter_source_ids("file:///x", batch_size=0)),
    ],
)
def test_bad_arguments_raise_value_error(call: Any) -> None:
    with pytest.raises(ValueError, match=r"must be|cannot be negative"):
        call()


def test_without_pyarrow_the_error_gives_the_install_line() -> None:
    # -S: no site-packages, so no pyarrow; the package itself from the checkout.
    code = (
        f"import sys; sys.path.insert(0, {str(OVERLAY)!r})\n"
        "from pinecone_dataplane._lib.sources import validate_source\n"
        "validate_source('file:///nowhere', dimension=4)"
    )
    run = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines()[-1] == (
        f"ModuleNotFoundError: reading import sources needs pyarrow: pip install -e '{OVERLAY.parent}[parquet]'"
    )


def test_importing_the_module_costs_no_pyarrow() -> None:
    code = "import sys, pinecone_dataplane._lib.sources; print('pyarrow' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert run.stdout.strip() == "False"


# After an import: counts, ids, and the comparison.


def test_row_counts_per_namespace_come_from_the_footers(tmp_path: Path) -> None:
    write(tmp_path, "__default__/a.parquet", table(dense_columns(7)), row_group_size=3)
    write(tmp_path, "__default__/b.parquet", table(dense_columns(5)))
    write(tmp_path, "books/a.parquet", table(sparse_columns(4), SPARSE_SCHEMA))
    (tmp_path / "books" / "notes.txt").write_text("ignored")

    assert source_row_counts(tmp_path.as_uri()) == {"__default__": 12, "books": 4}


def test_row_counts_of_a_file_that_is_not_parquet_raise_source_error(tmp_path: Path) -> None:
    (tmp_path / "ns").mkdir()
    (tmp_path / "ns" / "part.parquet").write_text("not parquet")

    with pytest.raises(SourceError, match=r"^file://.*/ns/part\.parquet is not a Parquet file the import can read"):
        source_row_counts(tmp_path.as_uri())
    with pytest.raises(SourceError, match="is not a Parquet file"):
        next(iter_source_ids(tmp_path.as_uri()))


def test_source_ids_come_in_bounded_batches_of_one_namespace_without_unimportable_ids(tmp_path: Path) -> None:
    columns = dense_columns(7, prefix="a")
    columns["id"][1], columns["id"][2], columns["id"][3] = None, "", "x" * 513
    write(tmp_path, "__default__/a.parquet", table(columns))
    write(tmp_path, "__default__/b.parquet", table(dense_columns(3, prefix="b")))
    write(tmp_path, "books/a.parquet", table(dense_columns(2, prefix="c")))

    batches = list(iter_source_ids(tmp_path.as_uri(), batch_size=3))
    only_books = list(iter_source_ids(tmp_path.as_uri(), namespaces={"books"}))

    assert batches == [
        ("__default__", ["a0", "a4", "a5"]),
        ("__default__", ["a6", "b0", "b1"]),
        ("__default__", ["b2"]),
        ("books", ["c0", "c1"]),
    ]
    assert only_books == [("books", ["c0", "c1"])]


def test_find_missing_ids_asks_in_batches_and_names_each_missing_id_once(tmp_path: Path) -> None:
    columns = dense_columns(10)
    columns["id"][9] = "r3"  # repeated in the source, and missing from the index
    write(tmp_path, "__default__/a.parquet", table(columns))
    write(tmp_path, "books/a.parquet", table(dense_columns(4, prefix="b")))
    index = {"__default__": {"r0", "r1", "r2", "r4", "r5", "r6", "r8"}, "books": {"b0", "b1", "b3"}}
    calls: list[tuple[str, list[str]]] = []

    def fetch_existing(namespace: str, ids: list[str]) -> set[str]:
        calls.append((namespace, ids))
        return index[namespace] & set(ids)

    missing = list(find_missing_ids(tmp_path.as_uri(), fetch_existing, batch_size=4))

    assert missing == [("__default__", "r3"), ("__default__", "r7"), ("books", "b2")]
    assert all(len(ids) <= 4 and len(set(ids)) == len(ids) for _, ids in calls)
    assert sum(len(ids) for _, ids in calls) == 14
    assert list(find_missing_ids(tmp_path.as_uri(), fetch_existing, namespaces=["books"])) == [("books", "b2")]


def test_compare_counts_when_every_row_arrived() -> None:
    report = compare_counts(
        {"__default__": 10, "books": 5}, {"": 10, "books": 5, "other": 99}, records_imported=15, validation_errors=0
    )

    assert report.ok
    assert report.problems == ()
    assert (report.expected, report.found, report.missing) == (15, 15, 0)
    assert [count.namespace for count in report.namespaces] == ["__default__", "books"]


def test_compare_counts_names_what_is_missing_or_more() -> None:
    report = compare_counts(
        {"__default__": 10, "books": 5, "films": 2},
        {"__default__": 7, "books": 6},
        records_imported=13,
        validation_errors=3,
    )

    assert not report.ok
    assert report.problems == (
        "namespace '__default__': 3 of 10 records missing",
        "namespace 'films': 2 of 2 records missing",
        "namespace 'books': 1 records more than the source's 5",
        "the import reports 13 records imported; the source holds 17",
        "the import reports 3 records that failed validation",
    )
    assert report.missing == 5
    assert report.to_json() == {
        "ok": False,
        "expected": 17,
        "found": 13,
        "missing": 5,
        "records_imported": 13,
        "validation_errors": 3,
        "namespaces": [
            {"namespace": "__default__", "expected": 10, "found": 7, "missing": 3, "unexpected": 0},
            {"namespace": "books", "expected": 5, "found": 6, "missing": 0, "unexpected": 1},
            {"namespace": "films", "expected": 2, "found": 0, "missing": 2, "unexpected": 0},
        ],
        "problems": list(report.problems),
    }


def test_compare_counts_without_the_imports_own_figures_compares_counts_only() -> None:
    assert compare_counts({"ns": 3}, {"ns": 3}, records_imported=None, validation_errors=None).ok
    assert not compare_counts({"ns": 3}, {"ns": 2}, records_imported=None, validation_errors=None).ok


def test_problems_are_plain_values() -> None:
    problem = Problem(ProblemKind.NULL_ID, "file:///x/ns/a.parquet", 3, "id is null")
    assert problem.to_json() == {"kind": "null_id", "file": "file:///x/ns/a.parquet", "row": 3, "message": "id is null"}
    assert ProblemKind.NULL_ID == "null_id"


def test_source_ids_of_a_file_without_string_ids_raise_source_error(tmp_path: Path) -> None:
    write(tmp_path, "ns/part.parquet", pa.table({"id": [1, 2], "values": [[0.5] * DIMENSION] * 2}))

    with pytest.raises(SourceError, match=r"ns/part\.parquet has no 'id' column of strings"):
        list(iter_source_ids(tmp_path.as_uri()))
