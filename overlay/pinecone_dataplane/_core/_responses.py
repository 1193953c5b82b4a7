"""Responses that are not what the operation promises become ApiErrors, never bare exceptions."""

from __future__ import annotations

from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING

from ..errors import ApiError, ResponseValidationError, error_for_status
from ._redaction import API_KEY_HEADER, redact, without_key

if TYPE_CHECKING:
    import httpx

_ERROR_EXCERPT = 200
# What reading a body of the wrong shape raises: the JSON parser's errors, a model's BodyShapeError
# (both ValueErrors), a wrong kind of value (TypeError), nesting deeper than the parser goes. Anything
# else (ImportError, KeyError, AttributeError...) is a fault in the SDK and is left to propagate as it is.
_BODY_FAULTS = (ValueError, TypeError, RecursionError)


class parsing:  # lowercase: it reads as a statement, ``with _core.parsing(response):``
    """Turns a failure to read a response body into an ApiError carrying the body.

    For a 2xx that is ResponseValidationError: the body is not the shape the API version promises
    (not JSON, a list for an object, a wrong type in a nested model, ...). For an error status whose
    body is not the documented error shape, it is the ApiError for that status.
    """

    __slots__ = ("_response",)

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        # The original exception stays chained as the cause.
        if isinstance(error, _BODY_FAULTS):
            raise unreadable_body(self._response, error) from error


def unreadable_body(response: httpx.Response, error: Exception) -> ApiError:
    # A parse error may quote a value of the body, which may be the key: the cause is cleaned too, since a
    # traceback prints it.
    key = response.request.headers.get(API_KEY_HEADER)
    error.args = tuple(redact(arg, key) if isinstance(arg, str) else arg for arg in error.args)
    cause = redact(f"{type(error).__name__}: {error}", key)[:_ERROR_EXCERPT]
    return _response_error(response, f"the response body is not the shape the API promises ({cause})")


def unexpected_status(response: httpx.Response) -> ApiError:
    """The error for a status the operation does not document (e.g. a new 2xx the server adds later)."""
    problem = f"the server answered {response.status_code}, which this API version does not document here"
    if 200 <= response.status_code < 300:
        # Said plainly because the request took effect: repeating it (a start) could do it twice.
        problem += "; it accepted the request, so check its effect before sending it again"
    return _response_error(response, problem)


def _response_error(response: httpx.Response, problem: str) -> ApiError:
    """An error status's own ApiError; for any other status, ResponseValidationError saying ``problem``."""
    body, headers, reason = without_key(response.request, response)
    if response.status_code >= 400:
        return error_for_status(response.status_code, reason, body, headers)
    return ResponseValidationError(
        problem,
        status_code=response.status_code,
        body=body,
        headers=headers,
        headline=f"{response.status_code} {reason}: {problem}",
    )


def http_status(response: httpx.Response) -> HTTPStatus:
    """The response's status as ``HTTPStatus``, which has no member for unassigned numbers such as 299 or 499.

    Such a status raises the ApiError an undocumented one does, whatever raise_on_unexpected_status says:
    the generated ``Response`` cannot hold it.
    """
    try:
        return HTTPStatus(response.status_code)
    except ValueError:
        raise unexpected_status(response) from None
