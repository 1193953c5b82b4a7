"""Exceptions raised by pinecone_dataplane.

    PineconeDataplaneError
    ├── ApiError                       status_code, code, message, details, body
    │   ├── BadRequestError            400
    │   ├── UnauthorizedError          401
    │   ├── ForbiddenError             403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   ├── ServerError                5xx
    │   ├── ResponseValidationError    a 2xx body that is not the shape the spec promises
    │   ├── ResponseTooLargeError      an answer over the size cap, not read past it (.limit, .size)
    │   ├── RedirectError              a redirect to another origin, not followed (.location)
    │   └── ApiConnectionError         no response: the connection failed or was dropped
    │       └── ApiTimeoutError        no response in time
    │           └── DeadlineExceededError  the answer not complete by the request's deadline (.seconds)
    ├── WaitTimeoutError               an import did not finish before wait()'s deadline (.last)
    ├── ImportFailedError              an import ended Failed or Cancelled (.model, .error)
    ├── ImportNotStartedError          a start's answer was lost and no import of its URI was listed (.uri)
    ├── SourceError                    an import source cannot be read: bad URI, access, network (.uri)
    │   └── SourceExistsError          sources.write would replace Parquet files already there (.existing)
    └── InvalidRecordsError            sources.write was given records an import would refuse (.problems)

Any other status (e.g. 405, 418) raises a plain ApiError. No message, repr or attribute holds the API key.

Each class derives from the core's class of the same role too (:mod:`apiwire.errors`): the core raises these
for Pinecone's clients, as its profile lists them (:data:`TYPES`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from apiwire import errors as _core_errors
from apiwire._core._responses import error_for_status as core_error_for_status
from apiwire.profile import ErrorBody

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "ForbiddenError",
    "ImportFailedError",
    "ImportNotStartedError",
    "InvalidRecordsError",
    "NotFoundError",
    "PineconeDataplaneError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "SourceError",
    "SourceExistsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "error_for_status",
]


class PineconeDataplaneError(Exception):
    """Base of every exception this package raises on purpose."""


class ApiError(PineconeDataplaneError, _core_errors.ApiError):
    """The API answered with an error, or could not be reached.

    ``code``, ``message`` and ``details`` are Pinecone's error fields when the body carried them
    (``message`` otherwise describes the failure); ``body`` and ``headers`` are the raw response's
    (empty when there was no response). ``str(error)`` is one line: status, reason and message.
    """


class BadRequestError(ApiError, _core_errors.BadRequestError):
    """400: the request was malformed or a parameter is invalid."""


class UnauthorizedError(ApiError, _core_errors.UnauthorizedError):
    """401: the API key is missing or wrong."""


class ForbiddenError(ApiError, _core_errors.ForbiddenError):
    """403: the API key may not do this."""


class NotFoundError(ApiError, _core_errors.NotFoundError):
    """404: no such resource (an import id, a namespace, an index host)."""


class ConflictError(ApiError, _core_errors.ConflictError):
    """409: the request conflicts with the current state (e.g. a namespace already holds records)."""


class UnprocessableEntityError(ApiError, _core_errors.UnprocessableEntityError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(ApiError, _core_errors.RateLimitError):
    """429: too many requests; retried automatically up to ``max_retries``."""


class ServerError(ApiError, _core_errors.ServerError):
    """5xx: the service failed; retried automatically for requests safe to repeat."""


class ResponseValidationError(ApiError, _core_errors.ResponseValidationError):
    """A successful response whose body is not the shape the API version promises (``body`` has it)."""


class ResponseTooLargeError(ApiError, _core_errors.ResponseTooLargeError):
    """An answer larger than the client's cap (``limit`` bytes): refused on its Content-Length, or when its body
    grew past the cap while it was read; nothing past the cap is kept. ``size`` is the Content-Length when the
    server sent one, else the bytes read when it was stopped. Not retried: the same request gets the same answer.
    """


class RedirectError(ApiError, _core_errors.RedirectError):
    """The server redirected to another origin (``location``: another scheme, host or port), which is not
    followed: the client sends its API key, and a request's body, only to its own host."""


class ApiConnectionError(ApiError, _core_errors.ApiConnectionError):
    """No response arrived: the connection could not be made or was dropped.

    ``sent`` is False when the request surely never reached the server (no connection was made).
    """


class ApiTimeoutError(ApiConnectionError, _core_errors.ApiTimeoutError):
    """No response arrived within the timeout."""


class DeadlineExceededError(ApiTimeoutError, _core_errors.DeadlineExceededError):
    """The answer was not complete by the request's deadline (``seconds`` after it was sent, or the end of
    ``wait()``'s timeout), though each read was in time: a server trickling its answer."""


class WaitTimeoutError(PineconeDataplaneError, _core_errors.WaitTimeoutError):
    """``wait()`` reached its deadline before the import finished; ``last`` is the last model seen."""


class ImportFailedError(PineconeDataplaneError, _core_errors.OperationFailedError):
    """The import ended Failed or Cancelled; ``error`` is the server's text, ``model`` the import."""


class SourceError(PineconeDataplaneError):
    """An import source (``uri``) cannot be read: an unsupported URI, missing access, a network failure.

    The message says what failed and what to check. A source that can be read but would not import
    cleanly is no error: its report lists the problems.
    """

    def __init__(self, message: str, *, uri: str) -> None:
        super().__init__(message)
        self.uri = uri


class ImportNotStartedError(PineconeDataplaneError):
    """A start whose answer was lost (a timeout, a dropped connection, a 5xx), after which the service listed
    no import of ``uri`` created since the request was sent: as far as it shows, the import was not started.
    The failure that left it unknown is the ``__cause__``."""

    def __init__(self, message: str, *, uri: str) -> None:
        super().__init__(message)
        self.uri = uri


class SourceExistsError(SourceError):
    """A write would replace the Parquet files of a namespace already at the source (``existing``: their URIs);
    ``overwrite=True`` replaces them."""

    def __init__(self, message: str, *, uri: str, existing: tuple[str, ...]) -> None:
        super().__init__(message, uri=uri)
        self.existing = existing


class InvalidRecordsError(PineconeDataplaneError, ValueError):
    """Records given to a write that an import would refuse: ``problems`` (kind, file, row, message) names
    the first of them. The file they were bound for is not left behind; files written before it are."""

    def __init__(self, message: str, *, uri: str, problems: tuple[Any, ...]) -> None:
        super().__init__(message)
        self.uri = uri
        self.problems = problems


TYPES = _core_errors.ErrorTypes(
    api=ApiError,
    by_status={
        400: BadRequestError,
        401: UnauthorizedError,
        403: ForbiddenError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
    },
    server=ServerError,
    validation=ResponseValidationError,
    too_large=ResponseTooLargeError,
    redirect=RedirectError,
    connection=ApiConnectionError,
    timeout=ApiTimeoutError,
    deadline=DeadlineExceededError,
    wait_timeout=WaitTimeoutError,
    operation_failed=ImportFailedError,
)


# rpcStatus is {"code", "message", "details"}; the service also answers {"error": {"code", "message"}, "status": N}.
ERROR_BODY = ErrorBody(
    message=(("error", "message"), ("message",)),
    code=(("error", "code"), ("code",)),
    details=(("error", "details"), ("details",)),
)


def error_for_status(status_code: int, reason: str, body: str, headers: Mapping[str, str] | None = None) -> ApiError:
    """The ApiError subclass for an error response, with a message that says what happened."""
    # TYPES holds this module's classes only.
    return cast(ApiError, core_error_for_status(status_code, reason, body, headers, shape=ERROR_BODY, types=TYPES))
