"""Responses that are not what the operation promises become ApiErrors, never bare exceptions.

Each error is the class the sending client's profile names for it (:class:`apiwire.errors.ErrorTypes`), with
the code, message and details read where the profile's :class:`~apiwire.profile.ErrorBody` says.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import DEFAULT_TYPES, ApiError, ErrorTypes
from ..profile import ErrorBody, FieldPath
from ._extensions import caller_profile, profile_of, sent_key
from ._redaction import redact, without_key

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ..profile import ApiProfile

_ERROR_EXCERPT = 200
_BODY_EXCERPT = 500
# What reading a body of the wrong shape raises: the JSON parser's errors, a model's BodyShapeError
# (both ValueErrors), a wrong kind of value (TypeError), nesting deeper than the parser goes. Anything
# else (ImportError, KeyError, AttributeError...) is a fault in the SDK and is left to propagate as it is.
_BODY_FAULTS = (ValueError, TypeError, RecursionError)
# How an error body is read for a request no profiled client sent: its top-level fields.
_PLAIN_BODY = ErrorBody(message=(("message",),), code=(("code",),), details=(("details",),))


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
    profile = _profile(response)
    key = sent_key(response.request, profile)
    error.args = tuple(redact(arg, key) if isinstance(arg, str) else arg for arg in error.args)
    cause = redact(f"{type(error).__name__}: {error}", key)[:_ERROR_EXCERPT]
    return _response_error(response, f"the response body is not the shape the API promises ({cause})", profile)


def unexpected_status(response: httpx.Response) -> ApiError:
    """The error for a status the operation does not document (e.g. a new 2xx the server adds later)."""
    problem = f"the server answered {response.status_code}, which this API version does not document here"
    if 200 <= response.status_code < 300:
        # Said plainly because the request took effect: repeating it (a create) could do it twice.
        problem += "; it accepted the request, so check its effect before sending it again"
    return _response_error(response, problem, _profile(response))


def _profile(response: httpx.Response) -> ApiProfile | None:
    return profile_of(response.request) or caller_profile()


def _response_error(response: httpx.Response, problem: str, profile: ApiProfile | None) -> ApiError:
    """An error status's own ApiError; for any other status, ResponseValidationError saying ``problem``."""
    body, headers, reason = without_key(response.request, response, profile)
    if response.status_code >= 400:
        return error_for_status(response.status_code, reason, body, headers, profile=profile)
    types = profile.error_types if profile is not None else DEFAULT_TYPES
    return types.validation(
        problem,
        status_code=response.status_code,
        body=body,
        headers=headers,
        headline=f"{response.status_code} {reason}: {problem}",
    )


def error_for_status(
    status_code: int,
    reason: str,
    body: str,
    headers: Mapping[str, str] | None = None,
    *,
    profile: ApiProfile | None = None,
    shape: ErrorBody | None = None,
    types: ErrorTypes | None = None,
) -> ApiError:
    """The ApiError subclass for an error response, with a message that says what happened: of the classes
    ``types`` (else the profile's) lists, its fields read from the body as ``shape`` (else the profile's) says."""
    if shape is None:
        shape = profile.errors if profile is not None else _PLAIN_BODY
    if types is None:
        types = profile.error_types if profile is not None else DEFAULT_TYPES
    code, message, details = _error_fields(body, shape)
    if message is None:
        message = " ".join(body[:_BODY_EXCERPT].split()) or "(empty body)"
    return types.for_status(status_code)(
        message,
        status_code=status_code,
        code=code,
        details=details,
        body=body,
        headers=headers,
        headline=f"{status_code} {reason}: {message}",
    )


def _error_fields(body: str, shape: ErrorBody) -> tuple[Any, str | None, Any]:
    """(code, message, details) from a JSON error body, each from the first of its paths the body holds."""
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        return None, None, None
    if not isinstance(parsed, dict):
        return None, None, None
    message = _first(parsed, shape.message, text=True)
    return _first(parsed, shape.code), message, _first(parsed, shape.details)


def _first(body: dict[str, Any], paths: tuple[FieldPath, ...], *, text: bool = False) -> Any:
    for path in paths:
        value: Any = body
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value is not None and (not text or isinstance(value, str)):
            return value
    return None


def http_status(response: httpx.Response) -> HTTPStatus:
    """The response's status as ``HTTPStatus``, which has no member for unassigned numbers such as 299 or 499.

    Such a status raises the ApiError an undocumented one does, whatever raise_on_unexpected_status says:
    the generated ``Response`` cannot hold it.
    """
    try:
        return HTTPStatus(response.status_code)
    except ValueError:
        raise unexpected_status(response) from None
