"""Pinecone's metadata filters, compiled once per request into a predicate over a record's metadata.

``{"genre": "drama"}`` is ``{"genre": {"$eq": "drama"}}``; several keys (fields or operators) in one
object must all hold. A list-valued field (a list of strings) matches ``$eq``/``$in`` when any element
does, and ``$ne``/``$nin`` when none does. A missing field fails every operator but ``$exists: false``:
``$ne`` and ``$nin`` match only records whose field holds another value, as the service's are reported to
(its documentation speaks of "metadata values" not equal). Numbers compare by value (``1`` equals ``1.0``);
booleans equal only booleans.
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


def compile_filter(spec: Any, name: str = "filter", depth: int = 0) -> Predicate:
    """The predicate for a filter; raises FilterError for anything Pinecone would reject.

    ``depth`` counts the ``$and``/``$or`` around ``spec``: past ``MAX_DEPTH`` the filter is refused, so that
    compiling and running it stay far from Python's recursion limit.
    """
    if not isinstance(spec, dict):
        raise FilterError(f"{name} must be a JSON object, not {_kind(spec)}")
    clauses = [_clause(key, value, name, depth) for key, value in spec.items()]
    if len(clauses) == 1:
        return clauses[0]
    return lambda metadata: all(clause(metadata) for clause in clauses)


# Far beyond any filter written by hand or built by a program (a few levels), and far below the recursion limit.
MAX_DEPTH = 32


def _clause(key: str, value: Any, name: str, depth: int) -> Predicate:
    if key in LOGICAL_OPERATORS:
        if depth == MAX_DEPTH:
            root = name.split(".$", 1)[0]
            raise FilterError(f"{root} nests $and and $or more than {MAX_DEPTH} levels deep")
        if not isinstance(value, list) or not value:
            raise FilterError(f"{key} in {name} takes a non-empty array of filters")
        parts = [compile_filter(part, f"{name}.{key}[{index}]", depth + 1) for index, part in enumerate(value)]
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
    # Filters run once per record of a namespace: the one-test case (the usual one) skips the all().
    if len(tests) == 1:
        test = tests[0]
        return lambda metadata: test(_MISSING if metadata is None else metadata.get(key, _MISSING))

    def check(metadata: Metadata | None) -> bool:
        found = _MISSING if metadata is None else metadata.get(key, _MISSING)
        return all(test(found) for test in tests)

    return check


def _unknown(op: str, where: str) -> str:
    supported = " ".join(FIELD_OPERATORS + LOGICAL_OPERATORS)
    return f"unknown filter operator {op!r} in {where}; supported: {supported}"


def _operator(field: str, op: str, operand: Any, where: str) -> Callable[[Any], bool]:
    """The test of one operator on a field's value (``_MISSING`` when the record lacks the field)."""
    if op in ("$eq", "$ne", "$in", "$nin"):
        many = op in ("$in", "$nin")
        if many and (not isinstance(operand, list) or not operand):
            raise FilterError(f"{where}.{op} takes a non-empty array of values")
        operands = operand if many else [operand]
        for index, item in enumerate(operands):
            _check_scalar(item, f"{where}.{op}[{index}]" if many else f"{where}.{op}")
        member = _member_of(operands)
        if op in ("$eq", "$in"):
            return lambda found: member(found) or (type(found) is list and any(member(item) for item in found))
        return lambda found: (
            found is not _MISSING
            and not (member(found) or (type(found) is list and any(member(item) for item in found)))
        )
    if op in _ORDER:
        if not _is_number(operand):
            raise FilterError(f"{where}.{op} takes a number, not {_kind(operand)}")
        compare = _ORDER[op]
        return lambda found: (type(found) is int or type(found) is float) and bool(compare(found, operand))
    if op == "$exists":
        if not isinstance(operand, bool):
            raise FilterError(f"{where}.$exists takes true or false, not {_kind(operand)}")
        return lambda found: (found is not _MISSING) == operand
    if op in LOGICAL_OPERATORS:
        raise FilterError(f"{op} combines filters and cannot be applied to the field {field!r} ({where})")
    raise FilterError(_unknown(op, where))


def _member_of(operands: list[Any]) -> Callable[[Any], bool]:
    """Whether a scalar equals one of ``operands``: strings to strings, numbers by value, booleans to booleans.

    Exact type checks, because Python's own equality makes True equal 1; sets, because 1 and 1.0 hash alike.
    """
    strings = frozenset(item for item in operands if type(item) is str)
    numbers = frozenset(item for item in operands if type(item) is int or type(item) is float)
    flags = frozenset(item for item in operands if type(item) is bool)

    def member(found: Any) -> bool:
        kind = type(found)
        if kind is str:
            return found in strings
        if kind is int or kind is float:
            return found in numbers
        return kind is bool and found in flags

    return member


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_scalar(value: Any, where: str) -> None:
    if not (isinstance(value, str | bool) or _is_number(value)):
        raise FilterError(f"{where} takes a string, number or boolean, not {_kind(value)}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(type(value), "a number")
