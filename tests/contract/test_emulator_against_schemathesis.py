"""The emulator against schemathesis: whatever a client sends, the emulator answers as the spec says.

For each spec version, schemathesis generates requests for every operation the emulator implements
(examples, coverage and fuzzing phases, valid and invalid data, derandomized and bounded) and sends
them to one running emulator. Each answer must not be a 5xx, must use a status code the spec documents
for the operation, and must match that response's schema. Some generated imports name a real Parquet
dataset, so the listings carry imports that completed and failed; the seeded examples then walk an
import of that dataset through every verb.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
)

from pinecone_dataplane.emulator import RunningEmulator, running_emulator, write_dataset

from ..conftest import SPECS, spec_versions

KEY = "schemathesis-key"
# s3://BUCKET/PREFIX is BUCKET_ROOT/BUCKET/PREFIX: the URI stays the same whatever the bucket root is.
DATASET = "s3://catalog/embeddings"
NAMESPACES = {"articles": 40, "__default__": 20}
BAD_RECORDS = 2
MAX_EXAMPLES = 40
SEED = 20260401
# The emulated index embeds this field of upserted records, and holds documents against this schema.
TEXT_FIELD = "chunk_text"
DOCUMENT_SCHEMA = {
    "fields": {
        "title": {"type": "string", "full_text_search": {}},
        "embedding": {"type": "dense_vector", "dimension": 2},
        "genre": {"type": "string", "filterable": True},
    }
}


# Requests the specs call valid but the service rejects with a documented 400, because the schema
# cannot say what makes the value acceptable: schemathesis' positive-data check is off for these.
SERVICE_VALIDATES = {
    ("GET", "/bulk/imports"): "paginationToken is any string in the spec; only tokens the server issued are valid",
    ("POST", "/bulk/imports"): "uri is any string in the spec; the server judges its scheme and whether it exists",
    ("POST", "/describe_index_stats"): "filter is any object in the spec; a serverless index refuses a non-empty one",
    ("POST", "/query"): "vector must have the index's dimension, and a query needs vector or id; filter as above",
    ("POST", "/vectors/upsert"): "values must have the index's dimension; metadata values are scalars or string lists",
    ("POST", "/vectors/update"): "values must have the index's dimension; filter as above; update by id or by filter",
    ("POST", "/vectors/delete"): "exactly one of ids, deleteAll and filter, which is any object in the spec",
    ("POST", "/vectors/fetch_by_metadata"): "filter is any object in the spec; paginationToken as below",
    (
        "POST",
        "/records/namespaces/{namespace}/search",
    ): "a query needs inputs, vector or id; rerank.model names a hosted model; top_k has no minimum in the spec",
    ("POST", "/records/namespaces/{namespace}/upsert"): "each record needs the text field the index embeds",
    ("POST", "/namespaces"): "a namespace name is unique: creating one that exists is the documented 409",
    **{
        (
            "POST",
            f"/namespaces/{{namespace}}/documents/{operation}",
        ): "documents hold at least one field of the index schema, and filters and score_by name its fields"
        for operation in ("upsert", "search", "fetch", "delete", "update")
    },
    (
        "POST",
        "/namespaces/{namespace}/documents/list",
    ): "pagination_token is any string in the spec; only tokens the server issued are valid",
    ("GET", "/vectors/fetch"): "ids are any strings in the spec; an empty id, or one with a space, is no record id",
    ("GET", "/vectors/list"): "limit has no minimum in the spec (0 and below are rejected); paginationToken as above",
    ("GET", "/namespaces"): "limit has no minimum in the spec (0 and below are rejected); paginationToken as above",
}


@schemathesis.serializer("application/x-ndjson")
def ndjson(context: Any, value: Any) -> bytes:
    """The records upsert's body: one JSON document per line (whatever was generated, invalid data included)."""
    items = value if isinstance(value, list) else [value]
    return b"".join(json.dumps(item).encode() + b"\n" for item in items)


def excluded_checks(case: schemathesis.Case) -> list[schemathesis.CheckFunction]:
    """The checks this case cannot pass, each for a reason in the specs or in the emulator's design."""
    excluded = []
    if (case.method.upper(), case.path) in SERVICE_VALIDATES:
        excluded.append(positive_data_acceptance)
    if contains_null(case.body):
        # The emulator reads a JSON null as an absent field, by design; the specs declare no request
        # field nullable, so schemathesis counts a null as invalid data that must be rejected.
        excluded.append(negative_data_rejection)
    return excluded


def contains_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(contains_null(item) for item in value.values())
    if isinstance(value, list):
        return any(contains_null(item) for item in value)
    return False


