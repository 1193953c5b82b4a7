"""A brute-force reference for the emulated index, and hypothesis strategies for its records and filters.

The reference is written out in plain Python (float64, one record at a time) and shares no code with the
store's numpy scoring or the filter compiler.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from pinecone_dataplane.emulator._store import Metric

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GENRES = ["drama", "comedy", "noir"]
FIELDS = ["genre", "year", "tags", "flag"]
# float32 scores against float64 sums: relative and absolute slack of a few float32 ulps times the sizes here.
TOLERANCE = 1e-3

# --- the reference ----------------------------------------------------------------------------------


def reference_score(metric: Metric, stored: list[float], query: list[float]) -> float:
    dot = sum(a * b for a, b in zip(stored, query, strict=True))
    if metric == "dotproduct":
        return dot
    if metric == "euclidean":
        return sum((a - b) ** 2 for a, b in zip(stored, query, strict=True))
    norms = math.sqrt(sum(a * a for a in stored)) * math.sqrt(sum(b * b for b in query))
    return dot / norms if norms else 0.0


def sparse_dot(stored: dict[int, float], query: dict[int, float]) -> float:
    return sum(weight * query[index] for index, weight in stored.items() if index in query)


def same(stored: Any, wanted: Any) -> bool:
    """Pinecone's equality: a boolean equals only a boolean, numbers by value, strings exactly."""
    if isinstance(stored, bool) or isinstance(wanted, bool):
        return type(stored) is type(wanted) and stored == wanted
    if isinstance(stored, str) or isinstance(wanted, str):
        return type(stored) is type(wanted) and stored == wanted
    return float(stored) == float(wanted)


def reference_match(spec: dict[str, Any], metadata: dict[str, Any] | None) -> bool:
    metadata = metadata or {}
    for key, condition in spec.items():
        if key == "$and":
            holds = all(reference_match(part, metadata) for part in condition)
        elif key == "$or":
            holds = any(reference_match(part, metadata) for part in condition)
        else:
            operators = condition if isinstance(condition, dict) else {"$eq": condition}
            holds = all(reference_operator(op, operand, key, metadata) for op, operand in operators.items())
        if not holds:
            return False
    return True


def reference_operator(op: str, operand: Any, key: str, metadata: dict[str, Any]) -> bool:
    if op == "$exists":
        return (key in metadata) == operand
    if key not in metadata:
        return False  # $ne and $nin too: they match records whose field holds another value
    value = metadata[key]
    items = value if isinstance(value, list) else [value]
    if op == "$eq":
        return any(same(item, operand) for item in items)
    if op == "$ne":
        return not any(same(item, operand) for item in items)
    if op == "$in":
        return any(same(item, choice) for item in items for choice in operand)
    if op == "$nin":
        return not any(same(item, choice) for item in items for choice in operand)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return {"$gt": value > operand, "$gte": value >= operand, "$lt": value < operand, "$lte": value <= operand}[op]


# --- strategies -------------------------------------------------------------------------------------

components = st.floats(-8, 8, width=32, allow_nan=False).map(lambda value: 0.0 if abs(value) < 1e-3 else value)
scalars = st.one_of(st.sampled_from(GENRES), st.integers(1990, 1995), st.booleans(), st.sampled_from([1992.0, 1993.5]))
metadatas = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "genre": st.sampled_from(GENRES),
            "year": st.one_of(st.integers(1990, 1995), st.floats(1990, 1995, allow_nan=False)),
            "tags": st.lists(st.sampled_from(GENRES), max_size=3),
            "flag": st.booleans(),
        },
    ),
)


def field_conditions() -> st.SearchStrategy[dict[str, Any]]:
    operand = st.one_of(
        st.tuples(st.sampled_from(["$eq", "$ne"]), scalars),
        st.tuples(st.sampled_from(["$in", "$nin"]), st.lists(scalars, min_size=1, max_size=3)),
        st.tuples(st.sampled_from(["$gt", "$gte", "$lt", "$lte"]), st.integers(1989, 1996)),
        st.tuples(st.just("$exists"), st.booleans()),
    )
    operators = st.lists(operand, min_size=1, max_size=2).map(dict)
    return st.dictionaries(st.sampled_from(FIELDS), st.one_of(scalars, operators), min_size=1, max_size=2)


filters = st.recursive(
    field_conditions(),
    lambda inner: st.dictionaries(
        st.sampled_from(["$and", "$or"]), st.lists(inner, min_size=1, max_size=3), min_size=1
    ),
    max_leaves=6,
)


@st.composite
def namespaces(draw: st.DrawFn, dimension: int) -> dict[str, tuple[list[float], dict[str, Any] | None]]:
    count = draw(st.integers(0, 25))
    return {
        f"id-{n}": (draw(st.lists(components, min_size=dimension, max_size=dimension)), draw(metadatas))
        for n in range(count)
    }


def check_ranking(
    metric: Metric, found: list[tuple[str, float]], expected: dict[str, float], top_k: int, scale: float
) -> None:
    """``found`` is the top ``top_k`` of ``expected`` (scores by id), best first, whatever order ties take."""
    assert len(found) == min(top_k, len(expected))
    slack = TOLERANCE * max(1.0, scale)
    better = (lambda a, b: a <= b + slack) if metric == "euclidean" else (lambda a, b: a >= b - slack)
    for id_, score in found:
        assert score == pytest.approx(expected[id_], rel=TOLERANCE, abs=slack), id_
    for (_, first), (_, second) in itertools.pairwise(found):
        assert better(first, second)
    if found:
        worst = expected[found[-1][0]]
        chosen = {id_ for id_, _ in found}
        assert all(better(worst, score) for id_, score in expected.items() if id_ not in chosen)
