"""Comparisons by name: API versions we generate, OpenAPI documents on disk, or documents at a git revision."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from apiwire._public_api import digest

from .. import _install, _versions
from . import _cache
from ._extra import require
from ._report import Report, merge
from ._spec import SpecError, spec_changes

_VERSION = re.compile(r"\d{4}-\d{2}")
# Far above any API document (Pinecone's are under 100 KB, Exa's under 200 KB); a larger file is not one.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
_GIT_SECONDS = 30
# Bumped when how a document is read changes, so that no document parsed the old way is taken from the cache.
_READER_VERSION = 1


class SpecNotFoundError(FileNotFoundError):
    """OLD or NEW names neither a spec file we can find, nor an existing document, nor one at a git revision."""


def resolve_spec(name: str, specs_dir: Path | None = None) -> Path:
    """The OpenAPI document ``name`` stands for, on disk (see :func:`read_spec` for ``REV:PATH``).

    A version ("2025-04") is ``db_data_2025-04.oas.yaml`` in ``specs_dir``, by default in the
    ``specs/`` of the checkout this package runs from, else in ``./specs``. An installed package
    carries no specs, so outside a checkout pass ``specs_dir`` or a path. Anything else is a path.
    """
    if not _VERSION.fullmatch(name):
        path = Path(name)
        if not path.is_file():
            raise SpecNotFoundError(
                f"{name}: no such file (OLD and NEW are versions like 2025-04, paths, or REV:PATH in a git checkout)"
            )
        return path
    file_name = f"db_data_{name}.oas.yaml"
    checkout = _install.checkout()
    searched = [*([checkout / "specs"] if checkout else []), Path("specs")]
    directories = [specs_dir] if specs_dir is not None else searched
    for directory in directories:
        if (directory / file_name).is_file():
            return directory / file_name
    where = " or ".join(str(directory) for directory in directories)
    hint = (
        "pass --specs DIR or the path of an OpenAPI document"
        if checkout is not None or specs_dir is not None
        else "this installation carries no spec files (a wheel has none): run it in a checkout of the "
        "project (its specs/), pass --specs DIR, or give the paths of two OpenAPI documents"
    )
    raise SpecNotFoundError(f"API version {name}: no {file_name} in {where}; {hint}")


def _revision(name: str) -> tuple[str, str] | None:
    """``REV:PATH`` split in two, or None when ``name`` is not of that form."""
    revision, colon, path = name.partition(":")
    if not colon or not revision or not path or revision.startswith("-"):
        return None
    return revision, path


def _git(*arguments: str, cwd: Path | None) -> bytes:
    import subprocess  # only here: most comparisons read no revision, and it costs a tenth of their start-up

    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, timeout=_GIT_SECONDS, check=False)
    except FileNotFoundError as missing:
        raise SpecNotFoundError("reading a document at a git revision (REV:PATH) needs git on PATH") from missing
    except subprocess.TimeoutExpired as slow:
        raise SpecNotFoundError(f"git {' '.join(arguments)} took more than {_GIT_SECONDS} s") from slow
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise SpecNotFoundError(message[0] if message else f"git {' '.join(arguments)} failed")
    return done.stdout


def _read_revision(revision: str, path: str, repository: Path | None) -> bytes:
    """The bytes of ``path`` at ``revision`` in the git repository around ``repository`` (default: here)."""
    blob = f"{revision}:{path}"
    try:
        size = int(_git("cat-file", "-s", blob, cwd=repository))
    except SpecNotFoundError as error:
        raise SpecNotFoundError(f"{blob}: {error}") from error
    if size > MAX_DOCUMENT_BYTES:
        raise SpecError(f"{blob}: {size} bytes, more than an OpenAPI document's {MAX_DOCUMENT_BYTES}")
    return _git("cat-file", "blob", blob, cwd=repository)


def read_spec(name: str, specs_dir: Path | None = None, *, repository: Path | None = None) -> tuple[bytes, str]:
    """The bytes of the document ``name`` stands for, and its file name's suffix (".yaml", ".json").

    ``name`` is a version or a path (:func:`resolve_spec`), or ``REV:PATH``: the file at ``PATH`` in git
    revision ``REV`` (a branch, a tag, a commit) of the repository around ``repository`` (default: the
    current directory), with ``PATH`` from the repository's top (``REV:./PATH`` from the current one).
    """
    revision = _revision(name)
    if revision is not None and not Path(name).is_file():
        return _read_revision(*revision, repository), Path(revision[1]).suffix
    path = resolve_spec(name, specs_dir)
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise SpecError(f"{path}: more than an OpenAPI document's {MAX_DOCUMENT_BYTES} bytes")
        return path.read_bytes(), path.suffix
    except OSError as error:
        raise SpecNotFoundError(f"{path}: {error.strerror}") from error


def parse_document(data: bytes, suffix: str, *, label: str, cache: _cache.Cache | None = None) -> dict[str, Any]:
    """An OpenAPI document parsed from YAML, or JSON when ``suffix`` is ".json".

    With ``cache``, a document parsed before (the same bytes) is taken from it, without YAML's cost.
    """
    if cache is None or cache.directory is None:
        return _parse(data, suffix, label)
    key = digest(str(_READER_VERSION), suffix, data)
    if isinstance(cached := cache.load("document", key), dict):
        return cached
    document = _parse(data, suffix, label)
    # Kept only when JSON holds it exactly (no integer keys, dates or NaN), so the cached one reads the same.
    try:
        exact = json.loads(json.dumps(document)) == document
    except (TypeError, ValueError):
        exact = False
    if exact:
        cache.store("document", key, document)
    return document


def _parse(data: bytes, suffix: str, label: str) -> dict[str, Any]:
    is_json = suffix == ".json"
    try:
        text = data.decode("utf-8")
        # YAML 1.2, as OpenAPI 3 and the generator read it (`on` and `2024-01-01` stay text), by ryaml in Rust:
        # a fifth of libyaml's time on our specs. It refuses duplicate keys and aliases that multiply.
        document = json.loads(text) if is_json else require("ryaml").loads(text)  # its errors are ValueErrors
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise SpecError(f"{label}: not valid {'JSON' if is_json else 'YAML'}: {error}") from error
    if not isinstance(document, dict):
        raise SpecError(f"{label}: not an OpenAPI document")
    return document


def load_document(path: Path) -> dict[str, Any]:
    """An OpenAPI document read from YAML or JSON."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SpecNotFoundError(f"{path}: {error.strerror}") from error
    return parse_document(data, path.suffix, label=str(path))


