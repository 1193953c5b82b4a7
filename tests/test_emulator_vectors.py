"""The emulator's vector data plane over HTTP: every operation through a real loopback emulator, with raw
httpx (the answers checked against each version's spec by ``emulator_support.client``), and the 400s that
name the limit or the operator a request breaks."""

from __future__ import annotations

import importlib
import itertools
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pinecone_dataplane import available_versions, v2026_07
from pinecone_dataplane._versions import module_name
from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator, write_dataset
from pinecone_dataplane.emulator._shapes import shape_of
from pinecone_dataplane.emulator._store import Metric
from pinecone_dataplane.errors import BadRequestError

from .emulator_reference import (
    SETTINGS,
    check_ranking,
    components,
    filters,
    namespaces,
    reference_match,
    reference_score,
)
from .emulator_support import client

DIMENSION = 4
_NAMESPACES = itertools.count()  # a namespace per hypothesis example, on emulators shared by the examples
MOVIES = [
    {"id": "m1", "values": [1.0, 0.0, 0.0, 0.0], "metadata": {"genre": "drama", "year": 1994, "tags": ["noir"]}},
    {"id": "m2", "values": [0.9, 0.1, 0.0, 0.0], "metadata": {"genre": "comedy", "year": 1999}},
    {"id": "m3", "values": [0.0, 1.0, 0.0, 0.0], "metadata": {"genre": "drama", "year": 2004}},
    {"id": "m4", "values": [0.0, 0.0, 1.0, 0.0]},
    {"id": "x1", "values": [-1.0, 0.0, 0.0, 0.0], "metadata": {"genre": "horror", "year": 1980}},
]


@pytest.fixture
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(dimension=DIMENSION, clock=ManualClock()) as running:
        yield running


@pytest.fixture(scope="module")
def shared_emulator() -> Iterator[RunningEmulator]:
    """For requests that are all refused, so change nothing."""
    with running_emulator(dimension=DIMENSION, clock=ManualClock()) as running:
        yield running


def api(emulator: RunningEmulator, version: str | None = None, *, check: bool = True) -> httpx.Client:
    return client(emulator.url, emulator.api_key, version=version, check=check)


def seed(http: httpx.Client, namespace: str = "movies") -> None:
    answer = http.post("/vectors/upsert", json={"vectors": MOVIES, "namespace": namespace})
    assert answer.json() == {"upsertedCount": len(MOVIES)}


def ids_of(answer: httpx.Response) -> list[str]:
    return [match["id"] for match in answer.json()["matches"]]


@pytest.mark.parametrize("version", available_versions())
def test_upsert_then_query_by_vector_and_by_id(emulator: RunningEmulator, version: str) -> None:
    http = api(emulator, version)
    seed(http)
    found = http.post("/query", json={"namespace": "movies", "vector": [1, 0, 0, 0], "topK": 3})
    body = found.json()
    assert body["namespace"] == "movies"
    assert [match["id"] for match in body["matches"]] == ["m1", "m2", "m3"]
    assert body["matches"][0] == {"id": "m1", "score": 1.0}  # neither values nor metadata unless asked
    assert body["matches"][1]["score"] == pytest.approx(0.9 / math.hypot(0.9, 0.1), rel=1e-6)

    full = http.post(
        "/query",
        json={"namespace": "movies", "id": "m3", "topK": 1, "includeValues": True, "includeMetadata": True},
    ).json()
    assert full["matches"] == [
        {"id": "m3", "score": 1.0, "values": [0.0, 1.0, 0.0, 0.0], "metadata": MOVIES[2]["metadata"]}
    ]
    # An id that names no record matches nothing; another namespace holds nothing.
    assert http.post("/query", json={"namespace": "movies", "id": "nope", "topK": 3}).json()["matches"] == []
    assert http.post("/query", json={"vector": [1, 0, 0, 0], "topK": 3}).json()["matches"] == []
    # Upserting an existing id replaces it.
    http.post("/vectors/upsert", json={"vectors": [{"id": "m4", "values": [1, 0, 0, 0]}], "namespace": "movies"})
    again = http.post("/query", json={"namespace": "movies", "vector": [1, 0, 0, 0], "topK": 2})
    assert sorted(ids_of(again)) == ["m1", "m4"]


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("cosine", [("m1", 1.0), ("m2", 0.9 / math.hypot(0.9, 0.1))]),
        ("dotproduct", [("m1", 2.0), ("m2", 1.8)]),
        ("euclidean", [("m1", 1.0), ("m2", 0.1**2 + 1.1**2)]),  # squared distance: lower is closer
    ],
)
def test_each_metric_scores_as_the_service_does(metric: str, expected: list[tuple[str, float]]) -> None:
    with running_emulator(dimension=DIMENSION, metric=metric) as emulator:  # type: ignore[arg-type]
        http = api(emulator)
        seed(http)
        answer = http.post("/query", json={"namespace": "movies", "vector": [2, 0, 0, 0], "topK": 2}).json()
        found = [(match["id"], match["score"]) for match in answer["matches"]]
        assert [id_ for id_, _ in found] == [id_ for id_, _ in expected]
        assert [score for _, score in found] == pytest.approx([score for _, score in expected], rel=1e-6)
        assert http.post("/describe_index_stats", json={}).json()["metric"] == metric


