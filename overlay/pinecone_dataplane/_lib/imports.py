"""Bulk imports: the hand-written part of ``client.imports`` in every API version.

Each version's generated ``Imports`` (``AsyncImports``) derives from :class:`SyncImports`
(:class:`AsyncImports`) and supplies the typed operations (``describe``, ``list``, ``cancel``...); this
module adds ``start`` (error mode as text, argument checks) and ``wait``, written once for every version.

The logic is written once: argument checks are plain functions run before any request, and ``wait`` is a
sans-IO generator (:func:`_waiting`) that yields "poll now" and "sleep this long" steps; the sync and
async classes only drive it.

Waiting schedule: the first poll is immediate; the pause after it is 1 s and grows 1.5 times per poll up
to 20 s (1, 1.5, 2.25, 3.4, 5.1, 7.6, 11.4, 17.1, then 20 s), so an import that takes ten minutes costs
37 requests. When the percentage's growth between the last two polls says the import ends sooner than
the next pause, the pause is cut to that (never under 1 s), so wait() returns close to the end instead of
up to a whole pause later. ``poll_interval`` fixes the pause instead.
"""

from __future__ import annotations

import math
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Generator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from .. import errors
from .._http.transport import deadline
from .resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._client import AsyncClient, SyncClient


class ImportLike(Protocol):
    """What ``wait`` reads of an import model, in every API version."""

    @property
    def status(self) -> str | None: ...
    @property
    def percent_complete(self) -> float | None: ...
    @property
    def records_imported(self) -> int | None: ...
    @property
    def error(self) -> str | None: ...


class StartedLike(Protocol):
    @property
    def id(self) -> str: ...


ModelT = TypeVar("ModelT", bound=ImportLike)
StartedT = TypeVar("StartedT", bound=StartedLike)

ERROR_MODES = ("continue", "abort")

FIRST_INTERVAL = 1.0
INTERVAL_GROWTH = 1.5
MAX_INTERVAL = 20.0
# Polls that fail with a transient error (connection, timeout, 429, 5xx, after the transport's own
# retries) are skipped over, so an hours-long wait survives a flaky network; this many in a row end it.
MAX_FAILED_POLLS = 5

TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled"})
UNSUCCESSFUL_STATUSES = frozenset({"failed", "cancelled"})
_TRANSIENT = (errors.ApiConnectionError, errors.ServerError, errors.RateLimitError)


# ---------------------------------------------------------------- argument checks (before any request)
# Ids, URIs and page sizes are checked by the generated operations, against the spec's constraints.


def check_error_mode(error_mode: object) -> str | None:
    """Either "continue" or "abort", in any case, or a member of the version's enum (whose value is one of them)."""
    if error_mode is None:
        return None
    value = getattr(error_mode, "value", error_mode)
    if isinstance(value, str) and value.lower() in ERROR_MODES:
        return value.lower()
    raise ValueError(f"error_mode must be one of {', '.join(map(repr, ERROR_MODES))}, got {_show(error_mode)}")


