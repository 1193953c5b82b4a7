"""The official ``pinecone`` SDK (pinned in the dev extra), unchanged, against the emulator: an independent
client's reading of the same API. Imports (start, describe, list, a paginated list, cancel), vectors (upsert,
query, fetch, fetch by metadata, list, update, delete, describe_index_stats) and namespaces, sync and asyncio;
namespaces created with a schema, integrated records (upsert_records, search by text, rerank) and the
document operations against an index schema.

The official SDK sends ``X-Pinecone-Api-Version: 2026-07``, which the emulator serves in that version's
shapes. Both the SDK's hosts point at the emulator on loopback, so nothing is sent anywhere else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pinecone
import pytest

from pinecone_dataplane import available_versions
from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator, write_dataset

OFFICIAL_VERSION = "2026-07"  # what pinecone 10.2 sends
RATE = 100  # records per second of emulated time: a 300-record import takes 3 s
CATALOG = {"articles": 300}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def emulator(tmp_path: Path, clock: ManualClock) -> Iterator[RunningEmulator]:
    assert OFFICIAL_VERSION in available_versions()  # served in its own shapes
    write_dataset(tmp_path / "bucket" / "catalog", CATALOG, dimension=4)
    write_dataset(tmp_path / "bucket" / "more", {"more": 300}, dimension=4, seed=1)
    with running_emulator(bucket_root=tmp_path, clock=clock, records_per_second=RATE, dimension=4) as running:
        yield running


def vectors() -> list[dict[str, Any]]:
    return [
        {"id": "a", "values": [1.0, 0.0, 0.0, 0.0], "metadata": {"genre": "drama", "year": 2020}},
        {"id": "b", "values": [0.9, 0.1, 0.0, 0.0], "metadata": {"genre": "drama", "year": 2021}},
        {"id": "c", "values": [0.0, 1.0, 0.0, 0.0], "metadata": {"genre": "comedy", "year": 2022}},
    ]


# ---------------------------------------------------------------- sync


def test_imports(emulator: RunningEmulator, clock: ManualClock) -> None:
    pc = pinecone.Pinecone(api_key=emulator.api_key, host=emulator.url)
    index = pc.Index(host=emulator.url)
    started = index.start_import("s3://bucket/catalog", error_mode="continue")
    clock.advance(1)
    running = index.describe_import(started.id)
    assert (running.status, running.uri) == ("InProgress", "s3://bucket/catalog")
    clock.advance(10)
    done = index.describe_import(started.id)
    assert (done.status, done.records_imported, done.percent_complete) == ("Completed", 300, 100.0)
    assert done.finished_at is not None

    second = index.start_import("s3://bucket/more")
    clock.advance(1)
    index.cancel_import(second.id)
    clock.settle()
    assert index.describe_import(second.id).status == "Cancelled"

    assert {model.id for model in index.list_imports()} == {started.id, second.id}
    first_page = index.list_imports_paginated(limit=1)
    assert len(first_page) == 1
    assert first_page.pagination is not None
    rest = index.list_imports_paginated(limit=1, pagination_token=first_page.pagination.next)
    assert {model.id for model in [*first_page, *rest]} == {started.id, second.id}
    assert index.describe_index_stats().namespaces["articles"].vector_count == 300
    index.close()


def test_vectors_and_namespaces(emulator: RunningEmulator) -> None:
    index = pinecone.Pinecone(api_key=emulator.api_key, host=emulator.url).Index(host=emulator.url)
    assert index.upsert(vectors=vectors(), namespace="movies", show_progress=False).upserted_count == 3
    assert index.upsert(vectors=[("d", [0.0, 0.0, 1.0, 0.0])], show_progress=False).upserted_count == 1

    found = index.query(vector=[1.0, 0.0, 0.0, 0.0], top_k=2, namespace="movies", include_metadata=True)
    assert [match.id for match in found.matches] == ["a", "b"]
    assert found.matches[0].score == pytest.approx(1.0)
    assert found.matches[0].metadata == {"genre": "drama", "year": 2020}
    by_id = index.query(id="c", top_k=1, namespace="movies", filter={"genre": {"$eq": "comedy"}})
    assert [match.id for match in by_id.matches] == ["c"]

    fetched = index.fetch(ids=["a", "c", "missing"], namespace="movies")
    assert set(fetched.vectors) == {"a", "c"}
    assert list(fetched.vectors["a"].values) == [1.0, 0.0, 0.0, 0.0]
    by_metadata = index.fetch_by_metadata(filter={"year": {"$gte": 2021}}, namespace="movies")
    assert set(by_metadata.vectors) == {"b", "c"}
    assert [item.id for page in index.list(namespace="movies") for item in page.vectors] == ["a", "b", "c"]
    page = index.list_paginated(namespace="movies", limit=2)
    assert ([item.id for item in page.vectors], page.pagination is not None) == (["a", "b"], True)

    index.update(id="a", set_metadata={"genre": "noir"}, namespace="movies")
    assert index.fetch(ids=["a"], namespace="movies").vectors["a"].metadata == {"genre": "noir", "year": 2020}
    index.delete(ids=["b"], namespace="movies")
    stats = index.describe_index_stats()
    assert (stats.dimension, stats.total_vector_count) == (4, 3)
    assert stats.namespaces["movies"].vector_count == 2
    # As the SDK documents it: a serverless index refuses a filtered describe_index_stats.
    with pytest.raises(pinecone.ApiError) as refused:
        index.describe_index_stats(filter={"genre": "noir"})
    assert refused.value.status_code == 400

    listed = {namespace.name: namespace.record_count for page in index.list_namespaces() for namespace in page}
    assert listed == {"movies": 2, "__default__": 1}
    assert index.describe_namespace(name="movies").record_count == 2
    index.delete_namespace(name="movies")
    with pytest.raises(pinecone.NotFoundError):
        index.describe_namespace(name="movies")
    index.delete(delete_all=True)
    assert index.describe_index_stats().total_vector_count == 0
    index.close()


# ---------------------------------------------------------------- asyncio


def test_asyncio(emulator: RunningEmulator, clock: ManualClock) -> None:
    async def scenario() -> None:
        async with pinecone.PineconeAsyncio(api_key=emulator.api_key, host=emulator.url) as pc:
            index = await pc.index(host=emulator.url)
            started = await index.start_import("s3://bucket/catalog", error_mode="continue")
            clock.advance(10)  # the emulator's import workers are threads of their own
            done = await index.describe_import(started.id)
            assert (done.status, done.records_imported) == ("Completed", 300)
            second = await index.start_import("s3://bucket/more")
            await index.cancel_import(second.id)
            clock.settle()
            assert (await index.describe_import(second.id)).status == "Cancelled"
            assert {model.id async for model in index.list_imports()} == {started.id, second.id}
            first_page = await index.list_imports_paginated(limit=1)
            assert len(first_page) == 1

            assert (await index.upsert(vectors=vectors(), namespace="movies", show_progress=False)).upserted_count == 3
            found = await index.query(vector=[1.0, 0.0, 0.0, 0.0], top_k=2, namespace="movies")
            assert [match.id for match in found.matches] == ["a", "b"]
            assert set((await index.fetch(ids=["a", "b"], namespace="movies")).vectors) == {"a", "b"}
            by_metadata = await index.fetch_by_metadata(filter={"genre": "comedy"}, namespace="movies")
            assert set(by_metadata.vectors) == {"c"}
            assert [item.id async for page in index.list(namespace="movies") for item in page.vectors] == [
                "a",
                "b",
                "c",
            ]
            await index.update(id="c", values=[0.0, 0.0, 0.0, 1.0], namespace="movies")
            await index.delete(ids=["a"], namespace="movies")
            stats = await index.describe_index_stats()
            assert (stats.namespaces["movies"].vector_count, stats.namespaces["articles"].vector_count) == (2, 300)
            names = {namespace.name async for page in index.list_namespaces() for namespace in page}
            assert names == {"movies", "articles"}
            assert (await index.describe_namespace(name="movies")).record_count == 2
            await index.delete_namespace(name="movies")
            await index.close()

    asyncio.run(scenario())


# ---------------------------------------------------------------- namespaces, integrated records, documents

# Scores are lexical (shared words), so which text comes first is predictable.
ARTICLES = [
    {"_id": "rec1", "chunk_text": "The Eiffel Tower stands in Paris", "category": "travel"},
    {"_id": "rec2", "chunk_text": "Paris is the capital of France", "category": "geography"},
    {"_id": "rec3", "chunk_text": "Photosynthesis turns light into sugar", "category": "biology"},
]

SCHEMA = {
    "fields": {
        "title": {"type": "string", "full_text_search": {}},
        "embedding": {"type": "dense_vector", "dimension": 3, "metric": "cosine"},
        "genre": {"type": "string", "filterable": True},
        "year": {"type": "float", "filterable": True},
    }
}
DOCUMENTS = [
    {"_id": "d1", "title": "Vector search in practice", "embedding": [1.0, 0.0, 0.0], "genre": "tech", "year": 2024},
    {"_id": "d2", "title": "Cooking with search engines", "embedding": [0.0, 1.0, 0.0], "genre": "food", "year": 2020},
    {"_id": "d3", "title": "Gardening for beginners", "embedding": [0.7, 0.7, 0.0], "genre": "home", "year": 2022},
]


@pytest.fixture
def integrated() -> Iterator[RunningEmulator]:
    with running_emulator(dimension=64, embedding_field="chunk_text", document_schema=SCHEMA) as running:
        yield running


def test_namespace_create(integrated: RunningEmulator) -> None:
    index = pinecone.Pinecone(api_key=integrated.api_key, host=integrated.url).Index(host=integrated.url)
    created = index.create_namespace(name="catalog", schema={"fields": {"genre": {"filterable": True}}})
    assert (created.name, created.record_count) == ("catalog", 0)
    assert index.describe_namespace(name="catalog").record_count == 0
    with pytest.raises(pinecone.ConflictError):
        index.create_namespace(name="catalog")
    index.upsert_records(namespace="catalog", records=ARTICLES)
    # The schema indexes genre alone: filtering on category is refused, as on the service.
    with pytest.raises(pinecone.ApiError) as refused:
        index.search(namespace="catalog", top_k=1, inputs={"text": "Paris"}, filter={"category": "travel"})
    assert refused.value.status_code == 400
    assert "category" in str(refused.value)
    index.delete_namespace(name="catalog")
    assert "catalog" not in {namespace.name for page in index.list_namespaces() for namespace in page}
    index.close()


def test_upsert_records_and_search_with_rerank(integrated: RunningEmulator) -> None:
    index = pinecone.Pinecone(api_key=integrated.api_key, host=integrated.url).Index(host=integrated.url)
    index.upsert_records(namespace="articles", records=ARTICLES)
    found = index.search(namespace="articles", top_k=3, inputs={"text": "Paris France"})
    assert [hit.id for hit in found.result.hits][:2] == ["rec2", "rec1"]
    assert found.result.hits[0].fields["category"] == "geography"
    assert found.usage.embed_total_tokens == 2
    filtered = index.search(namespace="articles", top_k=3, inputs={"text": "Paris"}, filter={"category": "travel"})
    assert [hit.id for hit in filtered.result.hits] == ["rec1"]
    reranked = index.search(
        namespace="articles",
        top_k=3,
        inputs={"text": "Eiffel Tower"},
        rerank={"model": "bge-reranker-v2-m3", "rank_fields": ["chunk_text"], "top_n": 2},
        fields=["category"],
    )
    assert [hit.id for hit in reranked.result.hits] == ["rec1", "rec2"]
    assert reranked.result.hits[0].score == pytest.approx(1.0)
    assert reranked.result.hits[0].fields == {"category": "travel"}
    index.close()


def test_document_round_trip(integrated: RunningEmulator) -> None:
    index = pinecone.Pinecone(api_key=integrated.api_key, host=integrated.url).Index(host=integrated.url)
    docs = index.documents
    assert docs.upsert(namespace="library", documents=DOCUMENTS).upserted_count == 3
    by_text = docs.search(
        namespace="library", top_k=5, score_by=[{"type": "text", "fields": ["title"], "query": "search"}]
    )
    assert {match.id for match in by_text.matches} == {"d1", "d2"}
    by_vector = docs.search(
        namespace="library",
        top_k=2,
        score_by=[{"type": "dense_vector", "fields": ["embedding"], "values": [1.0, 0.0, 0.0]}],
        include_fields=["genre"],
        filter={"year": {"$gte": 2021}},
    )
    assert [match.id for match in by_vector.matches] == ["d1", "d3"]
    assert by_vector.matches[0].genre == "tech"
    fetched = docs.fetch(namespace="library", ids=["d2", "missing"])
    assert set(fetched.documents) == {"d2"}
    assert fetched.documents["d2"].title == "Cooking with search engines"
    phrase = docs.fetch(namespace="library", filter={"title": {"$match_phrase": "vector search"}})
    assert set(phrase.documents) == {"d1"}
    docs.update(namespace="library", documents=[{"_id": "d2", "genre": "cooking"}])
    assert docs.fetch(namespace="library", ids=["d2"]).documents["d2"].genre == "cooking"
    updated = docs.update(namespace="library", filter={"genre": "home"}, set_fields={"year": 2023})
    assert updated.matched_records == 1
    assert [item.id for item in docs.list(namespace="library")] == ["d1", "d2", "d3"]
    docs.delete(namespace="library", ids=["d1"])
    assert [item.id for item in docs.list(namespace="library")] == ["d2", "d3"]
    with pytest.raises(pinecone.ApiError) as refused:
        docs.search(namespace="library", top_k=1, score_by=[{"type": "text", "fields": ["genre"], "query": "x"}])
    # 2026-07's documents answer errors as ErrorResponse, as the service does.
    assert refused.value.status_code == 400
    assert refused.value.body is not None
    assert (refused.value.body["status"], refused.value.body["error"]["code"]) == (400, "INVALID_ARGUMENT")
    assert "full_text_search" in refused.value.body["error"]["message"]
    index.close()
