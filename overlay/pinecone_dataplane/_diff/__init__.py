"""Compare API versions: what changes for a client between two OpenAPI documents or generated versions.

>>> from pinecone_dataplane._diff import compare
>>> report = compare("2025-04", "2026-04")
>>> print(report.to_markdown())

The command line is ``pinecone-dataplane diff OLD NEW`` (or ``python -m pinecone_dataplane._diff``).
OLD and NEW are versions, paths of OpenAPI 3.0 or 3.1 documents, or ``REV:PATH`` in a git checkout.
Needs the ``diff`` extra (PyYAML), imported only when a YAML document is read.
"""

from __future__ import annotations

from ._cli import main
from ._compare import SpecNotFoundError, compare, compare_specs, load_document, read_spec, resolve_spec
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
    "read_spec",
    "resolve_spec",
]
