"""Request parsing and error answers shared by every endpoint of the emulator.

Errors are rpcStatus bodies (``{"code", "message", "details"}``, the code a gRPC status code) with the
HTTP status the real service uses.
"""

from __future__ import annotations

import base64
import binascii
import importlib
from functools import cache
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse

from apiwire._core import check_arguments

from .._versions import module_name
from ._store import DEFAULT_NAMESPACE

# orjson (a dependency of the SDK) decodes a 1000-vector upsert body in a fifth of json's time.
_loads = orjson.loads
_DECODE_ERRORS: tuple[type[Exception], ...] = (orjson.JSONDecodeError, UnicodeDecodeError)

_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 9, 413: 8, 414: 3, 431: 3, 500: 13, 503: 14}


class ApiProblem(Exception):
    """Answered as an rpcStatus body with this HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ErrorResponse names its codes (the gRPC codes' names, plus a few of HTTP's own).
_ERROR_CODE_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    413: "PAYLOAD_TOO_LARGE",
    414: "INVALID_ARGUMENT",
    431: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "SERVICE_UNAVAILABLE",
}


def problem_response(
    status: int, message: str, headers: dict[str, str] | None = None, *, error_response: bool = False
) -> JSONResponse:
    """An rpcStatus body, or with ``error_response`` the ErrorResponse body some operations answer instead."""
    if error_response:
        named = {"status": status, "error": {"code": _ERROR_CODE_NAMES.get(status, "UNKNOWN"), "message": message}}
        return JSONResponse(named, status_code=status, headers=headers)
    body = {"code": _GRPC_CODES.get(status, 2), "message": message, "details": []}
    return JSONResponse(body, status_code=status, headers=headers)


async def json_object(request: Request, operation: str | None = None) -> dict[str, Any]:
    """The request body, which every POST the emulator answers requires (the specs say so).

    With ``operation``, the body is also held to the constraints the version's spec states for it (lengths,
    bounds, item counts, combination rules): the same rules, from the same generated table, the SDK checks
    before sending, so a request the spec forbids is a 400 naming the field, as the service answers it.
    """
    raw = await request.body()
    if not raw.strip():
        raise ApiProblem(400, "a JSON object request body is required")
    try:
        body = _loads(raw)
    except _DECODE_ERRORS:
        raise ApiProblem(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiProblem(400, "the request body must be a JSON object")
    if operation is not None:
        _, fields, combinations = _constraints(request.state.api_version).get(operation, ({}, {}, []))
        try:
            check_arguments(fields, body, combinations, spell=str)
        except ValueError as problem:
            raise ApiProblem(400, str(problem)) from None
    return body


@cache
def _constraints(version: str) -> dict[str, Any]:
    return importlib.import_module(f"{module_name(version)}._constraints").OPERATIONS  # type: ignore[no-any-return]


def parse_limit(raw: str | None, *, maximum: int, name: str = "limit", default: int = 100) -> int:
    if raw is None:
        return default
    bounds = f"from 1 to {maximum}"
    # ASCII digits only: int() also reads other scripts' digits, underscores and spaces.
    if not (raw.isascii() and raw.removeprefix("-").isdigit()) or len(raw) > _MAX_LIMIT_DIGITS:
        raise ApiProblem(400, f"{name} must be an integer {bounds}, not {_shorten(raw)!r}")
    limit = int(raw)
    if not 1 <= limit <= maximum:
        raise ApiProblem(400, f"{name} must be an integer {bounds}, not {limit}")
    return limit


def encode_token(kind: str, value: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{value}".encode()).decode().rstrip("=")


def decode_token(token: str | None, kind: str) -> str | None:
    """The value ``encode_token(kind, value)`` put in ``token``; a 400 saying what is wrong for any other."""
    if token is None:
        return None
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, ValueError):  # non-ASCII text, bad padding, bytes that are not UTF-8
        raise ApiProblem(400, "invalid pagination token: not one this emulator handed out (not base64url)") from None
    found, _, value = text.partition(":")
    if found != kind:
        raise ApiProblem(400, "invalid pagination token: not one this emulator handed out for this operation")
    return value


def decode_number_token(token: str | None, kind: str) -> int | None:
    """A token holding a sequence number, as ``encode_token(kind, str(number))`` made it."""
    value = decode_token(token, kind)
    if value is None:
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > _MAX_LIMIT_DIGITS:
        raise ApiProblem(
            400, f"invalid pagination token: it must hold a number in ASCII digits, not {_shorten(value)!r}"
        )
    return int(value)


# More digits than any 64-bit count, short of Python's limit on converting long digit strings.
_MAX_LIMIT_DIGITS = 20


def _shorten(text: str, length: int = 40) -> str:
    """``text`` cut to ``length`` characters for an error message, so a huge value is not echoed whole."""
    return text if len(text) <= length else f"{text[:length]}... ({len(text)} characters)"


def namespace_param(request: Request) -> str:
    return request.query_params.get("namespace") or DEFAULT_NAMESPACE
