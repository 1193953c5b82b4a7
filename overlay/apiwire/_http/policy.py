"""How a request is retried: which requests may be sent again, and how long to pause before each retry.

A request is retried after a connection failure, a 429 or a 5xx only when sending it twice leaves the
service as sending it once would. That is decided per operation, by the profile's replay table (the generated
request names its operation), and by the HTTP method for a request that names none or an operation the
table does not list.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping

BACKOFF_INITIAL = 0.5
BACKOFF_CAP = 8.0
# A server asking for a longer pause than this is treated as asking for the cap: a caller's
# deadline, not the server, decides how long a call may take.
RETRY_AFTER_CAP = 60.0
RETRYABLE_STATUS = frozenset({429}) | frozenset(range(500, 600))
_REPLAYABLE_METHODS = frozenset({"GET", "HEAD", "DELETE"})


def is_replayable(replayable: Mapping[str, bool], operation: str | None, method: str) -> bool:
    """Whether a request may be sent again after the server might have seen it: as ``replayable`` (operation
    -> may it be replayed) says, else by its method."""
    if operation is not None and operation in replayable:
        return replayable[operation]
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
