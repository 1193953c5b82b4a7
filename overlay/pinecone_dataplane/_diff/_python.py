"""Python level: the public surface of two generated packages, read from their source with ``ast``.

Each public object is named by the shortest path a user imports it from: a model defined in
``models/import_model.py`` and re-exported by ``models/__init__.py`` is ``models.ImportModel``.

The source is read, never imported, the way documentation tools read it (griffe's rules: ``__all__``
decides what an import re-exports, a property is an attribute, an ``@overload`` stub gives way to the
implementation, ``self.x = ...`` in ``__init__`` declares an attribute). Each distinct file is parsed once,
and a package's surface is kept in the cache by the content of its files (see ``_cache``), so comparing
versions again reads no source.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from . import _cache
from ._report import Change

_VARIADIC = ("var-positional", "var-keyword")
_POSITIONAL = ("positional-only", "positional or keyword")
# Bumped whenever what a surface holds or how it is read changes, so that no older cached surface is used.
_READER_VERSION = 1
_PROPERTY_DECORATORS = frozenset({"property", "cached_property", "functools.cached_property"})
_OVERLOAD_DECORATORS = frozenset({"overload", "typing.overload", "typing_extensions.overload"})


class _Parameter(NamedTuple):
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


# Named tuples rather than dataclasses: a cached surface of a thousand entries is rebuilt at every run.
class _Entry(NamedTuple):
    kind: str  # module, class, function, attribute or alias
    annotation: str | None = None  # attribute type, or function return type
    value: str | None = None  # attribute value, or alias target
    bases: tuple[str, ...] = ()
    parameters: tuple[_Parameter, ...] = ()

    @classmethod
    def from_json(cls, data: list[Any]) -> _Entry:
        kind, annotation, value, bases, parameters = data
        return cls(kind, annotation, value, tuple(bases), tuple(_Parameter(*p) for p in parameters))


def _code(text: str | None) -> str:
    return "(none)" if text is None else f"`{text}`"


# Reading one module


@dataclass
class _Object:
    """A module, class, function or attribute as its source declares it; ``members`` for modules and classes."""

    entry: _Entry
    members: dict[str, _Object | _Import] = field(default_factory=dict)
    exports: list[str] = field(default_factory=list)  # a module's __all__


@dataclass(frozen=True)
class _Import:
    """A name bound by an import: ``target`` is absolute, or relative with leading dots (``..models.Item``)."""

    target: str


class _StringAnnotations(ast.NodeTransformer):
    """``"Item"`` read as ``Item`` in an annotation (outside ``Literal[...]``), as a type checker reads it."""

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):
            try:
                return ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return node
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if ast.unparse(node.value).rpartition(".")[2] == "Literal":
            return node
        return self.generic_visit(node)


class _ModuleReader:
    def __init__(self, tree: ast.Module) -> None:
        self._string_annotations = not any(
            isinstance(node, ast.ImportFrom)
            and node.module == "__future__"
            and any(alias.name == "annotations" for alias in node.names)
            for node in tree.body
        )
        self.module = _Object(_Entry("module"))
        self._statements(tree.body, self.module)

    def _annotation(self, node: ast.expr | None) -> str | None:
        if node is None:
            return None
        text = ast.unparse(node)
        if self._string_annotations and ("'" in text or '"' in text):  # only then is there a string to read
            text = ast.unparse(_StringAnnotations().visit(node))
        return text

    def _statements(self, body: list[ast.stmt], owner: _Object, *, in_branch: bool = False) -> None:
        """``in_branch``: ``body`` is an ``if``'s or an ``except``'s, where a second assignment does not count."""
        for node in body:
            if isinstance(node, ast.ClassDef):
                owner.members[node.name] = self._class(node)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self._function(node, owner)
            elif isinstance(node, ast.Import | ast.ImportFrom) and owner.entry.kind == "module":
                self._import(node, owner)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                self._assignment(node, owner, in_branch=in_branch)
            elif isinstance(node, ast.AugAssign) and owner.entry.kind == "module":
                if isinstance(node.target, ast.Name) and node.target.id == "__all__":
                    owner.exports += _names(node.value)
            elif isinstance(node, ast.If | ast.Try | ast.With | ast.For | ast.While):
                # Definitions under a condition (TYPE_CHECKING), a try or a loop are still declared.
                self._statements(node.body, owner, in_branch=isinstance(node, ast.If))
                self._statements(getattr(node, "orelse", []), owner, in_branch=isinstance(node, ast.If))
                if isinstance(node, ast.Try):
                    for handler in node.handlers:
                        self._statements(handler.body, owner, in_branch=True)
                    self._statements(node.finalbody, owner)

    def _class(self, node: ast.ClassDef) -> _Object:
        bases = tuple(ast.unparse(base) for base in node.bases)
        owner = _Object(_Entry("class", bases=bases))
        self._statements(node.body, owner)
        return owner

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef, owner: _Object) -> None:
        decorators = {ast.unparse(decorator) for decorator in node.decorator_list}
        if decorators & _OVERLOAD_DECORATORS:
            return  # the implementation that follows is what callers get
        if decorators & _PROPERTY_DECORATORS:
            owner.members[node.name] = _Object(_Entry("attribute", annotation=self._annotation(node.returns)))
            return
        if any(decorator.endswith((".setter", ".deleter")) for decorator in decorators):
            return  # part of a property declared above
        owner.members[node.name] = _Object(
            _Entry("function", annotation=self._annotation(node.returns), parameters=self._parameters(node.args))
        )
        if node.name == "__init__" and owner.entry.kind == "class":
            for statement in ast.walk(node):
                if isinstance(statement, ast.Assign | ast.AnnAssign):
                    self._instance_attribute(statement, owner)

    def _parameters(self, arguments: ast.arguments) -> tuple[_Parameter, ...]:
        positional = [*arguments.posonlyargs, *arguments.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults))
        defaults += arguments.defaults
        found = [
            (argument, "positional-only" if index < len(arguments.posonlyargs) else "positional or keyword", default)
            for index, (argument, default) in enumerate(zip(positional, defaults, strict=True))
        ]
        variadic: list[tuple[ast.arg, str, str]] = []
        if arguments.vararg:
            variadic.append((arguments.vararg, "var-positional", "()"))
        keyword = list(zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True))
        parameters = [
            _Parameter(argument.arg, kind, self._annotation(argument.annotation), _text(default))
            for argument, kind, default in found
        ]
        parameters += [
            _Parameter(argument.arg, kind, self._annotation(argument.annotation), default)
            for argument, kind, default in variadic
        ]
        parameters += [
            _Parameter(argument.arg, "keyword-only", self._annotation(argument.annotation), _text(default))
            for argument, default in keyword
        ]
        if arguments.kwarg:
            kwarg = arguments.kwarg
            parameters.append(_Parameter(kwarg.arg, "var-keyword", self._annotation(kwarg.annotation), "{}"))
        return tuple(parameter for parameter in parameters if parameter.name not in ("self", "cls"))

    def _import(self, node: ast.Import | ast.ImportFrom, owner: _Object) -> None:
        for alias in node.names:
            if isinstance(node, ast.Import):
                target = alias.name if alias.asname else alias.name.split(".", 1)[0]
                owner.members[alias.asname or target] = _Import(target)
            elif alias.name != "*":
                module = "." * node.level + (node.module or "")
                separator = "" if module.endswith(".") or not module else "."
                owner.members[alias.asname or alias.name] = _Import(f"{module}{separator}{alias.name}")

    def _assignment(self, node: ast.Assign | ast.AnnAssign, owner: _Object, *, in_branch: bool) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        annotation = self._annotation(node.annotation) if isinstance(node, ast.AnnAssign) else None
        value = _text(node.value)
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            self._set_attribute(owner, target.id, annotation, value, in_branch=in_branch)
            if target.id == "__all__" and owner.entry.kind == "module" and node.value is not None:
                owner.exports = _names(node.value)

    def _instance_attribute(self, node: ast.Assign | ast.AnnAssign, owner: _Object) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        annotation = self._annotation(node.annotation) if isinstance(node, ast.AnnAssign) else None
        for target in targets:
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
                self._set_attribute(owner, target.attr, annotation, _text(node.value), in_branch=False)

    @staticmethod
    def _set_attribute(
        owner: _Object, name: str, annotation: str | None, value: str | None, *, in_branch: bool
    ) -> None:
        existing = owner.members.get(name)
        if existing is not None:
            if in_branch:
                return  # the first assignment, outside the condition or the except, is the one that holds
            if isinstance(existing, _Object) and annotation is None:
                annotation = existing.entry.annotation
        owner.members[name] = _Object(_Entry("attribute", annotation=annotation, value=value))


def _text(node: ast.expr | None) -> str | None:
    return None if node is None else ast.unparse(node)


def _names(node: ast.expr) -> list[str]:
    """The strings of an ``__all__`` list or tuple (concatenations included)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _names(node.left) + _names(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return [item.value for item in node.elts if isinstance(item, ast.Constant) and isinstance(item.value, str)]
    return []


# Reading a package


def _is_type_variable(member: _Object | _Import) -> bool:
    # The generated modules' `T = TypeVar(...)` is a typing helper, not something users import.
    return isinstance(member, _Object) and member.entry.kind == "attribute" and _starts(member.entry.value, "TypeVar(")


def _starts(text: str | None, prefix: str) -> bool:
    return text is not None and text.startswith(prefix)


def _public_modules(directory: str) -> dict[str, str]:
    """Module path relative to the package ("" for the package itself, "models.item") -> its file.

    Private modules and packages (``_constraints``) are never part of the surface, so they are not read.
    """
    found: dict[str, str] = {}
    for current, subdirectories, files in os.walk(directory):
        relative = os.path.relpath(current, directory)
        prefix = "" if relative == "." else relative.replace(os.sep, ".") + "."
        if "__init__.py" not in files:
            subdirectories.clear()  # not a package: nothing below it is importable as part of this one
            continue
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith(("_", ".")))
        found[prefix[:-1]] = os.path.join(current, "__init__.py")
        for name in sorted(files):
            if name.endswith(".py") and not name.startswith("_"):
                found[prefix + name[:-3]] = os.path.join(current, name)
    return found