def test_filters_in_query_delete_and_stats(emulator: RunningEmulator) -> None:
    http = api(emulator)
    seed(http)

    def query(flt: dict[str, Any]) -> list[str]:
        answer = http.post("/query", json={"namespace": "movies", "vector": [1, 0, 0, 0], "topK": 10, "filter": flt})
        return sorted(ids_of(answer))

    assert query({"genre": "drama"}) == ["m1", "m3"]
    assert query({"genre": "drama", "year": {"$lt": 2000}}) == ["m1"]
    assert query({"$or": [{"genre": "comedy"}, {"tags": {"$in": ["noir"]}}]}) == ["m1", "m2"]
    # m4 has no genre: $nin (like $ne) matches only records whose field holds another value.
    assert query({"genre": {"$nin": ["drama", "comedy"]}}) == ["x1"]
    assert query({"year": {"$exists": False}}) == ["m4"]

    # Serverless indexes refuse a filtered describe_index_stats (Pinecone's API reference and SDK say so).
    refused = http.post("/describe_index_stats", json={"filter": {"genre": "drama"}})
    assert refused.status_code == 400
    assert "serverless" in refused.json()["message"]
    assert http.post("/describe_index_stats", json={"filter": {}}).json()["totalVectorCount"] == len(MOVIES)

    assert http.post("/vectors/delete", json={"namespace": "movies", "filter": {"year": {"$gte": 2000}}}).json() == {}
    assert query({}) == ["m1", "m2", "m4", "x1"]
    assert http.post("/vectors/delete", json={"namespace": "movies", "ids": ["m1", "absent"]}).json() == {}
    assert query({}) == ["m2", "m4", "x1"]
    assert http.post("/vectors/delete", json={"namespace": "movies", "deleteAll": True}).json() == {}
    assert http.post("/describe_index_stats", json={}).json()["namespaces"] == {}


@pytest.mark.parametrize("version", available_versions())
def test_fetch_list_and_update(emulator: RunningEmulator, version: str) -> None:
    http = api(emulator, version)
    seed(http)
    fetched = http.get("/vectors/fetch", params={"ids": ["m1", "m4", "absent"], "namespace": "movies"}).json()
    assert fetched["vectors"] == {
        "m1": {"id": "m1", "values": [1.0, 0.0, 0.0, 0.0], "metadata": MOVIES[0]["metadata"]},
        "m4": {"id": "m4", "values": [0.0, 0.0, 1.0, 0.0]},
    }
    pages, token = [], None
    while True:
        params = {"namespace": "movies", "prefix": "m", "limit": 3} | ({"paginationToken": token} if token else {})
        page = http.get("/vectors/list", params=params).json()
        pages.append([item["id"] for item in page["vectors"]])
        token = page.get("pagination", {}).get("next")
        if token is None:
            break
    assert pages == [["m1", "m2", "m3"], ["m4"]]

    changes = {"id": "m4", "namespace": "movies", "values": [0, 0, 0, 2], "setMetadata": {"genre": "noir"}}
    assert http.post("/vectors/update", json=changes).json() == {}
    http.post("/vectors/update", json={"id": "m1", "namespace": "movies", "setMetadata": {"year": 1995}})
    after = http.get("/vectors/fetch", params={"ids": ["m1", "m4"], "namespace": "movies"}).json()["vectors"]
    assert after["m4"] == {"id": "m4", "values": [0.0, 0.0, 0.0, 2.0], "metadata": {"genre": "noir"}}
    assert after["m1"]["metadata"] == {"genre": "drama", "year": 1995, "tags": ["noir"]}  # merged, not replaced
    # An update of an id that names no record changes nothing.
    assert http.post("/vectors/update", json={"id": "nope", "namespace": "movies", "values": [1, 1, 1, 1]}).json() == {}
    assert http.post("/describe_index_stats", json={}).json()["namespaces"] == {"movies": {"vectorCount": 5}}


