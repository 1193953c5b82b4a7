"""What ``client.vectors.upsert_many`` does (:mod:`.vectors` has its two faces): any number of vectors, in
batches sent several at a time, nothing lost.

The input is read as a stream (an iterable of vectors, or a pandas DataFrame, a pyarrow Table, RecordBatch or
RecordBatchReader, or numpy arrays of ids and values, a chunk of rows at a time) and each vector is written as
JSON once, on its way into a batch. A batch closes at the spec's largest count or at the service's body size,
whichever comes first; at most ``concurrency`` batches are in flight, so memory is bounded by them, not by the
input. Each batch is one request under the client's retry policy (an upsert is idempotent by id, so it is sent
again after a lost answer too); a batch that still fails is recorded with its ids and error, and the caller
passes ``result.failed`` back to ``upsert_many`` to send those batches again.

The batching (:func:`batches`) and the tally (:class:`Tally`) are written once; the sync face runs batches in
threads and the async face in tasks. Loaded on the first call: the classes here cost start-up time.
"""

from __future__ import annotations

import importlib
import math
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

import orjson

from apiwire._core import OPERATION, json_body, json_dumps, parse_integer, unreadable_body

from .. import errors

if TYPE_CHECKING:
    import httpx

# The service refuses an upsert body over 2 MB (Pinecone's documented request limit, which the API documents do
# not state); 2,000,000 bytes is under it whether MB means 10^6 or 2^20.
MAX_REQUEST_BYTES = 2_000_000
# Rows of a DataFrame, a table or arrays turned into Python objects at a time: enough to fill a batch.
_CHUNK_ROWS = 1000
# A vector's keys, in either spelling -> its JSON names; any other key is refused, never dropped.
_WIRE_NAMES = {
    "id": "id",
    "values": "values",
    "sparse_values": "sparseValues",
    "sparseValues": "sparseValues",
    "metadata": "metadata",
}
_OPERATION = "upsert_vectors"


class _HasToDict(Protocol):
    """A generated ``Vector`` model of any API version."""

    def to_dict(self) -> dict[str, Any]: ...


class Tabular(Protocol):
    """A pandas DataFrame or a pyarrow Table, RecordBatch or RecordBatchReader (columns ``id``, ``values``,
    ``sparse_values``, ``metadata``): read a chunk of rows at a time."""

    @property
    def columns(self) -> Any: ...


class _ArrowLike(Protocol):
    @property
    def schema(self) -> Any: ...


# Tuples are (id, values) or (id, values, metadata); a list mixing both is a list of tuple[Any, ...] to a checker.
VectorLike: TypeAlias = "Mapping[str, Any] | _HasToDict | tuple[Any, ...]"
"""A vector: a dict of ``id``, ``values``, ``sparse_values`` (or ``sparseValues``) and ``metadata``; a generated
``Vector``; or a tuple ``(id, values)`` or ``(id, values, metadata)``."""
VectorSource: TypeAlias = "Iterable[VectorLike] | Iterable[FailedBatch] | Tabular | _ArrowLike"


@dataclass(frozen=True)
class FailedBatch:
    """A batch the client gave up on: its ids, the error of its last attempt, and its vectors as they were sent
    (pass ``result.failed`` to ``upsert_many`` to send them again)."""

    ids: tuple[str, ...]
    error: errors.ApiError
    namespace: str | None
    _body: bytes = field(repr=False)

    def __str__(self) -> str:
        return f"{len(self.ids)} vectors from {self.ids[0]!r} to {self.ids[-1]!r}: {self.error}"


@dataclass(frozen=True)
class UpsertProgress:
    """Where an ``upsert_many`` stands, after each batch: vectors written and failed, batches done, and the
    input's size when it is known (a DataFrame, a table or arrays)."""

    written: int
    failed: int
    batches: int
    total: int | None


