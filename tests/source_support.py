"""Import-source tables for the source tests: clean ones, and the same with one planted defect."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

DIMENSION = 4
ROWS = 10
BAD_ROW = 7


def dense_columns(count: int = ROWS, *, prefix: str = "r", dimension: int = DIMENSION) -> dict[str, Any]:
    return {
        "id": [f"{prefix}{n}" for n in range(count)],
        "values": [[0.25 * (n % 4)] * dimension for n in range(count)],
        "metadata": [json.dumps({"n": n}) for n in range(count)],
    }


def sparse_columns(count: int = ROWS, *, prefix: str = "s") -> dict[str, Any]:
    return {
        "id": [f"{prefix}{n}" for n in range(count)],
        "sparse_values": [{"indices": [n, n + 10], "values": [0.5, 1.5]} for n in range(count)],
    }


DENSE_SCHEMA = pa.schema([("id", pa.string()), ("values", pa.list_(pa.float32())), ("metadata", pa.string())])
SPARSE_TYPE = pa.struct([("indices", pa.list_(pa.uint32())), ("values", pa.list_(pa.float32()))])
SPARSE_SCHEMA = pa.schema([("id", pa.string()), ("sparse_values", SPARSE_TYPE)])


def table(columns: dict[str, Any], schema: pa.Schema = DENSE_SCHEMA) -> pa.Table:
    return pa.table(columns, schema=schema)


def parquet_bytes(data: pa.Table, **options: Any) -> bytes:
    sink = io.BytesIO()
    pq.write_table(data, sink, **options)
    return sink.getvalue()


@dataclass(frozen=True)
class Defect:
    """One planted defect: what a report must call it, and how to plant it at BAD_ROW of a clean table."""

    kind: str
    plant: Callable[[dict[str, Any]], None]
    sparse: bool = False
    duplicate_of: int | None = None  # the row a duplicate id repeats

    def table(self) -> pa.Table:
        columns = sparse_columns() if self.sparse else dense_columns()
        self.plant(columns)
        return table(columns, SPARSE_SCHEMA if self.sparse else DENSE_SCHEMA)


def _set(column: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def plant(columns: dict[str, Any]) -> None:
        columns[column][BAD_ROW] = value

    return plant


def _sparse(indices: list[Any], values: list[Any]) -> Callable[[dict[str, Any]], None]:
    return _set("sparse_values", {"indices": indices, "values": values})


def _repeat_id(columns: dict[str, Any]) -> None:
    columns["id"][BAD_ROW] = columns["id"][2]


ROW_DEFECTS = [
    Defect("null_id", _set("id", None)),
    Defect("empty_id", _set("id", "")),
    Defect("id_too_long", _set("id", "x" * 513)),
    Defect("duplicate_id", _repeat_id, duplicate_of=2),
    Defect("missing_values", _set("values", None)),
    Defect("wrong_dimension", _set("values", [0.5] * (DIMENSION + 1))),
    Defect("wrong_dimension", _set("values", [])),
    Defect("non_finite_value", _set("values", [0.5, float("nan"), 0.5, 0.5])),
    Defect("non_finite_value", _set("values", [0.5, float("inf"), 0.5, 0.5])),
    Defect("non_finite_value", _set("values", [0.5, None, 0.5, 0.5])),
    Defect("metadata_not_json", _set("metadata", "{not json")),
    Defect("metadata_not_json", _set("metadata", '{"x": NaN}')),
    Defect("metadata_not_object", _set("metadata", "[1, 2]")),
    Defect("metadata_too_large", _set("metadata", json.dumps({"t": "x" * (40 * 1024)}))),
    Defect("missing_values", _set("sparse_values", None), sparse=True),
    Defect("bad_sparse_values", _sparse([1, 2], [0.5]), sparse=True),
    Defect("bad_sparse_values", _sparse([], []), sparse=True),
    Defect("bad_sparse_values", _sparse([3, 3], [0.5, 0.5]), sparse=True),
    Defect("non_finite_value", _sparse([1, 2], [0.5, float("nan")]), sparse=True),
]