def test_fetch_by_metadata_and_update_by_filter_in_2026_04(emulator: RunningEmulator) -> None:
    http = api(emulator, "2026-04")
    seed(http)
    found: dict[str, Any] = {}
    token = None
    for _ in range(3):
        body = {"namespace": "movies", "filter": {"genre": {"$in": ["drama", "comedy"]}}, "limit": 2}
        page = http.post("/vectors/fetch_by_metadata", json=body | ({"paginationToken": token} if token else {})).json()
        found.update(page["vectors"])
        token = page.get("pagination", {}).get("next")
        if token is None:
            break
    assert sorted(found) == ["m1", "m2", "m3"]
    assert found["m2"]["metadata"] == MOVIES[1]["metadata"]

    dry = {"namespace": "movies", "filter": {"genre": "drama"}, "setMetadata": {"seen": True}, "dryRun": True}
    assert http.post("/vectors/update", json=dry).json() == {"matchedRecords": 2}
    assert (
        "seen"
        not in http.get("/vectors/fetch", params={"ids": "m1", "namespace": "movies"}).json()["vectors"]["m1"][
            "metadata"
        ]
    )
    dry["dryRun"] = False
    assert http.post("/vectors/update", json=dry).json() == {"matchedRecords": 2}
    seen = http.post("/vectors/fetch_by_metadata", json={"namespace": "movies", "filter": {"seen": True}}).json()
    assert sorted(seen["vectors"]) == ["m1", "m3"]


@pytest.mark.parametrize("version", available_versions())
def test_each_version_serves_the_operations_its_package_has(emulator: RunningEmulator, version: str) -> None:
    operations = importlib.import_module(module_name(version)).OPERATIONS
    http = api(emulator, version, check=False)
    by_metadata = http.post("/vectors/fetch_by_metadata", json={"filter": {"a": 1}})
    assert (by_metadata.status_code == 404) == ("fetch_vectors_by_metadata" not in operations), by_metadata.text
    documents = http.post("/namespaces/ns/documents/fetch", json={"ids": ["a"]})
    assert (documents.status_code == 404) == ("fetch_documents" not in operations), documents.text


def test_versions_without_fetch_by_metadata_or_update_by_filter(emulator: RunningEmulator) -> None:
    http = api(emulator, "2025-04", check=False)
    missing = http.post("/vectors/fetch_by_metadata", json={"filter": {"a": 1}})
    assert missing.status_code == 404
    assert "not in API version 2025-04" in missing.json()["message"]
    by_filter = http.post("/vectors/update", json={"filter": {"a": 1}, "setMetadata": {"b": 2}})
    assert by_filter.status_code == 400
    assert "update by filter is not in API version 2025-04" in by_filter.json()["message"]


