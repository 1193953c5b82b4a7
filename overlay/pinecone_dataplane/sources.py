"""Import sources, read where an import reads them: check one before an import, count and list it after.

The same functions ``client.imports.validate`` and ``client.imports.verify`` use, for a source with no index
at hand (``validate_source(uri, dimension=768)``). Needs the ``parquet`` extra (pyarrow), loaded on first use.
"""

from ._lib.imports import Verification
from ._lib.sources import (
    NamespaceCount,
    Problem,
    ProblemKind,
    SourceFile,
    SourceReport,
    VerifyReport,
    compare_counts,
    find_missing_ids,
    iter_source_ids,
    source_row_counts,
    validate_source,
)

__all__ = [
    "NamespaceCount",
    "Problem",
    "ProblemKind",
    "SourceFile",
    "SourceReport",
    "Verification",
    "VerifyReport",
    "compare_counts",
    "find_missing_ids",
    "iter_source_ids",
    "source_row_counts",
    "validate_source",
]
