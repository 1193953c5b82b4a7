"""An id is a string: passing a number must fail the check."""

from pinecone_dataplane import v2026_04


def describe(client: v2026_04.Client) -> None:
    client.imports.describe(123)  # error: an int for a str