def test_sparse_index_upsert_query_and_search() -> None:
    with running_emulator(vector_type="sparse") as emulator:
        http = api(emulator)
        vectors = [
            {"id": "a", "sparseValues": {"indices": [1, 7], "values": [0.5, 2.0]}, "metadata": {"kind": "x"}},
            {"id": "b", "sparseValues": {"indices": [7, 9], "values": [1.0, 1.0]}},
            {"id": "c", "sparseValues": {"indices": [3], "values": [4.0]}},
        ]
        assert http.post("/vectors/upsert", json={"vectors": vectors}).json() == {"upsertedCount": 3}
        query = {"sparseVector": {"indices": [7, 1], "values": [1.0, 2.0]}, "topK": 3, "includeValues": True}
        matches = http.post("/query", json=query).json()["matches"]
        assert [(match["id"], match["score"]) for match in matches] == [("a", 3.0), ("b", 1.0), ("c", 0.0)]
        assert matches[0]["sparseValues"] == {"indices": [1, 7], "values": [0.5, 2.0]}
        stats = http.post("/describe_index_stats", json={}).json()
        assert (stats["metric"], stats["vectorType"], "dimension" in stats) == ("dotproduct", "sparse", False)

        search = {"query": {"top_k": 2, "vector": {"sparse_indices": [7], "sparse_values": [1.0]}}}
        hits = http.post("/records/namespaces/__default__/search", json=search).json()["result"]["hits"]
        assert hits == [{"_id": "a", "_score": 2.0, "fields": {"kind": "x"}}, {"_id": "b", "_score": 1.0, "fields": {}}]
        dense = http.post("/query", json={"vector": [1.0], "topK": 1})
        assert dense.status_code == 400
        assert "a sparse index is queried with sparseVector or id" in dense.json()["message"]


def test_hybrid_queries_need_dotproduct() -> None:
    with running_emulator(dimension=2, metric="dotproduct") as emulator:
        http = api(emulator)
        vectors = [
            {"id": "a", "values": [1, 0], "sparseValues": {"indices": [5], "values": [3.0]}},
            {"id": "b", "values": [2, 0]},
        ]
        http.post("/vectors/upsert", json={"vectors": vectors})
        query = {"vector": [1, 0], "sparseVector": {"indices": [5], "values": [1.0]}, "topK": 2}
        assert [(m["id"], m["score"]) for m in http.post("/query", json=query).json()["matches"]] == [
            ("a", 4.0),
            ("b", 2.0),
        ]
    with running_emulator(dimension=2) as emulator:
        answer = api(emulator).post("/query", json=query)
        assert answer.status_code == 400
        assert "sparseVector needs an index with the dotproduct metric, not cosine" in answer.json()["message"]