def config(version: str, declares_version_header: bool) -> schemathesis.Config:
    settings: dict[str, Any] = {
        "seed": SEED,
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
        "headers": {"Api-Key": KEY},
        "checks": {
            # The 2026-04 spec marks X-Pinecone-Api-Version required, yet the service answers a request
            # without it in its oldest stable version (and so does the emulator), rather than rejecting it.
            "missing_required_header": {"enabled": False},
        },
    }
    if declares_version_header:
        # The spec types the header as any string; the service serves only the versions it knows.
        settings["parameters"] = {"X-Pinecone-Api-Version": version}
    else:
        # 2025-04 does not declare the header; without it, the emulator would answer the oldest stable version.
        settings["headers"]["X-Pinecone-Api-Version"] = version
    return schemathesis.Config.from_dict(settings)


def load(version: str) -> schemathesis.BaseSchema:
    path = SPECS / f"db_data_{version}.oas.yaml"
    declares = "X-Pinecone-Api-Version" in path.read_text()
    schema = schemathesis.openapi.from_path(path, config=config(version, declares))

    @schema.hook
    def flatmap_body(context: schemathesis.HookContext, body: Any) -> st.SearchStrategy[Any]:
        # Mix imports of a real dataset into the generated ones, so that imports run, complete and fail.
        operation = context.operation
        if operation is None or (operation.method.upper(), operation.path) != ("POST", "/bulk/imports"):
            return st.just(body)
        if not (isinstance(body, dict) and isinstance(body.get("uri"), str) and 1 <= len(body["uri"]) <= 1500):
            return st.just(body)  # a generated invalid uri stays, for the emulator to reject
        return st.sampled_from([body, {**body, "uri": DATASET}])

    return schema


SCHEMAS = {version: load(version) for version in spec_versions()}


@contextlib.contextmanager
def emulator_with_an_import(root: Path) -> Iterator[RunningEmulator]:
    """An emulator holding the records of one completed import of DATASET."""
    bucket, prefix = DATASET.removeprefix("s3://").split("/", 1)
    write_dataset(root / bucket / prefix, NAMESPACES, bad_records=BAD_RECORDS)
    (root / bucket / "empty").mkdir()
    with running_emulator(
        bucket_root=root, api_key=KEY, embedding_field=TEXT_FIELD, document_schema=DOCUMENT_SCHEMA
    ) as running:
        started = httpx.post(f"{running.url}/bulk/imports", json={"uri": DATASET}, headers={"Api-Key": KEY})
        assert started.status_code == 200, started.text
        assert running.join_imports(30)
        yield running


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEmulator]:
    """One emulator for every version and every generated case."""
    with emulator_with_an_import(tmp_path_factory.mktemp("buckets")) as running:
        yield running


@pytest.fixture
def own_emulator(tmp_path: Path) -> Iterator[RunningEmulator]:
    """An emulator of its own, so that no generated case (which may delete namespaces) changes its state."""
    with emulator_with_an_import(tmp_path) as running:
        yield running


@schemathesis.pytest.parametrize(**{f"v{version.replace('-', '_')}": schema for version, schema in SCHEMAS.items()})
def test_every_answer_conforms_to_the_spec(case: schemathesis.Case, emulator: RunningEmulator) -> None:
    response = case.call(base_url=emulator.url)
    excluded = excluded_checks(case)
    if "X-Pinecone-Api-Version" not in response.request.headers:
        # A request that names no version (a case without the header the spec declares) is served in the
        # oldest stable version, as the service does, so its answer follows that version's spec.
        excluded.append(response_schema_conformance)
    case.validate_response(response, excluded_checks=excluded)


def call(version: str, emulator: RunningEmulator, method: str, path: str, *, expect: int = 200, **parts: Any) -> Any:
    """One explicit request, validated like the generated ones; returns the answer's JSON (None without a body)."""
    operation = SCHEMAS[version][path][method]
    headers = {"X-Pinecone-Api-Version": version}
    case = operation.Case(headers=headers, **parts)
    response = case.call_and_validate(base_url=emulator.url, headers={"Api-Key": KEY})
    assert response.status_code == expect, (method, path, response.text)
    return response.json() if response.content else None


