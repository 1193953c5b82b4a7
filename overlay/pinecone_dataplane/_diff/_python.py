"""Python level: the public surface of two generated packages, read statically with griffe.

Each public object is named by the shortest path a user imports it from: a model defined in
``models/import_model.py`` and re-exported by ``models/__init__.py`` is ``models.ImportModel``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._extra import require
from ._report import Change

if TYPE_CHECKING:
    import griffe

_VARIADIC = ("var-positional", "var-keyword")
_POSITIONAL = ("positional-only", "positional or keyword")


@dataclass(frozen=True)
class _Parameter:
    name: str
    kind: str
    annotation: str | None
    default: str | None

    @property
    def required(self) -> bool:
        return self.default is None and self.kind not in _VARIADIC

    def describe(self) -> str:
        text = f"{self.name}: {self.annotation}" if self.annotation else self.name
        return text if self.default is None else f"{text} = {self.default}"


@dataclass(frozen=True)
class _Entry:
    kind: str  # module, class, function, attribute or alias
    annotation: str | None = None  # attribute type, or function return type
    value: str | None = None  # attribute value, or alias target
    bases: tuple[str, ...] = ()
    parameters: tuple[_Parameter, ...] = ()


def _is_type_variable(member: Any) -> bool:
    # The generated modules' `T = TypeVar(...)` is a typing helper, not something users import.
    return not member.is_alias and member.is_attribute and str(member.value).startswith("TypeVar(")


def _code(text: str | None) -> str:
    return "(none)" if text is None else f"`{text}`"


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


class _Surface:
    """Public path (relative to the package) -> what is there."""

    def __init__(self, package: str) -> None:
        require("griffe")
        import importlib.util

        import griffe

        # Searched for where it is: in a checkout the version packages sit apart from the rest of
        # pinecone_dataplane (in generated/), where a search of sys.path would not look.
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise TypeError(f"{package} is not a package")
        top = Path(next(iter(spec.submodule_search_locations))).parents[package.count(".")]
        root = griffe.load(package, search_paths=[top], resolve_aliases=False)
        if not isinstance(root, griffe.Module):
            raise TypeError(f"{package} is not a package")
        self._package = package
        self._objects: dict[str, griffe.Object] = {}
        self._exports: dict[str, str] = {}
        self._collect(root)
        # The shortest public path of each object: its re-export when there is one.
        self._public: dict[str, str] = {path: path for path in self._objects}
        for export, target in sorted(self._exports.items(), key=lambda item: (item[0].count("."), item[0])):
            if target in self._objects and self._public[target] == target and export.count(".") < target.count("."):
                self._public[target] = export
        self.entries: dict[str, _Entry] = {}
        for path, obj in self._objects.items():
            self._describe(path, obj)
        for export, target in self._exports.items():
            if target not in self._objects:  # re-exported from outside the package
                self.entries[export] = _Entry("alias", value=target)

    def _relative(self, path: str) -> str:
        return path[len(self._package) + 1 :] if path.startswith(self._package + ".") else path

    def _collect(self, module: griffe.Module) -> None:
        import griffe

        exports = {str(name) for name in module.exports or ()}
        for name, member in module.members.items():
            if name.startswith("_") or _is_type_variable(member):
                continue
            path = self._relative(member.path)
            if isinstance(member, griffe.Alias):
                if name in exports:
                    self._exports[path] = self._relative(str(member.target_path))
            elif member.is_module:
                self._objects[path] = member
                self._collect(member)  # type: ignore[arg-type]
            else:
                self._objects[path] = member

    def _describe(self, path: str, obj: griffe.Object, public: str | None = None) -> None:
        import griffe

        public = public or self._public[path]
        if isinstance(obj, griffe.Module):
            # A module whose every object is re-exported elsewhere is an implementation detail.
            defined = [p for p in self._objects if p.rpartition(".")[0] == path]
            if defined and all(self._public[p] != p for p in defined):
                return
            self.entries[public] = _Entry("module")
        elif isinstance(obj, griffe.Class):
            self.entries[public] = _Entry("class", bases=tuple(str(base) for base in obj.bases))
            for name, member in obj.members.items():
                if not name.startswith("_") and not member.is_alias:
                    self._describe(f"{path}.{name}", member, f"{public}.{name}")  # type: ignore[arg-type]
        elif isinstance(obj, griffe.Function):
            parameters = tuple(
                _Parameter(p.name, p.kind.value, _text(p.annotation), _text(p.default))
                for p in obj.parameters
                if p.name not in ("self", "cls")
            )
            self.entries[public] = _Entry("function", annotation=_text(obj.returns), parameters=parameters)
        elif isinstance(obj, griffe.Attribute):
            self.entries[public] = _Entry("attribute", annotation=_text(obj.annotation), value=_text(obj.value))


def _changes(old: dict[str, _Entry], new: dict[str, _Entry]) -> Iterator[Change]:
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


def _entry_changes(path: str, old: _Entry, new: _Entry) -> Iterator[Change]:
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


def _parameter_changes(function: str, old: tuple[_Parameter, ...], new: tuple[_Parameter, ...]) -> Iterator[Change]:
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


def compare_packages(old_package: str, new_package: str) -> list[Change]:
    """The differences between the public surfaces of two importable packages (read, not imported)."""
    return list(_changes(_Surface(old_package).entries, _Surface(new_package).entries))


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
