"""A local emulator of Pinecone's bulk-import API, for building and testing import pipelines offline.

>>> from pinecone_dataplane.emulator import running_emulator, write_dataset
>>> root = write_dataset(tmp_path / "my-bucket" / "catalog", {"articles": 1000})
>>> with running_emulator(bucket_root=tmp_path) as emulator:
...     ...  # start an import of s3://my-bucket/catalog against emulator.url with emulator.api_key

A real HTTP server (Starlette on uvicorn, 127.0.0.1 only) answering, in every generated API version,
the import endpoints and the vector data plane: upsert, query (exact scores for the index's metric),
fetch, fetch by metadata, list, update, delete, describe_index_stats, record search by vector or id, and
the namespace endpoints; imported and upserted records are one index. Needs the ``emulator`` extra:
``pip install 'pinecone-dataplane[emulator]'``.
"""

from __future__ import annotations

try:
    import numpy  # noqa: F401
    import pyarrow  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ModuleNotFoundError as missing:
    raise ModuleNotFoundError(
        f"pinecone_dataplane.emulator needs {missing.name}: pip install 'pinecone-dataplane[emulator]'",
        name=missing.name,
    ) from missing

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
