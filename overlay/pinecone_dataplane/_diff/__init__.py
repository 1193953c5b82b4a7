"""Compare API versions: what changes for a client between two OpenAPI documents or generated versions.

>>> from pinecone_dataplane._diff import compare
>>> report = compare("2025-04", "2026-04")
>>> print(report.to_markdown())

The command line is ``pinecone-dataplane diff OLD NEW`` (or ``python -m pinecone_dataplane._diff``).
OLD and NEW are versions, paths of OpenAPI 3.0 or 3.1 documents, or ``REV:PATH`` in a git checkout.
Needs the ``diff`` extra (ryaml), imported only when a YAML document is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._cli import main
from ._compare import SpecNotFoundError, compare, compare_specs, load_document, read_spec, resolve_spec
from ._extra import MissingExtraError
from ._report import Change, Report
from ._spec import SpecError

if TYPE_CHECKING:
    from ._python import compare_packages

__all__ = [
    "Change",
    "MissingExtraError",
    "Report",
    "SpecError",
    "SpecNotFoundError",
    "compare",
    "compare_packages",
    "compare_specs",
    "load_document",
    "main",
    "read_spec",
    "resolve_spec",
]


def __getattr__(name: str) -> object:
    # Loaded on first use: comparing documents as files needs none of the Python surfaces' reading.
    if name == "compare_packages":
        from ._python import compare_packages

        return compare_packages
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
