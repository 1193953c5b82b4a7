"""Writing an import source: records in the shapes users hold, as Parquet files an import reads.

The target is a source URI (``s3://``, ``gs://``, Azure ``https://``, ``file://`` or a local path), written
through the pyarrow filesystems the checks read with, so one set of credentials and variables serves both.
Under it, ``NAMESPACE/part-NNNNN.parquet`` files of the import's schema: ``id`` string, ``values``
list<float32>, ``sparse_values`` struct<indices: list<uint32>, values: list<float32>>, ``metadata`` JSON
string; only the columns the data has. Each row group is checked with the rules of :mod:`._checks` before it
is written, and each file's footer after it is closed; a file is rolled over at about ``file_bytes``.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from ..errors import InvalidRecordsError, SourceExistsError
from . import _checks, _parquet, _storage
from ._checks import BatchCheck, Findings, VectorType
from .reports import Problem, ProblemKind, SourceFile, WrittenSource

SPARSE_TYPE = pa.struct([("indices", pa.list_(pa.uint32())), ("values", pa.list_(pa.float32()))])
TYPES = {"id": pa.string(), "values": pa.list_(pa.float32()), "sparse_values": SPARSE_TYPE, "metadata": pa.string()}
# The service reads at most 10 GB per file and 100,000 files per import; a few hundred MB per file keeps a
# terabyte under 5,000 files while each file stays quick to retry.
DEFAULT_FILE_BYTES = 256 * 2**20
MAX_FILE_BYTES = 10 * 10**9
MIN_FILE_BYTES = 2**20
_ROW_GROUP_BYTES = 32 * 2**20  # decoded size of a row group: what a reader holds at once
_RECORDS_PER_BATCH = 10_000  # records (dicts) turned into columns at a time
_PROBLEMS_SHOWN = 5  # in an error's message
_PROBLEMS_KEPT = 100  # in its .problems


@dataclass(frozen=True)
class Options:
    """What every file of one write shares."""

    namespace: str
    dimension: int | None
    vector_type: VectorType | None
    file_bytes: int
    max_problems: int = _PROBLEMS_KEPT


def write(
    data: Any,
    uri: str,
    *,
    namespace: str,
    overwrite: bool,
    dimension: int | None,
    vector_type: VectorType | None,
    file_bytes: int,
    filesystem: Any,
) -> WrittenSource:
    location = _target(uri, filesystem, namespace)
    options = Options(namespace, dimension, vector_type, file_bytes)
    _make_room(location, namespace, overwrite)
    if _is_dask_dataframe(data):
        written = _write_dask(data, location, filesystem, options)
    else:
        written = [_write_files(_tables(data), location, options, prefix="part")]
    files = [file for part in written for file in part[0]]
    sizes = [size for part in written for size in part[1]]
    found = _checks.merge(part[2] for part in written)
    _refuse_mixed_dimensions(location, found)
    _refuse_repeated_ids(location, files, found)
    return WrittenSource(location.uri, tuple(files), tuple(sizes))


def _target(uri: str, filesystem: Any, namespace: str) -> _storage.Location:
    """The location to write to; a local path stands for its file:// URI, its directories made if missing."""
    import pathlib

    if "://" not in uri:
        uri = pathlib.Path(uri).expanduser().resolve().as_uri()
    location = _storage.locate(uri, filesystem)
    if location.scheme == "file":  # object stores have no directories to make
        with location.reading(f"create {uri}"):
            location.filesystem.create_dir(f"{location.root}/{namespace}", recursive=True)
    return location


def _make_room(location: _storage.Location, namespace: str, overwrite: bool) -> None:
    directory = f"{location.root}/{namespace}"
    with location.reading(f"list {location.uri_of(directory)}"):
        try:
            infos = location.filesystem.get_file_info(pafs.FileSelector(directory, recursive=False))
        except FileNotFoundError:
            infos = []
    existing = sorted(info.path for info in infos if info.type == pafs.FileType.File and info.path.endswith(".parquet"))
    if not existing:
        return
    if not overwrite:
        shown = ", ".join(location.uri_of(path) for path in existing[:3])
        raise SourceExistsError(
            f"namespace {namespace!r} of {location.uri} already holds {len(existing)} Parquet files ({shown}"
            f"{', ...' if len(existing) > 3 else ''}); an import would read them with the new ones. "
            "Write to another URI or namespace, or pass overwrite=True to replace them",
            uri=location.uri,
            existing=tuple(location.uri_of(path) for path in existing),
        )
    with location.reading(f"delete the Parquet files of {location.uri_of(directory)}"):
        for path in existing:
            location.filesystem.delete_file(path)


