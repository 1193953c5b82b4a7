"""The emulated index against brute force: query scores and order for each metric, metadata filters, and
the store's rows after upserts and deletes, with hypothesis making the vectors, the metadata and the filters.

The reference (``emulator_reference``) is plain Python and shares no code with the store or the filters.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pinecone_dataplane.emulator._filters import FilterError, compile_filter
from pinecone_dataplane.emulator._store import Metric, StoredRecord, VectorStore

from .emulator_reference import (
    SETTINGS,
    check_ranking,
    components,
    filters,
    metadatas,
    namespaces,
    reference_match,
    reference_score,
    sparse_dot,
)


def store_of(dimension: int, records: dict[str, tuple[list[float], dict[str, Any] | None]]) -> VectorStore:
    store = VectorStore(dimension)
    store.upsert(
        "ns",
        {
            id_: StoredRecord(values=np.array(values, np.float32), metadata=metadata)
            for id_, (values, metadata) in records.items()
        },
    )
    return store


# --- tests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("metric", ["cosine", "euclidean", "dotproduct"])
@SETTINGS
@given(data=st.data(), dimension=st.integers(1, 6), top_k=st.integers(1, 30))
def test_query_scores_and_order_match_brute_force(
    metric: Metric, data: st.DataObject, dimension: int, top_k: int
) -> None:
    records = data.draw(namespaces(dimension))
    query = data.draw(st.lists(components, min_size=dimension, max_size=dimension))
    store = store_of(dimension, records)
    matches = store.query("ns", metric=metric, top_k=top_k, dense=np.array(query, np.float32))
    expected = {id_: reference_score(metric, values, query) for id_, (values, _) in records.items()}
    scale = max((abs(score) for score in expected.values()), default=1.0)
    check_ranking(metric, [(match.id, match.score) for match in matches], expected, top_k, scale)


@pytest.mark.parametrize("metric", ["cosine", "euclidean", "dotproduct"])
@SETTINGS
@given(data=st.data(), spec=filters, top_k=st.integers(1, 30))
def test_filtered_queries_rank_only_matching_records(
    metric: Metric, data: st.DataObject, spec: dict[str, Any], top_k: int
) -> None:
    records = data.draw(namespaces(3))
    query = data.draw(st.lists(components, min_size=3, max_size=3))
    store = store_of(3, records)
    matches = store.query(
        "ns", metric=metric, top_k=top_k, dense=np.array(query, np.float32), predicate=compile_filter(spec)
    )
    expected = {
        id_: reference_score(metric, values, query)
        for id_, (values, metadata) in records.items()
        if reference_match(spec, metadata)
    }
    scale = max((abs(score) for score in expected.values()), default=1.0)
    check_ranking(metric, [(match.id, match.score) for match in matches], expected, top_k, scale)


@SETTINGS
@given(spec=filters, metadata=metadatas)
def test_filters_agree_with_the_reference(spec: dict[str, Any], metadata: dict[str, Any] | None) -> None:
    assert compile_filter(spec)(metadata) == reference_match(spec, metadata)


sparse_vectors = st.dictionaries(st.integers(0, 40), components, min_size=1, max_size=8)


@SETTINGS
@given(
    records=st.dictionaries(st.text("abc", min_size=1, max_size=4), sparse_vectors, max_size=20),
    query=sparse_vectors,
    top_k=st.integers(1, 25),
)
def test_sparse_queries_score_the_sparse_dot_product(
    records: dict[str, dict[int, float]], query: dict[int, float], top_k: int
) -> None:
    store = VectorStore(None)
    store.upsert(
        "ns",
        {
            id_: StoredRecord(
                sparse_indices=np.array(list(vector), np.int64),
                sparse_values=np.array(list(vector.values()), np.float32),
            )
            for id_, vector in records.items()
        },
    )
    pair = (np.array(list(query), np.int64), np.array(list(query.values()), np.float32))
    matches = store.query("ns", metric="dotproduct", top_k=top_k, sparse=pair)
    expected = {id_: sparse_dot(vector, query) for id_, vector in records.items()}
    scale = max((abs(score) for score in expected.values()), default=1.0)
    check_ranking("dotproduct", [(match.id, match.score) for match in matches], expected, top_k, scale)


@SETTINGS
@given(
    dense=st.lists(st.lists(components, min_size=2, max_size=2), min_size=1, max_size=12),
    sparse=st.lists(st.one_of(st.none(), sparse_vectors), min_size=12, max_size=12),
    query=st.lists(components, min_size=2, max_size=2),
    query_sparse=sparse_vectors,
)
def test_hybrid_queries_add_dense_and_sparse_dot_products(
    dense: list[list[float]], sparse: list[dict[int, float] | None], query: list[float], query_sparse: dict[int, float]
) -> None:
    store = VectorStore(2)
    records = {}
    for n, values in enumerate(dense):
        vector = sparse[n]
        records[f"r{n}"] = StoredRecord(
            values=np.array(values, np.float32),
            sparse_indices=None if vector is None else np.array(list(vector), np.int64),
            sparse_values=None if vector is None else np.array(list(vector.values()), np.float32),
        )
    store.upsert("ns", records)
    pair = (np.array(list(query_sparse), np.int64), np.array(list(query_sparse.values()), np.float32))
    matches = store.query("ns", metric="dotproduct", top_k=20, dense=np.array(query, np.float32), sparse=pair)
    expected = {
        f"r{n}": reference_score("dotproduct", values, query) + sparse_dot(sparse[n] or {}, query_sparse)
        for n, values in enumerate(dense)
    }
    scale = max((abs(score) for score in expected.values()), default=1.0)
    check_ranking("dotproduct", [(match.id, match.score) for match in matches], expected, 20, scale)


operations = st.lists(
    st.one_of(
        st.tuples(st.just("upsert"), st.lists(st.integers(0, 40), min_size=1, max_size=30)),
        st.tuples(st.just("delete"), st.lists(st.integers(0, 40), min_size=1, max_size=30)),
        st.tuples(st.just("delete_odd"), st.just([])),
    ),
    max_size=25,
)


@SETTINGS
@given(steps=operations)
def test_rows_stay_right_through_upserts_and_deletes(steps: list[tuple[str, list[int]]]) -> None:
    """A dict of records as the model: every record fetches and scores as the model says, and the array
    holding the values stays within 1.5 times their size (plus a few rows)."""
    dimension = 3
    store = VectorStore(dimension)
    model: dict[str, tuple[list[float], dict[str, Any]]] = {}
    for version, (action, numbers) in enumerate(steps):
        ids = [f"r{n:02d}" for n in numbers]
        if action == "upsert":
            written = {id_: ([float(int(id_[1:])), float(version), 1.0], {"odd": int(id_[1:]) % 2}) for id_ in ids}
            store.upsert(
                "ns",
                {id_: StoredRecord(np.array(v, np.float32), metadata=m) for id_, (v, m) in written.items()},
            )
            model.update(written)
        elif action == "delete":
            store.delete_ids("ns", ids)
            for id_ in ids:
                model.pop(id_, None)
        else:
            store.delete_matching("ns", compile_filter({"odd": 1}))
            model = {id_: record for id_, record in model.items() if record[1]["odd"] != 1}
        assert store.count("ns") == len(model)
        fetched = store.fetch("ns", sorted(model))
        assert {id_: record.values.tolist() for id_, record in fetched.items() if record.values is not None} == {
            id_: values for id_, (values, _) in model.items()
        }
        held, needed = store.vector_bytes()
        assert held <= 1.5 * needed + 64 * dimension * 4
    matches = store.query("ns", metric="dotproduct", top_k=100, dense=np.array([1.0, 0.0, 0.0], np.float32))
    assert {match.id: match.score for match in matches} == {id_: values[0] for id_, (values, _) in model.items()}


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ({"genre": {"$regex": "dr.*"}}, "unknown filter operator '$regex' in filter.genre; supported: $eq $ne"),
        ({"$not": {"genre": "drama"}}, "unknown filter operator '$not' in filter"),
        ({"$and": [{"year": {"$gte": 1990, "$between": [1, 2]}}]}, "unknown filter operator '$between'"),
        ({"year": {"$gt": "1990"}}, "filter.year.$gt takes a number, not a string"),
        ({"genre": {"$in": "drama"}}, "filter.genre.$in takes a non-empty array of values"),
        ({"genre": {"$in": []}}, "filter.genre.$in takes a non-empty array of values"),
        ({"genre": {"$exists": 1}}, "filter.genre.$exists takes true or false, not a number"),
        ({"genre": None}, "filter.genre.$eq takes a string, number or boolean, not null"),
        ({"genre": {"$eq": {"a": 1}}}, "takes a string, number or boolean, not an object"),
        ({"$or": []}, "$or in filter takes a non-empty array of filters"),
        ({"genre": {}}, "filter.genre names no operator"),
        ({"genre": {"$and": [{"a": 1}]}}, "$and combines filters and cannot be applied to the field 'genre'"),
        ([{"genre": "drama"}], "filter must be a JSON object, not an array"),
    ],
)
def test_malformed_filters_are_named(spec: Any, words: str) -> None:
    with pytest.raises(FilterError) as raised:
        compile_filter(spec)
    assert words in str(raised.value)


def test_filter_semantics_spelled_out() -> None:
    record = {"genre": "drama", "year": 1994, "tags": ["noir", "classic"], "flag": True, "score": 1.0}
    holds = [
        {"genre": "drama"},
        {"genre": "drama", "year": 1994},  # implicit $and
        {"tags": "noir"},  # a list matches when an element does
        {"tags": {"$nin": ["comedy"]}},
        {"year": 1994.0},  # numbers by value
        {"score": 1},
        {"flag": True},
        {"missing": {"$exists": False}},
        {"year": {"$gte": 1994, "$lt": 1995}},
        {"$or": [{"genre": "comedy"}, {"year": {"$gt": 1990}}]},
    ]
    fails = [
        {"genre": "drama", "year": 1995},
        {"tags": {"$ne": "noir"}},
        {"missing": {"$ne": "x"}},  # $ne and $nin need the field to hold another value
        {"missing": {"$nin": ["x"]}},
        {"flag": 1},  # a boolean equals only a boolean
        {"score": True},
        {"missing": "x"},
        {"missing": {"$gt": 1}},
        {"genre": {"$gt": 1}},  # order compares numbers only
        {"$and": [{"genre": "drama"}, {"year": {"$lt": 1990}}]},
    ]
    assert [compile_filter(spec)(record) for spec in holds] == [True] * len(holds)
    assert [compile_filter(spec)(record) for spec in fails] == [False] * len(fails)
    assert not compile_filter({"missing": {"$nin": ["x"]}})(None)
    assert compile_filter({"missing": {"$exists": False}})(None)
