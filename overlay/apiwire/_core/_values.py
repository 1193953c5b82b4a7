"""Enum values, timestamps and integers as generated models read them: unknown enum values and odd timestamps kept."""

from __future__ import annotations

import datetime
import logging
import re
from enum import StrEnum
from typing import Self

from ._fields import BodyShapeError

logger = logging.getLogger("apiwire")

_ERROR_EXCERPT = 200
_LONGEST_TIMESTAMP = 64
# A decimal integer as proto3 JSON writes 64-bit counts (ASCII digits only: str.isdigit takes "²").
_DECIMAL = re.compile(r"[+-]?[0-9]+")
_DEFAULTS = (datetime.datetime(2000, 1, 1), datetime.datetime(2001, 2, 2))


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


def parse_integer(value: object) -> int:
    """A response integer: a JSON integer, or a decimal string (how proto3 JSON sends 64-bit counts).

    Anything else (a float, true, "12 MB") raises BodyShapeError: the body is then the wrong shape.
    ``int()`` alone would take " 12", "1_000" and 12.7; only an optional sign and digits are read.
    """
    if type(value) is int:
        return value
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return int(value)
    raise BodyShapeError(f"expected an integer or a decimal string, got {value!r:.{_ERROR_EXCERPT}}")
