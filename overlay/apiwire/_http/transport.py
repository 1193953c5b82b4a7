"""The httpx transport every request of a client goes through, generated functions included.

It adds the credentials in the profile's header (to requests for the client's own origin only) and the
profile's version header when the API has one, retries what the profile says is safe to retry, bounds every
answer in size and time, refuses redirects to another origin, and turns error responses and transport failures
into the profile's error classes (:class:`apiwire.errors.ErrorTypes`). One object serves both ``httpx.Client``
and ``httpx.AsyncClient``, so a client built for either face behaves the same.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from .. import errors
from .._core import OPERATION, without_key
from .._core._extensions import PROFILE
from .._core._redaction import filter_logs, head_without_key, redact, redact_bytes, remember_key
from .._core._responses import error_for_status
from ..profile import ApiProfile
from .policy import RETRYABLE_STATUS, backoff_delay, is_replayable, retry_after_seconds

# The largest answer a client reads when neither it nor its profile says otherwise.
DEFAULT_RESPONSE_CAP = 64 << 20


# Monotonic time by which the current call must be done; set by callers that keep a deadline
# (wait()), honoured by every request and retry pause made in that context.
_deadline: ContextVar[float | None] = ContextVar("apiwire_deadline", default=None)
_DEFAULT_PORTS = {"http": 80, "https": 443}
filter_logs()  # before any client sends: httpcore's DEBUG lines show the headers of every answer


class _DeadlinePassed(httpx.ReadTimeout):
    """Every read was in time, but the whole answer was not: retried like any timeout, then a DeadlineExceededError."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the answer was not complete within {seconds:g} s")
        self.seconds = seconds


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port: what must match for a request to get the client's credentials."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


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

    def __init__(self, request: httpx.Request, profile: ApiProfile, max_retries: int, rng: Callable[[], float]) -> None:
        self._request = request
        self._profile = profile
        self._max_retries = max_retries
        self._rng = rng
        self._replayable = is_replayable(profile.replayable, request.extensions.get(OPERATION), request.method)
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
            raise _as_error(self._request, self._profile, outcome)
        self.made += 1
        logging.getLogger(self._profile.package).debug(
            "retry %d of %d for %s %s after %s, in %.2f s",
            self.made,
            self._max_retries,
            self._request.method,
            self._request.url.path,
            outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__,
            pause,
        )
        return pause


def _as_error(
    request: httpx.Request, profile: ApiProfile, outcome: httpx.Response | httpx.TransportError
) -> errors.ApiError:
    types = profile.error_types
    if isinstance(outcome, httpx.Response):
        body, headers, reason = without_key(request, outcome)
        return error_for_status(outcome.status_code, reason, body, headers, profile=profile)
    where = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(outcome, _DeadlinePassed):
        return types.deadline(f"{where} timed out: {outcome}", seconds=outcome.seconds)
    if isinstance(outcome, httpx.TimeoutException):
        return types.timeout(f"{where} timed out ({type(outcome).__name__})", sent=not never_reached_server(outcome))
    # A protocol error may quote what the server sent (an illegal status line, say).
    detail = redact(str(outcome), request.headers.get(profile.credential.header)) or type(outcome).__name__
    if request.url.scheme == "https" and any(sign in detail for sign in _PLAIN_HTTP_ANSWERS):
        # A host written without a scheme gets https://; a local server often speaks plain HTTP.
        detail += (
            f"; the server answered the TLS handshake in plain HTTP: if it serves plain HTTP (a local "
            f"emulator, say), use http://{request.url.netloc.decode('ascii')}"
        )
    return types.connection(f"{where} failed: {detail}", sent=not never_reached_server(outcome))


# What OpenSSL reports when a plain-HTTP server answers a TLS ClientHello.
_PLAIN_HTTP_ANSWERS = ("WRONG_VERSION_NUMBER", "wrong version number", "record layer failure")


def _bounded_timeout(request: httpx.Request, configured: dict[str, float | None], ends: float) -> None:
    """Each phase's configured timeout, made no longer than what is left until ``ends``."""
    remaining = max(ends - time.monotonic(), 0.001)
    timeouts = dict(configured)
    for phase in ("connect", "read", "write", "pool"):
        current = timeouts.get(phase)
        timeouts[phase] = remaining if current is None else min(current, remaining)
    request.extensions["timeout"] = timeouts


@contextlib.contextmanager
def _timeouts_kept(request: httpx.Request) -> Iterator[dict[str, float | None]]:
    """The request's configured timeouts, which each attempt bounds afresh, put back when it is done."""
    configured: dict[str, float | None] = request.extensions.get("timeout", {})
    try:
        yield configured
    finally:
        request.extensions["timeout"] = configured


