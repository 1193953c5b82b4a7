"""Reading a source's Parquet files: each schema from its footer, then its rows in batches of bounded size.

The rules themselves are :mod:`._checks`' (one record batch at a time); this module reads the files they
run on, a file at a time, so that a local run and an engine's workers (:mod:`._distributed`) share it.
Imported only by the functions that read a source, so that importing :mod:`.sources` costs no pyarrow.
Rows are numbered from 0 within their file, as the import's own error messages number them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import SourceError
from ._checks import (
    BatchCheck,
    Findings,
    VectorType,
    check_rows,
    check_schema,
    duplicate_problems,
    importable,
    is_string,
    merge,
    repeated_ids,
)
from ._storage import Layout, Location, one_line
from .reports import ProblemKind, SourceFile, SourceReport

# About this much decoded data per record batch; the batch's row count follows from the footer's sizes.
# Decoding takes a few times a batch's size; 2 MB kept a full check of 1 GB at 128 MB peak RSS, 8 MB at
# 169 MB, for about the same speed (bench/_validate.py).
_BATCH_BYTES = 2 * 1024 * 1024
# Column chunks are streamed through a buffer of this size instead of being read whole: a chunk can be
# most of a file.
_READ_BUFFER = 1024 * 1024
# Ids turned into Python strings at a time.
_PYTHON_ROWS = 1024

# (namespace, path, the suspects' rows) -> (row, id) of each of those rows: how the duplicate ids are read.
ReadSuspects = Callable[[list[tuple[str, str, list[int]]]], list[list[tuple[int, str | None]]]]


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
    files: list[SourceFile] = []
    reading = Reading(dimension, vector_type, sample_rows, max_problems)

    def checks() -> Iterator[BatchCheck]:
        for namespace, path in layout.files:
            file, parts = check_file(location, namespace, path, reading)
            yield from parts
            files.append(file)

    found = merge(checks())  # one pass: memory holds the problems kept and the ids' hashes

    def read_suspects(wanted: list[tuple[str, str, list[int]]]) -> list[list[tuple[int, str | None]]]:
        return [suspect_ids(location, path, rows) for _, path, rows in wanted]

    return report(location, layout, files, found, read_suspects, full=sample_rows is None)


@dataclass(frozen=True)
class Reading:
    """What a check of a file reads for: the index's dimension and vector type, the rows to read (None: all)."""

    dimension: int | None
    vector_type: VectorType | None
    limit: int | None
    max_problems: int


def check_file(
    location: Location, namespace: str, path: str, reading: Reading
) -> tuple[SourceFile, Iterator[BatchCheck]]:
    """The file as the report lists it (from its footer), and the checks of its rows, read as they are iterated.

    The first ``limit`` rows are read (None: all). A footer whose row count differs from the rows its row
    groups hold is a problem of the file: a count the import and ``verify`` would believe.
    """
    uri = location.uri_of(path)
    dimension, vector_type, limit, max_problems = (
        reading.dimension,
        reading.vector_type,
        reading.limit,
        reading.max_problems,
    )
    findings = Findings(namespace, uri, max_problems)
    try:
        parquet = open_parquet(location, path)
    except (OSError, pa.ArrowException) as exc:
        findings.add(ProblemKind.UNREADABLE_FILE, None, f"not a Parquet file the import can read ({one_line(exc)})")
        return SourceFile(uri, namespace, 0), iter([findings.result(0)])
    claimed = parquet.metadata.num_rows

    def parts() -> Iterator[BatchCheck]:
        with parquet:
            columns = check_schema(parquet.schema_arrow, dimension, vector_type, findings)
            read = 0
            try:
                for batch in _batches(parquet, columns.names, limit):
                    rows = Findings(namespace, uri, max_problems)
                    yield check_rows(
                        batch, columns, dimension=dimension, vector_type=vector_type, findings=rows, first_row=read
                    )
                    read += batch.num_rows
            except (OSError, pa.ArrowException) as exc:
                message = f"cannot be decoded from this row on ({one_line(exc)})"
                findings.add(ProblemKind.UNREADABLE_FILE, read, message)
            else:
                expected = claimed if limit is None else min(limit, claimed)
                if columns.names and read != expected:
                    message = (
                        f"the footer claims {claimed:,} rows but its row groups hold {_held(parquet):,}; "
                        f"{read:,} were read"
                    )
                    findings.add(ProblemKind.ROW_COUNT_MISMATCH, None, message)
        yield findings.result(0)

    return SourceFile(uri, namespace, claimed), parts()


