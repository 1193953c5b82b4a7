"""Reading a package's public API from its source with ``ast``, by the rules ``_public_api`` describes, and
writing it into the package (``make generate``)."""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path

from ._public_api import PUBLISHED, Entry, Parameter, Source, read_source

_PROPERTY_DECORATORS = frozenset({"property", "cached_property", "functools.cached_property"})
_OVERLOAD_DECORATORS = frozenset({"overload", "typing.overload", "typing_extensions.overload"})


# Reading one module


@dataclass
class _Object:
    """A module, class, function or attribute as its source declares it; ``members`` for modules and classes."""

    entry: Entry
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
        self.module = _Object(Entry("module"))
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
        owner = _Object(Entry("class", bases=bases))
        self._statements(node.body, owner)
        return owner

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef, owner: _Object) -> None:
        decorators = {ast.unparse(decorator) for decorator in node.decorator_list}
        if decorators & _OVERLOAD_DECORATORS:
            return  # the implementation that follows is what callers get
        if decorators & _PROPERTY_DECORATORS:
            owner.members[node.name] = _Object(Entry("attribute", annotation=self._annotation(node.returns)))
            return
        if any(decorator.endswith((".setter", ".deleter")) for decorator in decorators):
            return  # part of a property declared above
        owner.members[node.name] = _Object(
            Entry("function", annotation=self._annotation(node.returns), parameters=self._parameters(node.args))
        )
        if node.name == "__init__" and owner.entry.kind == "class":
            for statement in ast.walk(node):
                if isinstance(statement, ast.Assign | ast.AnnAssign):
                    self._instance_attribute(statement, owner)

    def _parameters(self, arguments: ast.arguments) -> tuple[Parameter, ...]:
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
            Parameter(argument.arg, kind, self._annotation(argument.annotation), _text(default))
            for argument, kind, default in found
        ]
        parameters += [
            Parameter(argument.arg, kind, self._annotation(argument.annotation), default)
            for argument, kind, default in variadic
        ]
        parameters += [
            Parameter(argument.arg, "keyword-only", self._annotation(argument.annotation), _text(default))
            for argument, default in keyword
        ]
        if arguments.kwarg:
            kwarg = arguments.kwarg
            parameters.append(Parameter(kwarg.arg, "var-keyword", self._annotation(kwarg.annotation), "{}"))
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
        owner.members[name] = _Object(Entry("attribute", annotation=annotation, value=value))


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


class Reader:
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
        self.entries: dict[str, Entry] = {}
        self._children: dict[str, list[str]] = {}
        for path in self._objects:
            self._children.setdefault(path.rpartition(".")[0], []).append(path)
        for path, obj in self._objects.items():
            self._describe(path, obj)
        for export, target in self._exports.items():
            if target not in self._objects:  # re-exported from outside the package
                self.entries[export] = Entry("alias", value=target)

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


def read(found: Source, reader: Reader | None = None) -> dict[str, Entry]:
    """The public API of the package ``found`` holds, path -> entry."""
    reader = reader or Reader()
    modules = {relative: reader.module(text, found.digests[relative]) for relative, text in found.files.items()}
    return _Surface(found.package, modules, set(found.packages)).entries


def publish(package: str, directory: Path) -> None:
    """Write the public API of ``package`` (in ``directory``) into it, for ``_public_api.published``."""
    found = read_source(package, str(directory))
    entries = read(found)
    # One line per entry, in order, so that a regenerated package's diff shows which parts of its API moved.
    lines = [f"{json.dumps(path)}: {json.dumps(entries[path])}" for path in sorted(entries)]
    text = f'{{"key": {json.dumps(found.key)}, "entries": {{\n' + ",\n".join(lines) + "\n}}\n"
    (directory / PUBLISHED).write_text(text, encoding="utf-8")
