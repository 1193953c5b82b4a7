"""The public Python API of a package, read from its source with ``ast`` (never imported).

Each public object is named by the shortest path a user imports it from: a model defined in
``models/item.py`` and re-exported by ``models/__init__.py`` is ``models.Item``.

The source is read the way documentation tools read it (griffe's rules: ``__all__`` decides what an
import re-exports, a property is an attribute, an ``@overload`` stub gives way to the implementation,
``self.x = ...`` in ``__init__`` declares an attribute): ``_source_reader``, loaded only to read source.

``make generate`` writes what it read into each generated package (``PUBLISHED``, ``_source_reader.publish``),
with the key of the files it was read from: :func:`published` gives it back while the files are those, so
comparing two generated versions parses no source.
"""

from __future__ import annotations

import json
import os
from typing import Any, NamedTuple

_VARIADIC = ("var-positional", "var-keyword")
# Bumped whenever what an API holds or how it is read changes, so that nothing read the old way is used.
READER_VERSION = 1
# The file in a generated package that holds its public API (a private name: it is not itself part of it).
PUBLISHED = "_public_api.json"


class Parameter(NamedTuple):
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
class Entry(NamedTuple):
    kind: str  # module, class, function, attribute or alias
    annotation: str | None = None  # attribute type, or function return type
    value: str | None = None  # attribute value, or alias target
    bases: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()

    @classmethod
    def from_json(cls, data: list[Any]) -> Entry:
        kind, annotation, value, bases, parameters = data
        return cls(kind, annotation, value, tuple(bases), tuple(Parameter(*p) for p in parameters))


def public_modules(directory: str) -> dict[str, str]:
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


def digest(*parts: bytes | str) -> str:
    """A key from ``parts``, each length-prefixed so that no two sequences collide."""
    import hashlib  # only here: OpenSSL's loading is a tenth of a comparison's start-up that hashes nothing

    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


class Source(NamedTuple):
    """The public modules' source of ``package`` (relative module path -> bytes), and their key."""

    package: str
    directory: str
    files: dict[str, bytes]
    packages: frozenset[str]  # the modules that are packages (their file is an ``__init__.py``)
    digests: dict[str, str]  # of each file's content
    key: str  # of the reader's version, the package's name and every file's name and content


def read_source(package: str, directory: str) -> Source:
    """The source of ``package``, whose ``__init__.py`` is in ``directory``."""
    paths = public_modules(directory)
    files = {}
    for relative, path in paths.items():
        with open(path, "rb") as file:
            files[relative] = file.read()
    packages = frozenset(relative for relative, path in paths.items() if path.endswith("__init__.py"))
    digests = {relative: digest(text) for relative, text in files.items()}
    key = digest(str(READER_VERSION), package, *(f"{name}={digests[name]}" for name in sorted(digests)))
    return Source(package, directory, files, packages, digests, key)


def entries_from_json(data: Any) -> dict[str, Entry] | None:
    """Entries as ``_source_reader.publish`` or a cache wrote them (JSON writes the named tuples as lists), or None."""
    if not isinstance(data, dict):
        return None
    try:
        return {path: Entry.from_json(entry) for path, entry in data.items()}
    except (TypeError, ValueError):
        return None


def published(found: Source) -> dict[str, Entry] | None:
    """The API ``make generate`` wrote into the package, when it was read from these very files."""
    try:
        with open(os.path.join(found.directory, PUBLISHED), "rb") as file:
            data = json.loads(file.read())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != found.key:
        return None
    return entries_from_json(data.get("entries"))
