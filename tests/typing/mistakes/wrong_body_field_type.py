"""A body field of the wrong type, as a keyword argument and inside a plain-dict vector, must fail the check."""

from pinecone_dataplane import v2026_04


def query(client: v2026_04.Client) -> None:
    client.vectors.query(vector=[0.1, 0.2], top_k="10")  # error: top_k is an int


def upsert(client: v2026_04.Client) -> None:
    client.vectors.upsert(vectors=[{"id": 1, "values": [0.1]}])  # error: a vector's id is a str
