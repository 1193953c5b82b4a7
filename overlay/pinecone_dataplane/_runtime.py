"""What generated code calls to read responses tolerantly (the templates in generator-templates/).

Every generated model, enum and endpoint goes through here, so the tolerance holds however an
operation is called: through the overlay's client or a generated function used directly.

- ``JsonFields``: a model's declared JSON names; accepts a field in the spec's spelling, snake_case or
  camelCase (and ``started_at`` for ``createdAt``). Only declared names are renamed, so user data
  (metadata, filters, maps keyed by namespace or id) passes through exactly. It hands a model its
  fields' values in one call, with a fast path for the usual body (every key as the spec spells it).
- ``OpenStrEnum``: an enum value the spec does not list keeps its raw string instead of failing.
- ``parse_datetime``: a timestamp no parser understands is kept as its raw string, with a warning.
- ``json_body``: a response body as JSON, with orjson when it is installed.
- ``parsing``: a response body of the wrong shape raises an ``ApiError``, never a bare exception.
- ``unexpected_status``: an undocumented status raises an ``ApiError`` too (with raise_on_unexpected_status).
- ``http_status``: a status number that is no HTTP status (``299``) raises an ``ApiError``, not ``ValueError``.
- ``path_segment``: a path parameter (an import id, a namespace) always stays one literal segment.

Imported by every generated model, so it imports only what is already loaded with httpx.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cache
from http import HTTPStatus
from operator import itemgetter
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

if TYPE_CHECKING:
    import httpx

    from .errors import ApiError

__all__ = [
    "JsonFields",
    "OpenStrEnum",
    "format_datetime",
    "http_status",
    "parse_datetime",
    "parsing",
    "path_segment",
    "unexpected_status",
]

logger = logging.getLogger("pinecone_dataplane")

# Spellings a server uses for a declared name beyond snake_case/camelCase of it: the 2026-04
# list-imports example calls createdAt "started_at".
_EXTRA_ALIASES = {"createdAt": ("startedAt", "started_at")}

_ERROR_EXCERPT = 200
_LONGEST_TIMESTAMP = 64
_DEFAULTS = (datetime.datetime(2000, 1, 1), datetime.datetime(2001, 2, 2))


def snake_case(name: str) -> str:
    """``createdAt`` -> ``created_at`` (an acronym stays one word: ``typeURL`` -> ``type_url``)."""
    out = []
    after_lower = False
    for char in name:
        if char.isupper() and after_lower:
            out.append("_")
        out.append(char.lower())
        after_lower = char.islower() or char.isdigit()
    return "".join(out)


def _camel(name: str) -> str:
    """``memory_fullness`` -> ``memoryFullness``; a leading underscore (``_id``) is part of the name."""
    if name.startswith("_"):
        return name
    first, *rest = name.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


class JsonFields:
    """The JSON names one generated model declares, in the spec's spelling.

    The alias table (other spelling -> declared name) and the fast path's lookup tables are built on the
    model's first parse, not at import, and reused for every object after.
    """

    __slots__ = ("_absent", "_aliases", "_getter", "_names", "_required", "_spellings", "_unset")

    def __init__(self, *names: str, required: tuple[str, ...] = (), unset: object = None) -> None:
        self._names = names
        self._required = required
        self._unset = unset  # the generated package's UNSET, given for declared fields a body leaves out
        self._aliases: dict[str, str] = {}
        self._spellings: frozenset[str] | None = None  # the aliases' keys; None until first use
        self._absent: dict[str, object] | None = None  # every declared name -> unset; None until first use
        self._getter: Callable[[Mapping[str, Any]], tuple[Any, ...]] = _no_values

    def _build(self) -> frozenset[str]:
        declared = set(self._names)
        for name in self._names:
            # Insertion order is precedence: a name's own other casing beats an extra alias.
            for alias in (snake_case(name), _camel(name), *_EXTRA_ALIASES.get(name, ())):
                if alias not in declared:
                    self._aliases.setdefault(alias, name)
        self._spellings = frozenset(self._aliases)
        return self._spellings

    def read(self, src: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of ``src`` with every declared field under its spec name.

        A field sent in two spellings keeps the spec's; the other stays (in additional_properties).
        Raises TypeError when ``src`` is not a JSON object: ``dict()`` would accept a list of pairs.
        """
        if type(src) is dict:
            d = src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise TypeError(f"expected a JSON object, got {type(src).__name__}")
        spellings = self._spellings
        if spellings is None:
            spellings = self._build()
        if spellings.isdisjoint(d):  # the usual case: every key as the spec spells it
            return d
        for alias, name in self._aliases.items():
            if alias in d and name not in d:
                d[name] = d.pop(alias)
        return d

    def split(self, src: Mapping[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The declared fields' values in declaration order (``unset`` where absent), and every other field.

        What generated ``from_dict`` methods read a body with. A null is read as absent. Raises KeyError for
        an absent (or null) required field, and TypeError when ``src`` is not a JSON object.
        """
        absent = self._absent
        if absent is None:
            absent = self._build_fast_path()
        if type(src) is dict:
            # The usual body holds declared names only, in the spec's spelling: then merging it over
            # the absent fields adds no key, and C code does the work that is otherwise per field.
            merged = {**absent, **src}
            if len(merged) == len(absent):
                values = self._getter(merged)
                if self._required:
                    self._check_required(merged)
                return (self._without_nulls(values) if None in values else values), {}
        d = self.read(src)
        unset = self._unset
        values = tuple(d.pop(name) if name in self._required else d.pop(name, unset) for name in self._names)
        return (self._without_nulls(values) if None in values else values), d

    def _without_nulls(self, values: tuple[Any, ...]) -> tuple[Any, ...]:
        # No property of the specs is nullable, yet servers send null for "no value" (a last page's
        # pagination, a running import's finishedAt): read it as absent rather than fail the whole body.
        for name, value in zip(self._names, values, strict=True):
            if value is None and name in self._required:
                raise KeyError(name)
        return tuple(self._unset if value is None else value for value in values)

    def _build_fast_path(self) -> dict[str, object]:
        names = self._names
        if len(names) > 1:
            self._getter = itemgetter(*names)
        elif names:
            (name,) = names
            self._getter = lambda d: (d[name],)
        self._absent = dict.fromkeys(names, self._unset)
        return self._absent

    def _check_required(self, merged: dict[str, Any]) -> None:
        for name in self._required:
            if merged[name] is self._unset:
                raise KeyError(name)


def _no_values(d: Mapping[str, Any]) -> tuple[Any, ...]:
    return ()


class OpenStrEnum(StrEnum):
    """A string enum that also takes values the spec does not list (a new import status, say).

    A listed value in another case ("completed") is that member. Any other value becomes a pseudo-member:
    an instance of the enum whose value and name are the raw string, equal to that string, and not added
    to the members (so a server cannot grow them).
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        folded = value.casefold()
        for listed in cls:
            if listed.value.casefold() == folded:
                return listed
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


def parse_datetime(value: str) -> datetime.datetime:
    """A response timestamp: ISO 8601 by the standard library, else python-dateutil, else the raw text.

    The raw text (logged as a warning) is returned rather than failing the whole response over one
    field; the annotation stays ``datetime`` because that is what the API promises and nearly always
    sends. A value that is not a string raises TypeError (the body is then the wrong shape).
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return _parse_datetime_leniently(value)


def _parse_datetime_leniently(value: str) -> datetime.datetime:
    # dateutil's time grows with the length of the text, and no timestamp is this long.
    if len(value) <= _LONGEST_TIMESTAMP:
        from dateutil import parser  # only when the standard parser refuses: it is slow to import

        try:
            return parser.isoparse(value)
        except (ValueError, OverflowError):
            pass
        try:
            # parse() fills what the text lacks from a default ("5" is the 5th of this month): parse
            # against two defaults and accept only a text that gives the whole date.
            parsed = parser.parse(value, default=_DEFAULTS[0])
            if parser.parse(value, default=_DEFAULTS[1]).date() == parsed.date():
                return parsed
        except (ValueError, OverflowError):
            pass
    logger.warning("timestamp %r is not a date and time; keeping it as text", value[:_ERROR_EXCERPT])
    return value  # type: ignore[return-value]  # the documented exception to the annotation


def format_datetime(value: datetime.datetime) -> str:
    """The inverse of parse_datetime: a timestamp kept as text is written back as it came."""
    return value.isoformat() if isinstance(value, datetime.datetime) else value


def json_body(response: httpx.Response) -> Any:
    """The response body as JSON: read by orjson when it is installed (about twice as fast), else the standard library.

    What orjson refuses and the standard library reads (NaN, a byte order mark, UTF-16, lone surrogates)
    is handed to the standard library, so the fast reader never rejects a body the slow one accepts.
    """
    content = response.content
    loads = _fast_loads()
    # orjson's error for a malformed body costs about 12 times the body in memory; past this size the
    # standard library (about 1 times) reads it, so a hostile multi-megabyte body stays cheap.
    if loads is not None and len(content) <= _FAST_JSON_LARGEST:
        try:
            return loads(content)
        except ValueError:
            pass
    return json.loads(content)


_FAST_JSON_LARGEST = 1 << 20


@cache
def _fast_loads() -> Callable[[bytes], Any] | None:
    try:
        from orjson import loads  # imported on the first response, not with every generated model
    except ModuleNotFoundError:
        return None
    return cast("Callable[[bytes], Any]", loads)


class parsing:  # lowercase: it reads as a statement, ``with _runtime.parsing(response):``
    """Turns any failure to read a response body into an ApiError carrying the body.

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
        # Anything raised while decoding and building models means the body was not what the spec
        # says; the original exception stays chained as the cause.
        if isinstance(error, Exception):
            raise unreadable_body(self._response, error) from error


def unreadable_body(response: httpx.Response, error: Exception) -> ApiError:
    cause = f"{type(error).__name__}: {error}"[:_ERROR_EXCERPT]
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
    from ._transport import without_key
    from .errors import ResponseValidationError, error_for_status

    body, headers = without_key(response.request, response)
    if response.status_code >= 400:
        return error_for_status(response.status_code, response.reason_phrase, body, headers)
    return ResponseValidationError(
        problem,
        status_code=response.status_code,
        body=body,
        headers=headers,
        headline=f"{response.status_code} {response.reason_phrase}: {problem}",
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


def path_segment(value: object) -> str:
    """``value`` as one URL path segment: reserved characters percent-encoded, and dot segments too.

    ``quote`` leaves "." and ".." as they are, and URL resolution then turns them into steps up the
    path (``/namespaces/..`` would address ``/``); encoded, they stay a literal id or namespace.
    """
    from urllib.parse import quote  # already loaded with httpx

    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment
