"""API versions: one package ``pinecone_dataplane.vYYYY_MM`` each, generated from ``specs/``.

The versions are the version packages on disk (``generated/pinecone_dataplane/vYYYY_MM/``), so a new
spec file and ``make generate`` are all it takes for a version to be listed. A release candidate
(``vYYYY_MM_alpha``) is listed but never the default. Imports nothing of the SDK.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache

_PACKAGE = re.compile(r"v(\d{4})_(\d{2})(?:_([a-z]+\d*))?")
_VERSION = re.compile(r"(\d{4})-(\d{2})(?:\.([a-z]+\d*))?")


class UnknownApiVersionError(ValueError):
    """A version was asked for that no generated package provides."""


def module_attribute(version: str) -> str:
    """The version's package name: "2026-04" -> "v2026_04", "2026-01.alpha" -> "v2026_01_alpha"."""
    return "v" + version.replace("-", "_").replace(".", "_")


def is_prerelease(version: str) -> bool:
    """Whether ``version`` is a release candidate ("2026-01.alpha"), which is never the default."""
    match = _VERSION.fullmatch(version)
    return match is not None and match[3] is not None


@cache
def available_versions() -> tuple[str, ...]:
    """Every API version with a generated package, oldest first (e.g. ``("2025-04", "2026-04")``)."""
    found = set()
    # The package's __path__ spans the overlay and generated/ (see the package's __init__); read from
    # sys.modules so that this bottom module imports nothing above it.
    for directory in sys.modules[__package__].__path__:
        for entry in os.scandir(directory) if os.path.isdir(directory) else ():
            match = _PACKAGE.fullmatch(entry.name)
            if match and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                found.add(f"{match[1]}-{match[2]}" + (f".{match[3]}" if match[3] else ""))
    return tuple(sorted(found))


def latest_version() -> str:
    """The newest stable API version: the default wherever a version is not named."""
    return [version for version in available_versions() if not is_prerelease(version)][-1]


def oldest_stable_version() -> str:
    """The oldest stable API version: the one Pinecone serves a request that names none."""
    return next(version for version in available_versions() if not is_prerelease(version))


def module_name(version: str) -> str:
    """The import name of ``version``'s package; raises UnknownApiVersionError for a version not generated."""
    if version not in available_versions():
        raise UnknownApiVersionError(f"unknown API version {version!r}; available: {', '.join(available_versions())}")
    return f"{__package__}.{module_attribute(version)}"
