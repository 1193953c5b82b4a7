"""Reading a source's Parquet files: each schema from its footer, then its rows in batches of bounded size.

Imported only by the functions that read a source, so that importing :mod:`.sources` costs no pyarrow.
Rows are numbered from 0 within their file, as the import's own error messages number them.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import operator
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import SourceError
from ._storage import Layout, Location, one_line
from .reports import Problem, ProblemKind, SourceFile, SourceReport

VectorType = Literal["dense", "sparse"]

MAX_ID_LENGTH = 512
MAX_METADATA_BYTES = 40 * 1024
MAX_SPARSE_INDEX = 2**32 - 1
# About this much decoded data per record batch; the batch's row count follows from the footer's sizes.
# Decoding takes a few times a batch's size; 2 MB kept a full check of 1 GB at 128 MB peak RSS, 8 MB at
# 169 MB, for about the same speed (bench/_validate.py).
_BATCH_BYTES = 2 * 1024 * 1024
# Column chunks are streamed through a buffer of this size instead of being read whole: a chunk can be
# most of a file.
_READ_BUFFER = 1024 * 1024
# Rows turned into Python objects at a time, where a check needs them.
_PYTHON_ROWS = 1024
_COLUMNS = ("id", "values", "sparse_values", "metadata")


class Findings:
    """Problems as they are found: the first ``limit`` kept, every one counted by kind."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.problems: list[Problem] = []
        self.counts: Counter[ProblemKind] = Counter()

    def add(self, kind: ProblemKind, file: str, row: int | None, message: str) -> None:
        self.counts[kind] += 1
        if len(self.problems) < self.limit:
            self.problems.append(Problem(kind, file, row, message))


class IdTracker:
    """Every id read in one namespace, as a 64-bit hash in reading order: 8 bytes a row, however long the ids.

    Equal hashes only make suspects: :func:`_report_duplicates` reads the suspects' ids again to compare them.
    """

    def __init__(self) -> None:
        self.hashes = array("q")
        self.starts: list[int] = []  # where each file's rows begin in ``hashes``
        self.files: list[tuple[str, str]] = []  # (path, uri)

    def start_file(self, path: str, uri: str) -> None:
        self.starts.append(len(self.hashes))
        self.files.append((path, uri))

    def add(self, ids: list[str | None]) -> None:
        # 0 stands for a null or empty id, reported on its own (a real id hashing to 0 goes unchecked).
        self.hashes.extend(hash(id_) if id_ else 0 for id_ in ids)

    def suspects(self) -> dict[int, list[int]]:
        """File index -> rows whose id's hash was read more than once in the namespace."""
        if len(self.hashes) < 2:
            return {}
        count = len(self.hashes)
        hashes = pa.Array.from_buffers(pa.int64(), count, [None, pa.py_buffer(self.hashes)])
        # Sorted, equal hashes are neighbours: 16 more bytes a row for a moment, where value_counts'
        # hash table took about 180.
        ordered = hashes.take(pc.sort_indices(hashes))
        later = ordered.slice(1)
        repeated = pc.unique(later.filter(pc.equal(later, ordered.slice(0, count - 1))))
        repeated = repeated.filter(pc.not_equal(repeated, 0))
        rows: dict[int, list[int]] = {}
        if len(repeated):
            for position in pc.indices_nonzero(pc.is_in(hashes, value_set=repeated)).to_pylist():
                index = bisect.bisect_right(self.starts, position) - 1
                rows.setdefault(index, []).append(position - self.starts[index])
        return rows


@dataclass(frozen=True)
class Columns:
    """What to read from one file once its schema is checked: the usable columns among the four."""

    names: tuple[str, ...]
    fixed_dimension: int | None  # the list size when ``values`` is a fixed-size list, checked from the footer


@dataclass
class _Check:
    """What checking one file needs."""

    uri: str
    dimension: int | None
    vector_type: VectorType | None
    findings: Findings
    dimensions: set[int]
    tracker: IdTracker

    def add(self, kind: ProblemKind, row: int | None, message: str) -> None:
        self.findings.add(kind, self.uri, row, message)


def open_parquet(location: Location, path: str) -> Any:
    """The file, with only its footer read so far; a SourceError if it cannot be opened at all.

    A file that opens but is not Parquet raises pyarrow's error: a check reports it as a problem.
    """
    with location.reading(f"open {location.uri_of(path)}"):
        handle = location.filesystem.open_input_file(path)
    try:
        return pq.ParquetFile(handle, buffer_size=_READ_BUFFER, pre_buffer=False)
    except (OSError, pa.ArrowException):
        handle.close()
        raise


