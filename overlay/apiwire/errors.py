"""The error tree every vendor's package raises through, and the parts of it each vendor names as its own.

    ApiwireError
    ├── ApiError                       status_code, code, message, details, body, headers
    │   ├── BadRequestError            400
    │   ├── UnauthorizedError          401
    │   ├── ForbiddenError             403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   ├── ServerError                5xx
    │   ├── ResponseValidationError    a 2xx body that is not the shape the API promises
    │   ├── ResponseTooLargeError      an answer over the size cap, not read past it (.limit, .size)
    │   ├── RedirectError              a redirect to another origin, not followed (.location)
    │   └── ApiConnectionError         no response: the connection failed or was dropped (.sent)
    │       └── ApiTimeoutError        no response in time
    │           └── DeadlineExceededError  the answer not complete by the request's deadline (.seconds)
    ├── WaitTimeoutError               a long-running operation did not end before the wait's deadline (.last)
    └── OperationFailedError           a long-running operation ended without succeeding (.model, .error, .reasons)

A vendor's package derives its public classes from these (``class NotFoundError(ApiError,
apiwire.errors.NotFoundError)``) under its own base, and lists them in an :class:`ErrorTypes`, which its profile
holds: the core then raises the vendor's classes, so a caller catches them by the vendor's names or by these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class ApiwireError(Exception):
    """Base of every exception the core raises on purpose."""


class ApiError(ApiwireError):
    """The API answered with an error, or could not be reached.

    ``code``, ``message`` and ``details`` are the error body's fields when it carried them (``message``
    otherwise describes the failure); ``body`` and ``headers`` are the raw response's (empty when there was
    no response). ``str(error)`` is one line: status, reason and message.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: Any = None,
        details: Any = None,
        body: str = "",
        headers: Mapping[str, str] | None = None,
        headline: str | None = None,
    ) -> None:
        super().__init__(headline or message)
        self.headers: Mapping[str, str] = headers or {}
        self.status_code = status_code
        self.code = code
        self.message = message
        self.details = details
        self.body = body

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(status_code={self.status_code!r}, code={self.code!r}, message={self.message!r})"


class BadRequestError(ApiError):
    """400: the request was malformed or a parameter is invalid."""


class UnauthorizedError(ApiError):
    """401: the API key is missing or wrong."""


class ForbiddenError(ApiError):
    """403: the API key may not do this."""


class NotFoundError(ApiError):
    """404: no such resource."""


class ConflictError(ApiError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(ApiError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(ApiError):
    """429: too many requests; retried automatically up to ``max_retries``."""


class ServerError(ApiError):
    """5xx: the service failed; retried automatically for requests safe to repeat."""


class ResponseValidationError(ApiError):
    """A successful response whose body is not the shape the API version promises (``body`` has it)."""


class ResponseTooLargeError(ApiError):
    """An answer larger than the client's cap (``limit`` bytes): refused on its Content-Length, or when its body
    grew past the cap while it was read; nothing past the cap is kept. ``size`` is the Content-Length when the
    server sent one, else the bytes read when it was stopped. Not retried: the same request gets the same answer.
    """

    def __init__(self, message: str, *, limit: int, size: int, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.limit = limit
        self.size = size


class RedirectError(ApiError):
    """The server redirected to another origin (``location``: another scheme, host or port), which is not
    followed: the client sends its API key, and a request's body, only to its own host."""

    def __init__(self, message: str, *, location: str, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.location = location


class ApiConnectionError(ApiError):
    """No response arrived: the connection could not be made or was dropped.

    ``sent`` is False when the request surely never reached the server (no connection was made).
    """

    def __init__(self, message: str, *, sent: bool = True, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.sent = sent


class ApiTimeoutError(ApiConnectionError):
    """No response arrived within the timeout."""


class DeadlineExceededError(ApiTimeoutError):
    """The answer was not complete by the request's deadline (``seconds`` after it was sent, or the end of a
    wait's timeout), though each read was in time: a server trickling its answer."""

    def __init__(self, message: str, *, seconds: float, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.seconds = seconds


class WaitTimeoutError(ApiwireError):
    """A wait reached its deadline before the operation ended; ``last`` is the last model seen."""

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.last = last


class OperationFailedError(ApiwireError):
    """A long-running operation ended without succeeding: ``model`` is its last state, ``error`` the server's
    reason as one text, and ``reasons`` each failure field the profile names (its JSON name -> its value)."""

    def __init__(
        self, message: str, *, model: Any, error: str | None, reasons: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.model = model
        self.error = error
        self.reasons: Mapping[str, Any] = reasons or {}


_BY_STATUS: Mapping[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


@dataclass(frozen=True)
class ErrorTypes:
    """The classes the core raises for one vendor: each the vendor's subclass of the class of the same role here."""

    api: type[ApiError] = ApiError
    by_status: Mapping[int, type[ApiError]] = field(default_factory=lambda: dict(_BY_STATUS))
    server: type[ApiError] = ServerError
    validation: type[ResponseValidationError] = ResponseValidationError
    too_large: type[ResponseTooLargeError] = ResponseTooLargeError
    redirect: type[RedirectError] = RedirectError
    connection: type[ApiConnectionError] = ApiConnectionError
    timeout: type[ApiTimeoutError] = ApiTimeoutError
    deadline: type[DeadlineExceededError] = DeadlineExceededError
    wait_timeout: type[WaitTimeoutError] = WaitTimeoutError
    operation_failed: type[OperationFailedError] = OperationFailedError

    def for_status(self, status_code: int) -> type[ApiError]:
        """The class of an error answer's status: its own, else ServerError for a 5xx, else ApiError."""
        return self.by_status.get(status_code) or (self.server if status_code >= 500 else self.api)


DEFAULT_TYPES = ErrorTypes()
