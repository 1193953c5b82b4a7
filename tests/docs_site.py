"""Whether the site in site/ was built from the checkout as it is now, so that the docs tests can read it.

``make docs`` writes a fingerprint of everything a build reads (mkdocs.yml, the hooks, the guides in docs/, the
packages the reference is written from, and the versions of the tools that write it) into the site it built;
the tests reuse that site only while the checkout still has the same fingerprint, and build their own otherwise.

    python -m tests.docs_site   # prints the checkout's fingerprint (what ``make docs`` stores)
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import sys
from pathlib import Path

INPUTS = ("mkdocs.yml", "docs_hooks.py", "docs", "overlay", "generated")
TOOLS = ("mkdocs", "mkdocs-material", "mkdocstrings", "mkdocstrings-python", "griffe")
STAMP = ".inputs-fingerprint"


def _files(root: Path) -> list[Path]:
    found = []
    for name in INPUTS:
        path = root / name
        if path.is_file():
            found.append(path)
        for directory, subdirectories, files in os.walk(path):
            subdirectories[:] = [sub for sub in subdirectories if sub != "__pycache__"]
            found += [Path(directory, file) for file in files if not file.endswith(".pyc")]
    return sorted(found)


def _version(tool: str) -> str:
    try:
        return importlib.metadata.version(tool)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def fingerprint(root: Path) -> str:
    """A digest of every input of a build of the site from ``root``: any change to one changes it."""
    digest = hashlib.sha256(sys.version.encode())
    for tool in TOOLS:
        digest.update(f"\0{tool}={_version(tool)}".encode())
    for path in _files(root):
        digest.update(b"\0" + path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def is_current(site: Path, root: Path) -> bool:
    """Whether ``site`` was built (by ``make docs``) from ``root`` as it is now."""
    stamp = site / STAMP
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == fingerprint(root)


if __name__ == "__main__":
    print(fingerprint(Path(__file__).resolve().parent.parent))
