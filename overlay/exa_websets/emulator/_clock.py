"""Time as the fake's imports see it: the real clock, or a manual one that tests move.

An import's state is worked out from the clock whenever it is read (an upload at t moves it to
``processing``, and it ends at t + ``processing_seconds``), so no thread runs behind it: with ``ManualClock``
an import that takes ten minutes ends at ``clock.advance(600)``, in no real time at all.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "ManualClock", "SystemClock"]


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


class SystemClock:
    """Real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when ``advance`` is called; safe to move from one thread while the fake reads it
    from another."""

    def __init__(self, start: datetime | None = None) -> None:
        start = start if start is not None else datetime(2026, 1, 1, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("ManualClock start must be timezone-aware")
        self._now = start
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now().isoformat()})"

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"cannot move a clock backwards (seconds={seconds})")
        with self._lock:
            self._now += timedelta(seconds=seconds)
