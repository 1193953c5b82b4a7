"""The spec's request constraints (lengths, bounds, item counts, patterns), checked before anything is sent.

Each version's ``_constraints.py`` (generated from its spec) holds the rules; generated requests call
:func:`check_arguments` with their arguments by JSON name. A bad value raises ValueError naming the
argument as the caller spells it (snake_case) and what it accepts: nested ones by their path
(``vectors[2].id``), and combinations (2026-07's "one of vector, id or sparse_vector") by the arguments in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Sized
from functools import cache
from typing import Any

from ._fields import snake_case

_snake_case = cache(snake_case)

_SHOWN = 60
_NONE: Mapping[str, Any] = {}
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}
# The one type each kind is nearly always given as, checked by identity before isinstance.
_PLAIN: dict[str, type] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "array": list,
    "object": dict,
}
_NAMES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false"}


def check_arguments(
    rules: Mapping[str, Mapping[str, Any]],
    values: Mapping[str, Any],
    combinations: Sequence[Mapping[str, Any]] = (),
    *,
    spell: Callable[[str], str] = _snake_case,
) -> None:
    """Raise ValueError for the first value in ``values`` (JSON name -> value; None: not sent) that breaks its rules.

    ``combinations`` are the ``anyOf``/``oneOf``/``not`` rules on which arguments go together. ``spell``
    turns a JSON name into the name a message uses: the SDK's keyword (the default), or the JSON name
    itself for a server answering any client.
    """
    _check_fields(rules, values, combinations, None, spell)


# Where a value sits in the arguments, as (parent, JSON name or position): a message names it
# (``vectors[2].id``), and only a message does, so the text is built only when one is raised. Building it
# for every field of every item was most of the cost of checking an upsert of many vectors.
_Path = tuple["_Path | None", "str | int"] | None


def _spelled(path: _Path, spell: Callable[[str], str]) -> str:
    parts: list[str] = []
    while path is not None:
        path, key = path
        parts.append(f"[{key}]" if isinstance(key, int) else f".{spell(key)}")
    return "".join(reversed(parts)).removeprefix(".")


def _check_fields(
    rules: Mapping[str, Mapping[str, Any]],
    values: Mapping[str, Any],
    combinations: Sequence[Mapping[str, Any]],
    at: _Path,
    spell: Callable[[str], str],
) -> None:
    for combination in combinations:
        if not _satisfies(combination, values):
            where = f"{_spelled(at, spell)}: " if at is not None else ""
            raise ValueError(f"{where}{_combination_problem(combination, spell)}")
    for name, rule in rules.items():
        value = values.get(name)
        if value is not None:
            _check_value(rule, value, (at, name), spell)


def _check_value(rule: Mapping[str, Any], value: Any, at: _Path, spell: Callable[[str], str]) -> None:
    problem = _problem(rule, value)
    if problem is not None:
        raise ValueError(f"{_spelled(at, spell)} must be {problem}, got {_show(value)}")
    items = rule.get("items")
    if items is not None and isinstance(value, list | tuple):
        for position, item in enumerate(value):
            if item is not None:
                _check_value(items, item, (at, position), spell)
    if ("properties" in rule or "combinations" in rule) and (type(value) is dict or isinstance(value, Mapping)):
        _check_fields(rule.get("properties", {}), value, rule.get("combinations", ()), at, spell)


def _satisfies(schema: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    """Whether a JSON object meets a constraint-only schema (required, properties' enum and sizes, anyOf...)."""
    # Plain loops, not generators: this runs for every item of a list (each vector of an upsert).
    for name in schema.get("required", ()):
        if values.get(name) is None:
            return False
    for name, rule in schema.get("properties", _NONE).items():
        value = values.get(name)
        if value is not None and not _value_satisfies(rule, value):
            return False
    branches = schema.get("anyOf")
    if branches is not None:
        for branch in branches:
            if _satisfies(branch, values):
                break
        else:
            return False
    if "oneOf" in schema and sum(_satisfies(branch, values) for branch in schema["oneOf"]) != 1:
        return False
    if "allOf" in schema and not all(_satisfies(branch, values) for branch in schema["allOf"]):
        return False
    return "not" not in schema or not _satisfies(schema["not"], values)


def _value_satisfies(rule: Mapping[str, Any], value: Any) -> bool:
    if "enum" in rule and not any(type(value) is type(allowed) and value == allowed for allowed in rule["enum"]):
        return False
    size = len(value) if isinstance(value, Sized) and not isinstance(value, str) else None
    fewest = rule.get("minProperties" if isinstance(value, Mapping) else "minItems")
    most = rule.get("maxProperties" if isinstance(value, Mapping) else "maxItems")
    return size is None or ((fewest is None or size >= fewest) and (most is None or size <= most))


def _combination_problem(combination: Mapping[str, Any], spell: Callable[[str], str]) -> str:
    if "anyOf" in combination:
        return "give " + " or ".join(_describe(branch, spell) for branch in combination["anyOf"])
    if "oneOf" in combination:
        return "give exactly one of " + " or ".join(_describe(branch, spell) for branch in combination["oneOf"])
    negated = combination["not"]
    # "not anyOf [id+vector, id+sparse_vector]": each pair is forbidden on its own, so name them one by one.
    branches = negated["anyOf"] if set(negated) == {"anyOf"} else [negated]
    return "do not give " + ", nor ".join(_together(_describe(branch, spell)) for branch in branches)


def _together(fields: str) -> str:
    return f"{fields} together" if " and " in fields else fields


def _describe(schema: Mapping[str, Any], spell: Callable[[str], str]) -> str:
    """A constraint-only schema in the caller's words: ``ids without filter``, ``delete_all=True``."""
    # A required field is named with its values when they are fixed (delete_all=True), or as non-empty
    # when it must be; a rule on a field that is not required holds only when the field is given, and is
    # left out as a detail.
    rules = schema.get("properties", {})
    parts = []
    for name in schema.get("required", ()):
        rule = rules.get(name, {})
        if "enum" in rule:
            parts.append(f"{spell(name)}=" + "/".join(map(repr, rule["enum"])))
        elif rule.get("minItems") or rule.get("minProperties"):
            parts.append(f"a non-empty {spell(name)}")
        else:
            parts.append(spell(name))
    text = " and ".join(parts)
    for keyword, word in (("anyOf", " or "), ("oneOf", " or ")):
        if keyword in schema:
            branches = word.join(_describe(branch, spell) for branch in schema[keyword])
            text += (" with " if text else "") + "(" + branches + ")"
    if "not" in schema:
        text += (" without " if text else "not ") + _describe(schema["not"], spell)
    return text


def _problem(rule: Mapping[str, Any], value: Any) -> str | None:
    kind = rule.get("type")
    plain = type(value)
    # A value of its kind's usual type needs no isinstance against the kind's types.
    if (
        kind is not None
        and _PLAIN.get(kind) is not plain
        and (not isinstance(value, _TYPES.get(kind, (object,))) or _is_bool_as_number(kind, value))
    ):
        return _NAMES.get(kind, f"of type {kind}") if kind not in ("integer", "number") else _bounds(rule, kind)
    # The usual types by identity (a list of many vectors makes this the hot loop), then the general checks.
    if plain is dict:
        return _fields_problem(rule, value)
    if plain is str:
        return _text_problem(rule, value)
    if plain is list:
        return _items_problem(rule, value)
    return _other_problem(rule, kind, value)


def _other_problem(rule: Mapping[str, Any], kind: str | None, value: Any) -> str | None:
    if isinstance(value, str):
        return _text_problem(rule, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_problem(rule, kind or "number", value)
    if isinstance(value, Mapping):
        return _fields_problem(rule, value)
    if isinstance(value, Sized):
        return _items_problem(rule, value)
    return None


def _number_problem(rule: Mapping[str, Any], kind: str, value: float) -> str | None:
    low, high = rule.get("minimum"), rule.get("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        return _bounds(rule, kind)
    return None


def _items_problem(rule: Mapping[str, Any], value: Sized) -> str | None:
    return _count_problem(rule.get("minItems"), rule.get("maxItems"), len(value), "item")


def _fields_problem(rule: Mapping[str, Any], value: Mapping[str, Any]) -> str | None:
    return _count_problem(rule.get("minProperties"), rule.get("maxProperties"), len(value), "field", "an object of ")


def _count_problem(fewest: int | None, most: int | None, count: int, unit: str, lead: str = "") -> str | None:
    if most is not None and count > most:
        return f"{lead}at most {most} {unit}s"
    if fewest is not None and count < fewest:
        return f"{lead}at least {fewest} {unit}" + ("s" if fewest > 1 else "")
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