@dataclass(frozen=True)
class UpsertResult:
    """What ``upsert_many`` did: ``written`` vectors (the server's ``upsertedCount``, summed) in ``batches``
    requests, and every batch that was not written, in input order."""

    written: int
    batches: int
    failed: tuple[FailedBatch, ...]

    @property
    def failed_ids(self) -> list[str]:
        """The ids of every vector not written, in input order."""
        return [id_ for batch in self.failed for id_ in batch.ids]

    @property
    def ok(self) -> bool:
        """Whether every batch was written."""
        return not self.failed

    def plus(self, other: UpsertResult) -> UpsertResult:
        """This run and ``other`` (a later one) as one result."""
        return UpsertResult(self.written + other.written, self.batches + other.batches, self.failed + other.failed)


@dataclass(frozen=True)
class Batch:
    """Vectors written as one request's JSON body, ready to send (and to send again)."""

    ids: tuple[str, ...]
    body: bytes
    namespace: str | None

    @classmethod
    def of(cls, ids: list[str], parts: list[bytes], namespace: str | None) -> Batch:
        """The batch of these vectors' JSON: joined once, here, so a batch in flight holds its body alone and
        not its pieces as well."""
        tail = b"]}" if namespace is None else b'],"namespace":' + json_dumps(namespace) + b"}"
        return cls(tuple(ids), b"".join((b'{"vectors":[', b",".join(parts), tail)), namespace)

    def request(self) -> dict[str, Any]:
        """The upsert request."""
        return {
            "method": "POST",
            "url": "/vectors/upsert",
            "content": self.body,
            "headers": {"Content-Type": "application/json"},
            "extensions": {OPERATION: _OPERATION},
        }


def _envelope_bytes(namespace: str | None) -> int:
    return len(Batch.of([], [], namespace).body)


def batches(encoded: Iterable[tuple[str, bytes] | Batch], namespace: str | None, max_count: int) -> Iterator[Batch]:
    """``(id, JSON)`` pairs grouped in input order into batches of at most ``max_count`` vectors and
    MAX_REQUEST_BYTES of body; a ready-made batch (one sent before) goes on as it is. A vector too large for
    any request is refused with its id."""
    envelope = _envelope_bytes(namespace)
    ids: list[str] = []
    parts: list[bytes] = []
    size = envelope
    for item in encoded:
        if isinstance(item, Batch):
            if parts:
                batch, ids, parts, size = Batch.of(ids, parts, namespace), [], [], envelope
                yield batch
            yield item
            continue
        id_, part = item
        grown = size + len(part) + (1 if parts else 0)  # and its comma
        if parts and (len(parts) >= max_count or grown > MAX_REQUEST_BYTES):
            # The pieces are let go before the batch is handed on: while it is in flight, only its body is held.
            batch, ids, parts, grown = Batch.of(ids, parts, namespace), [], [], envelope + len(part)
            yield batch
        if grown > MAX_REQUEST_BYTES:
            raise ValueError(
                f"vector {id_!r} is {len(part):,} bytes as JSON: over the service's {MAX_REQUEST_BYTES:,}-byte "
                "request limit on its own"
            )
        ids.append(id_)
        parts.append(part)
        size = grown
    if parts:
        yield Batch.of(ids, parts, namespace)


# ---------------------------------------------------------------- reading the input