def _open_for_reading(location: Location, path: str) -> Any:
    """The file, or a SourceError when it is not Parquet: counting and listing ids cannot skip a file."""
    try:
        return open_parquet(location, path)
    except (OSError, pa.ArrowException) as exc:
        raise SourceError(
            f"{location.uri_of(path)} is not a Parquet file the import can read ({one_line(exc)}); "
            "validate_source reports what is wrong with a source",
            uri=location.uri,
        ) from None


def check_source(
    location: Location,
    layout: Layout,
    *,
    dimension: int | None,
    vector_type: VectorType | None,
    sample_rows: int | None,
    max_problems: int,
) -> SourceReport:
    """Every file of the layout (``sample_rows=None``: every row), then each namespace's duplicate ids."""
    findings = Findings(max_problems)
    dimensions: set[int] = set()
    files: list[SourceFile] = []
    rows_checked = 0
    for namespace, paths in itertools.groupby(layout.files, key=operator.itemgetter(0)):
        tracker = IdTracker()  # ids repeat only within a namespace
        for _, path in paths:
            check = _Check(location.uri_of(path), dimension, vector_type, findings, dimensions, tracker)
            file, read = _check_file(location, namespace, path, check, sample_rows)
            files.append(file)
            rows_checked += read
        _report_duplicates(location, tracker, findings)
    if not files:
        message = (
            "no Parquet file in a namespace directory: the source holds one directory per namespace "
            "(__default__ for the default namespace) with the .parquet files directly inside"
        )
        if stray := sum(uri.endswith(".parquet") for uri in layout.ignored):
            message += f"; {stray} Parquet files lie elsewhere, where the import ignores them"
        findings.add(ProblemKind.NO_FILES, location.uri, None, message)
    order = {file.path: index for index, file in enumerate(files)}
    problems = sorted(findings.problems, key=lambda p: (order.get(p.file, -1), -1 if p.row is None else p.row))
    return SourceReport(
        uri=location.uri,
        files=tuple(files),
        ignored=layout.ignored,
        problems=tuple(problems),
        problem_counts=dict(findings.counts),
        dimensions=tuple(sorted(dimensions)),
        rows_checked=rows_checked,
        full=sample_rows is None,
    )


def _check_file(
    location: Location, namespace: str, path: str, check: _Check, limit: int | None
) -> tuple[SourceFile, int]:
    """The file as the report lists it, and how many of its rows were read."""
    try:
        parquet = open_parquet(location, path)
    except (OSError, pa.ArrowException) as exc:
        check.add(ProblemKind.UNREADABLE_FILE, None, f"not a Parquet file the import can read ({one_line(exc)})")
        return SourceFile(check.uri, namespace, 0), 0
    read = 0
    with parquet:
        metadata = parquet.metadata
        columns = check_schema(parquet.schema_arrow, check)
        if "id" in columns.names:
            check.tracker.start_file(path, check.uri)
        try:
            for batch in _batches(parquet, columns.names, limit):
                _check_batch(batch, read, columns, check)
                read += batch.num_rows
        except (OSError, pa.ArrowException) as exc:
            check.add(ProblemKind.UNREADABLE_FILE, read, f"cannot be decoded from this row on ({one_line(exc)})")
    return SourceFile(check.uri, namespace, metadata.num_rows), read


def _batches(parquet: Any, columns: tuple[str, ...], limit: int | None) -> Iterator[Any]:
    """The file's first ``limit`` rows (None: all) of ``columns``, in record batches of about _BATCH_BYTES."""
    metadata = parquet.metadata
    if not columns or not metadata.num_rows or limit == 0:
        return
    size = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    rows = max(16, min(65536, int(_BATCH_BYTES * metadata.num_rows / max(size, 1))))
    if limit is not None:
        rows = min(rows, limit)
    read = 0
    for whole in parquet.iter_batches(batch_size=rows, columns=list(columns), use_threads=False):
        batch = whole.slice(0, limit - read) if limit is not None else whole
        yield batch
        read += batch.num_rows
        if limit is not None and read >= limit:
            return


