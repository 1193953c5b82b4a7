"""How to install an extra, in a command that works where this package was installed from.

A checkout (``pip install -e .``, or ``overlay/`` on ``sys.path``) is not the package index's
distribution: there, ``pip install 'pinecone-dataplane[diff]'`` would fetch another copy, or fail
offline. Imports nothing of the SDK.
"""

from __future__ import annotations

import shlex
from pathlib import Path

DISTRIBUTION = "pinecone-dataplane"


def checkout() -> Path | None:
    """The source checkout this package runs from, or None for an installed wheel."""
    package = Path(__file__).resolve().parent
    root = package.parent.parent  # <checkout>/overlay/pinecone_dataplane
    if package.parent.name == "overlay" and (root / "pyproject.toml").is_file():
        return root
    return None


def extra_install_command(extra: str) -> str:
    """The pip command that adds ``extra`` to this installation."""
    root = checkout()
    if root is None:
        return f"pip install {shlex.quote(f'{DISTRIBUTION}[{extra}]')}"
    return f"pip install -e {shlex.quote(f'{root}[{extra}]')}"
