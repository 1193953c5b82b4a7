"""The emulated index: records per namespace, in memory, shared by import workers and request handlers.

Each namespace keeps its dense values in one contiguous float32 array (grown in place by a quarter when
full, shrunk when under two thirds used: it stays within 1.5 times the values it holds, plus a few rows),
with an id -> row map. A delete moves the last row into the hole, so rows stay contiguous without
tombstones and a query scores the whole array in one matrix product. Metadata is kept parsed, one dict
per record, since filters read it for every record of a namespace.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

DEFAULT_NAMESPACE = "__default__"

Metric = Literal["cosine", "euclidean", "dotproduct"]
METRICS: tuple[Metric, ...] = ("cosine", "euclidean", "dotproduct")
Metadata = dict[str, Any]
Predicate = Callable[[Metadata | None], bool]
FloatArray = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.int64]

# Rows added on top of the quarter when an array grows, so that small namespaces do not regrow per write.
_SLACK_ROWS = 16


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """One record, as written and as read back. ``values`` is None on a sparse index."""

    values: FloatArray | None = None
    sparse_indices: IndexArray | None = None
    sparse_values: FloatArray | None = None
    metadata: Metadata | None = None


@dataclass(frozen=True, slots=True)
class Match:
    id: str
    score: float
    record: StoredRecord


class _Namespace:
    """One namespace's records. Not thread-safe: the store's lock guards it."""

    def __init__(self, dimension: int | None) -> None:
        self.dimension = dimension
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.values: FloatArray | None = None if dimension is None else np.empty((0, dimension), np.float32)
        self.norms: FloatArray = np.empty(0, np.float32)
        self.sparse: list[tuple[IndexArray, FloatArray] | None] = []
        self.metadata: list[Metadata | None] = []
        self._sorted: list[str] | None = None  # cache for listing, dropped when the set of ids changes
        # (indices, weights, row of each entry) of every sparse vector: cache for scoring, dropped on writes.
        self._csr: tuple[IndexArray, FloatArray, npt.NDArray[np.intp]] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def record(self, row: int) -> StoredRecord:
        sparse = self.sparse[row]
        return StoredRecord(
            values=None if self.values is None else self.values[row].copy(),
            sparse_indices=None if sparse is None else sparse[0],
            sparse_values=None if sparse is None else sparse[1],
            metadata=self.metadata[row],
        )

    def write(self, records: Mapping[str, StoredRecord]) -> None:
        rows = np.empty(len(records), np.intp)
        for position, (id_, record) in enumerate(records.items()):
            row = self.rows.get(id_)
            if row is None:
                row = len(self.ids)
                self.rows[id_] = row
                self.ids.append(id_)
                self.sparse.append(None)
                self.metadata.append(None)
                self._sorted = None
            rows[position] = row
            if record.sparse_indices is not None and record.sparse_values is not None:
                self.sparse[row] = (record.sparse_indices, record.sparse_values)
            else:
                self.sparse[row] = None
            self.metadata[row] = record.metadata
        self._csr = None
        if self.values is None:
            return
        self._fit(len(self.ids))
        dense = np.stack([record.values for record in records.values() if record.values is not None])
        if len(dense) != len(records):
            raise ValueError("every record of a dense index needs values")
        self.values[rows] = dense
        self.norms[rows] = np.sqrt(np.einsum("ij,ij->i", dense, dense, dtype=np.float64))

    def delete(self, rows: Iterable[int]) -> None:
        """Remove rows, moving the last row into each hole (highest first, so no hole is moved)."""
        for row in sorted(set(rows), reverse=True):
            last = len(self.ids) - 1
            del self.rows[self.ids[row]]
            if row != last:
                moved = self.ids[last]
                self.ids[row] = moved
                self.rows[moved] = row
                self.sparse[row] = self.sparse[last]
                self.metadata[row] = self.metadata[last]
                if self.values is not None:
                    self.values[row] = self.values[last]
                    self.norms[row] = self.norms[last]
            self.ids.pop()
            self.sparse.pop()
            self.metadata.pop()
        self._sorted = None
        self._csr = None
        if self.values is not None and len(self.values) > 1.5 * len(self.ids) + 4 * _SLACK_ROWS:
            self._resize(len(self.ids) + len(self.ids) // 4 + _SLACK_ROWS)

    def _fit(self, size: int) -> None:
        assert self.values is not None
        if size > len(self.values):
            self._resize(max(size, len(self.values) + len(self.values) // 4 + _SLACK_ROWS))

    def _resize(self, capacity: int) -> None:
        """Grow or shrink the arrays in place: realloc moves the pages (mremap on Linux) rather than copying
        them into a second array, so growing 300 MB of values never holds 300 MB twice.

        ``refcheck=False`` is safe because no view of these arrays outlives a call made under the store's lock.
        """
        assert self.values is not None
        assert self.dimension is not None
        self.values.resize((capacity, self.dimension), refcheck=False)
        self.norms.resize(capacity, refcheck=False)

    def sorted_ids(self) -> list[str]:
        if self._sorted is None:
            # UTF-8 preserves code point order, so str order is the API's bytewise (C collation) order.
            self._sorted = sorted(self.ids)
        return self._sorted

    def candidates(self, predicate: Predicate | None) -> npt.NDArray[np.intp] | None:
        """Rows passing the filter; None for every row (no filter)."""
        if predicate is None:
            return None
        return np.array([row for row, meta in enumerate(self.metadata) if predicate(meta)], np.intp)

    def dense_scores(self, query: FloatArray, metric: Metric, rows: npt.NDArray[np.intp] | None) -> FloatArray:
        assert self.values is not None
        size = len(self.ids)
        # Gathering the chosen rows copies them: past an eighth of the namespace, scoring every row in
        # place and keeping the chosen scores is faster.
        if rows is not None and len(rows) * 8 > size:
            return self.dense_scores(query, metric, None)[rows]
        values = self.values[:size] if rows is None else self.values[rows]
        norms = self.norms[:size] if rows is None else self.norms[rows]
        dots: FloatArray = values @ query
        if metric == "dotproduct":
            return dots
        query_norm = float(np.sqrt(np.dot(query.astype(np.float64), query)))
        if metric == "cosine":
            denominators = norms * np.float32(query_norm)
            # A zero vector is similar to nothing: score 0 rather than NaN.
            cosine: FloatArray = np.divide(dots, denominators, out=np.zeros_like(dots), where=denominators > 0)
            return cosine
        squared = norms.astype(np.float64) ** 2 - 2.0 * dots + query_norm**2
        return np.maximum(squared, 0.0).astype(np.float32)

    def sparse_scores(self, indices: IndexArray, weights: FloatArray, rows: npt.NDArray[np.intp] | None) -> FloatArray:
        """Dot products of the query's sparse vector with every row's (0 for a row without one)."""
        if self._csr is None:
            present = [(row, pair) for row, pair in enumerate(self.sparse) if pair is not None]
            if present:
                self._csr = (
                    np.concatenate([pair[0] for _, pair in present]).astype(np.int64),
                    np.concatenate([pair[1] for _, pair in present]).astype(np.float32),
                    np.repeat(np.array([row for row, _ in present], np.intp), [len(pair[0]) for _, pair in present]),
                )
            else:
                self._csr = (np.empty(0, np.int64), np.empty(0, np.float32), np.empty(0, np.intp))
        stored, stored_weights, owners = self._csr
        order = np.argsort(indices)
        sorted_indices, sorted_weights = indices[order], weights[order]
        positions = np.minimum(np.searchsorted(sorted_indices, stored), max(len(sorted_indices) - 1, 0))
        hits = sorted_indices[positions] == stored if len(sorted_indices) else np.zeros(len(stored), bool)
        contributions = np.where(hits, stored_weights * sorted_weights[positions], 0.0)
        scores = np.bincount(owners, weights=contributions, minlength=len(self.ids)).astype(np.float32)
        return scores if rows is None else scores[rows]


class VectorStore:
    def __init__(self, dimension: int | None = None) -> None:
        """``dimension`` of a dense index; None for a sparse index (records hold sparse values only)."""
        self.dimension = dimension
        self._lock = threading.Lock()
        self._namespaces: dict[str, _Namespace] = {}
        # Namespaces an import is writing to: namespace -> import id.
        self._reserved: dict[str, str] = {}

    def reserve(self, namespaces: list[str], import_id: str) -> str | None:
        """Claim empty namespaces for an import; returns the first one that is taken (and claims none)."""
        with self._lock:
            for name in namespaces:
                if self._count(name):
                    return f"namespace {name!r} already holds records"
                if name in self._reserved:
                    return f"namespace {name!r} is being written by import {self._reserved[name]}"
            for name in namespaces:
                self._reserved[name] = import_id
            return None

    def release(self, import_id: str) -> None:
        with self._lock:
            for name in [name for name, owner in self._reserved.items() if owner == import_id]:
                del self._reserved[name]

    def writer_of(self, namespace: str) -> str | None:
        with self._lock:
            return self._reserved.get(namespace)

    def upsert(
        self, namespace: str, records: Mapping[str, StoredRecord], *, admit: Callable[[], bool] | None = None
    ) -> bool:
        """Write the records; with ``admit``, only if it returns True when called under the store's lock.
        Returns whether they were written."""
        with self._lock:
            if admit is not None and not admit():
                return False
            if records:
                space = self._namespaces.get(namespace)
                if space is None:
                    space = self._namespaces[namespace] = _Namespace(self.dimension)
                space.write(records)
            return True

    def _count(self, namespace: str) -> int:
        space = self._namespaces.get(namespace)
        return 0 if space is None else len(space)

    def counts(self, predicate: Predicate | None = None) -> dict[str, int]:
        """Record count (of those matching ``predicate``) of every namespace that holds records, by name."""
        with self._lock:
            counts = {}
            for name, space in sorted(self._namespaces.items()):
                count = len(space) if predicate is None else sum(1 for meta in space.metadata if predicate(meta))
                if len(space):
                    counts[name] = count
            return counts

    def count(self, namespace: str) -> int:
        with self._lock:
            return self._count(namespace)

    def fetch(self, namespace: str, ids: list[str]) -> dict[str, StoredRecord]:
        with self._lock:
            space = self._namespaces.get(namespace)
            if space is None:
                return {}
            return {id_: space.record(space.rows[id_]) for id_ in ids if id_ in space.rows}

    def list_ids(self, namespace: str, prefix: str, after: str | None, limit: int) -> tuple[list[str], bool]:
        """Up to ``limit`` IDs with ``prefix`` after ``after``, in bytewise order; and whether more remain."""
        with self._lock:
            space = self._namespaces.get(namespace)
            ids = [] if space is None else space.sorted_ids()
        start = bisect.bisect_right(ids, after) if after is not None else 0
        start = max(start, bisect.bisect_left(ids, prefix))
        page: list[str] = []
        for id_ in ids[start:]:
            if not id_.startswith(prefix):
                return page, False
            if len(page) == limit:
                return page, True
            page.append(id_)
        return page, False

    def select(
        self, namespace: str, predicate: Predicate | None, after: str | None, limit: int
    ) -> tuple[dict[str, StoredRecord], bool]:
        """Up to ``limit`` records matching ``predicate`` with IDs after ``after``, in bytewise order of IDs."""
        with self._lock:
            space = self._namespaces.get(namespace)
            if space is None:
                return {}, False
            ids = space.sorted_ids()
            found: dict[str, StoredRecord] = {}
            for id_ in ids[bisect.bisect_right(ids, after) if after is not None else 0 :]:
                row = space.rows[id_]
                if predicate is None or predicate(space.metadata[row]):
                    if len(found) == limit:
                        return found, True
                    found[id_] = space.record(row)
            return found, False

    def delete_namespace(self, namespace: str) -> bool:
        with self._lock:
            return bool(self._namespaces.pop(namespace, None))

    def delete_ids(self, namespace: str, ids: Iterable[str]) -> None:
        with self._lock:
            space = self._namespaces.get(namespace)
            if space is not None:
                space.delete([space.rows[id_] for id_ in ids if id_ in space.rows])
                self._drop_if_empty(namespace)

    def delete_matching(self, namespace: str, predicate: Predicate) -> None:
        with self._lock:
            space = self._namespaces.get(namespace)
            if space is not None:
                space.delete(row for row, meta in enumerate(space.metadata) if predicate(meta))
                self._drop_if_empty(namespace)

    def _drop_if_empty(self, namespace: str) -> None:
        if not self._count(namespace):
            del self._namespaces[namespace]

    def update(
        self,
        namespace: str,
        predicate: Predicate | None,
        ids: list[str],
        change: Callable[[StoredRecord], StoredRecord],
    ) -> int:
        """Replace each chosen record (by ``ids``, or matching ``predicate``) with ``change(record)``.

        Every new record is made before any is written, so a ``change`` that raises changes nothing.
        Returns how many records were chosen.
        """
        with self._lock:
            space = self._namespaces.get(namespace)
            if space is None:
                return 0
            if predicate is None:
                rows = [space.rows[id_] for id_ in ids if id_ in space.rows]
            else:
                rows = [row for row, meta in enumerate(space.metadata) if predicate(meta)]
            changed = {space.ids[row]: change(space.record(row)) for row in rows}
            if changed:
                space.write(changed)
            return len(rows)

    def query(
        self,
        namespace: str,
        *,
        metric: Metric,
        top_k: int,
        dense: FloatArray | None = None,
        sparse: tuple[IndexArray, FloatArray] | None = None,
        predicate: Predicate | None = None,
    ) -> list[Match]:
        """The ``top_k`` records closest to the query, closest first: exact scores over the namespace.

        Scores are the metric's (cosine similarity, dot product, or squared Euclidean distance, where lower
        is closer); a sparse query adds its dot product with each record's sparse values.
        """
        with self._lock:
            space = self._namespaces.get(namespace)
            if space is None or not len(space):
                return []
            rows = space.candidates(predicate)
            count = len(space) if rows is None else len(rows)
            if count == 0:
                return []
            scores: FloatArray = np.zeros(count, np.float32)
            if dense is not None:
                scores = space.dense_scores(dense, metric, rows)
            if sparse is not None:
                scores = scores + space.sparse_scores(sparse[0], sparse[1], rows)
            keys = scores if metric == "euclidean" else -scores
            k = min(top_k, count)
            best = np.argpartition(keys, k - 1)[:k] if k < count else np.arange(count)
            best = best[np.argsort(keys[best], kind="stable")]
            chosen = best if rows is None else rows[best]
            return [
                Match(space.ids[row], float(scores[position]), space.record(row))
                for position, row in zip(best.tolist(), chosen.tolist(), strict=True)
            ]

    def vector_bytes(self) -> tuple[int, int]:
        """(bytes the dense arrays take, bytes the stored values need as float32): for the memory benchmark."""
        with self._lock:
            held = sum(space.values.nbytes for space in self._namespaces.values() if space.values is not None)
            needed = sum(len(space) * 4 * (self.dimension or 0) for space in self._namespaces.values())
            return held, needed
