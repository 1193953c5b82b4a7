"""The vector data plane's rules: what a request may hold, with the limits the specs state, and the shapes
of records in answers.

Every limit broken is a 400 whose message names the limit. Parsing is strict about JSON types (a number
is no string, a boolean no number), as the service's protobuf decoding is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ._filters import FilterError, compile_filter
from ._http import ApiProblem
from ._imports import MAX_ID_LENGTH, MAX_METADATA_BYTES
from ._store import FloatArray, IndexArray, Match, Metadata, Metric, Predicate, StoredRecord

# From the specs: QueryRequest.topK, UpsertRequest.vectors, DeleteRequest.ids, SparseValues, Vector.id,
# SearchRecordsRequest.fields. The service holds fetch to the same 1000 IDs as delete.
MAX_TOP_K = 10_000
MAX_VECTORS_PER_UPSERT = 1000
MAX_IDS = 1000
MAX_SPARSE_ENTRIES = 1000
MAX_SEARCH_FIELDS = 100
_MAX_SPARSE_INDEX = 2**32 - 1
_FLOAT32_MAX = float(np.finfo(np.float32).max)

# Reads a request field by its spec name or its snake_case twin (the app's ``_field``).
Getter = Callable[[dict[str, Any], str], Any]


@dataclass(frozen=True)
class Index:
    """The emulated index, as the data plane's rules need it."""

    dimension: int | None  # None: a sparse index
    metric: Metric

    @property
    def sparse(self) -> bool:
        return self.dimension is None


def bad(message: str) -> ApiProblem:
    return ApiProblem(400, message)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(type(value), "a number")


def string(value: Any, where: str, *, max_length: int | None = None) -> str:
    if not isinstance(value, str):
        raise bad(f"{where} must be a string, not {_kind(value)}")
    if max_length is not None and len(value) > max_length:
        raise bad(f"{where} is {len(value)} characters long; the limit is {max_length}")
    return value


