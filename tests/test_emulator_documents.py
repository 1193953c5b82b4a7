"""2026-07's documents against an index schema: what each operation answers, how text, query strings and
vectors score, which filters each kind of field takes, and the ErrorResponse 400s that name the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pinecone_dataplane.emulator import RunningEmulator, Settings, running_emulator
from pinecone_dataplane.emulator._documents import parse_schema

SCHEMA = {
    "fields": {
        "title": {"type": "string", "full_text_search": {}},
        "body": {"type": "string", "full_text_search": {"language": "en"}},
        "embedding": {"type": "dense_vector", "dimension": 2, "metric": "dotproduct"},
        "keywords": {"type": "sparse_vector"},
        "genre": {"type": "string", "filterable": True},
        "year": {"type": "float", "filterable": True},
        "tags": {"type": "string_list", "filterable": True},
        "draft": {"type": "boolean", "filterable": True},
    }
}
DOCUMENTS = [
    {
        "_id": "a",
        "title": "Black holes and entropy",
        "body": "Entropy of a black hole is proportional to its area",
        "embedding": [1.0, 0.0],
        "keywords": {"indices": [1, 2], "values": [0.5, 0.5]},
        "genre": "physics",
        "year": 1974,
        "tags": ["hawking"],
        "draft": False,
    },
    {
        "_id": "b",
        "title": "Entropy in information theory",
        "body": "Shannon defined entropy for messages",
        "embedding": [0.5, 0.5],
        "genre": "math",
        "year": 1948,
        "tags": ["shannon", "bits"],
        "draft": False,
    },
    {"_id": "c", "title": "Gardening", "body": "Plant tomatoes after the last frost", "genre": "home", "year": 2020},
]


@pytest.fixture
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(document_schema=SCHEMA) as running:
        yield running


@pytest.fixture
def http(emulator: RunningEmulator) -> Iterator[httpx.Client]:
    headers = {"Api-Key": emulator.api_key, "X-Pinecone-Api-Version": "2026-07"}
    with httpx.Client(base_url=f"{emulator.url}/namespaces/lib/documents", headers=headers) as client:
        assert client.post("/upsert", json={"documents": DOCUMENTS}).status_code == 202
        yield client


def ids(http: httpx.Client, body: dict[str, Any]) -> list[str]:
    answer = http.post("/search", json={"top_k": 10, **body})
    assert answer.status_code == 200, answer.text
    return [match["_id"] for match in answer.json()["matches"]]


def refused(http: httpx.Client, operation: str, body: dict[str, Any]) -> str:
    answer = http.post(f"/{operation}", json=body)
    assert answer.status_code == 400, answer.text
    error = answer.json()
    assert (error["status"], error["error"]["code"]) == (400, "INVALID_ARGUMENT")  # ErrorResponse, as the service
    return str(error["error"]["message"])


def test_text_scoring_ranks_by_bm25_and_returns_only_matches(http: httpx.Client) -> None:
    # "entropy" is in a's title once and body once, in b's title and body: the shorter b body ranks b first.
    both = ids(http, {"score_by": [{"type": "text", "fields": ["title", "body"], "query": "entropy"}]})
    assert sorted(both) == ["a", "b"]
    assert ids(http, {"score_by": [{"type": "text", "fields": ["title"], "query": "black hole entropy"}]})[0] == "a"
    assert ids(http, {"score_by": [{"type": "text", "field": "body", "query": "tomatoes"}]}) == ["c"]
    assert ids(http, {"score_by": [{"type": "text", "fields": ["title"], "query": "quasar"}]}) == []
    # Several text clauses are OR'd, their scores summed.
    clauses = [
        {"type": "text", "fields": ["title"], "query": "gardening"},
        {"type": "query_string", "query": "body:shannon"},
    ]
    assert sorted(ids(http, {"score_by": clauses})) == ["b", "c"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("title:entropy", ["a", "b"]),
        ("title:entropy AND body:shannon", ["b"]),
        ("entropy NOT title:black", ["b"]),
        ("entropy -shannon", ["a"]),
        ("+entropy gardening", ["a", "b"]),
        ("NOT entropy", ["c"]),
        ('body:"black hole"', ["a"]),
        ('body:"hole black"', []),
        ("title:(gardening OR information)", ["b", "c"]),
        ("tomatoes^3 OR entropy", ["a", "b", "c"]),
    ],
)
def test_query_strings(http: httpx.Client, query: str, expected: list[str]) -> None:
    assert sorted(ids(http, {"score_by": [{"type": "query_string", "query": query}]})) == expected


def test_vector_scoring_uses_the_fields_metric(http: httpx.Client) -> None:
    dense = http.post(
        "/search",
        json={"top_k": 5, "score_by": [{"type": "dense_vector", "fields": ["embedding"], "values": [2.0, 0.0]}]},
    ).json()["matches"]
    assert [(match["_id"], match["_score"]) for match in dense] == [("a", 2.0), ("b", 1.0)]  # c has no embedding
    sparse = {"type": "sparse_vector", "fields": ["keywords"], "sparse_values": {"indices": [2], "values": [4.0]}}
    assert ids(http, {"score_by": [sparse]}) == ["a"]


def test_filters_follow_the_kind_of_field(http: httpx.Client) -> None:
    text = {"type": "text", "fields": ["title", "body"], "query": "entropy"}
    assert ids(http, {"score_by": [text], "filter": {"year": {"$lt": 1950}}}) == ["b"]
    assert ids(http, {"score_by": [text], "filter": {"tags": "hawking"}}) == ["a"]
    assert ids(http, {"score_by": [text], "filter": {"title": {"$match_all": "theory information"}}}) == ["b"]
    assert ids(http, {"score_by": [text], "filter": {"body": {"$match_any": "area frost"}}}) == ["a"]
    both = {"$and": [{"title": {"$match_phrase": "black holes"}}, {"draft": False}]}
    assert ids(http, {"score_by": [text], "filter": both}) == ["a"]
    assert "takes $match_phrase" in refused(http, "search", {"top_k": 1, "score_by": [text], "filter": {"title": "x"}})
    wrong = {"genre": {"$match_any": "physics"}}
    assert "needs a full_text_search field" in refused(
        http, "search", {"top_k": 1, "score_by": [text], "filter": wrong}
    )
    vector = {"embedding": {"$exists": True}}
    assert "vector field" in refused(http, "search", {"top_k": 1, "score_by": [text], "filter": vector})
    # Deletes and updates by filter take no text-match operators (the spec says so).
    text_match = {"filter": {"title": {"$match_any": "entropy"}}}
    assert "not allowed" in refused(http, "delete", text_match)


def test_fetch_update_list_delete(http: httpx.Client) -> None:
    fetched = http.post("/fetch", json={"ids": ["a", "zz"], "include_fields": ["genre"]}).json()
    assert fetched == {
        "documents": {"a": {"_id": "a", "genre": "physics"}},
        "namespace": "lib",
        "usage": {"read_units": 1},
    }
    page = http.post("/fetch", json={"filter": {"year": {"$gte": 1900}}, "limit": 2}).json()
    assert list(page["documents"]) == ["a", "b"]
    rest = http.post(
        "/fetch", json={"filter": {"year": {"$gte": 1900}}, "pagination_token": page["pagination"]["next"]}
    )
    assert list(rest.json()["documents"]) == ["c"]
    assert "pagination" not in rest.json()

    patch = {"documents": [{"_id": "a", "year": 1975, "_remove_fields": ["tags"]}, {"_id": "absent", "year": 1}]}
    assert http.post("/update", json=patch).status_code == 202
    assert http.post("/fetch", json={"ids": ["a"], "include_fields": ["year", "tags"]}).json()["documents"]["a"] == {
        "_id": "a",
        "year": 1975,
    }
    bulk = http.post("/update", json={"filter": {"genre": {"$in": ["math", "home"]}}, "set_fields": {"draft": True}})
    assert bulk.json() == {"matched_records": 2}

    listed = http.post("/list", json={"prefix": "", "limit": 2}).json()
    assert [doc["_id"] for doc in listed["documents"]] == ["a", "b"]
    assert http.post("/delete", json={"filter": {"draft": True}}).json() == {"matched_records": 2}
    assert http.post("/delete", json={"ids": ["a"]}).status_code == 202
    assert http.post("/list", json={}).json()["documents"] == []


@pytest.mark.parametrize(
    ("operation", "body", "words"),
    [
        ("upsert", {"documents": [{"_id": "d", "other": 1}]}, "has no field of the index schema"),
        ("upsert", {"documents": [{"_id": "d", "embedding": [1.0]}]}, "the index dimension is 2"),
        ("upsert", {"documents": [{"_id": "d", "year": "1999"}]}, "must be a float"),
        ("upsert", {"documents": [{"_id": "d", "title": "t", "meta": {"a": 1}}]}, "string, number, boolean"),
        ("search", {"top_k": 1, "score_by": [{"type": "text", "fields": ["genre"], "query": "x"}]}, "full_text_search"),
        (
            "search",
            {"top_k": 1, "score_by": [{"type": "dense_vector", "fields": ["title"], "values": [1, 0]}]},
            "not a dense_vector",
        ),
        ("search", {"top_k": 1, "score_by": [{"type": "query_string", "query": "genre:x"}]}, "not a full_text_search"),
        ("search", {"top_k": 1, "score_by": [{"type": "query_string", "query": "(entropy"}]}, "unbalanced"),
        ("fetch", {"ids": ["a"], "filter": {"genre": "x"}}, "do not give ids and filter"),
        ("fetch", {"filter": {"genre": "x"}, "pagination_token": "bogus"}, "invalid pagination token"),
        ("update", {"filter": {"genre": "x"}, "set_fields": {"year": "new"}}, "must be a float"),
        ("update", {"documents": [{"_id": "a", "_remove_fields": ["_id"]}]}, "_id cannot be removed"),
        ("delete", {"ids": ["a"], "delete_all": True}, "give ids without filter"),
    ],
)
def test_bad_requests_name_the_problem(http: httpx.Client, operation: str, body: dict[str, Any], words: str) -> None:
    assert words in refused(http, operation, body)


def test_documents_count_in_the_namespace_listing(emulator: RunningEmulator, http: httpx.Client) -> None:
    headers = {"Api-Key": emulator.api_key, "X-Pinecone-Api-Version": "2026-07"}
    described = httpx.get(f"{emulator.url}/namespaces/lib", headers=headers).json()
    assert described == {"name": "lib", "record_count": "3"}


def test_an_index_without_a_schema_says_how_to_get_one() -> None:
    with running_emulator() as emulator:
        headers = {"Api-Key": emulator.api_key, "X-Pinecone-Api-Version": "2026-07"}
        answer = httpx.post(f"{emulator.url}/namespaces/n/documents/list", json={}, headers=headers)
        assert answer.status_code == 400
        assert "document_schema" in answer.json()["error"]["message"]


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        ({}, "at least one field"),
        ({"fields": {"v": {"type": "vector"}}}, "type must be one of"),
        ({"fields": {"v": {"type": "dense_vector"}}}, "needs a dimension"),
        ({"fields": {"v": {"type": "sparse_vector", "metric": "cosine"}}}, "metric 'cosine'"),
        ({"fields": {"n": {"type": "float", "full_text_search": {}}}}, "full_text_search is for string fields"),
        ({"fields": {"_id": {"type": "string"}}}, "may not start with"),
    ],
)
def test_a_bad_schema_is_refused_when_the_emulator_is_set_up(schema: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError, match=re.escape(words)):
        Settings(api_key="k", document_schema=schema)
    assert parse_schema(SCHEMA).fields["year"].filterable
