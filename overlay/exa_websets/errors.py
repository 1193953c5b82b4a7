"""Exceptions raised by exa_websets.

    ExaWebsetsError
    ├── ApiError                       status_code, code, message, details, body
    │   ├── BadRequestError            400
    │   ├── UnauthorizedError          401
    │   ├── ForbiddenError             403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   ├── ServerError                5xx
    │   ├── ResponseValidationError    a 2xx body that is not the shape the document promises
    │   ├── ResponseTooLargeError      an answer over the size cap, not read past it (.limit, .size)
    │   ├── RedirectError              a redirect to another origin, not followed (.location)
    │   └── ApiConnectionError         no response: the connection failed or was dropped
    │       └── ApiTimeoutError        no response in time
    │           └── DeadlineExceededError  the answer not complete by the request's deadline (.seconds)
    ├── UploadError                    the CSV upload to the import's uploadUrl failed (.import_id, .status_code)
    ├── WaitTimeoutError               an import did not finish before wait()'s deadline (.last)
    └── ImportFailedError              an import ended failed (.failed_reason, .failed_message, .model)

Any other status (405, 418...) raises a plain ApiError. No message, repr or attribute holds the API key.

Each class derives from the core's class of the same role too (:mod:`apiwire.errors`): the core raises these
for Exa's clients, as its profile lists them (:data:`TYPES`).
"""

from __future__ import annotations

from typing import Any

from apiwire import errors as _core_errors

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "ExaWebsetsError",
    "ForbiddenError",
    "ImportFailedError",
    "NotFoundError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UploadError",
    "WaitTimeoutError",
]


class ExaWebsetsError(Exception):
    """Base of every exception exa_websets raises on purpose."""


class ApiError(ExaWebsetsError, _core_errors.ApiError):
    """The API answered with an error, or could not be reached (see :class:`apiwire.errors.ApiError`)."""


class BadRequestError(ApiError, _core_errors.BadRequestError):
    """400: the request is malformed or breaks a rule of the API."""


class UnauthorizedError(ApiError, _core_errors.UnauthorizedError):
    """401: the API key is missing or wrong."""


class ForbiddenError(ApiError, _core_errors.ForbiddenError):
    """403: the key may not do this."""


class NotFoundError(ApiError, _core_errors.NotFoundError):
    """404: no such webset, import, item..."""


class ConflictError(ApiError, _core_errors.ConflictError):
    """409: the request conflicts with the object's state."""


class UnprocessableEntityError(ApiError, _core_errors.UnprocessableEntityError):
    """422: well formed, but the API cannot act on it."""


class RateLimitError(ApiError, _core_errors.RateLimitError):
    """429: too many requests, once the retries this operation allows are spent."""


class ServerError(ApiError, _core_errors.ServerError):
    """A 5xx status, once the retries this operation allows are spent."""


class ResponseValidationError(ApiError, _core_errors.ResponseValidationError):
    """A success whose body is not the shape the document gives."""


class ResponseTooLargeError(ApiError, _core_errors.ResponseTooLargeError):
    """An answer over the size cap, not read past it."""


class RedirectError(ApiError, _core_errors.RedirectError):
    """A redirect to another origin, not followed: the key goes to its own origin only."""


class ApiConnectionError(ApiError, _core_errors.ApiConnectionError):
    """No response: the connection failed or was dropped."""


class ApiTimeoutError(ApiConnectionError, _core_errors.ApiTimeoutError):
    """No response in time."""


class DeadlineExceededError(ApiTimeoutError, _core_errors.DeadlineExceededError):
    """The answer was not complete by the request's deadline."""


class UploadError(ExaWebsetsError):
    """The CSV could not be uploaded to the import's ``uploadUrl``: the import exists (``import_id``) but has
    no file; delete it, or create another. ``status_code`` is the upload's status (None: no response)."""

    def __init__(self, message: str, *, import_id: str, status_code: int | None) -> None:
        super().__init__(message)
        self.import_id = import_id
        self.status_code = status_code


class WaitTimeoutError(ExaWebsetsError, _core_errors.WaitTimeoutError):
    """``wait()`` reached its deadline before the import finished; ``last`` is the last import seen."""


class ImportFailedError(ExaWebsetsError, _core_errors.OperationFailedError):
    """The import ended ``failed``: ``failed_reason`` is the API's code (``invalid_format``...),
    ``failed_message`` its explanation, ``model`` the import."""

    @property
    def failed_reason(self) -> Any:
        return self.reasons.get("failedReason")

    @property
    def failed_message(self) -> Any:
        return self.reasons.get("failedMessage")


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
