"""Waiting on any long-running operation, as its profile's :class:`~apiwire.profile.LongRunning` describes it.

The logic is a sans-IO generator (:func:`waiting`) that yields "poll now" (:class:`Poll`) and "sleep this
long" (:class:`Sleep`) steps and is sent back each poll's model, or the ApiError the poll raised;
:func:`wait_sync` and :func:`wait_async` drive it, so the sync and async faces share every decision.

Schedule: the first poll is immediate; the pause after it is 1 s and grows 1.5 times per poll up to 20 s, so
an operation that takes ten minutes costs 37 requests. When the operation reports its progress as a
percentage and its growth between the last two polls says it ends sooner than the next pause, the pause is
cut to that (never under 1 s). At 100 % in a status the profile says still works after it (building an
index), nothing is left to estimate: the pause keeps growing on the schedule. ``poll_interval`` fixes the
pause instead. Transient failures of a poll (a connection, a 429, a 5xx, after the transport's own retries)
are skipped over, up to five in a row.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Generator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from . import errors
from ._core import field_at
from ._http.transport import deadline

if TYPE_CHECKING:
    from .profile import LongRunning

FIRST_INTERVAL = 1.0
INTERVAL_GROWTH = 1.5
MAX_INTERVAL = 20.0
MAX_FAILED_POLLS = 5
_TRANSIENT = (errors.ApiConnectionError, errors.ServerError, errors.RateLimitError)
_SHOWN = 60

ModelT = TypeVar("ModelT")


@dataclass(frozen=True, slots=True)
class Poll:
    """Read the operation now; ``time_left`` bounds the request (None: no deadline)."""

    time_left: float | None


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


# What a driver sends back: after a Poll the model or the ApiError the request raised; after a Sleep, None.
Steps = Generator[Poll | Sleep, Any, Any]


def status_of(model: Any, operation: LongRunning) -> str | None:
    """The operation's status as the server spelled it (None when it sent none)."""
    status = field_at(model, operation.status)
    return status if isinstance(status, str) else None


def progress_of(model: Any, operation: LongRunning) -> float | None:
    """The operation's percentage done, when it reports one as a finite number."""
    if operation.progress is None:
        return None
    percent = field_at(model, operation.progress)
    if isinstance(percent, bool) or not isinstance(percent, int | float) or not math.isfinite(percent):
        return None
    return float(percent)


def _folded(statuses: frozenset[str]) -> frozenset[str]:
    return frozenset(status.casefold() for status in statuses)


def failure_reasons(model: Any, operation: LongRunning) -> dict[str, Any]:
    """The failure fields the server filled in (each by its JSON path, joined by "."): why the operation failed."""
    reasons = {".".join(path): field_at(model, path) for path in operation.failure}
    return {name: value for name, value in reasons.items() if isinstance(value, str | int | float) and value != ""}


class _Finish:
    """When the operation should end, judged from how fast its percentage grew between two polls."""

    def __init__(self, operation: LongRunning) -> None:
        self._operation = operation
        self._previous: tuple[float, float] | None = None

    def pause(self, now: float, outcome: Any, interval: float) -> float:
        """``interval``, or less when the operation should end sooner; never under the first interval,
        so that an estimate gone wrong cannot turn into a busy loop."""
        percent = None if isinstance(outcome, errors.ApiError) else progress_of(outcome, self._operation)
        if percent is None or self._working_after_progress(outcome, percent):
            return interval
        previous, self._previous = self._previous, (now, percent)
        if previous is None or now <= previous[0] or percent <= previous[1]:
            return interval
        rate = (percent - previous[1]) / (now - previous[0])
        return min(interval, max((100.0 - percent) / rate, FIRST_INTERVAL))

    def _working_after_progress(self, model: Any, percent: float) -> bool:
        status = status_of(model, self._operation)
        working = self._operation.working_after_progress
        return percent >= 100.0 and status is not None and status.casefold() in _folded(working)