def _vector_json(position: int, id_: Any, values: Any, sparse: Any, metadata: Any) -> tuple[str, bytes]:
    """One vector's ``(id, JSON)``; a clear error naming the vector when it cannot be one."""
    if not isinstance(id_, str) or not id_:
        raise ValueError(f"vector {position} has no id: expected a non-empty string, got {id_!r}")
    body: dict[str, Any] = {"id": id_}
    if values is not None:
        body["values"] = _contiguous(values)
    if sparse is not None:
        if not isinstance(sparse, Mapping) or "indices" not in sparse or "values" not in sparse:
            raise ValueError(f"vector {id_!r}: sparse values must be a mapping of 'indices' and 'values'")
        body["sparseValues"] = {"indices": _contiguous(sparse["indices"]), "values": _contiguous(sparse["values"])}
    if values is None and sparse is None:
        raise ValueError(f"vector {id_!r} has neither values nor sparse values")
    if isinstance(metadata, str):  # JSON text, as the import layout's Parquet files hold it
        try:
            metadata = orjson.loads(metadata)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"vector {id_!r}: metadata is not JSON ({exc})") from None
    if metadata is not None:
        if not isinstance(metadata, Mapping):
            raise ValueError(f"vector {id_!r}: metadata must be a mapping, got {type(metadata).__name__}")
        body["metadata"] = metadata
    try:
        return id_, json_dumps(body)
    except TypeError as exc:
        raise ValueError(f"vector {id_!r} cannot be written as JSON: {exc}") from None


def _contiguous(values: Any) -> Any:
    # orjson writes numpy arrays natively (float32 as float32, exactly), but only C-contiguous ones.
    flags = getattr(values, "flags", None)
    if flags is not None and not flags["C_CONTIGUOUS"]:
        return values.copy(order="C")
    return values


def _missing(value: Any) -> bool:
    """An absent optional cell: None, or the NaN pandas puts in an empty cell."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _from_item(position: int, item: Any) -> tuple[str, bytes]:
    if isinstance(item, Mapping):
        fields: dict[str, Any] = {}
        for key, value in item.items():
            name = _WIRE_NAMES.get(key)
            if name is None:
                raise ValueError(
                    f"vector {position} has a field {key!r}: a vector has id, values, sparse_values and metadata"
                )
            fields[name] = value
        return _vector_json(
            position, fields.get("id"), fields.get("values"), fields.get("sparseValues"), fields.get("metadata")
        )
    if isinstance(item, tuple) and len(item) in (2, 3):
        return _vector_json(position, item[0], item[1], None, item[2] if len(item) == 3 else None)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return _from_item(position, to_dict())
    raise TypeError(
        f"vector {position} is a {type(item).__name__}: "
        "expected a mapping, a Vector or a tuple (id, values[, metadata])"
    )


def _from_columns(
    first: int, ids: Sequence[Any], values: Sequence[Any] | None, sparse: Sequence[Any] | None, metadata: Any
) -> Iterator[tuple[str, bytes]]:
    for row, id_ in enumerate(ids):
        yield _vector_json(
            first + row,
            id_,
            None if values is None or _missing(values[row]) else values[row],
            None if sparse is None or _missing(sparse[row]) else sparse[row],
            None if metadata is None or _missing(metadata[row]) else metadata[row],
        )


def _from_frame(frame: Any) -> Iterator[tuple[str, bytes]]:
    """A DataFrame's rows, ``_CHUNK_ROWS`` at a time: never all of it as Python objects at once."""
    _check_columns(list(frame.columns))
    for start in range(0, len(frame), _CHUNK_ROWS):
        chunk = frame.iloc[start : start + _CHUNK_ROWS]
        column = {name: chunk[name].tolist() for name in chunk.columns}
        yield from _from_columns(
            start, column["id"], column.get("values"), column.get("sparse_values"), column.get("metadata")
        )


def _check_columns(names: Sequence[str]) -> None:
    unknown = [name for name in names if name not in ("id", "values", "sparse_values", "metadata")]
    if unknown or "id" not in names:
        raise ValueError(
            f"the columns are {names}: expected id and values or sparse_values, and metadata if any "
            f"({'unknown: ' + ', '.join(map(str, unknown)) if unknown else 'no id column'})"
        )


def _arrow_batches(source: Any) -> Iterator[Any]:
    if hasattr(source, "read_next_batch"):  # a RecordBatchReader: read as it streams
        yield from source
    elif hasattr(source, "to_batches"):  # a Table
        yield from source.to_batches(max_chunksize=_CHUNK_ROWS)
    else:  # a RecordBatch
        for start in range(0, source.num_rows, _CHUNK_ROWS):
            yield source.slice(start, _CHUNK_ROWS)


