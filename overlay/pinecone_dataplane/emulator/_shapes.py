"""What differs between API versions in the emulator's rules and answers, in one table.

Each entry holds from its version on, until the next entry: serving a new version's differences means
adding one entry here (and the generated package that makes the version available).
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Shape:
    # ImportModel.validationResult ({"importSuccesses", "importErrors"}) once an import's records are read.
    import_validation_result: bool = False
    # The largest `limit` of GET /vectors/list and GET /namespaces; None: what the integer format holds.
    list_limit: int | None = None
    # 64-bit counts of a namespace (NamespaceDescription.record_count) as decimal strings (proto3 JSON).
    counts_as_strings: bool = False
    # FetchByMetadataRequest.filter is required.
    fetch_by_metadata_needs_filter: bool = False
    # POST /vectors/update with `filter` (and `dryRun`) instead of `id`, answering `matchedRecords`.
    update_by_filter: bool = False
    # Errors of the records and documents operations as ErrorResponse ({"status", "error": {...}}), not rpcStatus.
    records_errors_as_error_response: bool = False


_2025_04 = Shape()
_2025_10 = replace(_2025_04, update_by_filter=True)
_2026_07 = replace(
    _2025_10,
    import_validation_result=True,
    list_limit=100,
    counts_as_strings=True,
    records_errors_as_error_response=True,
    fetch_by_metadata_needs_filter=True,
)

_SHAPES: tuple[tuple[str, Shape], ...] = (("2025-04", _2025_04), ("2025-10", _2025_10), ("2026-07", _2026_07))


def shape_of(version: str) -> Shape:
    """The shape of the newest entry at or before ``version`` (YYYY-MM sorts as text)."""
    found = _SHAPES[0][1]
    for since, shape in _SHAPES:
        if since <= version:
            found = shape
    return found