@pytest.mark.parametrize("version", available_versions())
def test_search_records_by_vector_and_by_id(emulator: RunningEmulator, version: str) -> None:
    http = api(emulator, version)
    seed(http)
    search = {
        "query": {"top_k": 2, "vector": {"values": [1, 0, 0, 0]}, "filter": {"genre": "drama"}},
        "fields": ["year"],
    }
    answer = http.post("/records/namespaces/movies/search", json=search).json()
    assert answer["result"]["hits"] == [
        {"_id": "m1", "_score": 1.0, "fields": {"year": 1994}},
        {"_id": "m3", "_score": 0.0, "fields": {"year": 2004}},
    ]
    assert answer["usage"]["read_units"] >= 1
    by_id = http.post("/records/namespaces/movies/search", json={"query": {"top_k": 1, "id": "m2"}}).json()
    assert by_id["result"]["hits"] == [{"_id": "m2", "_score": pytest.approx(1.0), "fields": MOVIES[1]["metadata"]}]
    for body, words in [
        ({"query": {"top_k": 1, "inputs": {"text": "noir"}}}, "query.inputs needs an index with integrated embedding"),
        (
            {"query": {"top_k": 1, "id": "m1"}, "rerank": {"model": "m", "rank_fields": ["t"]}},
            "rerank needs an index with integrated embedding",
        ),
        # 2026-07 states 1 to 10000; the older versions only the integer's range.
        ({"query": {"top_k": 0, "id": "m1"}}, "query.top_k must be "),
    ]:
        refused = http.post("/records/namespaces/movies/search", json=body)
        assert refused.status_code == 400
        assert words in error_message(refused, version)
    records = http.post(
        "/records/namespaces/movies/upsert",
        content=b'{"_id": "r1", "text": "hi"}\n',
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert records.status_code == 400
    assert "integrated embedding" in error_message(records, version)


def error_message(answer: httpx.Response, version: str) -> str:
    """The message of a records operation's error, in the body shape ``version`` declares for it."""
    body = answer.json()
    if shape_of(version).records_errors_as_error_response:
        assert body["status"] == answer.status_code
        assert body["error"]["code"] == "INVALID_ARGUMENT"
        return str(body["error"]["message"])
    assert body["code"] == 3
    return str(body["message"])


def test_imported_and_upserted_records_are_one_store(tmp_path: Path) -> None:
    write_dataset(tmp_path / "bucket" / "catalog", {"articles": 30}, dimension=DIMENSION)
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock, dimension=DIMENSION) as emulator:
        http = api(emulator)
        http.post("/bulk/imports", json={"uri": "s3://bucket/catalog"})
        clock.settle()
        imported = http.get("/vectors/fetch", params={"ids": "articles-00000005", "namespace": "articles"}).json()
        values = imported["vectors"]["articles-00000005"]["values"]
        nearest = http.post("/query", json={"namespace": "articles", "vector": values, "topK": 1}).json()["matches"]
        assert nearest[0]["id"] == "articles-00000005"
        assert nearest[0]["score"] == pytest.approx(1.0, rel=1e-6)
        extra = {"id": "articles-99999999", "values": values, "metadata": {"group": "extra"}}
        http.post("/vectors/upsert", json={"namespace": "articles", "vectors": [extra]})
        filtered = {
            "namespace": "articles",
            "vector": values,
            "topK": 5,
            "filter": {"group": {"$in": ["extra", "beta"]}},
        }
        groups = http.post("/query", json=filtered | {"includeMetadata": True}).json()["matches"]
        assert {match["metadata"]["group"] for match in groups} == {"extra", "beta"}
        # The default version, 2026-07, sends 64-bit counts as decimal strings, as the service does.
        assert http.get("/namespaces/articles").json()["record_count"] == "31"


def test_snake_case_answers_keep_user_data(emulator: RunningEmulator) -> None:
    with running_emulator(dimension=DIMENSION, casing="snake") as snake:
        http = api(snake, check=False)
        vector = {"id": "v", "values": [1, 0, 0, 0], "metadata": {"camelKey": 1}}
        assert http.post("/vectors/upsert", json={"vectors": [vector]}).json() == {"upserted_count": 1}
        query = {"vector": [1, 0, 0, 0], "top_k": 1, "include_metadata": True}
        assert http.post("/query", json=query).json()["matches"] == [
            {"id": "v", "score": 1.0, "metadata": {"camelKey": 1}}
        ]
        search = {"query": {"top_k": 1, "id": "v"}}
        hits = http.post("/records/namespaces/__default__/search", json=search).json()["result"]["hits"]
        assert hits[0]["fields"] == {"camelKey": 1}


