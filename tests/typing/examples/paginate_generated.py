"""The generated listing functions paged by paginate/apaginate: the items come out typed by the listing."""

from __future__ import annotations

from typing import assert_type

from pinecone_dataplane import apaginate, paginate, v2026_07
from pinecone_dataplane.v2026_07.api.bulk_operations import list_bulk_imports
from pinecone_dataplane.v2026_07.api.namespace_operations import list_namespaces_operation
from pinecone_dataplane.v2026_07.api.vector_operations import list_vectors
from pinecone_dataplane.v2026_07.models import ImportModel, ListItem, NamespaceDescription


def every_import(client: v2026_07.Client) -> list[str]:
    ids: list[str] = []
    for model in paginate(list_bulk_imports, client=client, limit=250, page_size=100):
        assert_type(model, ImportModel)
        ids.append(model.id)
    return ids


def every_id(client: v2026_07.Client) -> list[str | None]:
    return [assert_type(item, ListItem).id for item in paginate(list_vectors, client=client, namespace="docs")]


async def every_namespace(client: v2026_07.AsyncClient) -> list[str | None]:
    found = [
        assert_type(namespace, NamespaceDescription)
        async for namespace in apaginate(list_namespaces_operation, client=client)
    ]
    return [namespace.name for namespace in found]