def check_seconds(name: str, value: object) -> float | None:
    """``value`` as seconds, None for None; ValueError naming ``name`` for anything not a number above 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds greater than 0, got {_show(value)}")
    return float(value)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else f"{text[: _SHOWN - 3]}..."


def waiting(
    what: str,
    operation: LongRunning,
    *,
    timeout: object,
    poll_interval: object,
    on_progress: Callable[[Any], object] | None,
    raise_on_failure: bool,
    clock: Callable[[], float],
    types: errors.ErrorTypes = errors.DEFAULT_TYPES,
) -> Steps:
    """The steps of waiting on ``what`` ("import 101") until its status is one ``operation`` ends with.

    Returns (as the generator's value) the last model; raises ``types.wait_timeout`` when ``timeout`` passes
    first, ``types.operation_failed`` for an operation that ended without succeeding when ``raise_on_failure``,
    and a poll's ApiError when it is not transient or too many failed in a row. The arguments are checked
    here, before the first step: a bad one raises ValueError.
    """
    if on_progress is not None and not callable(on_progress):
        raise ValueError(f"on_progress must be a callable taking the model, got {_show(on_progress)}")
    return _steps(
        what,
        operation,
        timeout=check_seconds("timeout", timeout),
        poll_interval=check_seconds("poll_interval", poll_interval),
        on_progress=on_progress,
        raise_on_failure=bool(raise_on_failure),
        clock=clock,
        types=types,
    )


def _steps(
    what: str,
    operation: LongRunning,
    *,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: Callable[[Any], object] | None,
    raise_on_failure: bool,
    clock: Callable[[], float],
    types: errors.ErrorTypes,
) -> Steps:
    failed = _folded(operation.failed)
    ended = _folded(operation.succeeded) | failed
    started = clock()
    ends = None if timeout is None else started + timeout
    interval = poll_interval or FIRST_INTERVAL
    last: Any = None
    failed_polls = 0
    finish = _Finish(operation)

    def timed_out(cause: BaseException | None = None) -> errors.WaitTimeoutError:
        status = status_of(last, operation) if last is not None else None
        state = f"last status {status or 'unknown'}" if last is not None else "no status received"
        error = types.wait_timeout(f"{what} did not finish within {timeout:g} s ({state})", last=last)
        error.__cause__ = cause
        return error

    while True:
        outcome = yield Poll(None if ends is None else ends - clock())
        if isinstance(outcome, errors.ApiError):
            failed_polls += 1
            if ends is not None and clock() >= ends:
                raise timed_out(outcome)
            if not isinstance(outcome, _TRANSIENT) or failed_polls >= MAX_FAILED_POLLS:
                raise outcome
        else:
            failed_polls = 0
            if outcome != last and on_progress is not None:  # reported once per change of what it says
                on_progress(outcome)
            last = outcome
            status = status_of(outcome, operation)
            if status is not None and status.casefold() in ended:
                if raise_on_failure and status.casefold() in failed:
                    raise _failure(what, status, outcome, operation, types)
                return outcome
        now = clock()
        if ends is not None and now >= ends:
            raise timed_out()
        # Near its end, poll when the operation should finish rather than a whole interval later.
        pause = interval if poll_interval is not None else finish.pause(now, outcome, interval)
        yield Sleep(pause if ends is None else min(pause, ends - now))
        if ends is not None and clock() >= ends:
            raise timed_out()
        if poll_interval is None:
            interval = min(interval * INTERVAL_GROWTH, MAX_INTERVAL)


def _failure(
    what: str, status: str, model: Any, operation: LongRunning, types: errors.ErrorTypes
) -> errors.OperationFailedError:
    reasons = failure_reasons(model, operation)
    error = ": ".join(str(value) for value in reasons.values()) or None
    message = f"{what} ended {status}"
    return types.operation_failed(
        f"{message}: {error}" if error else message, model=model, error=error, reasons=reasons
    )


def bounded(time_left: float | None) -> AbstractContextManager[None]:
    """Every request made inside bounded by what is left of the wait (nothing when it has no deadline)."""
    return nullcontext() if time_left is None else deadline(time_left)


def wait_sync(steps: Steps, poll: Callable[[], ModelT], sleep: Callable[[float], object]) -> ModelT:
    """Drive ``steps``: ``poll()`` reads the operation, ``sleep(seconds)`` pauses."""
    try:
        step = next(steps)
        while True:
            if isinstance(step, Sleep):
                sleep(step.seconds)
                step = steps.send(None)
                continue
            outcome: ModelT | errors.ApiError
            try:
                with bounded(step.time_left):
                    outcome = poll()
            except errors.ApiError as error:
                outcome = error
            step = steps.send(outcome)
    except StopIteration as done:
        finished: ModelT = done.value
        return finished


async def wait_async(
    steps: Steps, poll: Callable[[], Awaitable[ModelT]], sleep: Callable[[float], Awaitable[object]]
) -> ModelT:
    """Drive ``steps`` as :func:`wait_sync` does, awaiting each poll and pause."""
    try:
        step = next(steps)
        while True:
            if isinstance(step, Sleep):
                await sleep(step.seconds)
                step = steps.send(None)
                continue
            outcome: ModelT | errors.ApiError
            try:
                with bounded(step.time_left):
                    outcome = await poll()
            except errors.ApiError as error:
                outcome = error
            step = steps.send(outcome)
    except StopIteration as done:
        finished: ModelT = done.value
        return finished