class _Reader:
    """Parses each distinct source once, however many packages hold it."""

    def __init__(self) -> None:
        self._parsed: dict[str, _Object] = {}

    def module(self, source: bytes, content_digest: str) -> _Object:
        if content_digest not in self._parsed:
            self._parsed[content_digest] = _ModuleReader(ast.parse(source)).module
        return self._parsed[content_digest]


def _absolute(target: str, package: str) -> str:
    """An import's target made absolute: ``..models.Item`` from package ``pkg.api`` is ``pkg.models.Item``."""
    level = len(target) - len(target.lstrip("."))
    if level == 0:
        return target
    base = package.split(".")[: len(package.split(".")) - (level - 1)]
    rest = target[level:]
    return ".".join([*base, rest]) if rest else ".".join(base)


class _Surface:
    """Public path (relative to the package) -> what is there."""

    def __init__(self, package: str, modules: dict[str, _Object], packages: set[str]) -> None:
        self._package = package
        self._objects: dict[str, _Object] = {}
        self._exports: dict[str, str] = {}
        self._collect(self._tree(modules, packages), "")
        # The shortest public path of each object: its re-export when there is one.
        self._public: dict[str, str] = {path: path for path in self._objects}
        for export, target in sorted(self._exports.items(), key=lambda item: (item[0].count("."), item[0])):
            if target in self._objects and self._public[target] == target and export.count(".") < target.count("."):
                self._public[target] = export
        self.entries: dict[str, _Entry] = {}
        self._children: dict[str, list[str]] = {}
        for path in self._objects:
            self._children.setdefault(path.rpartition(".")[0], []).append(path)
        for path, obj in self._objects.items():
            self._describe(path, obj)
        for export, target in self._exports.items():
            if target not in self._objects:  # re-exported from outside the package
                self.entries[export] = _Entry("alias", value=target)

    def _tree(self, modules: dict[str, _Object], packages: set[str]) -> _Object:
        """The modules joined into one tree, imports made absolute; a submodule shadows a name bound alike."""
        joined: dict[str, _Object] = {}
        for relative in sorted(modules, key=lambda name: (name.count("."), name)):
            module = modules[relative]
            path = f"{self._package}.{relative}" if relative else self._package
            package = path if relative in packages else path.rpartition(".")[0]
            members: dict[str, _Object | _Import] = {}
            for name, member in module.members.items():
                if not isinstance(member, _Import):
                    members[name] = member
                elif (target := _absolute(member.target, package)) != f"{path}.{name}":
                    members[name] = _Import(target)
                # else `from . import models` in a package's __init__: the submodule itself, joined below
            joined[relative] = _Object(module.entry, members, module.exports)
            if relative:
                parent, _, name = relative.rpartition(".")
                joined[parent].members[name] = joined[relative]
        return joined[""]

    def _relative(self, path: str) -> str:
        return path[len(self._package) + 1 :] if path.startswith(self._package + ".") else path

    def _collect(self, module: _Object, path: str) -> None:
        exports = set(module.exports)
        for name, member in module.members.items():
            if name.startswith("_") or _is_type_variable(member):
                continue
            member_path = f"{path}.{name}" if path else name
            if isinstance(member, _Import):
                if name in exports:
                    self._exports[member_path] = self._relative(member.target)
            else:
                self._objects[member_path] = member
                if member.entry.kind == "module":
                    self._collect(member, member_path)

    def _describe(self, path: str, obj: _Object, public: str | None = None) -> None:
        public = public or self._public[path]
        kind = obj.entry.kind
        if kind == "module":
            # A module whose every object is re-exported elsewhere is an implementation detail.
            defined = self._children.get(path, [])
            if defined and all(self._public[p] != p for p in defined):
                return
        self.entries[public] = obj.entry
        if kind == "class":
            for name, member in obj.members.items():
                if not name.startswith("_") and isinstance(member, _Object):
                    self._describe(f"{path}.{name}", member, f"{public}.{name}")


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def surface(package: str, *, reader: _Reader | None = None, cache: _cache.Cache | None = None) -> dict[str, _Entry]:
    """The public surface of the importable ``package``, read from its source (never imported)."""
    # Searched for where it is: in a checkout the version packages sit apart from the rest of
    # pinecone_dataplane (in generated/), where a search of sys.path would not look.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise TypeError(f"{package} is not a package")
    files = _public_modules(next(iter(spec.submodule_search_locations)))
    sources = {relative: _read(path) for relative, path in files.items()}
    digests = {relative: _cache.digest(source) for relative, source in sources.items()}
    # ast.unparse's spelling may differ between Python versions, so the version is part of the key.
    reader_version = f"{_READER_VERSION} {sys.version_info[0]}.{sys.version_info[1]}"
    key = _cache.digest(reader_version, package, *(f"{name}={digests[name]}" for name in sorted(digests)))
    cache = cache or _cache.Cache(None)
    cached = cache.load("surface", key)
    if isinstance(cached, dict):
        try:
            return {path: _Entry.from_json(entry) for path, entry in cached.items()}
        except (TypeError, ValueError):
            pass  # not an entry we wrote: read the source again, and write it anew

    reader = reader or _Reader()
    modules = {relative: reader.module(source, digests[relative]) for relative, source in sources.items()}
    packages = {relative for relative, path in files.items() if path.endswith("__init__.py")}
    entries = _Surface(package, modules, packages).entries
    cache.store("surface", key, entries)  # JSON writes the named tuples as lists, which from_json reads
    return entries


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


def compare_packages(old_package: str, new_package: str, *, cache: bool = True) -> list[Change]:
    """The differences between the public surfaces of two importable packages (read, not imported).

    ``cache``: keep each surface in the user's cache, by the content of the files it was read from.
    """
    store = _cache.Cache(_cache.default_directory() if cache else None)
    reader = _Reader()
    old, new = (surface(package, reader=reader, cache=store) for package in (old_package, new_package))
    return list(_changes(old, new))


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