@pytest.mark.parametrize("version", spec_versions())
def test_seeded_examples_walk_a_real_import(version: str, own_emulator: RunningEmulator) -> None:
    emulator = own_emulator
    before = emulator.imports_started
    started = call(version, emulator, "POST", "/bulk/imports", body={"uri": DATASET, "errorMode": {"onError": "abort"}})
    emulator.join_imports(30)
    done = call(version, emulator, "GET", "/bulk/imports/{id}", path_parameters={"id": started["id"]})
    # The fixture's import already filled these namespaces.
    assert done["status"] == "Failed"
    call(version, emulator, "DELETE", "/bulk/imports/{id}", path_parameters={"id": started["id"]})
    empty = call(version, emulator, "POST", "/bulk/imports", body={"uri": "s3://catalog/empty"})
    assert emulator.imports_started == before + 2

    first = call(version, emulator, "GET", "/bulk/imports", query={"limit": 1})
    assert [model["id"] for model in first["data"]] == [empty["id"]]
    following = call(
        version, emulator, "GET", "/bulk/imports", query={"limit": 1, "paginationToken": first["pagination"]["next"]}
    )
    assert [model["id"] for model in following["data"]] == [started["id"]]

    stats = call(version, emulator, "POST", "/describe_index_stats", body={})
    assert stats["totalVectorCount"] > 0
    name = sorted(stats["namespaces"])[0]
    if "/namespaces" in SCHEMAS[version].raw_schema["paths"]:  # from 2025-04
        namespaces = call(version, emulator, "GET", "/namespaces", query={"limit": 1})
        assert namespaces["namespaces"][0]["name"] == name
        described = call(version, emulator, "GET", "/namespaces/{namespace}", path_parameters={"namespace": name})
        # 2026-07 sends the 64-bit count as a decimal string, as its spec declares.
        assert int(described["record_count"]) == stats["namespaces"][name]["vectorCount"]
    listed = call(version, emulator, "GET", "/vectors/list", query={"namespace": name, "limit": 3})
    ids = [vector["id"] for vector in listed["vectors"]]
    fetched = call(version, emulator, "GET", "/vectors/fetch", query={"namespace": name, "ids": ids})
    assert sorted(fetched["vectors"]) == sorted(ids)

    # The data plane, on records upserted next to the imported ones.
    vectors = [
        {"id": "walk-1", "values": [0.5] * 8, "metadata": {"genre": "drama", "year": 1994}},
        {"id": "walk-2", "values": [0.25, 1, 0, 0, 0, 0, 0, 0], "metadata": {"genre": "noir"}},
    ]
    upserted = call(version, emulator, "POST", "/vectors/upsert", body={"vectors": vectors, "namespace": "walk"})
    assert upserted == {"upsertedCount": 2}
    query = {"namespace": "walk", "vector": [0.5] * 8, "topK": 2, "includeValues": True, "includeMetadata": True}
    matches = call(version, emulator, "POST", "/query", body=query | {"filter": {"year": {"$gte": 1990}}})["matches"]
    assert [match["id"] for match in matches] == ["walk-1"]
    update = {"id": "walk-2", "namespace": "walk", "setMetadata": {"year": 2001}}
    call(version, emulator, "POST", "/vectors/update", body=update)
    search = {"query": {"top_k": 2, "id": "walk-1", "filter": {"year": {"$exists": True}}}, "fields": ["genre"]}
    found = call(
        version,
        emulator,
        "POST",
        "/records/namespaces/{namespace}/search",
        path_parameters={"namespace": "walk"},
        body=search,
    )
    assert [hit["_id"] for hit in found["result"]["hits"]] == ["walk-1", "walk-2"]
    if "/vectors/fetch_by_metadata" in SCHEMAS[version].raw_schema["paths"]:
        chosen = call(
            version,
            emulator,
            "POST",
            "/vectors/fetch_by_metadata",
            body={"namespace": "walk", "filter": {"genre": "noir"}},
        )
        assert list(chosen["vectors"]) == ["walk-2"]
    call(version, emulator, "POST", "/vectors/delete", body={"namespace": "walk", "ids": ["walk-1"]})
    assert call(version, emulator, "POST", "/describe_index_stats", body={})["namespaces"]["walk"] == {"vectorCount": 1}
    # A serverless index refuses a filtered describe_index_stats: a documented 400.
    call(version, emulator, "POST", "/describe_index_stats", body={"filter": {"genre": "noir"}}, expect=400)


