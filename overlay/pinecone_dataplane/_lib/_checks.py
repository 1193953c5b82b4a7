"""The rules an import applies to its records, as a pure function of one Arrow record batch.

:func:`check_batch` checks one batch and returns a :class:`BatchCheck`; :func:`merge` combines any number of
them into one, associatively and in any order, so a source can be checked a batch at a time on one machine
or across the workers of any engine (Dask, Spark's ``mapInArrow``, Ray) and give the same report.
``validate_source`` folds its batches through these functions too.

A :class:`BatchCheck` keeps the first ``max_problems`` problems in source order (namespace, file, row), counts
every problem by kind, and carries a 64-bit hash of each id read, so that ids repeated across batches can be
found once everything is merged (:func:`repeated_ids`). The hash is the same in every process and on every
machine (Python's ``hash`` is not); equal hashes only make suspects, which the caller confirms by reading
the ids again. Imported only by the functions that check rows: it needs pyarrow and numpy.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .._http.limits import ID_LENGTH as MAX_ID_LENGTH
from .._http.limits import METADATA_BYTES as MAX_METADATA_BYTES
from .reports import Problem, ProblemKind

VectorType = Literal["dense", "sparse"]

MAX_SPARSE_INDEX = 2**32 - 1
COLUMNS = ("id", "values", "sparse_values", "metadata")
# Rows turned into Python objects at a time, where a rule needs them.
_PYTHON_ROWS = 1024
_KIND_ORDER = {kind: index for index, kind in enumerate(ProblemKind)}

Key = tuple[str, str, int, int, str]


def problem_key(namespace: str, problem: Problem) -> Key:
    """Source order: namespaces, then files, by name (as the layout lists them), then rows; a file's own
    problems (no row) first."""
    row = -1 if problem.row is None else problem.row
    return (namespace, problem.file, row, _KIND_ORDER[problem.kind], problem.message)


@dataclass(frozen=True)
class IdHashes:
    """The hashes of the ids of consecutive rows of one file: row ``first_row + i`` has ``hashes[i]``.

    0 stands for a null or empty id, reported on its own and never a duplicate.
    """

    namespace: str
    file: str
    first_row: int
    hashes: Any  # numpy uint64 array


@dataclass(frozen=True)
class BatchCheck:
    """What checking some rows found; :func:`merge` combines these.

    ``problems`` are the first ``max_problems`` in source order; ``problem_counts`` counts all of them. A
    file's own problems (a schema problem, row None) count once however many batches of that file report
    them, so a batch's schema can be checked with every batch.
    """

    rows: int = 0
    max_problems: int = 1000
    file_problems: frozenset[tuple[str, Problem]] = frozenset()  # (namespace, problem)
    row_problems: tuple[tuple[Key, Problem], ...] = ()
    row_counts: Mapping[ProblemKind, int] = field(default_factory=dict)
    dimensions: frozenset[int] = frozenset()
    ids: tuple[IdHashes, ...] = ()

    @property
    def problems(self) -> tuple[Problem, ...]:
        located = [(problem_key(namespace, problem), problem) for namespace, problem in self.file_problems]
        located += self.row_problems
        located.sort(key=lambda item: item[0])
        return tuple(problem for _, problem in located[: self.max_problems])

    @property
    def problem_counts(self) -> dict[ProblemKind, int]:
        counts = Counter(self.row_counts)
        counts.update(problem.kind for _, problem in self.file_problems)
        return dict(counts)

    @property
    def ok(self) -> bool:
        return not self.row_counts and not self.file_problems


class Findings:
    """Problems of one batch (or file) as they are found."""

    def __init__(self, namespace: str, file: str, max_problems: int) -> None:
        self.namespace, self.file, self.max_problems = namespace, file, max_problems
        self.file_problems: set[tuple[str, Problem]] = set()
        self.row_problems: list[tuple[Key, Problem]] = []
        self.counts: Counter[ProblemKind] = Counter()
        self.dimensions: set[int] = set()

    def add(self, kind: ProblemKind, row: int | None, message: str) -> None:
        problem = Problem(kind, self.file, row, message)
        if row is None:
            self.file_problems.add((self.namespace, problem))
            return
        self.counts[kind] += 1
        # Rows are checked in order within a batch, but kinds column by column: keep all, sort at the end.
        self.row_problems.append((problem_key(self.namespace, problem), problem))

    def result(self, rows: int, ids: tuple[IdHashes, ...] = ()) -> BatchCheck:
        return BatchCheck(
            rows=rows,
            max_problems=self.max_problems,
            file_problems=frozenset(self.file_problems),
            row_problems=tuple(sorted(self.row_problems, key=lambda item: item[0])[: self.max_problems]),
            row_counts=dict(self.counts),
            dimensions=frozenset(self.dimensions),
            ids=ids,
        )


def merge(checks: Iterable[BatchCheck]) -> BatchCheck:
    """One check of all the rows the given checks cover, in any order: ``merge([merge(a), merge(b)])`` is
    ``merge(a + b)``. ``max_problems`` is the smallest of theirs."""
    rows = 0
    limit: int | None = None
    file_problems: set[tuple[str, Problem]] = set()
    row_problems: list[tuple[Key, Problem]] = []
    counts: Counter[ProblemKind] = Counter()
    dimensions: set[int] = set()
    ids: list[IdHashes] = []
    for check in checks:
        rows += check.rows
        limit = check.max_problems if limit is None else min(limit, check.max_problems)
        file_problems |= check.file_problems
        counts.update(check.row_counts)
        dimensions |= check.dimensions
        ids += check.ids
        # Kept sorted once full: a check read in order, past the problems kept, then costs nothing.
        if check.row_problems and not (len(row_problems) >= limit and check.row_problems[0][0] >= row_problems[-1][0]):
            row_problems += check.row_problems
            if len(row_problems) >= limit:
                row_problems.sort(key=lambda item: item[0])
                del row_problems[limit:]
    row_problems.sort(key=lambda item: item[0])
    return BatchCheck(
        rows=rows,
        max_problems=1000 if limit is None else limit,
        file_problems=frozenset(file_problems),
        row_problems=tuple(row_problems[: 1000 if limit is None else limit]),
        row_counts=dict(counts),
        dimensions=frozenset(dimensions),
        ids=tuple(ids),
    )


def check_batch(
    batch: Any,
    *,
    dimension: int | None,
    vector_type: VectorType | None = None,
    namespace: str = "__default__",
    file: str = "",
    first_row: int = 0,
    max_problems: int = 1000,
) -> BatchCheck:
    """Check one record batch (a ``pyarrow.RecordBatch`` or ``Table``) as an import would read its rows.

    Its schema first (the columns an import reads and their types; a batch read from a file holds only the
    columns asked for, so a missing column is reported only if the batch lacks it), then every row: ids,
    vectors of ``dimension`` numbers (None: any length, reported in ``dimensions``), metadata. ``file`` and
    ``first_row`` (the batch's first row within ``file``) name where each problem is; ``namespace`` scopes
    the repeated ids. Pure: reads nothing but the batch.
    """
    findings = Findings(namespace, file, max_problems)
    columns = check_schema(batch.schema, dimension, vector_type, findings)
    return check_rows(
        batch, columns, dimension=dimension, vector_type=vector_type, findings=findings, first_row=first_row
    )


@dataclass(frozen=True)
class Columns:
    """The usable columns among the four, once a schema is checked."""

    names: tuple[str, ...]
    fixed_dimension: int | None  # the list size when ``values`` is a fixed-size list, checked from the schema


def check_schema(schema: Any, dimension: int | None, vector_type: VectorType | None, findings: Findings) -> Columns:
    """Problems of a schema; the columns whose rows can be checked."""
    names = schema.names
    dense_allowed = vector_type != "sparse"
    for name in names:
        if name not in COLUMNS:
            message = f"column {name!r} is not one an import reads ({', '.join(COLUMNS)})"
            findings.add(ProblemKind.EXTRA_COLUMN, None, message)
        elif name == "values" and not dense_allowed:
            findings.add(ProblemKind.EXTRA_COLUMN, None, "column 'values': a sparse index takes no dense values")

    def usable(name: str, required: bool, accepts: Any, expected: str, missing: str | None = None) -> bool:
        if name not in names:
            if required:
                findings.add(ProblemKind.MISSING_COLUMN, None, missing or f"no {name!r} column")
            return False
        kind = schema.field(name).type
        if not accepts(kind):
            findings.add(ProblemKind.WRONG_TYPE, None, f"column {name!r} must be {expected}, not {kind}")
            return False
        return True

    wanted = []
    if usable("id", True, is_string, "a string"):
        wanted.append("id")
    has_sparse = "sparse_values" in names
    fixed = None
    # Without a vector type, a file needs dense or sparse vectors: either column will do.
    dense_required = vector_type == "dense" or (vector_type is None and not has_sparse)
    either = "no 'values' or 'sparse_values' column" if vector_type is None else None
    if dense_allowed and usable("values", dense_required, is_float_list, "a list of float32 or float64", either):
        wanted.append("values")
        kind = schema.field("values").type
        if pa.types.is_fixed_size_list(kind):
            fixed = kind.list_size
            findings.dimensions.add(fixed)
            if dimension is not None and fixed != dimension:
                findings.add(
                    ProblemKind.WRONG_DIMENSION,
                    None,
                    f"column 'values' is a fixed-size list of {fixed} numbers; the index dimension is {dimension}",
                )
    sparse_expected = "a struct of indices (a list of integers) and values (a list of float32 or float64)"
    if usable("sparse_values", vector_type == "sparse", is_sparse, sparse_expected):
        wanted.append("sparse_values")
    if usable("metadata", False, is_string, "a string of JSON"):
        wanted.append("metadata")
    return Columns(tuple(wanted), fixed)


def is_string(kind: Any) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _is_list_of(kind: Any, element: Any) -> bool:
    is_list = pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind)
    return bool(is_list and element(kind.value_type))


def is_float_list(kind: Any) -> bool:
    return _is_list_of(kind, lambda element: pa.types.is_float32(element) or pa.types.is_float64(element))


def is_sparse(kind: Any) -> bool:
    if not pa.types.is_struct(kind):
        return False
    fields = {kind.field(i).name: kind.field(i).type for i in range(kind.num_fields)}
    return (
        set(fields) == {"indices", "values"}
        and _is_list_of(fields["indices"], pa.types.is_integer)
        and is_float_list(fields["values"])
    )


def check_rows(
    batch: Any,
    columns: Columns,
    *,
    dimension: int | None,
    vector_type: VectorType | None,
    findings: Findings,
    first_row: int,
) -> BatchCheck:
    """The record rules on the usable ``columns`` of a batch whose schema ``findings`` already holds."""
    ids: tuple[IdHashes, ...] = ()
    if "id" in columns.names:
        column = _array(batch.column("id"))
        _check_ids(column, first_row, findings)
        ids = (IdHashes(findings.namespace, findings.file, first_row, id_hashes(column)),)
    if "values" in columns.names:
        _check_dense(_array(batch.column("values")), first_row, columns.fixed_dimension, dimension, findings)
    if "sparse_values" in columns.names:
        _check_sparse(_array(batch.column("sparse_values")), first_row, vector_type, findings)
    if "metadata" in columns.names:
        _check_metadata(_array(batch.column("metadata")), first_row, findings)
    return findings.result(batch.num_rows, ids)


def _array(column: Any) -> Any:
    """One array, from a batch's column or a table's chunked one."""
    if isinstance(column, pa.ChunkedArray):
        return column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    return column


def _python_rows(column: Any) -> Iterator[tuple[int, list[Any]]]:
    """The column as Python values, a slice at a time: (offset of the slice, its values)."""
    for offset in range(0, len(column), _PYTHON_ROWS):
        yield offset, column.slice(offset, _PYTHON_ROWS).to_pylist()


def _rows(mask: Any) -> list[int]:
    """The rows where a boolean array is true (null counts as false)."""
    rows: list[int] = pc.indices_nonzero(pc.fill_null(mask, False)).to_pylist()
    return rows


def importable(column: Any) -> Any:
    """A boolean mask of the ids an import loads: not null, not empty, at most MAX_ID_LENGTH characters."""
    lengths = pc.utf8_length(column)
    return pc.fill_null(pc.and_(pc.greater(lengths, 0), pc.less_equal(lengths, MAX_ID_LENGTH)), False)


def _check_ids(column: Any, first: int, findings: Findings) -> None:
    if pc.all(importable(column)).as_py() is not False:
        return
    lengths = pc.utf8_length(column)
    for i in _rows(pc.invert(importable(column))):
        length = lengths[i].as_py()
        if length is None:
            findings.add(ProblemKind.NULL_ID, first + i, "id is null")
        elif not length:
            findings.add(ProblemKind.EMPTY_ID, first + i, "id is empty")
        else:
            message = f"id is {length} characters long; the limit is {MAX_ID_LENGTH}"
            findings.add(ProblemKind.ID_TOO_LONG, first + i, message)


_PRIME = np.uint64(0x100000001B3)
_MIX1, _MIX2, _GOLDEN = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB), np.uint64(0x9E3779B97F4A7C15)


def id_hashes(column: Any) -> Any:
    """A 64-bit hash of each id (a string array), the same in every process; 0 for a null or empty id.

    A polynomial over the UTF-8 bytes, computed for the whole array at once, then mixed (splitmix64).
    """
    ids = column.cast(pa.large_string()) if not pa.types.is_large_string(column.type) else column
    count = len(ids)
    if not count:
        return np.zeros(0, dtype=np.uint64)
    offsets = np.frombuffer(ids.buffers()[1], dtype=np.int64, count=ids.offset + count + 1)[ids.offset :]
    start, end = int(offsets[0]), int(offsets[-1])
    lengths = np.diff(offsets)
    with np.errstate(over="ignore"):
        if end > start:
            data = np.frombuffer(ids.buffers()[2], dtype=np.uint8, count=end)[start:]
            powers = np.cumprod(np.full(int(lengths.max()), _PRIME, dtype=np.uint64))
            position = np.arange(end - start) - np.repeat(offsets[:-1] - start, lengths)
            terms = (data.astype(np.uint64) + np.uint64(1)) * powers[position]
            sums = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(terms, dtype=np.uint64)))
            hashes = sums[offsets[1:] - start] - sums[offsets[:-1] - start]
        else:
            hashes = np.zeros(count, dtype=np.uint64)
        hashes ^= lengths.astype(np.uint64) * _GOLDEN
        hashes ^= hashes >> np.uint64(30)
        hashes *= _MIX1
        hashes ^= hashes >> np.uint64(27)
        hashes *= _MIX2
        hashes ^= hashes >> np.uint64(31)
    hashes[hashes == 0] = 1
    hashes[(lengths == 0) | pc.is_null(ids).to_numpy(zero_copy_only=False)] = 0
    return hashes


def repeated_ids(checks: Iterable[IdHashes]) -> dict[str, dict[str, list[int]]]:
    """namespace -> file -> rows whose id's hash is read more than once in the namespace: the suspects.

    Memory: the namespace's hashes, and 16 more bytes a row for a moment (sorted, equal hashes are neighbours).
    """
    by_namespace: dict[str, list[IdHashes]] = {}
    for segment in checks:
        by_namespace.setdefault(segment.namespace, []).append(segment)
    suspects: dict[str, dict[str, list[int]]] = {}
    for namespace, segments in by_namespace.items():
        hashes = np.concatenate([segment.hashes for segment in segments])
        if len(hashes) < 2:
            continue
        ordered = np.sort(hashes)
        repeated = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
        repeated = repeated[repeated != 0]
        if not len(repeated):
            continue
        files: dict[str, list[int]] = {}
        for segment in segments:
            rows = np.flatnonzero(np.isin(segment.hashes, repeated))
            if len(rows):
                files.setdefault(segment.file, []).extend((rows + segment.first_row).tolist())
        suspects[namespace] = {file: sorted(rows) for file, rows in files.items()}
    return suspects


def duplicate_problems(
    namespace: str, suspects_in_order: Iterable[tuple[str, Iterable[tuple[int, str | None]]]], max_problems: int
) -> BatchCheck:
    """Each id read before in the namespace, with where it was first: from (file, its suspects' (row, id)),
    the files in source order."""
    seen: dict[str, tuple[str, int]] = {}
    found = []
    for file, rows in suspects_in_order:
        findings = Findings(namespace, file, max_problems)
        for row, id_ in rows:
            if not id_:
                continue
            if id_ in seen:
                where, at = seen[id_]
                findings.add(ProblemKind.DUPLICATE_ID, row, f"id {id_!r} is also at row {at} of {where}")
            else:
                seen[id_] = (file, row)
        found.append(findings.result(0))
    return merge(found)


def _check_dense(
    column: Any, first: int, fixed_dimension: int | None, dimension: int | None, findings: Findings
) -> None:
    for i in _rows(pc.is_null(column)):
        findings.add(ProblemKind.MISSING_VALUES, first + i, "values is null")
    if fixed_dimension is None:  # else checked from the schema
        lengths = pc.list_value_length(column)
        findings.dimensions.update(length for length in pc.unique(lengths).to_pylist() if length is not None)
        if dimension is not None:
            for i in _rows(pc.not_equal(lengths, dimension)):
                message = f"values has {lengths[i].as_py()} numbers; the index dimension is {dimension}"
                findings.add(ProblemKind.WRONG_DIMENSION, first + i, message)
    flat = column.flatten()  # the numbers of non-null rows, the batch's slicing applied
    if not flat.null_count and pc.all(pc.is_finite(flat)).as_py() is not False:
        return
    # Only a batch holding a bad number pays for finding its rows in Python.
    for offset, rows in _python_rows(column):
        for i, numbers in enumerate(rows, first + offset):
            if numbers is not None and not all(number is not None and math.isfinite(number) for number in numbers):
                findings.add(ProblemKind.NON_FINITE_VALUE, i, "values holds NaN, an infinity or a null")


def _check_sparse(column: Any, first: int, vector_type: VectorType | None, findings: Findings) -> None:
    for offset, rows in _python_rows(column):
        for i, row in enumerate(rows, first + offset):
            if row is None:
                if vector_type == "sparse":
                    findings.add(ProblemKind.MISSING_VALUES, i, "sparse_values is null")
                continue
            indices, weights = row["indices"], row["values"]
            if not indices or weights is None or len(indices) != len(weights):
                message = "sparse_values needs as many values as indices, and at least one"
                findings.add(ProblemKind.BAD_SPARSE_VALUES, i, message)
            elif any(index is None or not 0 <= index <= MAX_SPARSE_INDEX for index in indices):
                message = f"sparse_values indices must be integers from 0 to {MAX_SPARSE_INDEX}"
                findings.add(ProblemKind.BAD_SPARSE_VALUES, i, message)
            elif len(set(indices)) != len(indices):
                findings.add(ProblemKind.BAD_SPARSE_VALUES, i, "sparse_values indices must be unique")
            elif not all(weight is not None and math.isfinite(weight) for weight in weights):
                message = "sparse_values values holds NaN, an infinity or a null"
                findings.add(ProblemKind.NON_FINITE_VALUE, i, message)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# NaN and Infinity are not JSON (Python's json module reads them unless told not to).
_METADATA_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def _check_metadata(column: Any, first: int, findings: Findings) -> None:
    for offset, texts in _python_rows(column):
        for i, text in enumerate(texts, first + offset):
            if text is None:
                continue
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_METADATA_BYTES:
                message = f"metadata is {size} bytes; the limit is {MAX_METADATA_BYTES}"
                findings.add(ProblemKind.METADATA_TOO_LARGE, i, message)
                continue
            try:
                value = _METADATA_DECODER.decode(text)
            except (ValueError, RecursionError):
                findings.add(ProblemKind.METADATA_NOT_JSON, i, "metadata is not valid JSON")
                continue
            if not isinstance(value, dict):
                kind = _JSON_KINDS.get(type(value), "null")
                findings.add(ProblemKind.METADATA_NOT_OBJECT, i, f"metadata must be a JSON object, not {kind}")
