"""What reading a source gave, kept on disk by the content read: a repeated comparison skips the reading.

Entries live in ``$XDG_CACHE_HOME/pinecone-dataplane/diff`` (``~/.cache/...`` by default), one JSON file
each, named by a digest of everything the result depends on (``apiwire._public_api.digest``), so an edited
file is simply a miss. The cache only saves time: an entry that cannot be read is a miss, and one that
cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

# An entry larger than this was not written by us; it is ignored rather than read.
_MAX_ENTRY_BYTES = 64 * 1024 * 1024


def default_directory() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pinecone-dataplane" / "diff"


class Cache:
    """JSON values by key in ``directory``; ``Cache(None)`` keeps nothing."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def load(self, kind: str, key: str) -> Any | None:
        if self.directory is None:
            return None
        path = self.directory / f"{kind}-{key}.json"
        try:
            with path.open("rb") as file:
                data = file.read(_MAX_ENTRY_BYTES + 1)
            return None if len(data) > _MAX_ENTRY_BYTES else json.loads(data)
        except (OSError, ValueError):
            return None

    def store(self, kind: str, key: str, value: Any) -> None:
        if self.directory is None:
            return
        target = self.directory / f"{kind}-{key}.json"
        # Written aside under a name no other process uses, then renamed: a reader never sees half an entry.
        aside = target.with_name(f"{target.name}.{os.getpid()}.{id(value)}.tmp")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with aside.open("x", encoding="utf-8") as file:
                json.dump(value, file, separators=(",", ":"))
            aside.replace(target)
        except OSError:
            # A read-only or full disk costs the next run the reading, nothing else.
            with contextlib.suppress(OSError):
                aside.unlink()