def _from_arrow(source: Any) -> Iterator[tuple[str, bytes]]:
    """A pyarrow source, one record batch at a time, in the import layout: ``values`` a list of floats (dense
    rows become numpy views, written as they are), ``sparse_values`` a struct of ``indices`` and ``values``,
    ``metadata`` a struct, a map or JSON text."""
    _check_columns(list(source.schema.names))
    first = 0
    for record_batch in _arrow_batches(source):
        for start in range(0, record_batch.num_rows, _CHUNK_ROWS):
            chunk = record_batch.slice(start, _CHUNK_ROWS)
            names = chunk.schema.names
            values = _arrow_dense(chunk.column("values")) if "values" in names else None
            sparse = chunk.column("sparse_values").to_pylist() if "sparse_values" in names else None
            metadata = _arrow_metadata(chunk.column("metadata")) if "metadata" in names else None
            yield from _from_columns(first, chunk.column("id").to_pylist(), values, sparse, metadata)
            first += chunk.num_rows


def _arrow_dense(column: Any) -> list[Any]:
    """Each row's values as a numpy view of the column (None where the row has none)."""
    import numpy as np
    import pyarrow.compute as pc

    lengths = pc.list_value_length(column).to_numpy(zero_copy_only=False)
    flat = column.flatten().to_numpy(zero_copy_only=False)
    present = ~np.isnan(lengths) if lengths.dtype.kind == "f" else np.ones(len(lengths), dtype=bool)
    ends = np.cumsum(np.where(present, lengths, 0)).astype(np.int64)
    starts = ends - np.where(present, lengths, 0).astype(np.int64)
    return [flat[s:e] if keep else None for s, e, keep in zip(starts, ends, present, strict=True)]


def _arrow_metadata(column: Any) -> list[Any]:
    import pyarrow as pa

    kind = column.type
    if pa.types.is_map(kind):
        return [None if pairs is None else dict(pairs) for pairs in column.to_pylist()]
    return list(column.to_pylist())


def _from_arrays(ids: Any, values: Any, sparse_values: Any, metadata: Any) -> Iterator[tuple[str, bytes]]:
    """Parallel arrays or sequences: ``ids[i]`` with ``values[i]`` (a row of a 2-D array) and the rest."""
    count = len(ids)
    for name, column in (("values", values), ("sparse_values", sparse_values), ("metadata", metadata)):
        if column is not None and len(column) != count:
            raise ValueError(f"{count} ids but {len(column)} {name}: one of each per vector")
    for start in range(0, count, _CHUNK_ROWS):
        stop = start + _CHUNK_ROWS
        chunk_ids = ids[start:stop]
        yield from _from_columns(
            start,
            chunk_ids.tolist() if hasattr(chunk_ids, "tolist") else list(chunk_ids),
            None if values is None else values[start:stop],
            None if sparse_values is None else sparse_values[start:stop],
            None if metadata is None else metadata[start:stop],
        )


@dataclass(frozen=True)
class Plan:
    """What to send: batches (made as they are read), and the tally they end in."""

    batches: Iterator[Batch]
    tally: Tally


def _batches_of(
    source: Any, *, ids: Any, values: Any, sparse_values: Any, metadata: Any, namespace: str | None, max_count: int
) -> tuple[Iterator[Batch], int | None]:
    if source is not None and ids is not None:
        raise TypeError("pass either the vectors or ids= with values=, not both")
    if ids is not None:
        return batches(_from_arrays(ids, values, sparse_values, metadata), namespace, max_count), len(ids)
    if values is not None or sparse_values is not None or metadata is not None:
        raise TypeError("values=, sparse_values= and metadata= go with ids=")
    if source is None:
        raise TypeError("upsert_many needs vectors, or ids= with values=")
    if hasattr(source, "iloc"):
        return batches(_from_frame(source), namespace, max_count), len(source)
    if hasattr(source, "schema") and (hasattr(source, "column") or hasattr(source, "read_next_batch")):
        total = getattr(source, "num_rows", None)
        return batches(_from_arrow(source), namespace, max_count), total
    if isinstance(source, str | bytes | Mapping) or not isinstance(source, Iterable):
        raise TypeError(
            f"upsert_many takes an iterable of vectors, a DataFrame, a pyarrow table or ids= with values=; "
            f"got {type(source).__name__}"
        )
    total = len(source) if isinstance(source, Sequence) else None
    return batches(_items(source), namespace, max_count), total


