"""Python level: the public surfaces of two packages compared (``apiwire._public_api`` reads them).

A generated version package carries its surface (written by ``make generate``), used while it matches the
package's files; any other package's surface is read from its source and kept in the user's cache by the
content of its files (see ``_cache``), so comparing them again reads no source either.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from apiwire import _public_api
from apiwire._public_api import Entry, Parameter

if TYPE_CHECKING:
    from apiwire._source_reader import Reader

from . import _cache
from ._report import Change

_POSITIONAL = ("positional-only", "positional or keyword")


def _code(text: str | None) -> str:
    return "(none)" if text is None else f"`{text}`"


def _source(package: str) -> _public_api.Source:
    # Searched for where it is: in a checkout the version packages sit apart from the rest of
    # pinecone_dataplane (in generated/), where a search of sys.path would not look.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise TypeError(f"{package} is not a package")
    return _public_api.read_source(package, next(iter(spec.submodule_search_locations)))


def _cached(found: _public_api.Source, reader: Reader, cache: _cache.Cache) -> dict[str, Entry]:
    """The surface read from the source, or from the cache when these files were read before."""
    # ast.unparse's spelling may differ between Python versions, so the version is part of the key.
    key = _public_api.digest(f"{sys.version_info[0]}.{sys.version_info[1]}", found.key)
    cached = _public_api.entries_from_json(cache.load("surface", key))
    if cached is not None:
        return cached
    from apiwire._source_reader import read

    entries = read(found, reader)
    cache.store("surface", key, entries)  # JSON writes the named tuples as lists, which from_json reads
    return entries


def surfaces(old_package: str, new_package: str, *, cache: _cache.Cache) -> tuple[dict[str, Entry], dict[str, Entry]]:
    """The public surfaces of two importable packages (read, never imported).

    The surfaces the packages carry are taken only when both do, so that both were read by the same Python.
    """
    old, new = _source(old_package), _source(new_package)
    carried = _public_api.published(old), _public_api.published(new)
    if carried[0] is not None and carried[1] is not None:
        return carried[0], carried[1]
    from apiwire._source_reader import Reader

    reader = Reader()
    return _cached(old, reader, cache), _cached(new, reader, cache)


def _changes(old: dict[str, Entry], new: dict[str, Entry]) -> Iterator[Change]:
    removed, added = old.keys() - new.keys(), new.keys() - old.keys()

    def inside(path: str, paths: set[str]) -> bool:
        parts = path.split(".")
        return any(".".join(parts[:end]) in paths for end in range(1, len(parts)))

    # Members of something added or removed are implied by it.
    for path in sorted(p for p in removed if not inside(p, removed)):
        reason = "code reading it fails" if old[path].kind == "attribute" else "imports and uses of it fail"
        yield Change("python", f"{old[path].kind}-removed", path, f"{old[path].kind} removed", True, reason)
    for path in sorted(p for p in added if not inside(p, added)):
        yield Change(
            "python",
            f"{new[path].kind}-added",
            path,
            f"{new[path].kind} added",
            False,
            "existing code is unaffected",
        )
    for path in sorted(old.keys() & new.keys()):
        yield from _entry_changes(path, old[path], new[path])


def _entry_changes(path: str, old: Entry, new: Entry) -> Iterator[Change]:
    if old.kind != new.kind:
        yield Change("python", "kind-changed", path, f"{old.kind} → {new.kind}", True, "uses of the old kind fail")
        return
    if old.bases != new.bases:
        summary = f"bases ({', '.join(old.bases)}) → ({', '.join(new.bases)})"
        yield Change("python", "bases-changed", path, summary, True, "isinstance checks and inherited members change")
    if old.annotation != new.annotation:
        what = "return type" if old.kind == "function" else "type"
        summary = f"{what} `{old.annotation}` → `{new.annotation}`"
        yield Change("python", "type-changed", path, summary, True, "code relying on the old type breaks")
    if old.value != new.value:
        what = "target" if old.kind == "alias" else "value"
        summary = _mapping_change(old.value, new.value) or f"{what} {_code(old.value)} → {_code(new.value)}"
        yield Change("python", "value-changed", path, summary, False, "the same name now holds another value")
    if old.kind == "function":
        yield from _parameter_changes(path, old.parameters, new.parameters)


def _parameter_changes(function: str, old: tuple[Parameter, ...], new: tuple[Parameter, ...]) -> Iterator[Change]:
    before, after = {p.name: p for p in old}, {p.name: p for p in new}
    where = (function,)
    for name in sorted(before.keys() - after.keys()):
        yield Change("python", "parameter-removed", name, "parameter removed", True, "calls passing it fail", where)
    for name in sorted(after.keys() - before.keys()):
        parameter = after[name]
        summary = f"parameter added: `{parameter.describe()}`"
        if parameter.required:
            yield Change("python", "parameter-added", name, summary, True, "calls without it fail", where)
        else:
            yield Change("python", "parameter-added", name, summary, False, "existing calls are unaffected", where)
    positions = {p.name: i for i, p in enumerate(old) if p.kind in _POSITIONAL}
    new_positions = {p.name: i for i, p in enumerate(new) if p.kind in _POSITIONAL}
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        if was.kind != now.kind or positions.get(name) != new_positions.get(name):
            summary = f"parameter {was.kind} → {now.kind}"
            if was.kind == now.kind:
                summary = f"parameter moved from position {positions[name] + 1} to {new_positions[name] + 1}"
            yield Change("python", "parameter-moved", name, summary, True, "calls passing it the old way fail", where)
        if was.annotation != now.annotation:
            summary = f"parameter type `{was.annotation}` → `{now.annotation}`"
            yield Change(
                "python",
                "parameter-type-changed",
                name,
                summary,
                True,
                "callers passing the old type break",
                where,
            )
        if was.required != now.required:
            if now.required:
                yield Change(
                    "python",
                    "now-required",
                    name,
                    "parameter now required",
                    True,
                    "calls without it fail",
                    where,
                )
            else:
                yield Change(
                    "python",
                    "now-optional",
                    name,
                    f"parameter now optional (= {now.default})",
                    False,
                    "existing calls still work",
                    where,
                )
        elif was.default != now.default:
            summary = f"parameter default `{was.default}` → `{now.default}`"
            yield Change(
                "python",
                "default-changed",
                name,
                summary,
                False,
                "calls that omit it send the new value",
                where,
            )


def compare_packages(old_package: str, new_package: str, *, cache: bool = True) -> list[Change]:
    """The differences between the public surfaces of two importable packages (read, not imported).

    ``cache``: keep each surface in the user's cache, by the content of the files it was read from.
    """
    store = _cache.Cache(_cache.default_directory() if cache else None)
    return list(_changes(*surfaces(old_package, new_package, cache=store)))


def _mapping_change(old: str | None, new: str | None) -> str | None:
    """What changed between two dict literals, key by key (``OPERATIONS``), rather than both in full."""
    import ast

    try:
        before, after = ast.literal_eval(old or ""), ast.literal_eval(new or "")
    except (ValueError, SyntaxError):
        return None
    if not isinstance(before, dict) or not isinstance(after, dict):
        return None
    parts = [
        f"{label} {', '.join(f'`{key}`' for key in keys)}"
        for label, keys in (
            ("keys added:", sorted(after.keys() - before.keys(), key=str)),
            ("keys removed:", sorted(before.keys() - after.keys(), key=str)),
            ("values changed:", sorted((k for k in before.keys() & after.keys() if before[k] != after[k]), key=str)),
        )
        if keys
    ]
    return "; ".join(parts) or None