def compare_specs(
    old: Mapping[str, Any], new: Mapping[str, Any], *, old_label: str = "old", new_label: str = "new"
) -> Report:
    """What changes for a client between two parsed OpenAPI documents; empty when only prose differs."""
    return Report(old_label, new_label, merge(spec_changes(old, new)))


def _generated_package(name: str) -> str | None:
    """The generated package of API version ``name`` whose Python surface is compared, or None when there is none.

    The one place that names it.
    """
    if not _VERSION.fullmatch(name):
        return None
    try:
        return _versions.module_name(name)
    except _versions.UnknownApiVersionError:
        return None


def compare(
    old: str, new: str, *, specs_dir: Path | None = None, repository: Path | None = None, cache: bool = True
) -> Report:
    """Compare two versions or documents (see :func:`read_spec`).

    When both are versions with a generated package, the packages' public Python surfaces are
    compared too. ``cache``: keep what reading the documents and packages gave in the user's cache
    (``_cache``), by their content, so that the next comparison of the same files skips the reading.
    """
    store = _cache.Cache(_cache.default_directory() if cache else None)
    old_document, new_document = (
        parse_document(*read_spec(name, specs_dir, repository=repository), label=name, cache=store)
        for name in (old, new)
    )
    changes = spec_changes(old_document, new_document)
    old_package, new_package = _generated_package(old), _generated_package(new)
    if old_package is not None and new_package is not None:
        from ._python import compare_packages  # only here: documents compared as files need none of it

        changes += compare_packages(old_package, new_package, cache=cache)
    return Report(old, new, merge(changes))
