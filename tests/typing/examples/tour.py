"""A user's script through every resource of the newest stable version, as it would be written: plain dicts
for nested objects, keyword arguments in snake_case, results used without casts."""

from __future__ import annotations

from typing import assert_type

from pinecone_dataplane import v2026_04
from pinecone_dataplane._lib.pagination import SyncPager
from pinecone_dataplane.errors import ApiError, ImportFailedError
from pinecone_dataplane.v2026_04.models import (
    FetchResponse,
    ImportModel,
    IndexDescription,
    ListItem,
    ListResponse,
    NamespaceDescription,
    QueryRequest,
    QueryResponse,
    SearchRecordsResponse,
    StartImportResponse,
    UpsertResponse,
)


def bulk_import(client: v2026_04.Client) -> int:
    started = client.imports.start("s3://bucket/embeddings/", error_mode="continue")
    assert_type(started, StartImportResponse)
    assert_type(started.id, str)
    try:
        done = client.imports.wait(started.id, timeout=3600, on_progress=lambda m: print(m.percent_complete))
    except ImportFailedError as failed:
        print(failed.error)
        return 0
    assert_type(done, ImportModel)
    assert_type(done.records_imported, int | None)
    for listed in client.imports.list(limit=50):
        assert_type(listed, ImportModel)
    page = client.imports.list_page(limit=10)
    token = page.pagination.next_ if page.pagination else None
    assert_type(token, str | None)
    client.imports.cancel(started.id)
    return done.records_imported or 0


def vectors(client: v2026_04.Client) -> None:
    upserted = client.vectors.upsert(
        vectors=[
            {"id": "a", "values": [0.1, 0.2], "metadata": {"genre": "drama"}},
            {"id": "b", "values": [0.3, 0.4], "sparse_values": {"indices": [1], "values": [0.5]}},
        ],
        namespace="movies",
    )
    assert_type(upserted, UpsertResponse)
    found = client.vectors.query(
        vector=[0.1, 0.2], top_k=10, namespace="movies", filter={"genre": {"$eq": "drama"}}, include_metadata=True
    )
    assert_type(found, QueryResponse)
    for match in found.matches or []:
        print(match.id, match.score)
    assert_type(client.vectors.query(QueryRequest(top_k=3, id="a")), QueryResponse)
    assert_type(client.vectors.fetch(ids=["a", "b"], namespace="movies"), FetchResponse)
    ids: SyncPager[ListResponse, ListItem] = client.vectors.list(namespace="movies", prefix="a")
    print([item.id for item in ids])
    client.vectors.update(id="a", set_metadata={"genre": "comedy"}, namespace="movies")
    client.vectors.delete(ids=["b"], namespace="movies")
    assert_type(client.vectors.describe_index_stats(filter={"genre": "drama"}), IndexDescription)


def namespaces_and_records(client: v2026_04.Client) -> None:
    for namespace in client.namespaces.list():
        assert_type(namespace, NamespaceDescription)
    assert_type(client.namespaces.describe("movies"), NamespaceDescription)
    client.records.upsert("articles", [{"_id": "1", "text": "hello"}])
    hits = client.records.search("articles", query={"top_k": 3, "inputs": {"text": "hello"}})
    assert_type(hits, SearchRecordsResponse)
    try:
        client.namespaces.delete("movies")
    except ApiError as error:
        print(error.status_code)


async def asynchronously(client: v2026_04.AsyncClient) -> None:
    started = await client.imports.start("s3://bucket/embeddings/")
    done = await client.imports.wait(started.id)
    assert_type(done, ImportModel)
    async for listed in client.imports.list():
        assert_type(listed, ImportModel)
    found = await client.vectors.query(vector=[0.1, 0.2], top_k=3)
    assert_type(found, QueryResponse)
    async for item in client.vectors.list(namespace="movies"):
        assert_type(item, ListItem)
    await client.records.upsert("articles", [{"_id": "1", "text": "hello"}])
