"""Namespaces created with a schema, and integrated records: the lexical embedder, ndjson upserts, search by
text and by terms, reranking, and the 400s that name what is wrong, over HTTP in every version that has them.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import numpy as np
import pytest

from pinecone_dataplane import available_versions
from pinecone_dataplane.emulator import RunningEmulator, running_emulator
from pinecone_dataplane.emulator._embedder import dense_embedding, lexical_score, sparse_embedding, words

from .test_emulator_vectors import error_message

TEXTS = {
    "r1": "The Eiffel Tower stands in Paris",
    "r2": "Paris is the capital of France",
    "r3": "Photosynthesis turns light into sugar",
}


def ndjson(*records: dict[str, object]) -> bytes:
    return b"".join(httpx.Response(200, json=record).content + b"\n" for record in records)


def client(emulator: RunningEmulator, version: str = "2026-07") -> httpx.Client:
    headers = {"Api-Key": emulator.api_key, "X-Pinecone-Api-Version": version}
    return httpx.Client(base_url=emulator.url, headers=headers)


@pytest.fixture
def integrated() -> Iterator[RunningEmulator]:
    with running_emulator(dimension=64, embedding_field="text") as running:
        yield running


def upsert(http: httpx.Client, namespace: str, body: bytes) -> httpx.Response:
    return http.post(
        f"/records/namespaces/{namespace}/upsert", content=body, headers={"Content-Type": "application/x-ndjson"}
    )


def seed(http: httpx.Client, namespace: str = "articles") -> None:
    records = [{"_id": id_, "text": text, "topic": id_[-1]} for id_, text in TEXTS.items()]
    assert upsert(http, namespace, ndjson(*records)).status_code == 201


def test_the_embedder_is_deterministic_and_lexical() -> None:
    assert words("Hello, WORLD! hello_there 42") == ["hello", "world", "hello", "there", "42"]
    first, again = dense_embedding("tower in Paris", 32), dense_embedding("Paris in tower", 32)
    assert np.array_equal(first, again)  # word order does not matter; same words, same vector
    assert float(np.linalg.norm(first)) == pytest.approx(1.0)
    assert not dense_embedding("!!!", 8).any()  # no words: the zero vector, similar to nothing
    indices, values = sparse_embedding("paris paris tower")
    assert len(indices) == 2
    assert sorted(values.tolist()) == pytest.approx([1.0, 1.0 + np.log(2)])
    assert lexical_score("eiffel tower", "The Eiffel Tower") == 1.0
    assert lexical_score("eiffel tower", "a tower") == 0.5
    assert lexical_score("", "anything") == 0.0


@pytest.mark.parametrize("version", available_versions())
def test_search_by_text_finds_the_records_sharing_words(integrated: RunningEmulator, version: str) -> None:
    with client(integrated, version) as http:
        seed(http)
        search = {"query": {"top_k": 3, "inputs": {"text": "capital of France"}}, "fields": ["topic"]}
        answer = http.post("/records/namespaces/articles/search", json=search).json()
        hits = answer["result"]["hits"]
        assert hits[0] == {"_id": "r2", "_score": pytest.approx(hits[0]["_score"]), "fields": {"topic": "2"}}
        assert hits[0]["_score"] > 0.5 > max(hit["_score"] for hit in hits[1:])
        assert answer["usage"]["embed_total_tokens"] == 3
        # The stored text is a field like any other: returned, and filterable.
        by_filter = {"query": {"top_k": 3, "inputs": {"text": "Paris"}, "filter": {"topic": {"$in": ["1", "3"]}}}}
        hits = http.post("/records/namespaces/articles/search", json=by_filter).json()["result"]["hits"]
        assert hits[0]["_id"] == "r1"
        assert hits[0]["fields"] == {"text": TEXTS["r1"], "topic": "1"}


def test_rerank_reorders_by_the_share_of_query_words(integrated: RunningEmulator) -> None:
    with client(integrated) as http:
        seed(http)
        search = {
            "query": {"top_k": 3, "vector": {"values": dense_embedding("sugar", 64).tolist()}},
            "rerank": {"model": "cohere-rerank-3.5", "rank_fields": ["text"], "query": "Paris France", "top_n": 2},
        }
        answer = http.post("/records/namespaces/articles/search", json=search).json()
        assert [(hit["_id"], hit["_score"]) for hit in answer["result"]["hits"]] == [("r2", 1.0), ("r1", 0.5)]
        assert answer["usage"]["rerank_units"] == 1
        for rerank, words_ in [
            ({"model": "gpt", "rank_fields": ["text"], "query": "x"}, "rerank.model must be one of"),
            ({"model": "bge-reranker-v2-m3", "rank_fields": [], "query": "x"}, "rerank.rank_fields must be"),
            ({"model": "bge-reranker-v2-m3", "rank_fields": ["text"]}, "rerank.query is needed"),
            ({"model": "bge-reranker-v2-m3", "rank_fields": ["topic", "missing"], "query": "x"}, "has no text field"),
        ]:
            refused = http.post("/records/namespaces/articles/search", json={**search, "rerank": rerank})
            assert refused.status_code == 400
            assert words_ in error_message(refused, "2026-07")


@pytest.mark.parametrize(
    ("body", "words_"),
    [
        (b'{"text": "no id"}\n', "needs _id or its alias id"),
        (b'{"_id": "a", "id": "b", "text": "both"}\n', "needs _id or its alias id"),
        (b'{"_id": "a", "body": "elsewhere"}\n', "needs the text field 'text'"),
        (b'{"_id": "a", "text": 7}\n', "needs the text field 'text'"),
        (b'{"_id": "a", "text": "x", "meta": {"nested": 1}}\n', "must be a string, number, boolean"),
        (b"not json\n", "record 1 is not valid JSON"),
        (b"\n\n", "holds no records"),
        (b"".join(b'{"_id": "r%d", "text": "t"}\n' % i for i in range(1001)), "more than 1000 records"),
    ],
)
def test_bad_records_are_400s_naming_the_problem(integrated: RunningEmulator, body: bytes, words_: str) -> None:
    with client(integrated) as http:
        refused = upsert(http, "ns", body)
        assert refused.status_code == 400
        assert words_ in error_message(refused, "2026-07")
        assert http.post("/describe_index_stats", json={}).json()["totalVectorCount"] == 0  # nothing written


def test_match_terms_on_a_sparse_index_with_integrated_embedding() -> None:
    with running_emulator(vector_type="sparse", embedding_field="text") as emulator, client(emulator) as http:
        seed(http)
        search = {
            "query": {"top_k": 3, "inputs": {"text": "Paris"}, "match_terms": {"strategy": "all", "terms": ["tower"]}}
        }
        hits = http.post("/records/namespaces/articles/search", json=search).json()["result"]["hits"]
        assert [hit["_id"] for hit in hits] == ["r1"]
    with running_emulator(embedding_field="text") as emulator, client(emulator) as http:
        refused = http.post("/records/namespaces/articles/search", json=search)
        assert "sparse indexes with integrated embedding only" in error_message(refused, "2026-07")


# ---------------------------------------------------------------- namespaces


@pytest.mark.parametrize("version", ["2025-10", "2026-04", "2026-07"])
def test_a_created_namespace_exists_empty_and_indexes_its_schema_only(
    integrated: RunningEmulator, version: str
) -> None:
    with client(integrated, version) as http:
        schema = {"fields": {"topic": {"filterable": True}}}
        created = http.post("/namespaces", json={"name": "catalog", "schema": schema})
        assert created.status_code == 200
        count = "0" if version == "2026-07" else 0
        assert created.json() == {
            "name": "catalog",
            "record_count": count,
            "schema": schema,
            "indexed_fields": {"fields": ["topic"]},
        }
        assert http.get("/namespaces/catalog").json()["record_count"] == count
        assert [item["name"] for item in http.get("/namespaces").json()["namespaces"]] == ["catalog"]
        for name in ("catalog", "__default__"):
            conflict = http.post("/namespaces", json={"name": name})
            assert conflict.status_code == 409
            assert "already exists" in conflict.json()["message"]
        seed(http, "catalog")
        search = {"query": {"top_k": 3, "inputs": {"text": "Paris"}, "filter": {"text": {"$exists": True}}}}
        refused = http.post("/records/namespaces/catalog/search", json=search)
        assert refused.status_code == 400
        assert "names 'text', which namespace 'catalog' does not index" in error_message(refused, version)
        query = {"namespace": "catalog", "id": "r1", "topK": 1, "filter": {"$or": [{"topic": "1"}, {"text": "x"}]}}
        assert http.post("/query", json=query).status_code == 400
        allowed = {"namespace": "catalog", "id": "r1", "topK": 3, "filter": {"topic": "1"}}
        assert [match["id"] for match in http.post("/query", json=allowed).json()["matches"]] == ["r1"]
        # A namespace written to without being created takes any filter.
        seed(http, "open")
        open_search = {**search, "query": {**search["query"]}}
        assert http.post("/records/namespaces/open/search", json=open_search).status_code == 200
        # Deleting every record keeps a created namespace; deleting the namespace removes it.
        http.post("/vectors/delete", json={"namespace": "catalog", "deleteAll": True})
        assert http.get("/namespaces/catalog").status_code == 200
        assert http.delete("/namespaces/catalog").status_code == 200
        assert http.get("/namespaces/catalog").status_code == 404


# 2026-07's spec states the name's and the schema's limits (the SDK's own table checks them, in its words);
# 2025-10 does not, and the emulator holds it to the same limits in its own.
@pytest.mark.parametrize("version", ["2025-10", "2026-07"])
@pytest.mark.parametrize(
    ("body", "words_"),
    [
        ({}, ("name is required",)),
        ({"name": "x" * 513}, ("at most 512 characters", "1 to 512 ASCII characters")),
        ({"name": "café"}, ("matching ^[\\x01-\\x7F]+$", "ASCII")),
        ({"name": "n", "schema": {"fields": {"$bad": {"filterable": True}}}}, ("does not start with '$'",)),
        ({"name": "n", "schema": {"fields": {"genre": {"filterable": False}}}}, ("filterable must be true",)),
        (
            {"name": "n", "schema": {"fields": {f"f{i}": {"filterable": True} for i in range(51)}}},
            ("at most 50 fields", "the limit is 50"),
        ),
    ],
)
def test_bad_namespace_creations_are_400s(
    integrated: RunningEmulator, version: str, body: dict[str, object], words_: tuple[str, ...]
) -> None:
    with client(integrated, version) as http:
        refused = http.post("/namespaces", json=body)
        assert refused.status_code == 400
        message = refused.json()["message"]
        assert any(words in message for words in words_), message
        assert http.get("/namespaces").json()["namespaces"] == []


def test_creating_a_namespace_is_a_405_before_2025_10(integrated: RunningEmulator) -> None:
    with client(integrated, "2025-04") as http:
        for method in ("POST", "PUT"):
            refused = http.request(method, "/namespaces", json={"name": "n"})
            assert refused.status_code == 405
            assert refused.headers["Allow"] == "GET, HEAD"


def test_without_integrated_embedding_records_are_refused_saying_how_to_get_it() -> None:
    with running_emulator() as emulator, client(emulator) as http:
        refused = upsert(http, "ns", ndjson({"_id": "a", "text": "x"}))
        assert refused.status_code == 400
        assert "start the emulator with an embedding field" in error_message(refused, "2026-07")