def _check_seconds(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds greater than 0, got {_show(value)}")
    return float(value)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


# ---------------------------------------------------------------- waiting, as steps


def status_of(model: Any) -> str:
    """The import's status in lower case ("" when the server sent none)."""
    status = getattr(model, "status", None)
    return status.lower() if isinstance(status, str) else ""


def status_text(model: Any) -> str:
    """The import's status as the server spelled it ("unknown" when it sent none)."""
    status = getattr(model, "status", None)
    return str(status) if isinstance(status, str) else "unknown"


def _progress(model: Any) -> tuple[str, object, object]:
    return status_of(model), model.percent_complete, model.records_imported


class _Finish:
    """When the import should end, judged from how fast its percentage grew between two polls."""

    def __init__(self) -> None:
        self._previous: tuple[float, float] | None = None

    def pause(self, now: float, outcome: Any, interval: float) -> float:
        """``interval``, or less when the import should end sooner; never under the first interval,
        so that an estimate gone wrong cannot turn into a busy loop."""
        percent = getattr(outcome, "percent_complete", None)  # None after a failed poll
        if not isinstance(percent, int | float) or not math.isfinite(percent):
            return interval
        previous, self._previous = self._previous, (now, float(percent))
        if previous is None or now <= previous[0] or percent <= previous[1]:
            return interval
        rate = (percent - previous[1]) / (now - previous[0])
        return min(interval, max((100.0 - percent) / rate, FIRST_INTERVAL))


@dataclass(frozen=True, slots=True)
class _Poll:
    """Describe the import now; ``time_left`` bounds the request (None: no deadline)."""

    time_left: float | None


@dataclass(frozen=True, slots=True)
class _Sleep:
    seconds: float


# What a driver sends back: after a _Poll the model or the ApiError the request raised; after a _Sleep, None.
_Steps = Generator[_Poll | _Sleep, Any, Any]


def _waiting(
    id: str,
    *,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: Callable[[Any], object] | None,
    raise_on_failure: bool,
    clock: Callable[[], float],
) -> _Steps:
    started = clock()
    ends = None if timeout is None else started + timeout
    interval = poll_interval or FIRST_INTERVAL
    last: Any = None
    seen: tuple[str, object, object] | None = None
    failed_polls = 0
    finish = _Finish()

    def timed_out(cause: BaseException | None = None) -> errors.WaitTimeoutError:
        state = f"last status {status_text(last)}" if last is not None else "no status received"
        error = errors.WaitTimeoutError(f"import {id} did not finish within {timeout:g} s ({state})", last=last)
        error.__cause__ = cause
        return error

    while True:
        outcome = yield _Poll(None if ends is None else ends - clock())
        if isinstance(outcome, errors.ApiError):
            failed_polls += 1
            if ends is not None and clock() >= ends:
                raise timed_out(outcome)
            if not isinstance(outcome, _TRANSIENT) or failed_polls >= MAX_FAILED_POLLS:
                raise outcome
        else:
            failed_polls = 0
            last = outcome
            if (progress := _progress(outcome)) != seen:
                seen = progress
                if on_progress is not None:
                    on_progress(outcome)
            status = status_of(outcome)
            if status in TERMINAL_STATUSES:
                if raise_on_failure and status in UNSUCCESSFUL_STATUSES:
                    message = f"import {id} ended {status_text(outcome)}"
                    error = outcome.error if isinstance(outcome.error, str) and outcome.error else None
                    raise errors.ImportFailedError(
                        f"{message}: {error}" if error else message, model=outcome, error=error
                    )
                return outcome
        now = clock()
        if ends is not None and now >= ends:
            raise timed_out()
        # Near its end, poll when the import should finish rather than a whole interval later.
        pause = interval if poll_interval is not None else finish.pause(now, outcome, interval)
        yield _Sleep(pause if ends is None else min(pause, ends - now))
        if ends is not None and clock() >= ends:
            raise timed_out()
        if poll_interval is None:
            interval = min(interval * INTERVAL_GROWTH, MAX_INTERVAL)


def _bounded(time_left: float | None) -> AbstractContextManager[None]:
    return nullcontext() if time_left is None else deadline(time_left)


# ---------------------------------------------------------------- the two faces


def start_fields(uri: object, error_mode: object, integration_id: object) -> dict[str, Any]:
    """The start request's fields, checked; ``error_mode`` goes as the spec's ``{"onError": mode}``."""
    fields: dict[str, Any] = {"uri": uri, "integration_id": integration_id}
    if (mode := check_error_mode(error_mode)) is not None:
        fields["error_mode"] = {"on_error": mode}
    return fields


def wait_steps(
    id: object,
    *,
    timeout: object,
    poll_interval: object,
    on_progress: Callable[[Any], object] | None,
    raise_on_failure: bool,
    clock: Callable[[], float],
) -> tuple[str, _Steps]:
    """The id and the waiting steps for it; raises ValueError for a bad argument (the first poll checks the id)."""
    if not isinstance(id, str):
        raise ValueError(f"id must be a non-empty string, got {_show(id)}")
    if on_progress is not None and not callable(on_progress):
        raise ValueError(f"on_progress must be a callable taking the import model, got {_show(on_progress)}")
    steps = _waiting(
        id,
        timeout=_check_seconds("timeout", timeout),
        poll_interval=_check_seconds("poll_interval", poll_interval),
        on_progress=on_progress,
        raise_on_failure=bool(raise_on_failure),
        clock=clock,
    )
    return id, steps


class SyncImports(SyncResource, ABC, Generic[ModelT, StartedT]):
    """``client.imports``: the generated operations of the version, plus ``start`` and ``wait``."""

    def __init__(
        self,
        client: SyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(client)
        self._clock = clock
        self._sleep = sleep

    @abstractmethod
    def describe(self, id: str) -> ModelT:
        """The import ``id`` (generated for each version)."""

    @abstractmethod
    def _start(self, **fields: Any) -> StartedT:
        """The generated start operation, taking the request's fields."""

    def start(self, uri: str, *, error_mode: str | None = None, integration_id: str | None = None) -> StartedT:
        """Start importing from ``uri``; returns the started import (``.id``).

        ``error_mode``: "continue" (skip bad records) or "abort" (stop at the first), any case. Without it
        the service aborts at the first bad record.
        """
        return self._start(**start_fields(uri, error_mode, integration_id))

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ModelT], object] | None = None,
        raise_on_failure: bool = False,
    ) -> ModelT:
        """Poll import ``id`` until it is Completed, Failed or Cancelled, and return that import.

        ``timeout`` (seconds, default none) raises :class:`~pinecone_dataplane.errors.WaitTimeoutError`
        with ``.last``; ``on_progress(model)`` runs whenever status, percent or records change;
        ``raise_on_failure`` raises :class:`~pinecone_dataplane.errors.ImportFailedError` for Failed
        or Cancelled. The polling schedule is in this module's docstring.
        """
        checked, steps = wait_steps(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            clock=self._clock,
        )
        try:
            step = next(steps)
            while True:
                if isinstance(step, _Sleep):
                    self._sleep(step.seconds)
                    step = steps.send(None)
                    continue
                outcome: ModelT | errors.ApiError
                try:
                    with _bounded(step.time_left):
                        outcome = self.describe(checked)
                except errors.ApiError as error:
                    outcome = error
                step = steps.send(outcome)
        except StopIteration as done:
            finished: ModelT = done.value
            return finished


