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
    │   └── ApiConnectionError         no response: the connection failed or was dropped
    │       └── ApiTimeoutError        no response in time
    ├── WaitTimeoutError               an import did not finish before wait()'s deadline (.last)
    ├── ImportFailedError              an import ended Failed or Cancelled (.model, .error)
    ├── ImportNotStartedError          a start's answer was lost and no import of its URI was listed (.uri)
    ├── SourceError                    an import source cannot be read: bad URI, access, network (.uri)
    │   └── SourceExistsError          sources.write would replace Parquet files already there (.existing)
    └── InvalidRecordsError            sources.write was given records an import would refuse (.problems)

Any other status (e.g. 405, 418) raises a plain ApiError. No message, repr or attribute holds the API key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "ImportFailedError",
    "ImportNotStartedError",
    "InvalidRecordsError",
    "NotFoundError",
    "PineconeDataplaneError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "SourceError",
    "SourceExistsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "error_for_status",
]

_BODY_EXCERPT = 500


class PineconeDataplaneError(Exception):
    """Base of every exception this package raises on purpose."""


class ApiError(PineconeDataplaneError):
    """The API answered with an error, or could not be reached.

    ``code``, ``message`` and ``details`` are Pinecone's error fields when the body carried them
    (``message`` otherwise describes the failure); ``body`` and ``headers`` are the raw response's
    (empty when there was no response). ``str(error)`` is one line: status, reason and message.
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
    """404: no such resource (an import id, a namespace, an index host)."""


class ConflictError(ApiError):
    """409: the request conflicts with the current state (e.g. a namespace already holds records)."""


class UnprocessableEntityError(ApiError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(ApiError):
    """429: too many requests; retried automatically up to ``max_retries``."""


class ServerError(ApiError):
    """5xx: the service failed; retried automatically for requests safe to repeat."""


class ResponseValidationError(ApiError):
    """A successful response whose body is not the shape the API version promises (``body`` has it)."""


class ApiConnectionError(ApiError):
    """No response arrived: the connection could not be made or was dropped.

    ``sent`` is False when the request surely never reached the server (no connection was made).
    """

    def __init__(self, message: str, *, sent: bool = True, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.sent = sent


class ApiTimeoutError(ApiConnectionError):
    """No response arrived within the timeout."""


class WaitTimeoutError(PineconeDataplaneError):
    """``wait()`` reached its deadline before the import finished; ``last`` is the last model seen."""

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.last = last


class ImportFailedError(PineconeDataplaneError):
    """The import ended Failed or Cancelled; ``error`` is the server's text, ``model`` the import."""

    def __init__(self, message: str, *, model: Any, error: str | None) -> None:
        super().__init__(message)
        self.model = model
        self.error = error


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


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _error_fields(body: str) -> tuple[Any, str | None, Any]:
    """Pinecone's (code, message, details) from a JSON error body, in either shape it uses.

    rpcStatus is ``{"code", "message", "details"}``; the service also answers
    ``{"error": {"code", "message"}, "status": N}``.
    """
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return None, None, None
    if not isinstance(parsed, dict):
        return None, None, None
    inner = parsed.get("error")
    source = inner if isinstance(inner, dict) else parsed
    message = source.get("message")
    return source.get("code"), message if isinstance(message, str) else None, source.get("details")


def error_for_status(status_code: int, reason: str, body: str, headers: Mapping[str, str] | None = None) -> ApiError:
    """The ApiError subclass for an error response, with a message that says what happened."""
    code, message, details = _error_fields(body)
    if message is None:
        message = " ".join(body[:_BODY_EXCERPT].split()) or "(empty body)"
    family = _BY_STATUS.get(status_code) or (ServerError if status_code >= 500 else ApiError)
    return family(
        message,
        status_code=status_code,
        code=code,
        details=details,
        body=body,
        headers=headers,
        headline=f"{status_code} {reason}: {message}",
    )
