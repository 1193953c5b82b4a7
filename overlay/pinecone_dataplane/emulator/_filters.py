"""Pinecone's metadata filters, compiled once per request into a predicate over a record's metadata.

``{"genre": "drama"}`` is ``{"genre": {"$eq": "drama"}}``; several keys (fields or operators) in one
object must all hold. A list-valued field (a list of strings) matches ``$eq``/``$in`` when any element
does, and ``$ne``/``$nin`` when none does. A missing field fails every operator but ``$ne``, ``$nin`` and
``$exists: false``. Numbers compare by value (``1`` equals ``1.0``); booleans equal only booleans.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any

from ._store import Metadata, Predicate

FIELD_OPERATORS = ("$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$exists")
LOGICAL_OPERATORS = ("$and", "$or")
_ORDER = {"$gt": operator.gt, "$gte": operator.ge, "$lt": operator.lt, "$lte": operator.le}
_MISSING = object()


class FilterError(ValueError):
    """The filter is malformed; the message names what is wrong (answered 400)."""


def compile_filter(spec: Any, name: str = "filter") -> Predicate:
    """The predicate for a filter; raises FilterError for anything Pinecone would reject."""
    if not isinstance(spec, dict):
        raise FilterError(f"{name} must be a JSON object, not {_kind(spec)}")
    clauses = [_clause(key, value, name) for key, value in spec.items()]
    if len(clauses) == 1:
        return clauses[0]
    return lambda metadata: all(clause(metadata) for clause in clauses)


def _clause(key: str, value: Any, name: str) -> Predicate:
    if key in LOGICAL_OPERATORS:
        if not isinstance(value, list) or not value:
            raise FilterError(f"{key} in {name} takes a non-empty array of filters")
        parts = [compile_filter(part, f"{name}.{key}[{index}]") for index, part in enumerate(value)]
        if key == "$and":
            return lambda metadata: all(part(metadata) for part in parts)
        return lambda metadata: any(part(metadata) for part in parts)
    if key.startswith("$"):
        raise FilterError(_unknown(key, name))
    if isinstance(value, dict):
        if not value:
            raise FilterError(f"{name}.{key} names no operator")
        tests = [_operator(key, op, operand, f"{name}.{key}") for op, operand in value.items()]
    else:
        tests = [_operator(key, "$eq", value, f"{name}.{key}")]

    def check(metadata: Metadata | None) -> bool:
        found = _MISSING if metadata is None else metadata.get(key, _MISSING)
        return all(test(found) for test in tests)

    return check


def _unknown(op: str, where: str) -> str:
    supported = " ".join(FIELD_OPERATORS + LOGICAL_OPERATORS)
    return f"unknown filter operator {op!r} in {where}; supported: {supported}"


def _operator(field: str, op: str, operand: Any, where: str) -> Callable[[Any], bool]:
    if op in ("$eq", "$ne"):
        _check_scalar(operand, f"{where}.{op}")
        if op == "$eq":
            return lambda found: found is not _MISSING and any(_equal(item, operand) for item in _items(found))
        return lambda found: found is _MISSING or not any(_equal(item, operand) for item in _items(found))
    if op in ("$in", "$nin"):
        if not isinstance(operand, list) or not operand:
            raise FilterError(f"{where}.{op} takes a non-empty array of values")
        for index, item in enumerate(operand):
            _check_scalar(item, f"{where}.{op}[{index}]")
        values = list(operand)
        if op == "$in":
            return lambda found: (
                found is not _MISSING and any(_equal(item, value) for item in _items(found) for value in values)
            )
        return lambda found: (
            found is _MISSING or not any(_equal(item, value) for item in _items(found) for value in values)
        )
    if op in _ORDER:
        if not _is_number(operand):
            raise FilterError(f"{where}.{op} takes a number, not {_kind(operand)}")
        compare = _ORDER[op]
        return lambda found: _is_number(found) and bool(compare(found, operand))
    if op == "$exists":
        if not isinstance(operand, bool):
            raise FilterError(f"{where}.$exists takes true or false, not {_kind(operand)}")
        return lambda found: (found is not _MISSING) == operand
    if op in LOGICAL_OPERATORS:
        raise FilterError(f"{op} combines filters and cannot be applied to the field {field!r} ({where})")
    raise FilterError(_unknown(op, where))


def _items(found: Any) -> list[Any]:
    return found if isinstance(found, list) else [found]


def _equal(stored: Any, wanted: Any) -> bool:
    if isinstance(stored, bool) or isinstance(wanted, bool):
        return isinstance(stored, bool) and isinstance(wanted, bool) and stored == wanted
    if _is_number(stored) and _is_number(wanted):
        return bool(stored == wanted)
    return isinstance(stored, str) and isinstance(wanted, str) and stored == wanted


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_scalar(value: Any, where: str) -> None:
    if not (isinstance(value, str | bool) or _is_number(value)):
        raise FilterError(f"{where} takes a string, number or boolean, not {_kind(value)}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(type(value), "a number")
