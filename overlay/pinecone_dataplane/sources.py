"""Import sources, read where an import reads them: write one, check it before an import, count and list it after.

The same functions ``client.imports.validate`` and ``client.imports.verify`` use, for a source with no index
at hand (``validate_source(uri, dimension=768)``); :func:`write` turns records into one. :func:`check_batch`
and :func:`merge_checks` are the record rules of a check as a pure function of one Arrow record batch, for
any engine to run (``validate_source(engine="dask")`` runs them on a Dask cluster). Needs the ``parquet``
extra (pyarrow and numpy), loaded on first use; ``engine="dask"`` the ``dask`` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._lib.imports import Verification
from ._lib.sources import (
    Engine,
    NamespaceCount,
    Problem,
    ProblemKind,
    SourceFile,
    SourceReport,
    VerifyReport,
    WrittenSource,
    compare_counts,
    find_missing_ids,
    iter_source_ids,
    source_row_counts,
    validate_source,
    write_source,
)

if TYPE_CHECKING:
    from ._lib._checks import BatchCheck, check_batch
    from ._lib._checks import merge as merge_checks

write = write_source

__all__ = [
    "BatchCheck",
    "Engine",
    "NamespaceCount",
    "Problem",
    "ProblemKind",
    "SourceFile",
    "SourceReport",
    "Verification",
    "VerifyReport",
    "WrittenSource",
    "check_batch",
    "compare_counts",
    "find_missing_ids",
    "iter_source_ids",
    "merge_checks",
    "source_row_counts",
    "validate_source",
    "write",
    "write_source",
]

# Loaded on first use: they need pyarrow and numpy, which importing this module does not.
_CHECKS = {"BatchCheck": "BatchCheck", "check_batch": "check_batch", "merge_checks": "merge"}


def __getattr__(name: str) -> Any:
    if name in _CHECKS:
        from ._lib import _checks, sources

        sources._require_pyarrow()
        return getattr(_checks, _CHECKS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
