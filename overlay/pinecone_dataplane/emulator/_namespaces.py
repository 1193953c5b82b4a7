"""Namespaces made by ``POST /namespaces``, and the metadata schema each may carry.

A namespace comes into being when records are first written to it, or when it is created; a created one
exists, empty, until it is deleted. With a schema, only the fields it lists are indexed for filtering,
so a filter that names any other field is refused (400) rather than matching nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from ._http import ApiProblem
from ._store import DEFAULT_NAMESPACE

# CreateNamespaceRequest's limits (2026-07 states them; the service holds every version to them).
MAX_NAME_LENGTH = 512
MAX_SCHEMA_FIELDS = 50

# A namespace's indexed fields: None when it has no schema (every field is indexed).
Indexed = frozenset[str] | None


class NamespaceCatalog:
    """The created namespaces and their schemas; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._created: dict[str, Indexed] = {}

    def create(self, name: str, indexed: Indexed, *, holds_records: bool) -> None:
        """Add a namespace; 409 when one of that name exists (``__default__`` always does)."""
        with self._lock:
            if name == DEFAULT_NAMESPACE or holds_records or name in self._created:
                raise ApiProblem(409, f"namespace {name!r} already exists")
            self._created[name] = indexed

    def created(self) -> dict[str, Indexed]:
        with self._lock:
            return dict(self._created)

    def indexed(self, name: str) -> Indexed:
        with self._lock:
            return self._created.get(name)

    def exists(self, name: str) -> bool:
        with self._lock:
            return name in self._created

    def forget(self, name: str) -> bool:
        """Drop a created namespace; whether there was one."""
        with self._lock:
            if name not in self._created:
                return False
            del self._created[name]
            return True


def namespace_name(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ApiProblem(400, "name is required: a namespace name of 1 to 512 ASCII characters")
    if len(value) > MAX_NAME_LENGTH or not value.isascii() or "\x00" in value:
        raise ApiProblem(400, f"name must be 1 to {MAX_NAME_LENGTH} ASCII characters without NUL, not {value[:40]!r}")
    return value


def metadata_schema(value: Any) -> Indexed:
    """The fields a CreateNamespaceRequest's ``schema`` indexes; None without a schema."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ApiProblem(400, 'schema must be an object such as {"fields": {"genre": {"filterable": true}}}')
    fields = value.get("fields")
    if not isinstance(fields, dict):
        raise ApiProblem(400, "schema.fields is required: an object keyed by metadata field name")
    if len(fields) > MAX_SCHEMA_FIELDS:
        raise ApiProblem(400, f"schema.fields holds {len(fields)} fields; the limit is {MAX_SCHEMA_FIELDS}")
    for name, setting in fields.items():
        where = f"schema.fields.{name}"
        if not name or name.startswith("$"):
            raise ApiProblem(400, f"{where}: a field name is not empty and does not start with '$'")
        if not isinstance(setting, dict) or "filterable" not in setting:
            raise ApiProblem(400, f'{where} must be {{"filterable": true}}')
        if setting["filterable"] is not True:
            raise ApiProblem(400, f"{where}.filterable must be true: leave a field out to keep it unindexed")
    return frozenset(fields)


def schema_body(indexed: Indexed) -> dict[str, Any]:
    """NamespaceDescription's ``schema`` and ``indexed_fields`` for a namespace with a schema (else nothing)."""
    if indexed is None:
        return {}
    return {
        "schema": {"fields": {name: {"filterable": True} for name in sorted(indexed)}},
        "indexed_fields": {"fields": sorted(indexed)},
    }


def filter_fields(spec: Any) -> set[str]:
    """The metadata fields a (well-formed) filter names, inside ``$and``/``$or`` too."""
    found: set[str] = set()
    if not isinstance(spec, Mapping):
        return found
    for key, value in spec.items():
        if key in ("$and", "$or") and isinstance(value, list):
            for part in value:
                found |= filter_fields(part)
        elif not key.startswith("$"):
            found.add(key)
    return found


def check_indexed(spec: Any, indexed: Indexed, namespace: str, where: str) -> None:
    """400 for a filter naming a field the namespace's schema leaves unindexed."""
    if indexed is None or spec is None:
        return
    unindexed = sorted(filter_fields(spec) - indexed)
    if unindexed:
        listed = ", ".join(sorted(indexed)) or "none"
        raise ApiProblem(
            400,
            f"{where} names {', '.join(map(repr, unindexed))}, which namespace {namespace!r} does not index "
            f"(its schema indexes: {listed})",
        )
