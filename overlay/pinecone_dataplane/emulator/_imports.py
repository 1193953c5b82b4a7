"""Bulk imports: resolving the source URI, reading Parquet in bounded batches, and the job that loads it.

The rules are Pinecone's: the URI names a directory with one sub-directory per namespace
(``__default__`` for the default namespace); every ``*.parquet`` file directly inside a namespace
directory is imported and other files are ignored; the import fails if a target namespace already
holds records. Rows are numbered from 0 within their file in error messages. ``error`` is set only on
a Failed import: records skipped in continue mode are counted (``validationResult`` in the versions
that have it) and the first of them is logged.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ._clock import Clock
from ._shapes import Shape
from ._store import FloatArray, IndexArray, Metadata, StoredRecord, VectorStore

logger = logging.getLogger("pinecone_dataplane.emulator")

ErrorMode = Literal["continue", "abort"]
VectorType = Literal["dense", "sparse"]

PENDING, IN_PROGRESS, COMPLETED, FAILED, CANCELLED = (
    "Pending",
    "InProgress",
    "Completed",
    "Failed",
    "Cancelled",
)
TERMINAL = frozenset({COMPLETED, FAILED, CANCELLED})

MAX_METADATA_BYTES = 40 * 1024
MAX_ID_LENGTH = 512
_MAX_SPARSE_INDEX = 2**32 - 1


class SourceError(ValueError):
    """The URI cannot name an import source; answered 400 when the import is started."""


class _BadFile(Exception):
    """A whole file cannot be imported (unreadable, missing or mistyped column)."""


class _Unreadable(Exception):
    """The source cannot be imported at all (not a directory, unreadable, linked out of the bucket root)."""


@dataclass(frozen=True)
class Source:
    """Where an import reads: ``path`` (symlinks resolved), which every namespace directory and file it
    reads must stay inside once their own symlinks are resolved: ``root``, the bucket (or container) for
    s3://, gs:// and Azure URIs, the bucket root for file:// ones."""

    uri: str
    path: Path
    root: Path

    def uri_of(self, path: Path) -> str:
        return f"{self.uri.rstrip('/')}/{path.relative_to(self.path).as_posix()}"

    def holds(self, path: Path) -> bool:
        """Whether ``path`` (a namespace directory or file under ``path``) resolves inside ``root``."""
        return path.resolve().is_relative_to(self.root)

    def without_host_paths(self, text: str) -> str:
        """``text`` (an error from the OS or Arrow) with the host's path of the source written as its URI."""
        return text.replace(str(self.path), self.uri.rstrip("/")).replace(str(self.root), "<bucket root>")


_AZURE_HOST = ".blob.core.windows.net"


