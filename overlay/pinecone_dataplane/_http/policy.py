"""Which requests may be sent again, and how long to pause before each retry: stated once, here.

A request is retried after a connection failure, a 429 or a 5xx only when sending it twice leaves the
index as sending it once would. That is decided per operation (the generated request names it), and by
the HTTP method for a request that names none.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable

BACKOFF_INITIAL = 0.5
BACKOFF_CAP = 8.0
# A server asking for a longer pause than this is treated as asking for the cap: a caller's
# deadline, not the server, decides how long a call may take.
RETRY_AFTER_CAP = 60.0
RETRYABLE_STATUS = frozenset({429}) | frozenset(range(500, 600))

# Operation (operationId in snake_case) -> whether it may be sent again after the server may have seen it.
REPLAYABLE: dict[str, bool] = {
    # Reads.
    "describe_bulk_import": True,
    "list_bulk_imports": True,
    "describe_index_stats": True,
    "query_vectors": True,
    "fetch_vectors": True,
    "fetch_vectors_by_metadata": True,
    "list_vectors": True,
    "describe_namespace": True,
    "list_namespaces_operation": True,
    "search_records_namespace": True,
    "fetch_documents": True,
    "list_documents": True,
    "search_documents": True,
    # Writes by id or by filter, and deletes: a second identical request changes nothing more.
    "upsert_vectors": True,
    "update_vector": True,
    "delete_vectors": True,
    "delete_namespace": True,
    "cancel_bulk_import": True,
    "upsert_records_namespace": True,
    "upsert_documents": True,
    "update_documents": True,
    "delete_documents": True,
    # Never: a second start would start a second import; a second create fails as the first's duplicate.
    "start_bulk_import": False,
    "create_namespace": False,
}
_REPLAYABLE_METHODS = frozenset({"GET", "HEAD", "DELETE"})


def is_replayable(operation: str | None, method: str) -> bool:
    """Whether a request may be sent again after the server might have seen it."""
    if operation is not None and operation in REPLAYABLE:
        return REPLAYABLE[operation]
    return method.upper() in _REPLAYABLE_METHODS


def backoff_delay(attempt: int, rng: Callable[[], float] = random.random) -> float:
    """Pause before retry number ``attempt`` (0-based): 0.5 s doubling to 8 s, minus up to 25 % jitter."""
    return float(min(BACKOFF_CAP, BACKOFF_INITIAL * 2**attempt)) * (1 - 0.25 * rng())


def retry_after_seconds(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """The pause a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # rarely needed, and not free to import

        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - now()
        except (TypeError, ValueError, IndexError):
            return None
    if not math.isfinite(seconds):  # float() reads "nan" and "inf" too
        return None
    return min(max(seconds, 0.0), RETRY_AFTER_CAP)