def _held(parquet: Any) -> int:
    metadata = parquet.metadata
    return sum(metadata.row_group(i).num_rows for i in range(metadata.num_row_groups))


def report(
    location: Location,
    layout: Layout,
    files: list[SourceFile],
    found: BatchCheck,
    read_suspects: ReadSuspects,
    *,
    full: bool,
) -> SourceReport:
    """The report of a whole source from its merged checks: the repeated ids confirmed, then all in order."""
    paths = {location.uri_of(path): path for _, path in layout.files}
    order = {uri: index for index, uri in enumerate(paths)}
    wanted = [
        (namespace, paths[uri], suspects[uri])
        for namespace, suspects in sorted(repeated_ids(found.ids).items())
        for uri in sorted(suspects, key=order.__getitem__)
    ]
    parts = [found]
    for namespace, group in itertools.groupby(zip(wanted, read_suspects(wanted), strict=True), key=lambda w: w[0][0]):
        suspects = ((location.uri_of(path), rows) for (_, path, _), rows in group)
        parts.append(duplicate_problems(namespace, suspects, found.max_problems))
    if not files:
        message = (
            "no Parquet file in a namespace directory: the source holds one directory per namespace "
            "(__default__ for the default namespace) with the .parquet files directly inside"
        )
        if stray := sum(uri.endswith(".parquet") for uri in layout.ignored):
            message += f"; {stray} Parquet files lie elsewhere, where the import ignores them"
        source = Findings("", location.uri, found.max_problems)
        source.add(ProblemKind.NO_FILES, None, message)
        parts.append(source.result(0))
    whole = merge(parts)
    return SourceReport(
        uri=location.uri,
        files=tuple(sorted(files, key=lambda file: order[file.path])),
        ignored=layout.ignored,
        problems=whole.problems,
        problem_counts=whole.problem_counts,
        dimensions=tuple(sorted(whole.dimensions)),
        rows_checked=whole.rows,
        full=full,
    )


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


def _python_rows(column: Any) -> Iterator[tuple[int, list[Any]]]:
    for offset in range(0, len(column), _PYTHON_ROWS):
        yield offset, column.slice(offset, _PYTHON_ROWS).to_pylist()


def suspect_ids(location: Location, path: str, rows: list[int]) -> list[tuple[int, str | None]]:
    """(row, id) of the given rows of a file (sorted), read again: the ids whose hashes were seen twice."""
    wanted = set(rows)
    found = []
    with _open_for_reading(location, path) as parquet, location.reading(f"read {location.uri_of(path)}"):
        row = 0
        for batch in _batches(parquet, ("id",), rows[-1] + 1):
            for offset, ids in _python_rows(batch.column(0)):
                found += [(at, id_) for at, id_ in enumerate(ids, row + offset) if at in wanted]
            row += batch.num_rows
    return found


def row_counts(location: Location, layout: Layout) -> dict[str, int]:
    """Rows per namespace, from the footers alone."""
    counts: dict[str, int] = {}
    for namespace, path in layout.files:
        counts[namespace] = counts.get(namespace, 0) + file_rows(location, path)
    return counts


def file_rows(location: Location, path: str) -> int:
    """The rows of one file, from its footer."""
    with _open_for_reading(location, path) as parquet:
        rows: int = parquet.metadata.num_rows
        return rows


def ids(location: Location, path: str) -> Iterator[str]:
    """The importable ids of one file, streamed: null, empty and over-long ids are left out."""
    uri = location.uri_of(path)
    with _open_for_reading(location, path) as parquet, location.reading(f"read {uri}"):
        schema = parquet.schema_arrow
        if "id" not in schema.names or not is_string(schema.field("id").type):
            raise SourceError(f"{uri} has no 'id' column of strings", uri=location.uri)
        for batch in _batches(parquet, ("id",), None):
            column = batch.column(0)
            for _, chunk in _python_rows(column.filter(importable(column))):
                yield from chunk
