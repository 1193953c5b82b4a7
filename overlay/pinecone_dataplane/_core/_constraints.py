"""The spec's request constraints (lengths, bounds, item counts, patterns), checked before anything is sent.

Each version's ``_constraints.py`` (generated from its spec) holds the rules; generated requests call
:func:`check_arguments` with their arguments by JSON name. A bad value raises ValueError naming the
argument as the caller spells it (snake_case) and what it accepts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sized
from functools import cache
from typing import Any

from ._fields import snake_case

_SHOWN = 60
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}
_NAMES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false"}


def check_arguments(rules: Mapping[str, Mapping[str, Any]], values: Mapping[str, Any]) -> None:
    """Raise ValueError for the first value in ``values`` (JSON name -> value; None: not sent) that breaks its rules."""
    for name, rule in rules.items():
        value = values.get(name)
        if value is not None:
            problem = _problem(rule, value)
            if problem is not None:
                raise ValueError(f"{snake_case(name)} must be {problem}, got {_show(value)}")


def _problem(rule: Mapping[str, Any], value: Any) -> str | None:
    kind = rule.get("type")
    if kind is not None and (not isinstance(value, _TYPES.get(kind, (object,))) or _is_bool_as_number(kind, value)):
        return _NAMES.get(kind, f"of type {kind}") if kind not in ("integer", "number") else _bounds(rule, kind)
    if isinstance(value, str):
        return _text_problem(rule, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_problem(rule, kind or "number", value)
    if isinstance(value, Sized) and not isinstance(value, Mapping):
        return _items_problem(rule, value)
    return None


def _number_problem(rule: Mapping[str, Any], kind: str, value: float) -> str | None:
    low, high = rule.get("minimum"), rule.get("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        return _bounds(rule, kind)
    return None


def _items_problem(rule: Mapping[str, Any], value: Sized) -> str | None:
    fewest, most = rule.get("minItems"), rule.get("maxItems")
    if most is not None and len(value) > most:
        return f"at most {most} items"
    if fewest is not None and len(value) < fewest:
        return f"at least {fewest} item" + ("s" if fewest > 1 else "")
    return None


def _is_bool_as_number(kind: str, value: Any) -> bool:
    return kind in ("integer", "number") and isinstance(value, bool)


def _text_problem(rule: Mapping[str, Any], value: str) -> str | None:
    shortest, longest = rule.get("minLength"), rule.get("maxLength")
    if (shortest is not None and len(value) < shortest) or (longest is not None and len(value) > longest):
        if longest is None:
            return f"a string of at least {shortest} characters"
        if shortest in (None, 0):
            return f"a string of at most {longest} characters"
        if shortest == 1:
            return f"a non-empty string of at most {longest} characters"
        return f"a string of {shortest} to {longest} characters"
    pattern = rule.get("pattern")
    if pattern is not None and _compiled(pattern).search(value) is None:
        return f"a string matching {pattern}"
    return None


def _bounds(rule: Mapping[str, Any], kind: str) -> str:
    what = "an integer" if kind == "integer" else "a number"
    low, high = rule.get("minimum"), rule.get("maximum")
    if low is not None and high is not None:
        return f"{what} from {low:g} to {high:g}"
    if low is not None:
        return f"{what} of at least {low:g}"
    if high is not None:
        return f"{what} of at most {high:g}"
    return what


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else f"{text[: _SHOWN - 3]}..."
