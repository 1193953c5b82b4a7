"""Pinecone data-plane SDK: one module per API version, ``pinecone_dataplane.vYYYY_MM``.

>>> from pinecone_dataplane import v2026_04
>>> client = v2026_04.Client(host="my-index.svc.pinecone.io")  # api key from PINECONE_API_KEY

Everything here loads on first use, so importing one version costs only that version.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._versions import available_versions, install_finder, latest_version

__all__ = ["apaginate", "available_versions", "errors", "latest_version", "paginate"]
__version__ = "0.1.0"

install_finder()

_LAZY = {"paginate": "._pagination", "apaginate": "._pagination"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    if name == "errors" or (name.startswith("v") and name[1:5].isdigit()):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
