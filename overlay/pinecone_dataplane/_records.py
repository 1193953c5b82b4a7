"""Upsert of text records as newline-delimited JSON.

The generator skips ``POST /records/namespaces/{namespace}/upsert`` because its body is
``application/x-ndjson``; this sends it through the same overlay client as every generated function.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ._runtime import path_segment

NDJSON = "application/x-ndjson"


def _request(namespace: str, records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    lines = []
    for position, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise TypeError(f"record {position} is a {type(record).__name__}, expected a mapping")
        if "_id" not in record and "id" not in record:
            raise ValueError(f"record {position} has no '_id'")
        lines.append(json.dumps(record, separators=(",", ":"), ensure_ascii=False))
    if not lines:
        raise ValueError("records is empty: nothing to upsert")
    return {
        "method": "POST",
        "url": f"/records/namespaces/{path_segment(namespace)}/upsert",
        "content": ("\n".join(lines) + "\n").encode(),
        "headers": {"Content-Type": NDJSON},
    }


def upsert_records(raw: Any, namespace: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Send ``records`` to ``namespace``; errors raise :class:`pinecone_dataplane.errors.ApiError`."""
    raw.get_httpx_client().request(**_request(namespace, records))


async def async_upsert_records(raw: Any, namespace: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Awaitable :func:`upsert_records`."""
    await raw.get_async_httpx_client().request(**_request(namespace, records))