def limit_cases() -> list[tuple[str, str, dict[str, Any], str]]:
    vector = {"id": "v", "values": [0.1] * DIMENSION}
    return [
        (
            "POST",
            "/query",
            {"json": {"vector": [1, 0, 0, 0], "topK": 10_001}},
            "topK must be an integer from 1 to 10000",
        ),
        ("POST", "/query", {"json": {"vector": [1, 0, 0, 0], "topK": 0}}, "topK must be an integer from 1 to 10000"),
        ("POST", "/query", {"json": {"vector": [1, 0, 0, 0]}}, "topK is required"),
        (
            "POST",
            "/query",
            {"json": {"vector": [1, 0], "topK": 1}},
            "vector has 2 numbers but the index dimension is 4",
        ),
        ("POST", "/query", {"json": {"topK": 1}}, "vector (or id) is required"),
        ("POST", "/query", {"json": {"vector": [1, 0, 0, 0], "id": "v", "topK": 1}}, "give id alone"),
        ("POST", "/query", {"json": {"vector": ["a", 0, 0, 0], "topK": 1}}, "vector must be an array of numbers"),
        (
            "POST",
            "/query",
            {"json": {"vector": [1, 0, 0, 0], "topK": 1, "includeValues": "yes"}},
            "includeValues must be true or false",
        ),
        (
            "POST",
            "/query",
            {"json": {"queries": [{"values": [1, 0, 0, 0]}], "topK": 1}},
            "queries (several query vectors",
        ),
        (
            "POST",
            "/query",
            {"json": {"vector": [1, 0, 0, 0], "topK": 1, "filter": {"genre": {"$like": "d"}}}},
            "unknown filter operator '$like' in filter.genre",
        ),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [vector | {"id": f"v{n}"} for n in range(1001)]}},
            "vectors holds 1001 vectors; the limit is 1000 per upsert",
        ),
        ("POST", "/vectors/upsert", {"json": {"vectors": []}}, "vectors must be an array of 1 to 1000 vectors"),
        ("POST", "/vectors/upsert", {"json": {}}, "vectors is required"),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [vector | {"metadata": {"text": "x" * 41_000}}]}},
            "vectors[0].metadata is 41011 bytes; the limit is 40960 bytes of metadata per record",
        ),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [vector | {"metadata": {"nested": {"a": 1}}}]}},
            "vectors[0].metadata.nested must be a string, number, boolean or array of strings, not an object",
        ),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [vector | {"id": "i" * 513}]}},
            "vectors[0].id must be a non-empty string of at most 512 characters",
        ),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [{"id": "v"}]}},
            "vectors[0].values is required on a dense index",
        ),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [vector | {"values": [1e39, 0, 0, 0]}]}},
            "vectors[0].values must hold finite float32 numbers",
        ),
        (
            "POST",
            "/vectors/upsert",
            {"json": {"vectors": [vector | {"sparseValues": {"indices": [1], "values": [1.0]}}]}},
            "needs an index with the dotproduct metric",
        ),
        (
            "POST",
            "/vectors/delete",
            {"json": {"ids": [f"v{n}" for n in range(1001)]}},
            "ids holds 1001 IDs; the limit is 1000 per request",
        ),
        ("POST", "/vectors/delete", {"json": {}}, "give exactly one of ids, deleteAll: true and filter, not none"),
        ("POST", "/vectors/delete", {"json": {"ids": ["a"], "deleteAll": True}}, "not ids and deleteAll"),
        (
            "POST",
            "/vectors/delete",
            {"json": {"filter": {"a": {"$elemMatch": 1}}}},
            "unknown filter operator '$elemMatch'",
        ),
        (
            "GET",
            "/vectors/fetch",
            {"params": {"ids": [f"v{n}" for n in range(1001)]}},
            "ids holds 1001 IDs; the limit is 1000 per request",
        ),
        ("POST", "/vectors/update", {"json": {"values": [1, 0, 0, 0]}}, "id (or filter) is required"),
        (
            "POST",
            "/vectors/update",
            {"json": {"filter": {"a": 1}}},
            "setMetadata (with filter) is required",
        ),
        (
            "POST",
            "/vectors/update",
            {"json": {"filter": {"a": 1}, "id": "v", "setMetadata": {"b": 1}}},
            "an update by filter sets metadata only",
        ),
        (
            "POST",
            "/vectors/fetch_by_metadata",
            {"json": {"filter": {"$nor": [{"a": 1}]}}},
            "unknown filter operator '$nor' in filter; supported: $eq $ne $gt $gte $lt $lte $in $nin $exists $and $or",
        ),
        (
            "POST",
            "/records/namespaces/ns/search",
            {"json": {"query": {"top_k": 1, "id": "v"}, "fields": [f"f{n}" for n in range(101)]}},
            "fields holds 101 names; the limit is 100",
        ),
        (
            "POST",
            "/vectors/fetch_by_metadata",
            {"json": {"filter": {"a": 1}, "limit": 0}},
            "limit must be an integer of at least 1",
        ),
    ]


@pytest.mark.parametrize(("method", "path", "options", "words"), limit_cases())
def test_limits_and_bad_requests_are_400s_naming_the_problem(
    shared_emulator: RunningEmulator, method: str, path: str, options: dict[str, Any], words: str
) -> None:
    answer = api(shared_emulator, "2026-04").request(method, path, **options)
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert (body["code"], body["details"]) == (3, [])
    assert words in body["message"]