def paths(version: str) -> dict[str, Any]:
    return SCHEMAS[version].raw_schema["paths"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("version", spec_versions())
def test_seeded_examples_create_namespaces_and_search_records_by_text(
    version: str, own_emulator: RunningEmulator
) -> None:
    emulator = own_emulator
    namespace = f"seeded-{version}"
    if "post" in paths(version)["/namespaces"]:  # from 2025-10
        schema = {"fields": {"category": {"filterable": True}}}
        created = call(version, emulator, "POST", "/namespaces", body={"name": namespace, "schema": schema})
        assert (created["name"], int(created["record_count"])) == (namespace, 0)
        assert created["indexed_fields"] == {"fields": ["category"]}
        call(version, emulator, "POST", "/namespaces", body={"name": namespace}, expect=409)
    records = [
        {"_id": "r1", TEXT_FIELD: "The Eiffel Tower stands in Paris", "category": "travel"},
        {"id": "r2", TEXT_FIELD: "Photosynthesis turns light into sugar", "category": "biology"},
    ]
    upsert = "/records/namespaces/{namespace}/upsert"
    call(
        version,
        emulator,
        "POST",
        upsert,
        path_parameters={"namespace": namespace},
        body=records,
        media_type="application/x-ndjson",
        expect=201,
    )
    search = "/records/namespaces/{namespace}/search"
    query = {"top_k": 2, "inputs": {"text": "tower in Paris"}, "filter": {"category": {"$eq": "travel"}}}
    rerank = {"model": "pinecone-rerank-v0", "rank_fields": [TEXT_FIELD], "top_n": 1}
    found = call(
        version,
        emulator,
        "POST",
        search,
        path_parameters={"namespace": namespace},
        body={"query": query, "rerank": rerank},
    )
    assert [hit["_id"] for hit in found["result"]["hits"]] == ["r1"]
    assert found["result"]["hits"][0]["_score"] == pytest.approx(1.0)
    # Negative cases, answered in the version's error shape (ErrorResponse from 2026-07, rpcStatus before).
    unknown_model = {"query": {"top_k": 1, "inputs": {"text": "x"}}, "rerank": {**rerank, "model": "no-such-model"}}
    call(version, emulator, "POST", search, path_parameters={"namespace": namespace}, body=unknown_model, expect=400)
    no_text = [{"_id": "r3", "category": "travel"}]
    call(
        version,
        emulator,
        "POST",
        upsert,
        path_parameters={"namespace": namespace},
        body=no_text,
        media_type="application/x-ndjson",
        expect=400,
    )


def test_seeded_examples_walk_the_documents(own_emulator: RunningEmulator) -> None:
    emulator = own_emulator
    version, namespace = "2026-07", "seeded-documents"
    parts = {"path_parameters": {"namespace": namespace}}

    def documents(operation: str, body: dict[str, Any], expect: int = 200) -> Any:
        path = f"/namespaces/{{namespace}}/documents/{operation}"
        return call(version, emulator, "POST", path, body=body, expect=expect, **parts)

    docs = [
        {"_id": "doc-1", "title": "Vector search in practice", "embedding": [1.0, 0.0], "genre": "tech"},
        {"_id": "doc-2", "title": "Cooking for beginners", "embedding": [0.0, 1.0], "genre": "food"},
    ]
    assert documents("upsert", {"documents": docs}, expect=202) == {"upserted_count": 2}
    text = {"score_by": [{"type": "text", "fields": ["title"], "query": "vector search"}], "top_k": 2}
    assert [match["_id"] for match in documents("search", text)["matches"]] == ["doc-1"]
    query_string = {"score_by": [{"type": "query_string", "query": "title:cooking OR title:vector"}], "top_k": 5}
    assert {match["_id"] for match in documents("search", query_string)["matches"]} == {"doc-1", "doc-2"}
    vector = {
        "score_by": [{"type": "dense_vector", "fields": ["embedding"], "values": [0.0, 1.0]}],
        "top_k": 1,
        "include_fields": ["genre"],
    }
    assert documents("search", vector)["matches"] == [{"_id": "doc-2", "_score": 1.0, "genre": "food"}]
    fetched = documents("fetch", {"filter": {"genre": {"$eq": "tech"}}, "limit": 1})
    assert list(fetched["documents"]) == ["doc-1"]
    patch = {"documents": [{"_id": "doc-2", "genre": "cooking", "_remove_fields": ["embedding"]}]}
    documents("update", patch, expect=202)
    assert documents("fetch", {"ids": ["doc-2"]})["documents"]["doc-2"] == {
        "_id": "doc-2",
        "title": "Cooking for beginners",
        "genre": "cooking",
    }
    assert documents("update", {"filter": {"genre": "cooking"}, "set_fields": {"genre": "food"}}, expect=202) == {
        "matched_records": 1
    }
    first = documents("list", {"limit": 1})
    following = documents("list", {"limit": 1, "pagination_token": first["pagination"]["next"]})
    assert [doc["_id"] for doc in first["documents"] + following["documents"]] == ["doc-1", "doc-2"]
    assert documents("delete", {"filter": {"genre": "food"}}, expect=202) == {"matched_records": 1}
    # Negative cases, answered as ErrorResponse: a field the schema does not search, comparisons on full text.
    documents("search", {"score_by": [{"type": "text", "fields": ["genre"], "query": "x"}], "top_k": 1}, expect=400)
    documents("fetch", {"filter": {"title": {"$eq": "Vector search in practice"}}}, expect=400)
    documents("upsert", {"documents": [{"_id": "doc-3", "unknown": "no schema field"}]}, expect=400)
    documents("delete", {"delete_all": True}, expect=202)
    assert documents("list", {})["documents"] == []
