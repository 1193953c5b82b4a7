"""Bulk imports: ``client.imports`` on every Client (:class:`Imports`) and AsyncClient (:class:`AsyncImports`).

The logic is written once: argument checks are plain functions run before any request, and
:meth:`Imports.wait` is a sans-IO generator (:func:`_waiting`) that yields "poll now" and "sleep this
long" steps. The sync and async classes only drive it and call the generated operations.

Waiting schedule: the first poll is immediate; the pause after it is 1 s and grows 1.5 times per poll up
to 20 s (1, 1.5, 2.25, 3.4, 5.1, 7.6, 11.4, 17.1, then 20 s), so an import that takes ten minutes costs
37 requests. When the percentage's growth between the last two polls says the import ends sooner than
the next pause, the pause is cut to that (never under 1 s), so wait() returns close to the end instead of
up to a whole pause later. ``poll_interval`` fixes the pause instead.
"""

from __future__ import annotations

import importlib
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import errors
from ._pagination import apaginate, paginate
from ._transport import deadline
from ._versions import generated_package

if TYPE_CHECKING:
    from ._client import AsyncClient, SyncClient

ERROR_MODES = ("continue", "abort")
URI_MAX_LENGTH = 1500
ID_MAX_LENGTH = 1000
INTEGRATION_ID_MAX_LENGTH = 1000
PAGE_LIMIT_MAX = 100

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


def _check_text(name: str, value: object, longest: int) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= longest:
        raise ValueError(f"{name} must be a non-empty string of at most {longest} characters, got {_show(value)}")
    return value


def check_uri(uri: object) -> str:
    return _check_text("uri", uri, URI_MAX_LENGTH)


def check_error_mode(error_mode: object) -> str | None:
    """Either "continue" or "abort", in any case, or a member of the version's enum (whose value is one of them)."""
    if error_mode is None:
        return None
    value = getattr(error_mode, "value", error_mode)
    if isinstance(value, str) and value.lower() in ERROR_MODES:
        return value.lower()
    raise ValueError(f"error_mode must be one of {', '.join(map(repr, ERROR_MODES))}, got {_show(error_mode)}")


def check_integration_id(integration_id: object) -> str | None:
    return None if integration_id is None else _check_text("integration_id", integration_id, INTEGRATION_ID_MAX_LENGTH)


def check_id(id: object) -> str:
    """An import id: 1-1000 characters. The generated code encodes it into one path segment."""
    return _check_text("id", id, ID_MAX_LENGTH)


def check_limit(limit: object) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= PAGE_LIMIT_MAX:
        raise ValueError(f"limit must be an integer from 1 to {PAGE_LIMIT_MAX}, got {_show(limit)}")
    return limit


def check_pagination_token(token: object) -> str | None:
    if token is None:
        return None
    if not isinstance(token, str) or not token:
        raise ValueError(f"pagination_token must be a non-empty string, got {_show(token)}")
    return token