# When the current attempt's reads must be done: every read of a connection of httpx's own transports is given
# no longer than what is left, so that a server trickling its status line and headers is cut off too.
_reads_end: ContextVar[tuple[float, float] | None] = ContextVar("apiwire_reads_end", default=None)


def _read_timeout(timeout: float | None) -> tuple[float | None, float | None]:
    """A read's timeout made to end by the attempt's deadline, and the attempt's length when the deadline is
    what bounds it (so that a read cut short by it is the deadline's failure, not the read's)."""
    attempt = _reads_end.get()
    if attempt is None:
        return timeout, None
    ends, seconds = attempt
    remaining = max(ends - time.monotonic(), 0.001)
    if timeout is not None and timeout <= remaining:
        return timeout, None
    return remaining, seconds


class _BoundedStream:
    """An httpcore network stream whose reads end by the attempt's deadline."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded, seconds = _read_timeout(timeout)
        try:
            data: bytes = self._stream.read(max_bytes, bounded)
        except httpcore.ReadTimeout:
            if seconds is None:
                raise
            raise _DeadlinePassed(seconds) from None
        return data

    def start_tls(self, *args: Any, **kwargs: Any) -> _BoundedStream:
        return _BoundedStream(self._stream.start_tls(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:  # write, close, get_extra_info
        return getattr(self._stream, name)


class _AsyncBoundedStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded, seconds = _read_timeout(timeout)
        try:
            data: bytes = await self._stream.read(max_bytes, bounded)
        except httpcore.ReadTimeout:
            if seconds is None:
                raise
            raise _DeadlinePassed(seconds) from None
        return data

    async def start_tls(self, *args: Any, **kwargs: Any) -> _AsyncBoundedStream:
        return _AsyncBoundedStream(await self._stream.start_tls(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _BoundedBackend:
    """An httpcore network backend whose connections' reads end by the attempt's deadline."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(self, *args: Any, **kwargs: Any) -> _BoundedStream:
        return _BoundedStream(self._backend.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> _BoundedStream:
        return _BoundedStream(self._backend.connect_unix_socket(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:  # sleep
        return getattr(self._backend, name)


class _AsyncBoundedBackend:
    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> _AsyncBoundedStream:
        return _AsyncBoundedStream(await self._backend.connect_tcp(*args, **kwargs))

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> _AsyncBoundedStream:
        return _AsyncBoundedStream(await self._backend.connect_unix_socket(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)


def _bound_reads(inner: Any) -> None:
    """Give the connections of httpx's own transport (not a caller's custom one) reads bounded by the deadline.
    httpx keeps its httpcore pool in ``_pool``, and the pool its backend in ``_network_backend``: no public
    accessor."""
    pool = getattr(inner, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, _BoundedBackend | _AsyncBoundedBackend):
        return
    bounded = _AsyncBoundedBackend(backend) if isinstance(inner, httpx.AsyncHTTPTransport) else _BoundedBackend(backend)
    pool._network_backend = bounded  # type: ignore[union-attr]


# An attempt's timing: the request's configured timeouts, when the attempt must be done, and how long that is.
_Timing = tuple[dict[str, float | None], float, float]


# A gzip or deflate body is unpacked here, this much at a time, so that a small body that unpacks to gigabytes
# costs no more than its cap: httpx unpacks each piece read from the network whole.
_UNPACKED_PIECE = 1 << 16
_ZLIB_ENCODINGS = frozenset({"gzip", "x-gzip", "deflate"})


def _unpacker(response: httpx.Response) -> Any:
    """A zlib unpacker for a gzip or deflate body (None for any other: httpx decodes it)."""
    if response.headers.get("Content-Encoding", "").strip().lower() not in _ZLIB_ENCODINGS:
        return None
    import zlib

    return zlib.decompressobj(zlib.MAX_WBITS | 32)  # either header, gzip or zlib


def _unpacked(unpacker: Any, data: bytes) -> Iterator[bytes]:
    import zlib

    try:
        while data:
            yield unpacker.decompress(data, _UNPACKED_PIECE)
            data = unpacker.unconsumed_tail
    except zlib.error as exc:
        raise httpx.DecodingError(f"the compressed body cannot be unpacked: {exc}") from exc


def _pieces(response: httpx.Response) -> Iterator[bytes]:
    unpacker = _unpacker(response)
    if unpacker is None:
        yield from response.iter_bytes()
        return
    for data in response.iter_raw():
        yield from _unpacked(unpacker, data)


async def _async_pieces(response: httpx.Response) -> AsyncIterator[bytes]:
    unpacker = _unpacker(response)
    if unpacker is None:
        async for chunk in response.aiter_bytes():
            yield chunk
        return
    async for data in response.aiter_raw():
        for piece in _unpacked(unpacker, data):
            yield piece


class _Answer:
    """The reading of one answer within its attempt's deadline and its size cap."""

    __slots__ = ("_chunks", "_ends", "_limit", "_profile", "_request", "_seconds", "_size", "response")

    def __init__(
        self,
        request: httpx.Request,
        response: httpx.Response,
        profile: ApiProfile,
        limit: int,
        timing: _Timing,
    ) -> None:
        configured, ends, seconds = timing
        self._request, self.response, self._profile, self._limit = request, response, profile, limit
        self._ends, self._seconds = ends, seconds
        self._chunks: list[bytes] = []
        self._size = 0
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:  # refused before a byte of the body is read
            raise self._too_large(int(length))
        # The body's reads get what is left of the attempt, not a whole timeout of their own.
        _bounded_timeout(request, configured, ends)

    def add(self, chunk: bytes) -> None:
        """Keep one decoded chunk (a compressed body is measured as it unpacks), or stop the answer."""
        self._size += len(chunk)
        if self._size > self._limit:
            raise self._too_large(self._size)
        self._chunks.append(chunk)
        if time.monotonic() > self._ends:
            raise _DeadlinePassed(self._seconds)

    def done(self) -> httpx.Response:
        """The answer read whole, kept as ``Response.read()`` would, with the key replaced wherever the server
        echoed it (in a timestamp, an id, a message): nothing above this sees it."""
        content = b"".join(self._chunks)
        key = self._request.headers.get(self._profile.credential.header)
        self.response._content = redact_bytes(content, key) if key else content
        return self.response

    def _too_large(self, size: int) -> errors.ResponseTooLargeError:
        request = self._request
        shown = f"{size:,} bytes" if self._size == 0 else f"more than {self._limit:,} bytes read"
        return self._profile.error_types.too_large(
            f"the answer to {request.method} {request.url.path} is larger than the {self._limit:,}-byte cap "
            f"({shown}); not read further: pass max_response_bytes=... to the client to allow more",
            limit=self._limit,
            size=size,
            status_code=self.response.status_code,
        )


class ApiTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Credentials, version header, retries and typed errors around httpx's own transports, as ``profile`` says."""

    def __init__(
        self,
        *,
        profile: ApiProfile,
        api_key: str,
        api_version: str,
        max_retries: int,
        host: httpx.URL,
        attempt_timeout: float,
        max_response_bytes: int | None = None,
        sync_inner: httpx.BaseTransport | None = None,
        async_inner: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Any] | None = None,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        self.profile = profile
        self._api_key = api_key
        remember_key(self, api_key)
        filter_logs(profile.package)
        self.api_version = api_version
        self.max_retries = max_retries
        self._host = host
        self._origin = origin(host)
        self._attempt_timeout = attempt_timeout
        self._max_response_bytes = max_response_bytes
        self._sync_inner = sync_inner
        self._async_inner = async_inner
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._rng = rng
        self._lazy_inner = threading.Lock()

    def around(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> ApiTransport:
        """The same credentials and policy around another transport (e.g. a proxy mount of a caller's client)."""
        return ApiTransport(
            profile=self.profile,
            api_key=self._api_key,
            api_version=self.api_version,
            max_retries=self.max_retries,
            host=self._host,
            attempt_timeout=self._attempt_timeout,
            max_response_bytes=self._max_response_bytes,
            sync_inner=inner if isinstance(inner, httpx.BaseTransport) else None,
            async_inner=inner if isinstance(inner, httpx.AsyncBaseTransport) else None,
            sleep=self._sleep,
            async_sleep=self._async_sleep,
            rng=self._rng,
        )

    def _sync_transport(self) -> httpx.BaseTransport:
        # Only a generated sync function called with an AsyncClient's raw client gets here without an
        # inner transport (the clients of the core hand theirs over); made once, under a lock.
        if self._sync_inner is None:
            with self._lazy_inner:
                if self._sync_inner is None:
                    self._sync_inner = httpx.HTTPTransport()
        _bound_reads(self._sync_inner)
        return self._sync_inner

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async_inner is None:
            with self._lazy_inner:
                if self._async_inner is None:
                    self._async_inner = httpx.AsyncHTTPTransport()
        _bound_reads(self._async_inner)
        return self._async_inner

    def __repr__(self) -> str:
        return f"<ApiTransport {self.profile.package} api_version={self.api_version!r} max_retries={self.max_retries}>"

    def _prepare(self, request: httpx.Request) -> _Attempts:
        profile = self.profile
        version_header = profile.version_header
        sent_version = request.headers.get(version_header) if version_header is not None else None
        if sent_version is not None and sent_version != self.api_version:
            raise ValueError(
                f"this client speaks API version {self.api_version}, but the request asks for {sent_version}: "
                f"use {profile.version_module(sent_version)} for that version"
            )
        if origin(request.url) != self._origin:
            # Only a redirect followed by the caller's httpx client, or a URL of another host sent through
            # it, gets here (a redirect's answer is refused first): the key stays home.
            raise ValueError(
                f"refusing to send the API key to {request.url.copy_with(query=None)}: this client sends it "
                f"only to {self._host}"
            )
        if version_header is not None:
            request.headers[version_header] = self.api_version
        request.headers[profile.credential.header] = self._api_key
        request.extensions[PROFILE] = profile
        return _Attempts(request, profile, self.max_retries, self._rng)

    def _attempt(self, request: httpx.Request, configured: dict[str, float | None]) -> _Timing:
        """The configured timeouts, when this attempt must be done (its own timeout after now, or the caller's
        deadline if sooner) and how long that is; the request's timeouts are bounded by it."""
        now = time.monotonic()
        ends = now + self._attempt_timeout
        limit = _deadline.get()
        if limit is not None and limit < ends:
            ends = max(limit, now)
        _bounded_timeout(request, configured, ends)
        return configured, ends, ends - now

    def _answer(self, request: httpx.Request, response: httpx.Response, timing: _Timing) -> _Answer:
        """Start reading ``response``, or refuse it: a redirect elsewhere, a Content-Length over the cap."""
        if 300 <= response.status_code < 400 and "Location" in response.headers:
            self._refuse_foreign_redirect(request, response)
        return _Answer(request, response, self.profile, self._response_cap(request), timing)

    def _response_cap(self, request: httpx.Request) -> int:
        """The most bytes the answer to ``request`` may have: the client's ``max_response_bytes`` if it was
        given one, else what the profile says for the request's operation, else the core's default."""
        if self._max_response_bytes is not None:
            return self._max_response_bytes
        cap = self.profile.response_cap
        return cap(request) if cap is not None else DEFAULT_RESPONSE_CAP

    def _refuse_foreign_redirect(self, request: httpx.Request, response: httpx.Response) -> None:
        # Following a redirect to another origin would send the key, and the request's body, there: refused.
        # A redirect within the origin is left to the caller's httpx client.
        try:
            target: httpx.URL | None = request.url.join(response.headers["Location"])
        except httpx.InvalidURL:
            target = None
        if target is not None and origin(target) == self._origin:
            return
        headers, reason = head_without_key(request, response)
        location = headers["Location"]
        raise self.profile.error_types.redirect(
            f"the server redirected {request.method} {request.url.path} to {location}, another origin: not "
            f"followed, since this client sends its API key only to {self._host}",
            location=location,
            status_code=response.status_code,
            headers=headers,
            headline=f"{response.status_code} {reason}: redirected to {location}, another origin; not followed",
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._prepare(request)
        with _timeouts_kept(request) as configured:
            return self._send(request, attempts, configured)

    def _send(self, request: httpx.Request, attempts: _Attempts, configured: dict[str, float | None]) -> httpx.Response:
        inner = self._sync_transport()
        while True:
            timing = self._attempt(request, configured)
            reads = _reads_end.set(timing[1:])
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = inner.handle_request(request)
                # The body too: a connection dropped or stalled mid-body is a transport failure like any
                # other (retried if safe, else a typed error). Nothing here streams, so reading costs nothing.
                try:  # closed whatever happens: a refused or cut-off answer leaves its connection
                    answer = self._answer(request, outcome, timing)
                    for chunk in _pieces(outcome):
                        answer.add(chunk)
                finally:
                    outcome.close()
                answer.done()
            except httpx.TransportError as exc:
                outcome = exc
            else:
                if outcome.status_code < 400:
                    return outcome
            finally:
                _reads_end.reset(reads)
            self._sleep(attempts.pause_after(outcome))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._prepare(request)
        with _timeouts_kept(request) as configured:
            return await self._send_async(request, attempts, configured)

    async def _send_async(
        self, request: httpx.Request, attempts: _Attempts, configured: dict[str, float | None]
    ) -> httpx.Response:
        inner = self._async_transport()
        if self._async_sleep is None:
            import asyncio  # only async users pay for importing asyncio

            self._async_sleep = asyncio.sleep
        while True:
            timing = self._attempt(request, configured)
            reads = _reads_end.set(timing[1:])
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await inner.handle_async_request(request)
                try:  # as in handle_request
                    answer = self._answer(request, outcome, timing)
                    async for chunk in _async_pieces(outcome):
                        answer.add(chunk)
                finally:
                    await outcome.aclose()
                answer.done()
            except httpx.TransportError as exc:
                outcome = exc
            else:
                if outcome.status_code < 400:
                    return outcome
            finally:
                _reads_end.reset(reads)
            await self._async_sleep(attempts.pause_after(outcome))

    def close(self) -> None:
        if self._sync_inner is not None:
            self._sync_inner.close()

    async def aclose(self) -> None:
        if self._async_inner is not None:
            await self._async_inner.aclose()