def test_sparse_values_have_the_specs_limit() -> None:
    with running_emulator(vector_type="sparse") as emulator:
        http = api(emulator)
        entries = list(range(1001))
        vector = {"id": "s", "sparseValues": {"indices": entries, "values": [1.0] * 1001}}
        answer = http.post("/vectors/upsert", json={"vectors": [vector]})
        assert answer.status_code == 400
        assert "vectors[0].sparseValues holds 1001 entries; the limit is 1000" in answer.json()["message"]
        repeated = {"id": "s", "sparseValues": {"indices": [1, 1], "values": [1.0, 2.0]}}
        answer = http.post("/vectors/upsert", json={"vectors": [repeated]})
        assert "vectors[0].sparseValues.indices must be unique" in answer.json()["message"]


@pytest.fixture(scope="module")
def by_metric() -> Iterator[dict[str, RunningEmulator]]:
    """One emulator of dimension 3 per metric, each example writing a namespace of its own."""
    with (
        running_emulator(dimension=3, metric="cosine") as cosine,
        running_emulator(dimension=3, metric="euclidean") as euclidean,
        running_emulator(dimension=3, metric="dotproduct") as dotproduct,
    ):
        yield {"cosine": cosine, "euclidean": euclidean, "dotproduct": dotproduct}


@pytest.mark.parametrize("metric", ["cosine", "euclidean", "dotproduct"])
@settings(SETTINGS, max_examples=25)
@given(data=st.data(), spec=filters, top_k=st.integers(1, 30))
def test_http_queries_equal_brute_force(
    by_metric: dict[str, RunningEmulator], metric: Metric, data: st.DataObject, spec: dict[str, Any], top_k: int
) -> None:
    """The whole path (JSON in, float32 store, filter from JSON, JSON out) against the reference."""
    records = data.draw(namespaces(3))
    query = data.draw(st.lists(components, min_size=3, max_size=3))
    http = api(by_metric[metric])
    namespace = f"ns-{next(_NAMESPACES)}"
    vectors = [
        {"id": id_, "values": values} | ({} if metadata is None else {"metadata": metadata})
        for id_, (values, metadata) in records.items()
    ]
    for start in range(0, len(vectors), 10):
        http.post("/vectors/upsert", json={"namespace": namespace, "vectors": vectors[start : start + 10]})
    body = {"namespace": namespace, "vector": query, "topK": top_k, "filter": spec}
    matches = http.post("/query", json=body).json()["matches"]
    expected = {
        id_: reference_score(metric, values, query)
        for id_, (values, metadata) in records.items()
        if reference_match(spec, metadata)
    }
    scale = max((abs(score) for score in expected.values()), default=1.0)
    check_ranking(metric, [(match["id"], match["score"]) for match in matches], expected, top_k, scale)


def test_documents_are_refused_as_the_index_has_no_schema(emulator: RunningEmulator) -> None:
    """2026-07's document operations need an index with a schema; the emulator's has none, and says so."""
    valid = {
        "upsert": {"documents": [{"_id": "a", "text": "hi"}]},
        "search": {"score_by": [{"type": "text", "fields": ["text"], "query": "hi"}], "top_k": 1},
        "fetch": {"ids": ["a"]},
        "delete": {"ids": ["a"]},
        "update": {"documents": [{"_id": "a", "text": "hello"}]},
        "list": {},
    }
    for operation, body in valid.items():
        refused = api(emulator, "2026-07").post(f"/namespaces/ns/documents/{operation}", json=body)
        assert refused.status_code == 400
        assert "documents need an index with a schema" in error_message(refused, "2026-07")
        older = api(emulator, "2026-04", check=False).post(f"/namespaces/ns/documents/{operation}", json={})
        assert older.status_code == 404
    sdk = v2026_07.Client(host=emulator.url, api_key=emulator.api_key)
    with sdk, pytest.raises(BadRequestError, match="documents need an index with a schema"):
        sdk.documents.fetch("ns", ids=["a"])
