"""upsert_many as users write it: every input form, both faces, and the result's types."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, assert_type

from pinecone_dataplane import FailedBatch, UpsertProgress, UpsertResult, errors, v2026_07
from pinecone_dataplane.v2026_07.models import Vector


def vectors() -> Iterator[dict[str, Any]]:
    for n in range(10):
        yield {"id": f"v-{n}", "values": [0.1, 0.2], "metadata": {"n": n}}


def progress(update: UpsertProgress) -> None:
    assert_type(update.written, int)
    assert_type(update.total, int | None)


def write(client: v2026_07.Client, frame: Any) -> None:
    result = client.vectors.upsert_many(vectors(), namespace="docs", batch_size=100, on_progress=progress)
    assert_type(result, UpsertResult)
    assert_type(result.written, int)
    assert_type(result.failed, tuple[FailedBatch, ...])
    assert_type(result.failed_ids, list[str])
    for batch in result.failed:
        assert_type(batch.ids, tuple[str, ...])
        assert_type(batch.error, errors.ApiError)
    again = client.vectors.upsert_many(result.failed)
    assert_type(again.ok, bool)
    client.vectors.upsert_many([("a", [0.1, 0.2]), ("b", [0.3, 0.4], {"genre": "drama"})])
    client.vectors.upsert_many([Vector(id="c", values=[0.5, 0.6])])
    client.vectors.upsert_many(frame)
    client.vectors.upsert_many(ids=["d", "e"], values=[[0.1, 0.2], [0.3, 0.4]], concurrency=8)


async def write_async(client: v2026_07.AsyncClient) -> None:
    result = await client.vectors.upsert_many(vectors(), namespace="docs")
    assert_type(result, UpsertResult)
