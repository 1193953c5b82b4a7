"""A misspelt method must not pass unnoticed."""

from pinecone_dataplane import v2026_04


def start(client: v2026_04.Client) -> None:
    client.imports.strat("s3://bucket/prefix/")  # error: no such method