class AsyncImports(AsyncResource, ABC, Generic[ModelT, StartedT]):
    """``client.imports`` of an AsyncClient: the generated operations, plus ``start`` and ``wait`` (awaitable)."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        super().__init__(client)
        self._clock = clock
        if sleep is None:
            import asyncio  # only async users pay for importing asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    @abstractmethod
    async def describe(self, id: str) -> ModelT:
        """The import ``id`` (generated for each version)."""

    @abstractmethod
    async def _start(self, **fields: Any) -> StartedT:
        """The generated start operation, taking the request's fields."""

    async def start(self, uri: str, *, error_mode: str | None = None, integration_id: str | None = None) -> StartedT:
        """Start importing from ``uri``; see :meth:`SyncImports.start`."""
        return await self._start(**start_fields(uri, error_mode, integration_id))

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ModelT], object] | None = None,
        raise_on_failure: bool = False,
    ) -> ModelT:
        """Poll import ``id`` until it ends; see :meth:`SyncImports.wait`."""
        checked, steps = wait_steps(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            clock=self._clock,
        )
        try:
            step = next(steps)
            while True:
                if isinstance(step, _Sleep):
                    await self._sleep(step.seconds)
                    step = steps.send(None)
                    continue
                outcome: ModelT | errors.ApiError
                try:
                    with _bounded(step.time_left):
                        outcome = await self.describe(checked)
                except errors.ApiError as error:
                    outcome = error
                step = steps.send(outcome)
        except StopIteration as done:
            finished: ModelT = done.value
            return finished
