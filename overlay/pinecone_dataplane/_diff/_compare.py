"""Comparisons by name: API versions we generate, or paths to OpenAPI documents."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import _install, _versions
from ._extra import require
from ._python import compare_packages
from ._report import Report, merge
from ._spec import SpecError, spec_changes

_VERSION = re.compile(r"\d{4}-\d{2}")


class SpecNotFoundError(FileNotFoundError):
    """OLD or NEW names neither a spec file we can find nor an existing document."""


def resolve_spec(name: str, specs_dir: Path | None = None) -> Path:
    """The OpenAPI document ``name`` stands for.

    A version ("2025-04") is ``db_data_2025-04.oas.yaml`` in ``specs_dir``, by default in the
    ``specs/`` of the checkout this package runs from, else in ``./specs``. An installed package
    carries no specs, so outside a checkout pass ``specs_dir`` or a path. Anything else is a path.
    """
    if not _VERSION.fullmatch(name):
        path = Path(name)
        if not path.is_file():
            raise SpecNotFoundError(f"{name}: no such file (OLD and NEW are versions like 2025-04, or paths)")
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


def load_document(path: Path) -> dict[str, Any]:
    """An OpenAPI document read from YAML or JSON."""
    yaml = require("yaml")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecNotFoundError(f"{path}: {error.strerror}") from error
    # libyaml's parser, when PyYAML was built with it, reads our specs about 30 times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        document = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as error:
        raise SpecError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {error}") from error
    if not isinstance(document, dict):
        raise SpecError(f"{path}: not an OpenAPI document")
    return document


def compare_specs(
    old: Mapping[str, Any], new: Mapping[str, Any], *, old_label: str = "old", new_label: str = "new"
) -> Report:
    """What changes for a client between two parsed OpenAPI documents; empty when only prose differs."""
    return Report(old_label, new_label, merge(spec_changes(old, new)))


def _generated_package(name: str) -> str | None:
    """The generated package of API version ``name`` that griffe reads, or None when there is none.

    The one place that names it.
    """
    if not _VERSION.fullmatch(name):
        return None
    try:
        return _versions.module_name(name)
    except _versions.UnknownApiVersionError:
        return None


def compare(old: str, new: str, *, specs_dir: Path | None = None) -> Report:
    """Compare two versions or documents (see :func:`resolve_spec`).

    When both are versions with a generated package, the packages' public Python surfaces are
    compared too.
    """
    changes = spec_changes(load_document(resolve_spec(old, specs_dir)), load_document(resolve_spec(new, specs_dir)))
    old_package, new_package = _generated_package(old), _generated_package(new)
    if old_package is not None and new_package is not None:
        changes += compare_packages(old_package, new_package)
    return Report(old, new, merge(changes))
