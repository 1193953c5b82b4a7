"""Compare API versions: what changes for a client between two OpenAPI documents or generated versions.

>>> from pinecone_dataplane._diff import compare
>>> report = compare("2025-04", "2026-04")
>>> print(report.to_markdown())

The command line is ``pinecone-dataplane diff OLD NEW`` (or ``python -m pinecone_dataplane._diff``).
Needs the ``diff`` extra (griffe and PyYAML), imported only when a comparison runs.
"""

from __future__ import annotations

from ._cli import main
from ._compare import SpecNotFoundError, compare, compare_specs, load_document, resolve_spec
from ._extra import MissingExtraError
from ._python import compare_packages
from ._report import Change, Report
from ._spec import SpecError

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
    "resolve_spec",
]