def check_schema(schema: Any, check: _Check) -> Columns:
    """Problems of the footer's schema; the columns whose rows can be checked, and a fixed dimension."""
    names = schema.names
    dense_allowed = check.vector_type != "sparse"
    for name in names:
        if name not in _COLUMNS:
            check.add(
                ProblemKind.EXTRA_COLUMN, None, f"column {name!r} is not one an import reads ({', '.join(_COLUMNS)})"
            )
        elif name == "values" and not dense_allowed:
            check.add(ProblemKind.EXTRA_COLUMN, None, "column 'values': a sparse index takes no dense values")

    def usable(name: str, required: bool, accepts: Any, expected: str, missing: str | None = None) -> bool:
        if name not in names:
            if required:
                check.add(ProblemKind.MISSING_COLUMN, None, missing or f"no {name!r} column")
            return False
        kind = schema.field(name).type
        if not accepts(kind):
            check.add(ProblemKind.WRONG_TYPE, None, f"column {name!r} must be {expected}, not {kind}")
            return False
        return True

    wanted = []
    if usable("id", True, _is_string, "a string"):
        wanted.append("id")
    has_sparse = "sparse_values" in names
    fixed = None
    # Without a vector type, a file needs dense or sparse vectors: either column will do.
    dense_required = check.vector_type == "dense" or (check.vector_type is None and not has_sparse)
    either = "no 'values' or 'sparse_values' column" if check.vector_type is None else None
    if dense_allowed and usable("values", dense_required, _is_float_list, "a list of float32 or float64", either):
        wanted.append("values")
        kind = schema.field("values").type
        if pa.types.is_fixed_size_list(kind):
            fixed = kind.list_size
            check.dimensions.add(fixed)
            if check.dimension is not None and fixed != check.dimension:
                check.add(
                    ProblemKind.WRONG_DIMENSION,
                    None,
                    f"column 'values' is a fixed-size list of {fixed} numbers; "
                    f"the index dimension is {check.dimension}",
                )
    sparse_expected = "a struct of indices (a list of integers) and values (a list of float32 or float64)"
    if usable("sparse_values", check.vector_type == "sparse", _is_sparse, sparse_expected):
        wanted.append("sparse_values")
    if usable("metadata", False, _is_string, "a string of JSON"):
        wanted.append("metadata")
    return Columns(tuple(wanted), fixed)


def _is_string(kind: Any) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _is_list_of(kind: Any, element: Any) -> bool:
    is_list = pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind)
    return bool(is_list and element(kind.value_type))


def _is_float_list(kind: Any) -> bool:
    return _is_list_of(kind, lambda element: pa.types.is_float32(element) or pa.types.is_float64(element))


def _is_sparse(kind: Any) -> bool:
    if not pa.types.is_struct(kind):
        return False
    fields = {kind.field(i).name: kind.field(i).type for i in range(kind.num_fields)}
    return (
        set(fields) == {"indices", "values"}
        and _is_list_of(fields["indices"], pa.types.is_integer)
        and _is_float_list(fields["values"])
    )


def _check_batch(batch: Any, first: int, columns: Columns, check: _Check) -> None:
    if "id" in columns.names:
        _check_ids(batch.column("id"), first, check)
    if "values" in columns.names:
        _check_dense(batch.column("values"), first, columns.fixed_dimension, check)
    if "sparse_values" in columns.names:
        _check_sparse(batch.column("sparse_values"), first, check)
    if "metadata" in columns.names:
        _check_metadata(batch.column("metadata"), first, check)


def _python_rows(column: Any) -> Iterator[tuple[int, list[Any]]]:
    """The column as Python values, a slice at a time: (offset of the slice, its values)."""
    for offset in range(0, len(column), _PYTHON_ROWS):
        yield offset, column.slice(offset, _PYTHON_ROWS).to_pylist()


def _rows(mask: Any) -> list[int]:
    """The rows where a boolean array is true (null counts as false)."""
    rows: list[int] = pc.indices_nonzero(pc.fill_null(mask, False)).to_pylist()
    return rows


def _check_ids(column: Any, first: int, check: _Check) -> None:
    for offset, ids in _python_rows(column):
        check.tracker.add(ids)
        for i, id_ in enumerate(ids, first + offset):
            if id_ is None:
                check.add(ProblemKind.NULL_ID, i, "id is null")
            elif not id_:
                check.add(ProblemKind.EMPTY_ID, i, "id is empty")
            elif len(id_) > MAX_ID_LENGTH:
                check.add(ProblemKind.ID_TOO_LONG, i, f"id is {len(id_)} characters long; the limit is {MAX_ID_LENGTH}")


def _check_dense(column: Any, first: int, fixed_dimension: int | None, check: _Check) -> None:
    for i in _rows(pc.is_null(column)):
        check.add(ProblemKind.MISSING_VALUES, first + i, "values is null")
    if fixed_dimension is None:  # else checked from the footer
        lengths = pc.list_value_length(column)
        check.dimensions.update(length for length in pc.unique(lengths).to_pylist() if length is not None)
        if check.dimension is not None:
            for i in _rows(pc.not_equal(lengths, check.dimension)):
                message = f"values has {lengths[i].as_py()} numbers; the index dimension is {check.dimension}"
                check.add(ProblemKind.WRONG_DIMENSION, first + i, message)
    flat = column.flatten()  # the numbers of non-null rows, the batch's slicing applied
    if not flat.null_count and pc.all(pc.is_finite(flat)).as_py() is not False:
        return
    # Only a batch holding a bad number pays for finding its rows in Python.
    for offset, rows in _python_rows(column):
        for i, numbers in enumerate(rows, first + offset):
            if numbers is not None and not all(number is not None and math.isfinite(number) for number in numbers):
                check.add(ProblemKind.NON_FINITE_VALUE, i, "values holds NaN, an infinity or a null")