def boolean(value: Any, where: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise bad(f"{where} must be true or false, not {_kind(value)}")
    return value


def integer(value: Any, where: str, *, minimum: int, maximum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise bad(f"{where} must be an integer, not {_kind(value)}")
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
        raise bad(f"{where} must be {bounds}, not {value}")
    return value


def record_id(value: Any, where: str) -> str:
    text = string(value, where, max_length=MAX_ID_LENGTH)
    if not text:
        raise bad(f"{where} must not be empty")
    return text


def ids(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise bad(f"{where} must be an array of record IDs, not {_kind(value)}")
    if len(value) > MAX_IDS:
        raise bad(f"{where} holds {len(value)} IDs; the limit is {MAX_IDS} per request")
    return [string(item, f"{where}[{index}]") for index, item in enumerate(value)]


def dense_values(value: Any, where: str, dimension: int) -> FloatArray:
    if not isinstance(value, list):
        raise bad(f"{where} must be an array of numbers, not {_kind(value)}")
    # One C pass infers the type of the whole list: strings, nulls, objects and all-boolean lists show
    # up in the dtype, where a Python loop over a 1536-number list per vector would cost more than the
    # rest of the upsert.
    try:
        array = np.array(value)
    except ValueError:
        raise bad(f"{where} must be an array of numbers") from None
    if array.ndim != 1 or array.dtype.kind not in "iuf":
        raise bad(f"{where} must be an array of numbers")
    if len(array) != dimension:
        raise bad(f"{where} has {len(array)} numbers but the index dimension is {dimension}")
    if not np.all(np.isfinite(array)) or (len(array) and float(np.max(np.abs(array))) > _FLOAT32_MAX):
        raise bad(f"{where} must hold finite float32 numbers")
    return array.astype(np.float32)


def sparse_values(value: Any, where: str) -> tuple[IndexArray, FloatArray]:
    if not isinstance(value, dict):
        raise bad(f"{where} must be an object with indices and values, not {_kind(value)}")
    indices, weights = value.get("indices"), value.get("values")
    if not isinstance(indices, list) or not isinstance(weights, list):
        raise bad(f"{where} needs indices and values, two arrays")
    if len(indices) != len(weights) or not indices:
        raise bad(f"{where} needs as many values as indices, and at least one")
    if len(indices) > MAX_SPARSE_ENTRIES:
        raise bad(f"{where} holds {len(indices)} entries; the limit is {MAX_SPARSE_ENTRIES}")
    if not all(isinstance(index, int) and not isinstance(index, bool) for index in indices):
        raise bad(f"{where}.indices must be integers")
    if not all(0 <= index <= _MAX_SPARSE_INDEX for index in indices):
        raise bad(f"{where}.indices must be from 0 to {_MAX_SPARSE_INDEX}")
    if len(set(indices)) != len(indices):
        raise bad(f"{where}.indices must be unique")
    if not all(_is_number(weight) and abs(weight) <= _FLOAT32_MAX for weight in weights):
        raise bad(f"{where}.values must be finite float32 numbers")
    return np.array(indices, np.int64), np.array(weights, np.float32)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def metadata(value: Any, where: str) -> Metadata:
    if not isinstance(value, dict):
        raise bad(f"{where} must be an object, not {_kind(value)}")
    for key, item in value.items():
        if isinstance(item, list):
            if not all(isinstance(element, str) for element in item):
                raise bad(f"{where}.{key} must be a string, number, boolean or array of strings")
        elif not (isinstance(item, str | bool) or _is_number(item)):
            raise bad(f"{where}.{key} must be a string, number, boolean or array of strings, not {_kind(item)}")
    size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass"))
    if size > MAX_METADATA_BYTES:
        raise bad(f"{where} is {size} bytes; the limit is {MAX_METADATA_BYTES} bytes of metadata per record")
    return value


def metadata_filter(value: Any, where: str) -> Predicate | None:
    if value is None:
        return None
    try:
        return compile_filter(value, where)
    except FilterError as exc:
        raise bad(str(exc)) from None


def vector(item: Any, where: str, index: Index, get: Getter) -> tuple[str, StoredRecord]:
    """One Vector of an upsert."""
    if not isinstance(item, dict):
        raise bad(f"{where} must be an object, not {_kind(item)}")
    id_ = record_id(item.get("id"), f"{where}.id")
    values, sparse = item.get("values"), get(item, "sparseValues")
    dense = None
    if index.dimension is not None:
        if values is None:
            raise bad(f"{where}.values is required on a dense index")
        dense = dense_values(values, f"{where}.values", index.dimension)
    elif values not in (None, []):
        raise bad(f"{where}.values must be empty on a sparse index; give sparseValues")
    pair = None
    if sparse is not None:
        if index.dimension is not None and index.metric != "dotproduct":
            raise bad(f"{where}.sparseValues needs an index with the dotproduct metric, not {index.metric}")
        pair = sparse_values(sparse, f"{where}.sparseValues")
    elif index.sparse:
        raise bad(f"{where}.sparseValues is required on a sparse index")
    meta = item.get("metadata")
    return id_, StoredRecord(
        values=dense,
        sparse_indices=None if pair is None else pair[0],
        sparse_values=None if pair is None else pair[1],
        metadata=None if meta is None else metadata(meta, f"{where}.metadata"),
    )


def vector_body(id_: str, record: StoredRecord) -> dict[str, Any]:
    """A Vector in a fetch answer."""
    body: dict[str, Any] = {"id": id_, "values": [] if record.values is None else record.values.tolist()}
    if record.sparse_indices is not None and record.sparse_values is not None:
        body["sparseValues"] = {"indices": record.sparse_indices.tolist(), "values": record.sparse_values.tolist()}
    if record.metadata is not None:
        body["metadata"] = record.metadata
    return body


def scored_body(match: Match, *, include_values: bool, include_metadata: bool) -> dict[str, Any]:
    """A ScoredVector in a query answer."""
    body: dict[str, Any] = {"id": match.id, "score": match.score}
    record = match.record
    if include_values:
        body["values"] = [] if record.values is None else record.values.tolist()
        if record.sparse_indices is not None and record.sparse_values is not None:
            body["sparseValues"] = {
                "indices": record.sparse_indices.tolist(),
                "values": record.sparse_values.tolist(),
            }
    if include_metadata and record.metadata is not None:
        body["metadata"] = record.metadata
    return body


def hit_body(match: Match, fields: list[str] | None) -> dict[str, Any]:
    """A Hit in a search answer: the record's fields (its metadata), all of them or those asked for."""
    stored = match.record.metadata or {}
    chosen = stored if fields is None else {name: stored[name] for name in fields if name in stored}
    return {"_id": match.id, "_score": match.score, "fields": chosen}


def with_metadata(record: StoredRecord, changes: Metadata, where: str) -> StoredRecord:
    """The record with ``changes`` set in its metadata, checked against the metadata size limit."""
    merged = metadata({**(record.metadata or {}), **changes}, where)
    return StoredRecord(record.values, record.sparse_indices, record.sparse_values, merged)
