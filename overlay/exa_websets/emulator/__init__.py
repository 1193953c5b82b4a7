"""A local fake of Exa Websets' imports, for building and testing CSV imports offline.

>>> from exa_websets.emulator import ManualClock, running_emulator
>>> with running_emulator(clock=ManualClock()) as fake:
...     ...  # a client with base_url=fake.url and fake.api_key; fake.clock.advance(2) ends processing

Two real HTTP servers on 127.0.0.1: the imports API (create, list with cursors, get, update, delete), answering
in the shapes of specs/exa_websets_v0.oas.yaml and refusing a missing or wrong ``x-api-key``; and, on a port
of its own, the object store the ``uploadUrl`` of a new import points to, which takes one PUT of the CSV file
and no API key. After the upload an import is ``processing``, then ``completed``, or ``failed`` with
``failedReason`` and ``failedMessage`` when the file is empty, not CSV, ragged, longer than the count given,
or without a URL per row. Files are read in memory, capped at the size given at creation; nothing is written
to disk. Needs the ``emulator`` extra (Starlette and uvicorn).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._app import FakeState
    from ._clock import Clock, ManualClock, SystemClock
    from ._server import Emulator, RunningEmulator, Settings, running_emulator

__all__ = [
    "Clock",
    "Emulator",
    "FakeState",
    "ManualClock",
    "RunningEmulator",
    "Settings",
    "SystemClock",
    "running_emulator",
]

_NEEDS = ("starlette", "uvicorn")
_LAZY = {
    "FakeState": "._app",
    "Clock": "._clock",
    "ManualClock": "._clock",
    "SystemClock": "._clock",
    "Emulator": "._server",
    "RunningEmulator": "._server",
    "Settings": "._server",
    "running_emulator": "._server",
}


def missing_dependency() -> str | None:
    """The first module the fake needs that cannot be imported, or None when all can."""
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
        raise ModuleNotFoundError(
            f"exa_websets.emulator needs {missing}: pip install 'pinecone-dataplane[emulator]'", name=missing
        )
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
