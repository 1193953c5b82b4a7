"""The emulated index: records per namespace, in memory, shared by import workers and request handlers."""

from __future__ import annotations

import bisect
import threading
from array import array
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_NAMESPACE = "__default__"


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """One record. Values are packed float32 (4 bytes each, not a Python float per value) and metadata is
    kept as the validated JSON text: a few hundred thousand records cost tens of megabytes, not hundreds.
    """

    values: bytes
    sparse_indices: tuple[int, ...] | None = None
    sparse_values: tuple[float, ...] | None = None
    metadata: str | None = None

    def dense_values(self) -> list[float]:
        packed = array("f")
        packed.frombytes(self.values)
        return packed.tolist()


class VectorStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._namespaces: dict[str, dict[str, StoredRecord]] = {}
        self._sorted_ids: dict[str, list[str]] = {}  # cache for listing, dropped on every write
        # Namespaces an import is writing to: namespace -> import id.
        self._reserved: dict[str, str] = {}

    def reserve(self, namespaces: list[str], import_id: str) -> str | None:
        """Claim empty namespaces for an import; returns the first one that is taken (and claims none)."""
        with self._lock:
            for name in namespaces:
                if self._namespaces.get(name):
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

    def upsert(self, namespace: str, records: Mapping[str, StoredRecord]) -> None:
        if not records:
            return
        with self._lock:
            self._namespaces.setdefault(namespace, {}).update(records)
            self._sorted_ids.pop(namespace, None)

    def counts(self) -> dict[str, int]:
        """Record count of every namespace that holds records, by name."""
        with self._lock:
            return {name: len(records) for name, records in sorted(self._namespaces.items()) if records}

    def count(self, namespace: str) -> int:
        with self._lock:
            return len(self._namespaces.get(namespace, ()))

    def fetch(self, namespace: str, ids: list[str]) -> dict[str, StoredRecord]:
        with self._lock:
            records = self._namespaces.get(namespace, {})
            return {id_: records[id_] for id_ in ids if id_ in records}

    def list_ids(self, namespace: str, prefix: str, after: str | None, limit: int) -> tuple[list[str], bool]:
        """Up to ``limit`` IDs with ``prefix`` after ``after``, in bytewise order; and whether more remain."""
        with self._lock:
            ids = self._sorted_ids.get(namespace)
            if ids is None:
                # UTF-8 preserves code point order, so str order is the API's bytewise (C collation) order.
                ids = sorted(self._namespaces.get(namespace, {}))
                self._sorted_ids[namespace] = ids
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

    def delete_namespace(self, namespace: str) -> bool:
        with self._lock:
            self._sorted_ids.pop(namespace, None)
            return bool(self._namespaces.pop(namespace, None))
