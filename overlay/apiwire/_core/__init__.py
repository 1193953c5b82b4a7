"""The bottom layer: what generated code calls, importing nothing of the core above it but ``errors`` and ``profile``.

- ``JsonFields``: a model's declared JSON names, accepted in the spec's spelling, snake_case or camelCase;
  ``field_at`` reads a field of a model by the JSON names a profile states.
- ``OpenStrEnum``: an enum value the spec does not list keeps its raw string instead of failing.
- ``parse_datetime`` / ``format_datetime``: a timestamp no parser understands is kept as its raw string.
- ``parse_integer``: an integer field read from a JSON integer or a decimal string (64-bit counts).
- ``json_body`` / ``json_dumps``: response and request bodies as JSON, with orjson.
- ``model_body``: a response body decoded by msgspec straight into its model, else read by ``from_dict``.
- ``parsing``: a response body of the wrong shape raises an ``ApiError``, never a bare exception.
- ``unexpected_status`` / ``http_status``: an undocumented or unassigned status raises an ``ApiError`` too.
- ``path_segment``: a path parameter (an import id, a namespace) always stays one literal segment.
- ``request_body`` / ``OPERATION``: request bodies from keyword arguments; the operation on each request.
- ``check_arguments``: the spec's request constraints, checked before anything is sent.
- ``without_key``: the API key replaced in what an error shows (everywhere from 8 characters, else as a word).

Imported by every generated model, so it imports only what is already loaded with httpx.
"""

from ._constraints import check_arguments
from ._fields import BodyShapeError, JsonFields, camel_case, field_at, snake_case
from ._json import json_body, json_dumps
from ._paths import path_segment
from ._redaction import REDACTED, without_key
from ._requests import OPERATION, request_body
from ._responses import http_status, parsing, unexpected_status, unreadable_body
from ._typed import model_body
from ._values import OpenStrEnum, format_datetime, parse_datetime, parse_integer

__all__ = [
    "OPERATION",
    "REDACTED",
    "BodyShapeError",
    "JsonFields",
    "OpenStrEnum",
    "camel_case",
    "check_arguments",
    "field_at",
    "format_datetime",
    "http_status",
    "json_body",
    "json_dumps",
    "model_body",
    "parse_datetime",
    "parse_integer",
    "parsing",
    "path_segment",
    "request_body",
    "snake_case",
    "unexpected_status",
    "unreadable_body",
    "without_key",
]
