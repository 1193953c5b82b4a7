"""A local emulator of Pinecone's bulk-import API, for building and testing import pipelines offline.

>>> from pinecone_dataplane.emulator import running_emulator, write_dataset
>>> root = write_dataset(tmp_path / "my-bucket" / "catalog", {"articles": 1000})
>>> with running_emulator(bucket_root=tmp_path) as emulator:
...     ...  # start an import of s3://my-bucket/catalog against emulator.url with emulator.api_key

A real HTTP server (Starlette on uvicorn, 127.0.0.1 only) answering, in every generated API version,
the import endpoints and the vector data plane: upsert, query (exact scores for the index's metric),
fetch, fetch by metadata, list, update, delete, describe_index_stats, the namespace endpoints (creation
with a metadata schema included), integrated records (a local lexical embedder and reranker, with
``embedding_field``) and 2026-07's documents (against ``document_schema``); imported and upserted records
are one index. Needs the ``emulator`` extra.
The names below load on first use, so that ``python -m pinecone_dataplane.emulator`` without the extra
can say how to install it instead of failing on an import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._clock import Clock, ManualClock, SystemClock
    from ._dataset import write_dataset
    from ._server import Emulator, RunningEmulator, running_emulator
    from ._state import EmulatorState, Faults, Settings

__all__ = [
    "Clock",
    "Emulator",
    "EmulatorState",
    "Faults",
    "ManualClock",
    "RunningEmulator",
    "Settings",
    "SystemClock",
    "running_emulator",
    "write_dataset",
]

# The emulator extra's modules.
_NEEDS = ("numpy", "pyarrow", "starlette", "uvicorn")
_LAZY = {
    "Clock": "._clock",
    "ManualClock": "._clock",
    "SystemClock": "._clock",
    "write_dataset": "._dataset",
    "Emulator": "._server",
    "RunningEmulator": "._server",
    "running_emulator": "._server",
    "EmulatorState": "._state",
    "Faults": "._state",
    "Settings": "._state",
}


def missing_dependency() -> str | None:
    """The first module of the ``emulator`` extra that cannot be imported, or None when all can."""
    for name in _NEEDS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            return name
    return None


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    missing = missing_dependency()
    if missing is not None:
        from .._install import extra_install_command

        raise ModuleNotFoundError(
            f"pinecone_dataplane.emulator needs {missing}: {extra_install_command('emulator')}", name=missing
        )
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