# ---------------------------------------------------------------- the data, as tables of the import's schema


def _is_dask_dataframe(data: Any) -> bool:
    return type(data).__module__.split(".")[0] in ("dask", "dask_expr") and hasattr(data, "to_delayed")


def _tables(data: Any) -> Iterator[pa.Table]:
    """The data as tables of the import's columns, a piece at a time for a stream of records or batches."""
    if isinstance(data, pa.Table):
        yield _table(dict(zip(data.column_names, data.columns, strict=True)))
    elif isinstance(data, pa.RecordBatch):
        yield _table(dict(zip(data.schema.names, data.columns, strict=True)))
    elif isinstance(data, pa.RecordBatchReader):
        for batch in data:
            yield _table(dict(zip(batch.schema.names, batch.columns, strict=True)))
    elif type(data).__module__.split(".")[0] == "pandas" and hasattr(data, "columns"):
        yield _table({str(name): data[name].to_numpy() for name in data.columns})
    elif isinstance(data, Mapping):
        yield _table(dict(data))
    elif isinstance(data, Iterable) and not isinstance(data, str | bytes):
        records = iter(data)
        while chunk := tuple(itertools.islice(records, _RECORDS_PER_BATCH)):
            yield _table(_columns_of(chunk))
    else:
        raise TypeError(
            "data must be a pandas or Dask DataFrame, a pyarrow Table, RecordBatch or RecordBatchReader, a mapping "
            f"of column names to arrays, or an iterable of records (dicts), not {type(data).__name__}"
        )


def _columns_of(records: tuple[Any, ...]) -> dict[str, list[Any]]:
    names: dict[str, None] = {}
    for number, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise TypeError(f"record {number} of a batch is a {type(record).__name__}, not a dict")
        names.update(dict.fromkeys(record))
    return {name: [record.get(name) for record in records] for name in names}


def _table(columns: Mapping[str, Any]) -> pa.Table:
    unknown = [name for name in columns if name not in TYPES]
    if unknown:
        raise ValueError(
            f"{', '.join(map(repr, unknown))}: not a column an import reads (id, values, sparse_values, metadata); "
            "drop or rename it (metadata goes in 'metadata' as a dict or a JSON string)"
        )
    if "id" not in columns:
        raise ValueError("the records have no 'id' column")
    arrays = {}
    for name in ("id", "values", "sparse_values", "metadata"):
        if name in columns:
            try:
                arrays[name] = _column(name, columns[name])
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as exc:
                raise ValueError(f"column {name!r} cannot be {TYPES[name]}: {_storage.one_line(exc)}") from None
    return pa.table(arrays)


def _column(name: str, values: Any) -> Any:
    if name == "metadata":
        return _metadata(values)
    if name == "values" and isinstance(values, np.ndarray) and values.ndim == 2:
        flat = pa.array(np.ascontiguousarray(values, dtype=np.float32).ravel())
        return pa.FixedSizeListArray.from_arrays(flat, values.shape[1]).cast(TYPES[name])
    array = values if isinstance(values, pa.Array | pa.ChunkedArray) else pa.array(_sequence(values))
    if name == "id" and not (_checks.is_string(array.type) or pa.types.is_null(array.type)):
        raise ValueError(f"column 'id' must hold strings, not {array.type}; convert the ids to text first")
    if name != "id" and _checks.is_string(array.type):
        raise ValueError(
            f"column {name!r} holds text, not vectors (a Dask DataFrame made with Dask's default "
            "dataframe.convert-string turns lists into text: make it under "
            "dask.config.set({'dataframe.convert-string': False}))"
        )
    return array.cast(TYPES[name])