def resolve_source(uri: str, bucket_root: Path | None) -> Source:
    """``s3://bucket/prefix``, ``gs://bucket/prefix`` and Azure's ``https://account.blob.core.windows.net/
    container/prefix`` as ``bucket_root/bucket/prefix`` (``bucket_root/container/prefix``), and
    ``file:///abs/dir`` as ``/abs/dir``, which must lie inside ``bucket_root``: an emulator reads its bucket
    root and nothing else, whatever the scheme (symlinks are resolved before the check)."""
    if "\x00" in uri or "\x00" in urllib.parse.unquote(uri):
        raise SourceError("uri holds a NUL byte, which no path can")
    try:
        parts = urllib.parse.urlsplit(uri)
        host = (parts.hostname or "").lower()
    except ValueError as exc:  # e.g. an unclosed IPv6 literal, s3://[::1/x
        raise SourceError(f"uri {uri!r} is not a valid URI: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme == "https" and host.endswith(_AZURE_HOST) and len(host) > len(_AZURE_HOST):
        container, _, prefix = urllib.parse.unquote(parts.path).lstrip("/").partition("/")
        return _under_bucket_root(uri, "Azure Blob Storage", container, prefix, bucket_root)
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise SourceError(f"a file URI names a local directory (file:///dir), not one on {parts.netloc!r}")
        path = Path(urllib.parse.unquote(parts.path))
        if not path.is_absolute():
            raise SourceError(f"a file URI needs an absolute path (file:///dir): {uri!r}")
        if bucket_root is None:
            raise SourceError("file:// URIs need the emulator to be started with a bucket root (--bucket-root)")
        root = bucket_root.resolve()
        resolved = path.resolve()
        # The same answer whether the directory exists or not: an outside path reveals nothing.
        if not resolved.is_relative_to(root):
            raise SourceError(
                f"{uri!r} is outside the emulator's bucket root; file:// URIs must name a directory in it"
            )
        return Source(uri, resolved, root)
    if scheme in ("s3", "gs"):
        return _under_bucket_root(uri, f"{scheme}://", parts.netloc, urllib.parse.unquote(parts.path), bucket_root)
    raise SourceError(
        f"unsupported URI scheme {parts.scheme!r}: the emulator reads file://, s3://, gs:// and "
        "https://ACCOUNT.blob.core.windows.net/CONTAINER/... (buckets and containers are directories "
        "under its bucket root)"
    )


def _under_bucket_root(uri: str, kind: str, bucket: str, prefix: str, bucket_root: Path | None) -> Source:
    if bucket_root is None:
        raise SourceError(f"{kind} URIs need the emulator to be started with a bucket root (--bucket-root)")
    if not bucket or bucket in (".", ".."):
        raise SourceError(f"{uri!r} names no bucket")
    bucket_dir = bucket_root.resolve() / bucket
    path = (bucket_dir / prefix.lstrip("/")).resolve()
    if not path.is_relative_to(bucket_dir):
        raise SourceError(f"{uri!r} leaves its bucket")
    return Source(uri, path, bucket_dir)


@dataclass(frozen=True)
class ImportOptions:
    dimension: int
    vector_type: VectorType
    batch_size: int
    records_per_second: float | None
    pending_seconds: float
    # How long a finished import stays InProgress at 100 % while "the index is built".
    indexing_seconds: float


@dataclass(eq=False)
class ImportJob:
    """One import. Fields other than the identity are guarded by ``lock``."""

    id: str
    seq: int
    uri: str
    source: Source
    error_mode: ErrorMode
    created_at: datetime
    status: str = PENDING
    finished_at: datetime | None = None
    percent: float = 0.0
    records: int = 0
    error: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    wake: threading.Event = field(default_factory=threading.Event, repr=False)
    # Worker bookkeeping.
    total_rows: int = 0
    processed_rows: int = 0
    skipped_records: int = 0
    skipped_files: int = 0
    problem: str | None = None  # the first bad record or file, logged when the import ends
    # Every record has been validated (read to the end, or up to the bad record that aborted it).
    validated: bool = False

    def model(self, shape: Shape) -> dict[str, Any]:
        """The ImportModel of this version, camelCase, with only the fields that have values."""
        with self.lock:
            body: dict[str, Any] = {
                "id": self.id,
                "uri": self.uri,
                "status": self.status,
                "createdAt": rfc3339(self.created_at),
                "percentComplete": round(self.percent, 2),
                "recordsImported": self.records,
            }
            if self.finished_at is not None:
                body["finishedAt"] = rfc3339(self.finished_at)
            if self.error is not None:
                body["error"] = self.error
            if shape.import_validation_result and self.validated:
                body["validationResult"] = {"importSuccesses": self.records, "importErrors": self.skipped_records}
            return body

    def finish(self, status: str, now: datetime, error: str | None = None) -> bool:
        """Move to a terminal state; False (and no change) if already in one. Call with ``lock`` held."""
        if self.status in TERMINAL:
            return False
        self.status = status
        self.finished_at = now
        if error is not None:
            self.error = error
        self.wake.set()
        return True

    def note_problem(self, problem: str) -> None:
        if self.problem is None:
            self.problem = problem

    def skipped_summary(self) -> str | None:
        if not (self.skipped_records or self.skipped_files):
            return None
        parts = []
        if self.skipped_records:
            parts.append(f"skipped {self.skipped_records} of {self.total_rows} records")
        if self.skipped_files:
            plural = "s" if self.skipped_files > 1 else ""
            parts.append(f"skipped {self.skipped_files} unreadable file{plural}")
        return f"{' and '.join(parts)}; first: {self.problem}"


def rfc3339(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class _PlannedFile:
    namespace: str
    path: Path
    uri: str
    rows: int
    problem: str | None


class ImportRunner:
    """Runs one job to a terminal state on the calling (worker) thread."""

    def __init__(
        self,
        job: ImportJob,
        options: ImportOptions,
        store: VectorStore,
        clock: Clock,
        stopping: Callable[[], bool],
    ) -> None:
        self.job = job
        self.options = options
        self.store = store
        self.clock = clock
        self.stopping = stopping
        self._started_at = 0.0

    def run(self) -> None:
        job = self.job
        try:
            self.clock.sleep(self.options.pending_seconds, job.wake)
            files = self._plan()
            if files is None:
                return
            with job.lock:
                if job.status != PENDING or self.stopping():
                    return
                job.status = IN_PROGRESS
                job.total_rows = sum(planned.rows for planned in files)
            self._started_at = self.clock.monotonic()
            for planned in files:
                if not self._import_file(planned):
                    return
            with job.lock:
                if job.status != IN_PROGRESS or self.stopping():
                    return
                job.percent = 100.0
                job.validated = True
            self.clock.sleep(self.options.indexing_seconds, job.wake)
            with job.lock:
                if job.status == IN_PROGRESS and not self.stopping() and job.finish(COMPLETED, self.clock.now()):
                    summary = job.skipped_summary()
                    if summary is not None:
                        logger.info("import %s completed: %s", job.id, summary)
        except Exception as exc:  # a bug here must not leave the import InProgress forever
            logger.exception("import %s failed inside the emulator", job.id)
            with job.lock:
                job.finish(
                    FAILED, self.clock.now(), f"internal emulator error: {type(exc).__name__}: {self._one_line(exc)}"
                )
        finally:
            self.store.release(job.id)

    def _fail(self, error: str) -> None:
        with self.job.lock:
            self.job.finish(FAILED, self.clock.now(), error)

    def _plan(self) -> list[_PlannedFile] | None:
        source = self.job.source
        try:
            namespaces = _namespace_files(source)
        except _Unreadable as exc:
            self._fail(str(exc))
            return None
        if not namespaces:
            self._fail(f"{source.uri} holds no namespace directories (one per namespace, __default__ included)")
            return None
        taken = self.store.reserve(list(namespaces), self.job.id)
        if taken is not None:
            self._fail(f"{taken}; an import writes only to empty namespaces")
            return None
        files = []
        for namespace, paths in namespaces.items():
            for path in paths:
                uri = source.uri_of(path)
                try:
                    rows, problem = pq.ParquetFile(path).metadata.num_rows, None
                except (pa.ArrowException, OSError) as exc:
                    rows, problem = 0, f"file {uri}: cannot be read as Parquet ({self._one_line(exc)})"
                files.append(_PlannedFile(namespace, path, uri, rows, problem))
        return files

    def _import_file(self, planned: _PlannedFile) -> bool:
        """Import one file; False once the job has ended (failed, cancelled) or the emulator is stopping."""
        row = 0
        try:
            if planned.problem is not None:
                raise _BadFile(planned.problem)
            parquet = pq.ParquetFile(planned.path)
            columns = _columns(parquet.schema_arrow, self.options.vector_type, planned.uri)
            chunk_size = self._chunk_size()
            for batch in parquet.iter_batches(batch_size=self.options.batch_size, columns=columns, use_threads=False):
                decoded = _decode(batch, self.options)
                for start in range(0, len(decoded), chunk_size):
                    if not self._write(planned, row + start, decoded[start : start + chunk_size]):
                        return False
                row += batch.num_rows
        except (_BadFile, pa.ArrowException, OSError) as exc:
            problem = str(exc) if isinstance(exc, _BadFile) else f"file {planned.uri}, row {row}: {self._one_line(exc)}"
            with self.job.lock:
                self.job.skipped_files += planned.problem is not None
                self.job.skipped_records += planned.rows - row
                if self.job.error_mode == "abort":
                    self.job.validated = True
                    self.job.finish(FAILED, self.clock.now(), problem)
                    return False
                self.job.note_problem(problem)
                self._processed(planned.rows - row)
        return True

    def _one_line(self, exc: BaseException) -> str:
        """The error on one line, with no host path in it: what the emulator answers reaches its clients."""
        text = " ".join(str(exc).split()) or type(exc).__name__
        return self.job.source.without_host_paths(text)

    def _processed(self, rows: int) -> None:
        """Count rows as done, imported or skipped. Call with the job's lock held."""
        job = self.job
        job.processed_rows += rows
        job.percent = min(100.0, 100.0 * job.processed_rows / job.total_rows) if job.total_rows else 0.0

    def _chunk_size(self) -> int:
        rate = self.options.records_per_second
        if rate is None:
            return self.options.batch_size
        # About 20 progress steps per second of throttled import.
        return max(1, min(self.options.batch_size, math.ceil(rate / 20)))

    def _write(self, planned: _PlannedFile, first_row: int, chunk: list[tuple[str, StoredRecord] | str]) -> bool:
        job = self.job
        rate = self.options.records_per_second
        if rate is not None:
            due = self._started_at + (job.processed_rows + len(chunk)) / rate
            self.clock.sleep(due - self.clock.monotonic(), job.wake)
        good: dict[str, StoredRecord] = {}
        bad: list[str] = []
        abort_problem = None
        processed = len(chunk)
        for offset, item in enumerate(chunk):
            if isinstance(item, str):
                problem = f"file {planned.uri}, row {first_row + offset}: {item}"
                if job.error_mode == "abort":
                    abort_problem, processed = problem, offset + 1
                    break
                bad.append(problem)
            else:
                good[item[0]] = item[1]

        def admit() -> bool:
            # Called with the store's lock held, so the job's lock is never held while waiting for the store
            # (a long query holds it): reading the import's status stays as fast as the job's lock.
            with job.lock:
                if job.status != IN_PROGRESS or self.stopping():
                    return False
                job.records += len(good)
                job.skipped_records += len(bad)
                for problem in bad:
                    job.note_problem(problem)
                self._processed(processed)
                if abort_problem is not None:
                    job.skipped_records += 1
                    job.validated = True
                    job.finish(FAILED, self.clock.now(), abort_problem)
                return True

        return self.store.upsert(planned.namespace, good, admit=admit) and abort_problem is None


def _namespace_files(source: Source) -> dict[str, list[Path]]:
    """The ``*.parquet`` files of each namespace directory of the source, by namespace."""
    if not source.path.is_dir():
        raise _Unreadable(f"{source.uri} is not a directory the emulator can read")
    namespaces: dict[str, list[Path]] = {}
    reading = source.uri
    try:
        for entry in sorted(source.path.iterdir()):
            reading = source.uri_of(entry)
            if not entry.is_dir():
                continue
            if not source.holds(entry):
                raise _Unreadable(f"{reading} links outside the emulator's bucket root")
            files = sorted(path for path in entry.iterdir() if path.is_file() and path.suffix == ".parquet")
            outside = next((path for path in files if not source.holds(path)), None)
            if outside is not None:
                raise _Unreadable(f"{source.uri_of(outside)} links outside the emulator's bucket root")
            namespaces[entry.name] = files
    except OSError as exc:  # an unreadable directory: named by its URI, never by the host's path
        raise _Unreadable(f"{reading} cannot be read: {exc.strerror or type(exc).__name__}") from None
    return namespaces


def _columns(schema: pa.Schema, vector_type: VectorType, uri: str) -> list[str]:
    """The columns to read, after checking their types; raises _BadFile naming the problem."""

    def column(name: str, required: bool, accepts: Callable[[pa.DataType], bool], expected: str) -> bool:
        if name not in schema.names:
            if required:
                raise _BadFile(f"file {uri}: missing column {name!r}")
            return False
        if not accepts(schema.field(name).type):
            raise _BadFile(f"file {uri}: column {name!r} must be {expected}, not {schema.field(name).type}")
        return True

    wanted = ["id"]
    column("id", True, _is_string, "a string")
    if vector_type == "dense" and column("values", True, _is_number_list, "a list of floats"):
        wanted.append("values")
    if column("sparse_values", vector_type == "sparse", _is_sparse, "a struct of indices and values"):
        wanted.append("sparse_values")
    if column("metadata", False, _is_string, "a JSON string"):
        wanted.append("metadata")
    return wanted


def _is_string(kind: pa.DataType) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _is_list_of(kind: pa.DataType, element: Callable[[pa.DataType], bool]) -> bool:
    is_list = pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind)
    return bool(is_list and element(kind.value_type))


def _is_number_list(kind: pa.DataType) -> bool:
    return _is_list_of(kind, lambda element: pa.types.is_floating(element) or pa.types.is_integer(element))


def _is_sparse(kind: pa.DataType) -> bool:
    if not pa.types.is_struct(kind):
        return False
    names = {kind.field(i).name: kind.field(i).type for i in range(kind.num_fields)}
    return (
        "indices" in names
        and "values" in names
        and _is_list_of(names["indices"], pa.types.is_integer)
        and _is_number_list(names["values"])
    )


def _decode(batch: pa.RecordBatch, options: ImportOptions) -> list[tuple[str, StoredRecord] | str]:
    """Each row as (id, record), or as the text of what is wrong with it."""
    names = batch.schema.names
    count = batch.num_rows
    problems: list[str | None] = [None] * count
    ids: list[str | None] = batch.column("id").to_pylist()
    for i, id_ in enumerate(ids):
        if not id_:
            problems[i] = "id is empty"
        elif len(id_) > MAX_ID_LENGTH:
            problems[i] = f"id is {len(id_)} characters long; the limit is {MAX_ID_LENGTH}"
    dense = _dense_values(batch.column("values"), options.dimension, problems) if "values" in names else None
    sparse = (
        _sparse_values(batch.column("sparse_values"), options.vector_type == "sparse", problems)
        if "sparse_values" in names
        else None
    )
    metadata = _metadata(batch.column("metadata"), problems) if "metadata" in names else None
    rows: list[tuple[str, StoredRecord] | str] = []
    for i in range(count):
        problem, id_ = problems[i], ids[i]
        if problem is not None or id_ is None:
            rows.append(problem or "id is empty")
            continue
        indices, weights = sparse[i] if sparse is not None else (None, None)
        record = StoredRecord(
            values=dense[i] if dense is not None else None,
            sparse_indices=indices,
            sparse_values=weights,
            metadata=metadata[i] if metadata is not None else None,
        )
        rows.append((id_, record))
    return rows


def _flag(problems: list[str | None], i: int, problem: str) -> None:
    if problems[i] is None:
        problems[i] = problem


def _dense_values(column: pa.Array, dimension: int, problems: list[str | None]) -> list[FloatArray | None]:
    """Each row's values as float32, views of the Arrow buffer when it is clean (the store copies them)."""
    column = column.cast(pa.list_(pa.float32()))
    packed: list[FloatArray | None] = [None] * len(column)
    flat = column.flatten()  # only non-null rows' values, slicing offset applied
    if len(flat) == 0 or flat.null_count or not pc.all(pc.is_finite(flat)).as_py():
        for i, row in enumerate(column.to_pylist()):
            if row is None:
                _flag(problems, i, "values is missing")
            elif any(value is None or not math.isfinite(value) for value in row):
                _flag(problems, i, "values holds a null, NaN or infinite number")
            elif len(row) != dimension:
                _flag(problems, i, f"values has {len(row)} numbers but the index dimension is {dimension}")
            else:
                packed[i] = np.array(row, np.float32)
        return packed
    data = flat.to_numpy(zero_copy_only=True)
    position = 0
    for i, length in enumerate(pc.list_value_length(column).to_pylist()):
        if length is None:
            _flag(problems, i, "values is missing")
            continue
        if length != dimension:
            _flag(problems, i, f"values has {length} numbers but the index dimension is {dimension}")
        else:
            packed[i] = data[position : position + length]
        position += length
    return packed


def _sparse_values(
    column: pa.Array, required: bool, problems: list[str | None]
) -> list[tuple[IndexArray, FloatArray] | tuple[None, None]]:
    decoded: list[tuple[IndexArray, FloatArray] | tuple[None, None]] = []
    for i, row in enumerate(column.to_pylist()):
        decoded.append((None, None))
        if row is None:
            if required:
                _flag(problems, i, "sparse_values is missing")
            continue
        indices, weights = row["indices"] or [], row["values"] or []
        if not indices or len(indices) != len(weights):
            _flag(problems, i, "sparse_values needs as many values as indices, and at least one")
        elif any(index is None or not 0 <= index <= _MAX_SPARSE_INDEX for index in indices):
            _flag(problems, i, f"sparse_values indices must be integers from 0 to {_MAX_SPARSE_INDEX}")
        elif len(set(indices)) != len(indices):
            _flag(problems, i, "sparse_values indices must be unique")
        elif any(weight is None or not math.isfinite(weight) for weight in weights):
            _flag(problems, i, "sparse_values values must be finite numbers")
        else:
            decoded[i] = (np.array(indices, np.int64), np.array(weights, np.float32))
    return decoded


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# NaN and Infinity are not JSON, and could not be answered in a fetch later.
_METADATA_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _metadata(column: pa.Array, problems: list[str | None]) -> list[Metadata | None]:
    texts: list[str | None] = column.to_pylist()
    parsed: list[Metadata | None] = [None] * len(texts)
    for i, text in enumerate(texts):
        if text is None:
            continue
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_METADATA_BYTES:
            _flag(problems, i, f"metadata is {size} bytes; the limit is {MAX_METADATA_BYTES}")
            continue
        try:
            value = _METADATA_DECODER.decode(text)
        except ValueError:
            _flag(problems, i, "metadata is not valid JSON")
            continue
        if not isinstance(value, dict):
            _flag(problems, i, f"metadata must be a JSON object, not {type(value).__name__}")
        else:
            parsed[i] = value
    return parsed