def _check_sparse(column: Any, first: int, check: _Check) -> None:
    for offset, rows in _python_rows(column):
        for i, row in enumerate(rows, first + offset):
            if row is None:
                if check.vector_type == "sparse":
                    check.add(ProblemKind.MISSING_VALUES, i, "sparse_values is null")
                continue
            indices, weights = row["indices"], row["values"]
            if not indices or weights is None or len(indices) != len(weights):
                message = "sparse_values needs as many values as indices, and at least one"
                check.add(ProblemKind.BAD_SPARSE_VALUES, i, message)
            elif any(index is None or not 0 <= index <= MAX_SPARSE_INDEX for index in indices):
                message = f"sparse_values indices must be integers from 0 to {MAX_SPARSE_INDEX}"
                check.add(ProblemKind.BAD_SPARSE_VALUES, i, message)
            elif len(set(indices)) != len(indices):
                check.add(ProblemKind.BAD_SPARSE_VALUES, i, "sparse_values indices must be unique")
            elif not all(weight is not None and math.isfinite(weight) for weight in weights):
                check.add(ProblemKind.NON_FINITE_VALUE, i, "sparse_values values holds NaN, an infinity or a null")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# NaN and Infinity are not JSON (Python's json module reads them unless told not to).
_METADATA_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def _check_metadata(column: Any, first: int, check: _Check) -> None:
    for offset, texts in _python_rows(column):
        for i, text in enumerate(texts, first + offset):
            if text is None:
                continue
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_METADATA_BYTES:
                message = f"metadata is {size} bytes; the limit is {MAX_METADATA_BYTES}"
                check.add(ProblemKind.METADATA_TOO_LARGE, i, message)
                continue
            try:
                value = _METADATA_DECODER.decode(text)
            except (ValueError, RecursionError):
                check.add(ProblemKind.METADATA_NOT_JSON, i, "metadata is not valid JSON")
                continue
            if not isinstance(value, dict):
                kind = _JSON_KINDS.get(type(value), "null")
                check.add(ProblemKind.METADATA_NOT_OBJECT, i, f"metadata must be a JSON object, not {kind}")


def _report_duplicates(location: Location, tracker: IdTracker, findings: Findings) -> None:
    """Read the suspects' ids again, and report each id read before in the namespace with where it was first."""
    suspects = tracker.suspects()
    seen: dict[str, tuple[str, int]] = {}
    for index, rows in sorted(suspects.items()):
        path, uri = tracker.files[index]
        wanted = set(rows)
        for row, id_ in _ids_at(location, path, max(rows) + 1):
            if row not in wanted or not id_:
                continue
            if id_ in seen:
                where, at = seen[id_]
                findings.add(ProblemKind.DUPLICATE_ID, uri, row, f"id {id_!r} is also at row {at} of {where}")
            else:
                seen[id_] = (uri, row)


def _ids_at(location: Location, path: str, limit: int | None) -> Iterator[tuple[int, str | None]]:
    """(row, id) for the file's first ``limit`` rows (None: all), streamed."""
    with _open_for_reading(location, path) as parquet, location.reading(f"read {location.uri_of(path)}"):
        row = 0
        for batch in _batches(parquet, ("id",), limit):
            for offset, ids in _python_rows(batch.column(0)):
                yield from enumerate(ids, row + offset)
            row += batch.num_rows


def row_counts(location: Location, layout: Layout) -> dict[str, int]:
    """Rows per namespace, from the footers alone."""
    counts: dict[str, int] = {}
    for namespace, path in layout.files:
        with _open_for_reading(location, path) as parquet:
            counts[namespace] = counts.get(namespace, 0) + parquet.metadata.num_rows
    return counts


def ids(location: Location, path: str) -> Iterator[str]:
    """The importable ids of one file, streamed: null, empty and over-long ids are left out."""
    uri = location.uri_of(path)
    with _open_for_reading(location, path) as parquet, location.reading(f"read {uri}"):
        schema = parquet.schema_arrow
        if "id" not in schema.names or not _is_string(schema.field("id").type):
            raise SourceError(f"{uri} has no 'id' column of strings", uri=location.uri)
        for batch in _batches(parquet, ("id",), None):
            for _, chunk in _python_rows(batch.column(0)):
                yield from (id_ for id_ in chunk if id_ and len(id_) <= MAX_ID_LENGTH)