def _check_seconds(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds greater than 0, got {_show(value)}")
    return float(value)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def _list_params(limit: object, pagination_token: object = None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if (checked_limit := check_limit(limit)) is not None:
        params["limit"] = checked_limit
    if (checked_token := check_pagination_token(pagination_token)) is not None:
        params["pagination_token"] = checked_token
    return params


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


class _ImportsBase:
    """The generated bulk operations and models of the client's API version, and request building."""

    def __init__(self, client: SyncClient | AsyncClient, *, clock: Callable[[], float]) -> None:
        self._client = client
        self._clock = clock
        package = generated_package(client.API_VERSION)

        def load(module: str) -> Any:
            return importlib.import_module(f"{package}.{module}")

        self._start_op = load("api.bulk_operations.start_bulk_import")
        self._describe_op = load("api.bulk_operations.describe_bulk_import")
        self._cancel_op = load("api.bulk_operations.cancel_bulk_import")
        self._list_op = load("api.bulk_operations.list_bulk_imports")
        self._request_type = load("models.start_import_request").StartImportRequest
        self._started_type = load("models.start_import_response").StartImportResponse
        self._model_type = load("models.import_model").ImportModel
        self._page_type = load("models.list_imports_response").ListImportsResponse
        self._cancelled_type = load("models.cancel_import_response").CancelImportResponse

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _start_body(self, uri: object, error_mode: object, integration_id: object) -> Any:
        # Built from the spec's spelling, so each version's model converts onError its own way
        # (an enum in 2025-04, a string in 2026-04).
        body: dict[str, Any] = {"uri": check_uri(uri)}
        if (mode := check_error_mode(error_mode)) is not None:
            body["errorMode"] = {"onError": mode}
        if (integration := check_integration_id(integration_id)) is not None:
            body["integrationId"] = integration
        return self._request_type.from_dict(body)

    def _wait_steps(
        self,
        id: object,
        timeout: object,
        poll_interval: object,
        on_progress: Callable[[Any], object] | None,
        raise_on_failure: bool,
    ) -> tuple[str, _Steps]:
        checked = check_id(id)
        if on_progress is not None and not callable(on_progress):
            raise ValueError(f"on_progress must be a callable taking the import model, got {_show(on_progress)}")
        steps = _waiting(
            checked,
            timeout=_check_seconds("timeout", timeout),
            poll_interval=_check_seconds("poll_interval", poll_interval),
            on_progress=on_progress,
            raise_on_failure=bool(raise_on_failure),
            clock=self._clock,
        )
        return checked, steps


def _expect(result: Any, expected: type, operation: str) -> Any:
    # The transport raises for error statuses; anything else here means a body of the wrong shape.
    if not isinstance(result, expected):
        raise errors.ResponseValidationError(
            f"{operation} returned {type(result).__name__}, not {expected.__name__}", body=repr(result)
        )
    return result


class Imports(_ImportsBase):
    """Start, watch, list and cancel bulk imports (``client.imports``)."""

    def __init__(
        self,
        client: SyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(client, clock=clock)
        self._sleep = sleep

    def start(self, uri: str, *, error_mode: Any = None, integration_id: str | None = None) -> Any:
        """Start importing from ``uri``; returns the StartImportResponse (``.id``).

        ``error_mode``: "continue" (skip bad records) or "abort" (stop at the first), any case.
        """
        body = self._start_body(uri, error_mode, integration_id)
        started = self._start_op.sync(client=self._client.raw, body=body)
        return _expect(started, self._started_type, "start_bulk_import")

    def describe(self, id: str) -> Any:
        """The ImportModel of import ``id``."""
        model = self._describe_op.sync(check_id(id), client=self._client.raw)
        return _expect(model, self._model_type, "describe_bulk_import")

    def cancel(self, id: str) -> None:
        """Ask the server to stop import ``id``; an import that already ended is left as it is."""
        _expect(self._cancel_op.sync(check_id(id), client=self._client.raw), self._cancelled_type, "cancel_bulk_import")

    def list(self, *, limit: int | None = None) -> Iterator[Any]:
        """Every import (ImportModel), across all pages; ``limit`` is the page size (1-100)."""
        return paginate(self._list_op, client=self._client.raw, **_list_params(limit))

    def list_page(self, *, limit: int | None = None, pagination_token: str | None = None) -> Any:
        """One ListImportsResponse; pass its ``pagination.next_`` as ``pagination_token`` for the next."""
        page = self._list_op.sync(client=self._client.raw, **_list_params(limit, pagination_token))
        return _expect(page, self._page_type, "list_bulk_imports")

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[Any], object] | None = None,
        raise_on_failure: bool = False,
    ) -> Any:
        """Poll import ``id`` until it is Completed, Failed or Cancelled, and return that ImportModel.

        ``timeout`` (seconds, default none) raises :class:`~pinecone_dataplane.errors.WaitTimeoutError`
        with ``.last``; ``on_progress(model)`` runs whenever status, percent or records change;
        ``raise_on_failure`` raises :class:`~pinecone_dataplane.errors.ImportFailedError` for Failed
        or Cancelled. The polling schedule is in this module's docstring.
        """
        checked, steps = self._wait_steps(id, timeout, poll_interval, on_progress, raise_on_failure)
        try:
            step = next(steps)
            while True:
                if isinstance(step, _Sleep):
                    self._sleep(step.seconds)
                    step = steps.send(None)
                    continue
                outcome: Any
                try:
                    with _bounded(step.time_left):
                        outcome = self.describe(checked)
                except errors.ApiError as error:
                    outcome = error
                step = steps.send(outcome)
        except StopIteration as done:
            return done.value


class AsyncImports(_ImportsBase):
    """Start, watch, list and cancel bulk imports (``client.imports`` of an AsyncClient): awaitable."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        super().__init__(client, clock=clock)
        if sleep is None:
            import asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    async def start(self, uri: str, *, error_mode: Any = None, integration_id: str | None = None) -> Any:
        """Start importing from ``uri``; see :meth:`Imports.start`."""
        body = self._start_body(uri, error_mode, integration_id)
        started = await self._start_op.asyncio(client=self._client.raw, body=body)
        return _expect(started, self._started_type, "start_bulk_import")

    async def describe(self, id: str) -> Any:
        """The ImportModel of import ``id``."""
        model = await self._describe_op.asyncio(check_id(id), client=self._client.raw)
        return _expect(model, self._model_type, "describe_bulk_import")

    async def cancel(self, id: str) -> None:
        """Ask the server to stop import ``id``; see :meth:`Imports.cancel`."""
        cancelled = await self._cancel_op.asyncio(check_id(id), client=self._client.raw)
        _expect(cancelled, self._cancelled_type, "cancel_bulk_import")

    def list(self, *, limit: int | None = None) -> AsyncIterator[Any]:
        """Every import, across all pages: ``async for model in client.imports.list(): ...``."""
        return apaginate(self._list_op, client=self._client.raw, **_list_params(limit))

    async def list_page(self, *, limit: int | None = None, pagination_token: str | None = None) -> Any:
        """One ListImportsResponse; see :meth:`Imports.list_page`."""
        page = await self._list_op.asyncio(client=self._client.raw, **_list_params(limit, pagination_token))
        return _expect(page, self._page_type, "list_bulk_imports")

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[Any], object] | None = None,
        raise_on_failure: bool = False,
    ) -> Any:
        """Poll import ``id`` until it ends; see :meth:`Imports.wait`."""
        checked, steps = self._wait_steps(id, timeout, poll_interval, on_progress, raise_on_failure)
        try:
            step = next(steps)
            while True:
                if isinstance(step, _Sleep):
                    await self._sleep(step.seconds)
                    step = steps.send(None)
                    continue
                outcome: Any
                try:
                    with _bounded(step.time_left):
                        outcome = await self.describe(checked)
                except errors.ApiError as error:
                    outcome = error
                step = steps.send(outcome)
        except StopIteration as done:
            return done.value
