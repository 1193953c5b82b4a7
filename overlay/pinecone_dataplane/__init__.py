"""Pinecone data-plane SDK: one typed package per API version, ``pinecone_dataplane.vYYYY_MM``.

>>> from pinecone_dataplane import v2026_04
>>> client = v2026_04.Client(host="my-index.svc.pinecone.io")  # api key from PINECONE_API_KEY

The version packages are generated (``generated/pinecone_dataplane/``); everything else here is written by
hand (``overlay/pinecone_dataplane/``). Installed from a wheel, both are one directory; from a checkout,
the package's ``__path__`` spans both. Names below load on first use, so importing one version costs
only that version.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from . import errors
    from ._lib._upsert import FailedBatch, UpsertProgress, UpsertResult
    from ._lib.pagination import apaginate, paginate
    from ._versions import available_versions, latest_version

__all__ = [
    "FailedBatch",
    "UpsertProgress",
    "UpsertResult",
    "__version__",
    "apaginate",
    "available_versions",
    "errors",
    "latest_version",
    "paginate",
]

# A checkout (an editable install, or generated/ and overlay/ on sys.path) keeps the generated version
# packages in another directory named like this one: make it part of this package.
__path__ = [
    *__path__,
    *(
        candidate
        for entry in sys.path
        if (candidate := os.path.join(os.path.abspath(entry), __name__)) not in __path__ and os.path.isdir(candidate)
    ),
]

_LAZY = {
    "paginate": "._lib.pagination",
    "apaginate": "._lib.pagination",
    "available_versions": "._versions",
    "latest_version": "._versions",
    "FailedBatch": "._lib._upsert",
    "UpsertProgress": "._lib._upsert",
    "UpsertResult": "._lib._upsert",
}


def __getattr__(name: str) -> object:
    import importlib

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    if name == "errors" or name.startswith("v"):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # What users reach for: the public names and the version packages, not this module's helpers.
    from ._versions import available_versions
    from ._versions import module_attribute as package_of

    return sorted({*__all__, *map(package_of, available_versions())})
