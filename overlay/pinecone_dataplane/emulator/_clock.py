"""Time as the emulator's imports see it: the real clock, or a manual one that tests and benchmarks move.

Everything time-dependent in an import (the Pending delay, the ``records_per_second`` throttle, the
``createdAt``/``finishedAt`` stamps) goes through a ``Clock``. With ``ManualClock`` an import that
"takes ten minutes" finishes after ``clock.advance(600)`` (600 seconds of the clock's time, a few
milliseconds of real time), and every
request in between sees exactly the state the import would have at that virtual moment.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "ManualClock", "SystemClock"]

# Deadlines are sums of float steps; without slack, advance(1.0) could stop a hair short of a deadline at 1.0.
_EPSILON = 1e-9


class Clock(Protocol):
    """What the emulator needs from a clock.

    Import workers call ``sleep``; the emulator brackets each worker thread with ``worker_started`` (before
    the thread starts) and ``worker_finished``, and calls ``interrupt`` after setting a ``wake`` event
    (cancel, shutdown) so a sleeping worker notices at once.
    """

    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; only differences matter."""
        ...

    def sleep(self, seconds: float, wake: threading.Event) -> None:
        """Block the calling worker for ``seconds``, or until ``wake`` is set and ``interrupt`` called."""
        ...

    def interrupt(self) -> None: ...

    def worker_started(self) -> None: ...

    def worker_finished(self) -> None: ...


class SystemClock:
    """Real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, wake: threading.Event) -> None:
        if seconds > 0:
            wake.wait(seconds)

    def interrupt(self) -> None:
        """Sleepers wait on their own event, so setting it is enough."""

    def worker_started(self) -> None:
        """Nothing to track: real time moves by itself."""

    def worker_finished(self) -> None:
        """Nothing to track: real time moves by itself."""


class ManualClock:
    """A clock that moves only when ``advance`` is called.

    ``advance(seconds)`` returns once every import has caught up with the new time, that is, each worker
    is either finished or asleep until a later moment; ``settle()`` (``advance(0)``) waits for that
    without moving time. A worker that never sleeps (no throttle, no Pending delay) runs to completion
    before ``settle`` returns.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._start = start if start is not None else datetime(2025, 1, 1, tzinfo=UTC)
        if self._start.tzinfo is None:
            raise ValueError("ManualClock start must be timezone-aware")
        self._elapsed = 0.0
        self._cond = threading.Condition()
        self._workers = 0
        # Sleeping workers, keyed by a token each sleep call owns: (deadline, wake event).
        self._sleepers: dict[object, tuple[float, threading.Event]] = {}

    def __repr__(self) -> str:
        return f"ManualClock(elapsed={self._elapsed:g}s, workers={self._workers}, asleep={len(self._sleepers)})"

    @property
    def elapsed(self) -> float:
        """Seconds advanced since the clock was made."""
        return self._elapsed

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._elapsed)

    def monotonic(self) -> float:
        return self._elapsed

    def sleep(self, seconds: float, wake: threading.Event) -> None:
        with self._cond:
            if seconds <= 0 or wake.is_set():
                return
            token = object()
            self._sleepers[token] = (self._elapsed + seconds, wake)
            self._cond.notify_all()  # advance() may be waiting for this worker to fall asleep
            while token in self._sleepers:
                self._cond.wait()

    def interrupt(self) -> None:
        with self._cond:
            self._release_due()

    def worker_started(self) -> None:
        with self._cond:
            self._workers += 1

    def worker_finished(self) -> None:
        with self._cond:
            self._workers -= 1
            self._cond.notify_all()

    def advance(self, seconds: float, *, timeout: float = 30.0) -> None:
        """Move time forward by ``seconds`` and wait until every import has caught up.

        Time moves from one sleeper's deadline to the next, so each worker wakes at exactly the moment
        it asked for: an import due to finish at t=16 s stamps ``finishedAt`` at 16 s even when the
        clock is advanced from 3.5 s to 23.5 s in one call. Raises TimeoutError if the workers have not
        caught up within ``timeout`` real seconds.
        """
        if seconds < 0:
            raise ValueError(f"cannot move a clock backwards (seconds={seconds})")
        with self._cond:
            target = self._elapsed + seconds
            self._release_due()
            while True:
                # Sleepers released above were removed under the lock, so they count as busy from that
                # moment: this wait cannot see a stale "everyone asleep".
                if not self._cond.wait_for(lambda: len(self._sleepers) >= self._workers, timeout):
                    raise TimeoutError(f"emulator imports did not catch up within {timeout:g} s")
                next_deadline = min((deadline for deadline, _ in self._sleepers.values()), default=None)
                if next_deadline is None or next_deadline > target + _EPSILON:
                    break
                self._elapsed = max(self._elapsed, next_deadline)
                self._release_due()
            self._elapsed = target

    def settle(self, *, timeout: float = 30.0) -> None:
        """Wait until every import is finished or asleep, without moving time."""
        self.advance(0.0, timeout=timeout)

    def _release_due(self) -> None:
        due = [
            token
            for token, (deadline, wake) in self._sleepers.items()
            if deadline <= self._elapsed + _EPSILON or wake.is_set()
        ]
        for token in due:
            del self._sleepers[token]
        self._cond.notify_all()