def _sequence(values: Any) -> Any:
    # An object array of lists or arrays (a pandas column) converts row by row; pyarrow takes a list of them.
    return list(values) if isinstance(values, np.ndarray) and values.dtype == object else values


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic | np.ndarray):  # numpy numbers and arrays in a metadata dict
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _metadata(values: Any) -> Any:
    if isinstance(values, pa.Array | pa.ChunkedArray):
        if _checks.is_string(values.type):
            return values.cast(pa.string())
        values = values.to_pylist()
    texts = []
    for row, value in enumerate(values):
        if value is None or isinstance(value, str):
            texts.append(value)
            continue
        try:
            texts.append(json.dumps(value, ensure_ascii=False, allow_nan=False, default=_json_default))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"metadata of record {row} of a batch cannot be JSON: {exc}") from None
    return pa.array(texts, type=pa.string())


# ---------------------------------------------------------------- files


def _write_files(
    tables: Iterable[pa.Table], location: _storage.Location, options: Options, *, prefix: str
) -> tuple[list[SourceFile], list[int], BatchCheck]:
    """Each table into row groups, checked, into files of about ``file_bytes``; what was written, checked."""
    files: list[SourceFile] = []
    sizes: list[int] = []
    checks: list[BatchCheck] = []
    dimension = options.dimension
    current: _File | None = None
    try:
        for table in tables:
            if not table.num_rows:
                continue
            if dimension is None and "values" in table.column_names:
                dimension = _first_dimension(table)
            # Row groups of a fraction of a file, so that a file ends near the size asked.
            group_bytes = min(_ROW_GROUP_BYTES, options.file_bytes // 8)
            step = max(1, int(group_bytes * table.num_rows / max(table.nbytes, 1)))
            for start in range(0, table.num_rows, step):
                group = table.slice(start, step)
                if current is None:
                    current = _File(location, options, f"{prefix}-{len(files):05d}.parquet", group.schema)
                checks.append(current.write(group, dimension))
                if current.size() >= options.file_bytes:
                    file, size = current.close()
                    files.append(file)
                    sizes.append(size)
                    current = None
        if current is not None:
            file, size = current.close()
            files.append(file)
            sizes.append(size)
            current = None
    finally:
        if current is not None:
            current.abandon()
    return files, sizes, _checks.merge(checks)


def _first_dimension(table: pa.Table) -> int | None:
    values = table.column("values").drop_null()
    return len(values[0]) if len(values) else None


class _File:
    """One Parquet file being written: its row groups checked before they are written."""

    def __init__(self, location: _storage.Location, options: Options, name: str, schema: Any) -> None:
        self.location, self.options = location, options
        self.path = f"{location.root}/{options.namespace}/{name}"
        self.uri = location.uri_of(self.path)
        self.rows = 0
        with location.reading(f"write {self.uri}"):
            self.stream = location.filesystem.open_output_stream(self.path)
            self.writer = pq.ParquetWriter(self.stream, schema)

    def write(self, group: pa.Table, dimension: int | None) -> BatchCheck:
        findings = Findings(self.options.namespace, self.uri, self.options.max_problems)
        columns = _checks.check_schema(group.schema, dimension, self.options.vector_type, findings)
        check = _checks.check_rows(
            group,
            columns,
            dimension=dimension,
            vector_type=self.options.vector_type,
            findings=findings,
            first_row=self.rows,
        )
        if not check.ok:
            self.abandon()
            raise _invalid(self.location, check, f"nothing was written to {self.uri}")
        with self.location.reading(f"write {self.uri}"):
            self.writer.write_table(group, row_group_size=group.num_rows)
        self.rows += group.num_rows
        return check

    def size(self) -> int:
        written: int = self.stream.tell()
        return written

    def close(self) -> tuple[SourceFile, int]:
        """Close the file and check it as an import reads it: its footer's schema and row count."""
        with self.location.reading(f"write {self.uri}"):
            self.writer.close()
            self.stream.close()
        findings = Findings(self.options.namespace, self.uri, self.options.max_problems)
        with _parquet.open_parquet(self.location, self.path) as parquet:
            _checks.check_schema(parquet.schema_arrow, None, self.options.vector_type, findings)
            if parquet.metadata.num_rows != self.rows:
                message = f"the footer claims {parquet.metadata.num_rows:,} rows; {self.rows:,} were written"
                findings.add(ProblemKind.ROW_COUNT_MISMATCH, None, message)
        check = findings.result(0)
        if not check.ok:
            raise _invalid(self.location, check, f"{self.uri} is written")
        info = self.location.filesystem.get_file_info(self.path)
        return SourceFile(self.uri, self.options.namespace, self.rows), int(info.size or 0)

    def abandon(self) -> None:
        """Close and delete the file: a file that did not pass its checks is not left behind."""
        try:
            self.writer.close()
            self.stream.close()
        finally:
            with contextlib.suppress(OSError, pa.ArrowException):  # never created: nothing to delete
                self.location.filesystem.delete_file(self.path)


def _invalid(location: _storage.Location, check: BatchCheck, what: str) -> InvalidRecordsError:
    problems = check.problems
    count = sum(check.problem_counts.values())
    shown = "; ".join(_shown(problem) for problem in problems[:_PROBLEMS_SHOWN])
    more = f" (and {count - _PROBLEMS_SHOWN} more)" if count > _PROBLEMS_SHOWN else ""
    return InvalidRecordsError(
        f"{count} problems an import would refuse: {shown}{more}; {what}", uri=location.uri, problems=problems
    )


def _shown(problem: Problem) -> str:
    where = "" if problem.row is None else f" row {problem.row}"
    return f"{problem.file}{where}: {problem.message}"


def _refuse_mixed_dimensions(location: _storage.Location, found: BatchCheck) -> None:
    if len(found.dimensions) > 1:
        raise InvalidRecordsError(
            f"the vectors written have {len(found.dimensions)} lengths "
            f"({', '.join(map(str, sorted(found.dimensions)))}); an index has one dimension: "
            "pass dimension= to check every vector against it",
            uri=location.uri,
            problems=(),
        )


def _refuse_repeated_ids(location: _storage.Location, files: list[SourceFile], found: BatchCheck) -> None:
    """Ids repeated across the row groups written, confirmed from the files: an import keeps only one of each."""
    order = {file.path: index for index, file in enumerate(files)}
    parts = []
    for namespace, suspects in sorted(_checks.repeated_ids(found.ids).items()):
        read = (
            (uri, _parquet.suspect_ids(location, _path_of(location, uri), suspects[uri]))
            for uri in sorted(suspects, key=order.__getitem__)
        )
        parts.append(_checks.duplicate_problems(namespace, read, _PROBLEMS_KEPT))
    check = _checks.merge(parts)
    if not check.ok:
        raise _invalid(location, check, "the files are written: remove the repeats and write again with overwrite=True")


def _path_of(location: _storage.Location, uri: str) -> str:
    return f"{location.root}/{uri[len(location.uri.rstrip('/')) + 1 :]}"


# ---------------------------------------------------------------- Dask


def _write_dask(
    frame: Any, location: _storage.Location, filesystem: Any, options: Options
) -> list[tuple[list[SourceFile], list[int], BatchCheck]]:
    """Each partition of a Dask DataFrame written by a task of the current Dask client, in parallel."""
    from dask.delayed import delayed

    from . import _distributed

    client = _distributed.current_client()
    task = delayed(functools.partial(_write_partition, location.uri, filesystem, options), pure=False)
    parts = [task(partition, index) for index, partition in enumerate(frame.to_delayed())]
    results: list[tuple[list[SourceFile], list[int], BatchCheck]] = client.gather(client.compute(parts))
    return results


def _write_partition(
    uri: str, filesystem: Any, options: Options, partition: Any, index: int
) -> tuple[list[SourceFile], list[int], BatchCheck]:
    location = _storage.locate(uri, filesystem)
    return _write_files(_tables(partition), location, options, prefix=f"part-{index:05d}")
