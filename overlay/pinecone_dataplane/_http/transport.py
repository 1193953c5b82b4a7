"""The httpx transport every request of the overlay goes through, generated functions included.

It adds the credentials and the version header, retries what is safe to retry, and turns error
responses and transport failures into :mod:`pinecone_dataplane.errors`. One object serves both
``httpx.Client`` and ``httpx.AsyncClient``, so a client built for either face behaves the same.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

from .. import errors
from .._core import API_KEY_HEADER, OPERATION, without_key
from .._versions import module_attribute
from .policy import RETRYABLE_STATUS, backoff_delay, is_replayable, retry_after_seconds

VERSION_HEADER = "X-Pinecone-Api-Version"

logger = logging.getLogger("pinecone_dataplane")

# Monotonic time by which the current call must be done; set by callers that keep a deadline
# (wait()), honoured by every request and retry pause made in that context.
_deadline: ContextVar[float | None] = ContextVar("pinecone_dataplane_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds_from_now: float) -> Iterator[None]:
    """Bound every request (timeouts and retry pauses) made inside the block by a deadline."""
    token = _deadline.set(time.monotonic() + seconds_from_now)
    try:
        yield
    finally:
        _deadline.reset(token)


def never_reached_server(exc: httpx.TransportError) -> bool:
    # A connection that was never made, or never taken from the pool, carried no request.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


class _Attempts:
    """Retry bookkeeping for one request: decides whether and how long to pause, or raises."""

    def __init__(self, request: httpx.Request, max_retries: int, rng: Callable[[], float]) -> None:
        self._request = request
        self._max_retries = max_retries
        self._rng = rng
        self._replayable = is_replayable(request.extensions.get(OPERATION), request.method)
        self.made = 0

    def pause_after(self, outcome: httpx.Response | httpx.TransportError) -> float:
        """Seconds to wait before sending again; raises the typed error when giving up."""
        if isinstance(outcome, httpx.Response):
            retryable = outcome.status_code in RETRYABLE_STATUS and self._replayable
            suggested = retry_after_seconds(outcome.headers.get("Retry-After"))
        else:
            retryable = self._replayable or never_reached_server(outcome)
            suggested = None
        pause = suggested if suggested is not None else backoff_delay(self.made, self._rng)
        limit = _deadline.get()
        over_deadline = limit is not None and time.monotonic() + pause >= limit
        if not retryable or self.made >= self._max_retries or over_deadline:
            raise _as_error(self._request, outcome)
        self.made += 1
        logger.debug(
            "retry %d of %d for %s %s after %s, in %.2f s",
            self.made,
            self._max_retries,
            self._request.method,
            self._request.url.path,
            outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__,
            pause,
        )
        return pause


def _as_error(request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> errors.ApiError:
    if isinstance(outcome, httpx.Response):
        body, headers = without_key(request, outcome)
        return errors.error_for_status(outcome.status_code, outcome.reason_phrase, body, headers)
    where = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(outcome, httpx.TimeoutException):
        return errors.ApiTimeoutError(
            f"{where} timed out ({type(outcome).__name__})", sent=not never_reached_server(outcome)
        )
    detail = str(outcome) or type(outcome).__name__
    if request.url.scheme == "https" and any(sign in detail for sign in _PLAIN_HTTP_ANSWERS):
        # A host written without a scheme gets https://; a local server often speaks plain HTTP.
        detail += (
            f"; the server answered the TLS handshake in plain HTTP: if it serves plain HTTP (a local "
            f"emulator, say), use http://{request.url.netloc.decode('ascii')}"
        )
    return errors.ApiConnectionError(f"{where} failed: {detail}", sent=not never_reached_server(outcome))


# What OpenSSL reports when a plain-HTTP server answers a TLS ClientHello.
_PLAIN_HTTP_ANSWERS = ("WRONG_VERSION_NUMBER", "wrong version number", "record layer failure")


def _bounded_timeout(request: httpx.Request) -> None:
    limit = _deadline.get()
    if limit is None:
        return
    remaining = max(limit - time.monotonic(), 0.001)
    timeouts = dict(request.extensions.get("timeout", {}))
    for phase in ("connect", "read", "write", "pool"):
        current = timeouts.get(phase)
        timeouts[phase] = remaining if current is None else min(current, remaining)
    request.extensions["timeout"] = timeouts


class OverlayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Credentials, version header, retries and typed errors around httpx's own transports."""

    def __init__(
        self,
        *,
        api_key: str,
        api_version: str,
        max_retries: int,
        sync_inner: httpx.BaseTransport | None = None,
        async_inner: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Any] | None = None,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        self._api_key = api_key
        self.api_version = api_version
        self.max_retries = max_retries
        self._sync_inner = sync_inner
        self._async_inner = async_inner
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._rng = rng
        self._lazy_inner = threading.Lock()

    def around(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> OverlayTransport:
        """The same credentials and policy around another transport (e.g. a proxy mount of a caller's client)."""
        return OverlayTransport(
            api_key=self._api_key,
            api_version=self.api_version,
            max_retries=self.max_retries,
            sync_inner=inner if isinstance(inner, httpx.BaseTransport) else None,
            async_inner=inner if isinstance(inner, httpx.AsyncBaseTransport) else None,
            sleep=self._sleep,
            async_sleep=self._async_sleep,
            rng=self._rng,
        )

    def _sync_transport(self) -> httpx.BaseTransport:
        # Only a generated sync function called with an AsyncClient's raw client gets here without an
        # inner transport (the clients the overlay builds hand theirs over); made once, under a lock.
        if self._sync_inner is None:
            with self._lazy_inner:
                if self._sync_inner is None:
                    self._sync_inner = httpx.HTTPTransport()
        return self._sync_inner

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async_inner is None:
            with self._lazy_inner:
                if self._async_inner is None:
                    self._async_inner = httpx.AsyncHTTPTransport()
        return self._async_inner

    def __repr__(self) -> str:
        return f"<OverlayTransport api_version={self.api_version!r} max_retries={self.max_retries}>"

    def _prepare(self, request: httpx.Request) -> _Attempts:
        sent_version = request.headers.get(VERSION_HEADER)
        if sent_version is not None and sent_version != self.api_version:
            raise ValueError(
                f"this client speaks API version {self.api_version}, but the request asks for {sent_version}: "
                f"use pinecone_dataplane.{module_attribute(sent_version)} for that version"
            )
        request.headers[VERSION_HEADER] = self.api_version
        request.headers[API_KEY_HEADER] = self._api_key
        _bounded_timeout(request)
        return _Attempts(request, self.max_retries, self._rng)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._prepare(request)
        inner = self._sync_transport()
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = inner.handle_request(request)
                # The body too: a connection dropped or stalled mid-body is a transport failure like any
                # other (retried if safe, else a typed error). Nothing here streams, so reading costs nothing.
                outcome.read()
            except httpx.TransportError as exc:
                outcome = exc
            else:
                if outcome.status_code < 400:
                    return outcome
            pause = attempts.pause_after(outcome)
            self._sleep(pause)
            _bounded_timeout(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._prepare(request)
        inner = self._async_transport()
        if self._async_sleep is None:
            import asyncio  # only async users pay for importing asyncio

            self._async_sleep = asyncio.sleep
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await inner.handle_async_request(request)
                await outcome.aread()  # the body too, as in handle_request
            except httpx.TransportError as exc:
                outcome = exc
            else:
                if outcome.status_code < 400:
                    return outcome
            pause = attempts.pause_after(outcome)
            await self._async_sleep(pause)
            _bounded_timeout(request)

    def close(self) -> None:
        if self._sync_inner is not None:
            self._sync_inner.close()

    async def aclose(self) -> None:
        if self._async_inner is not None:
            await self._async_inner.aclose()