def _items(source: Iterable[Any]) -> Iterator[tuple[str, bytes] | Batch]:
    """Each vector's ``(id, JSON)``; the failed batches of an earlier result as the batches they were."""
    for position, item in enumerate(source):
        if isinstance(item, FailedBatch):
            yield Batch(item.ids, item._body, item.namespace)
        else:
            yield _from_item(position, item)


# ---------------------------------------------------------------- sending


class Tally:
    """Counts of a run, updated as batches end (from worker threads too), and the failed batches in order."""

    def __init__(self, total: int | None, on_progress: Callable[[UpsertProgress], object] | None) -> None:
        self._lock = threading.Lock()
        self._total = total
        self._on_progress = on_progress
        self.written = 0
        self.failed_count = 0
        self.batches = 0
        self._failed: list[tuple[int, FailedBatch]] = []

    def outcome(self, number: int, batch: Batch, outcome: int | errors.ApiError) -> None:
        """Batch ``number`` ended: written (the count the server gave), or failed with an error."""
        with self._lock:
            self.batches += 1
            if isinstance(outcome, errors.ApiError):
                self.failed_count += len(batch.ids)
                self._failed.append((number, FailedBatch(batch.ids, outcome, batch.namespace, batch.body)))
            else:
                self.written += outcome
            progress = UpsertProgress(self.written, self.failed_count, self.batches, self._total)
        if self._on_progress is not None:
            self._on_progress(progress)

    def result(self) -> UpsertResult:
        failed = tuple(batch for _, batch in sorted(self._failed, key=lambda pair: pair[0]))
        return UpsertResult(self.written, self.batches, failed)


def upserted_count(response: httpx.Response, sent: int) -> int:
    """The answer's ``upsertedCount`` (a number, or a decimal string as 64-bit counts may be); the batch's size
    when the answer does not say."""
    try:
        count = json_body(response).get("upsertedCount")
        return sent if count is None else parse_integer(count)
    except (ValueError, AttributeError) as exc:  # not JSON, not an object, not a count
        raise unreadable_body(response, exc) from None


def _max_count(resource: object) -> int:
    """The spec's largest batch, from the version's constraints on upsert's ``vectors``."""
    package = type(resource).__module__
    constraints = importlib.import_module(f"{package}._constraints").OPERATIONS[_OPERATION][1]["vectors"]
    return int(constraints.get("maxItems", constraints.get("maxLength", 1000)))


def plan(
    resource: object,
    source: Any,
    *,
    ids: Any,
    values: Any,
    sparse_values: Any,
    metadata: Any,
    namespace: str | None,
    batch_size: int | None,
    concurrency: int,
    on_progress: Callable[[UpsertProgress], object] | None,
) -> Plan:
    """The arguments of ``upsert_many`` checked, and the batches they make (read as they are sent)."""
    max_count = _max_count(resource)
    if batch_size is not None and not 1 <= batch_size <= max_count:
        raise ValueError(f"batch_size must be between 1 and {max_count} (the API's largest upsert), not {batch_size}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be 1 or more, not {concurrency}")
    made, total = _batches_of(
        source,
        ids=ids,
        values=values,
        sparse_values=sparse_values,
        metadata=metadata,
        namespace=namespace,
        max_count=batch_size or max_count,
    )
    return Plan(made, Tally(total, on_progress))
