"""``client.records.upsert``: text records as newline-delimited JSON, the operation the generator skips.

``POST /records/namespaces/{namespace}/upsert`` takes ``application/x-ndjson``, which openapi-python-client
cannot generate; this sends it through the same client as every generated operation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from apiwire._core import OPERATION, json_dumps, path_segment
from apiwire.resources import AsyncResource, SyncResource

NDJSON = "application/x-ndjson"


def upsert_request(namespace: str, records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The request for ``records``, checked before anything is sent: each a mapping with an ``_id`` (or ``id``)."""
    lines = []
    for position, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise TypeError(f"record {position} is a {type(record).__name__}, expected a mapping")
        if "_id" not in record and "id" not in record:
            raise ValueError(f"record {position} has no '_id'")
        lines.append(json_dumps(record))
    if not lines:
        raise ValueError("records is empty: nothing to upsert")
    return {
        "method": "POST",
        "url": f"/records/namespaces/{path_segment(namespace, 'namespace')}/upsert",
        "content": b"\n".join(lines) + b"\n",
        "headers": {"Content-Type": NDJSON},
        "extensions": {OPERATION: "upsert_records_namespace"},
    }


class SyncRecords(SyncResource):
    """Text records of an integrated-embedding index: ``upsert`` (hand-written) and ``search`` (generated)."""

    def upsert(self, namespace: str, records: Iterable[Mapping[str, Any]]) -> None:
        """Upsert ``records`` into ``namespace``, written as one newline-delimited JSON body.

        Args:
            namespace: The namespace to write to.
            records: Mappings with ``_id`` and the index's text field (and any other fields to store).

        Raises:
            pinecone_dataplane.errors.ApiError: The service refused the records (``BadRequestError``...).
        """
        self._send(upsert_request(namespace, records))


class AsyncRecords(AsyncResource):
    """Text records of an integrated-embedding index (awaitable); see :class:`SyncRecords`."""

    async def upsert(self, namespace: str, records: Iterable[Mapping[str, Any]]) -> None:
        """Upsert ``records`` into ``namespace``; see :meth:`SyncRecords.upsert`."""
        await self._send(upsert_request(namespace, records))
