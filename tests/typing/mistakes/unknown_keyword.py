"""A keyword the operation does not take must fail the check."""

from pinecone_dataplane import v2025_04


async def query(client: v2025_04.AsyncClient) -> None:
    await client.vectors.query(top_k=10, include_vectors=True)  # error: no such field
