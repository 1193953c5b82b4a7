"""Pinecone data-plane API 2025-10: ``Client`` and ``AsyncClient``, typed, one resource per group of operations.

>>> from pinecone_dataplane import v2025_10
>>> with v2025_10.Client(host="my-index.svc.pinecone.io") as client:  # api key from PINECONE_API_KEY
...     client.imports.start("s3://bucket/prefix/", error_mode="continue")

Generated from the API's spec by ``make generate``: do not edit. ``api`` holds the generated function of
each operation and ``models`` the generated models; ``client.raw`` is the generated client they take.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx
from pinecone_dataplane import _client
from pinecone_dataplane._lib import imports, pagination, records, resources, vectors

if TYPE_CHECKING:
    from . import api, models
    from .client import Client as RawClient
    from .models import (
        CancelImportResponse,
        CreateNamespaceRequest,
        CreateNamespaceRequestDict,
        CreateNamespaceRequestSchema,
        CreateNamespaceRequestSchemaDict,
        CreateNamespaceRequestSchemaFields,
        CreateNamespaceRequestSchemaFieldsAdditionalProperty,
        CreateNamespaceRequestSchemaFieldsAdditionalPropertyDict,
        DeleteRequest,
        DeleteRequestDict,
        DeleteRequestFilter,
        DeleteResponse,
        DescribeIndexStatsRequest,
        DescribeIndexStatsRequestDict,
        DescribeIndexStatsRequestFilter,
        EmbedInputs,
        FetchByMetadataRequest,
        FetchByMetadataRequestDict,
        FetchByMetadataRequestFilter,
        FetchByMetadataResponse,
        FetchByMetadataResponseDict,
        FetchByMetadataResponseVectors,
        FetchResponse,
        FetchResponseDict,
        FetchResponseVectors,
        Hit,
        HitDict,
        HitFields,
        ImportErrorMode,
        ImportErrorModeDict,
        ImportModel,
        ImportModelDict,
        IndexDescription,
        IndexDescriptionDict,
        IndexDescriptionNamespaces,
        ListImportsResponse,
        ListImportsResponseDict,
        ListItem,
        ListItemDict,
        ListNamespacesResponse,
        ListNamespacesResponseDict,
        ListResponse,
        ListResponseDict,
        NamespaceDescription,
        NamespaceDescriptionDict,
        NamespaceDescriptionIndexedFields,
        NamespaceDescriptionIndexedFieldsDict,
        NamespaceDescriptionSchema,
        NamespaceDescriptionSchemaDict,
        NamespaceDescriptionSchemaFields,
        NamespaceDescriptionSchemaFieldsAdditionalProperty,
        NamespaceDescriptionSchemaFieldsAdditionalPropertyDict,
        NamespaceSummary,
        NamespaceSummaryDict,
        Pagination,
        PaginationDict,
        ProtobufAny,
        ProtobufAnyDict,
        QueryRequest,
        QueryRequestDict,
        QueryRequestFilter,
        QueryResponse,
        QueryResponseDict,
        QueryVector,
        QueryVectorDict,
        QueryVectorFilter,
        RpcStatus,
        RpcStatusDict,
        ScoredVector,
        ScoredVectorDict,
        ScoredVectorMetadata,
        SearchMatchTerms,
        SearchMatchTermsDict,
        SearchRecordsRequest,
        SearchRecordsRequestDict,
        SearchRecordsRequestQuery,
        SearchRecordsRequestQueryDict,
        SearchRecordsRequestQueryFilter,
        SearchRecordsRequestRerank,
        SearchRecordsRequestRerankDict,
        SearchRecordsRequestRerankParameters,
        SearchRecordsResponse,
        SearchRecordsResponseDict,
        SearchRecordsResponseResult,
        SearchRecordsResponseResultDict,
        SearchRecordsVector,
        SearchRecordsVectorDict,
        SearchUsage,
        SearchUsageDict,
        SingleQueryResults,
        SingleQueryResultsDict,
        SparseValues,
        SparseValuesDict,
        StartImportRequest,
        StartImportRequestDict,
        StartImportResponse,
        StartImportResponseDict,
        UpdateRequest,
        UpdateRequestDict,
        UpdateRequestFilter,
        UpdateRequestSetMetadata,
        UpdateResponse,
        UpdateResponseDict,
        UpsertRecord,
        UpsertRecordDict,
        UpsertRequest,
        UpsertRequestDict,
        UpsertResponse,
        UpsertResponseDict,
        Usage,
        UsageDict,
        Vector,
        VectorDict,
        VectorMetadata,
    )

API_VERSION = "2025-10"

__all__ = ["API_VERSION", "OPERATIONS", "AsyncClient", "Client", "api", "models"]


def __getattr__(name: str) -> object:
    # `api` and `models` load on first use: importing every model costs start-up time.
    if name in ("api", "models"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each operation (operationId in snake_case) -> the resource and method that call it.
OPERATIONS: dict[str, tuple[str, str]] = {
    "cancel_bulk_import": ("imports", "cancel"),
    "describe_bulk_import": ("imports", "describe"),
    "list_bulk_imports": ("imports", "list"),
    "start_bulk_import": ("imports", "_start"),
    "create_namespace": ("namespaces", "create"),
    "delete_namespace": ("namespaces", "delete"),
    "describe_namespace": ("namespaces", "describe"),
    "list_namespaces_operation": ("namespaces", "list"),
    "search_records_namespace": ("records", "search"),
    "delete_vectors": ("vectors", "delete"),
    "describe_index_stats": ("vectors", "describe_index_stats"),
    "fetch_vectors": ("vectors", "fetch"),
    "fetch_vectors_by_metadata": ("vectors", "fetch_by_metadata"),
    "list_vectors": ("vectors", "list"),
    "query_vectors": ("vectors", "query"),
    "update_vector": ("vectors", "update"),
    "upsert_vectors": ("vectors", "upsert"),
}


class Imports(imports.SyncImports["ImportModel", "StartImportResponse"]):
    """``client.imports``: ``cancel``, ``describe``, ``list``."""

    @staticmethod
    def _models() -> tuple[type[ImportModel], type[StartImportResponse]]:
        """The models the hand-written base works with (its type arguments), for building them at run time."""
        from .models import ImportModel, StartImportResponse

        return ImportModel, StartImportResponse

    def cancel(self, id: str) -> CancelImportResponse:
        """Cancel a bulk import (``DELETE /bulk/imports/{id}``)."""
        from .api.bulk_operations import cancel_bulk_import as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def describe(self, id: str) -> ImportModel:
        """Get import details (``GET /bulk/imports/{id}``)."""
        from .api.bulk_operations import describe_bulk_import as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> pagination.SyncPager[ListImportsResponse, ImportModel]:
        """Every item across all pages, fetched as iteration reaches them: at most ``limit`` in all, ``page_size`` per request (default: no more than ``limit`` needs); ``list_page`` fetches one page."""
        from .api.bulk_operations import list_bulk_imports as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(pagination_token=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self, *, limit: int | None = None, pagination_token: str | None = None
    ) -> ListImportsResponse:
        """List bulk imports (``GET /bulk/imports``)."""
        from .api.bulk_operations import list_bulk_imports as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(limit=limit, pagination_token=pagination_token))
        )

    def _start(self, **fields: Any) -> StartImportResponse:
        """Begin a bulk import (``POST /bulk/imports``)."""
        from .api.bulk_operations import start_bulk_import as _op

        return _op._parse_success(self._send(_op._request(None, fields)))


class Namespaces(resources.SyncResource):
    """``client.namespaces``: ``create``, ``delete``, ``describe``, ``list``."""

    @overload
    def create(self, body: CreateNamespaceRequest, /) -> NamespaceDescription: ...

    @overload
    def create(
        self,
        /,
        *,
        name: str,
        schema: CreateNamespaceRequestSchema
        | CreateNamespaceRequestSchemaDict
        | None = None,
    ) -> NamespaceDescription: ...

    def create(
        self, body: CreateNamespaceRequest | None = None, /, **fields: Any
    ) -> NamespaceDescription:
        """Add a namespace (``POST /namespaces``)."""
        from .api.namespace_operations import create_namespace as _op

        return _op._parse_success(self._send(_op._request(body, fields)))

    def delete(self, namespace: str) -> DeleteResponse:
        """Remove a namespace (``DELETE /namespaces/{namespace}``)."""
        from .api.namespace_operations import delete_namespace as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    namespace,
                )
            )
        )

    def describe(self, namespace: str) -> NamespaceDescription:
        """Get namespace details (``GET /namespaces/{namespace}``)."""
        from .api.namespace_operations import describe_namespace as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    namespace,
                )
            )
        )

    def list(
        self,
        *,
        limit: int | None = None,
        prefix: str | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[ListNamespacesResponse, NamespaceDescription]:
        """Every item across all pages, fetched as iteration reaches them: at most ``limit`` in all, ``page_size`` per request (default: no more than ``limit`` needs); ``list_page`` fetches one page."""
        from .api.namespace_operations import list_namespaces_operation as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size, prefix=prefix)  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(
                pagination_token=token, limit=size, prefix=prefix
            ),
            lambda page: page.namespaces,
            limit=limit,
        )

    def list_page(
        self,
        *,
        limit: int | None = None,
        pagination_token: str | None = None,
        prefix: str | None = None,
    ) -> ListNamespacesResponse:
        """List index namespaces (``GET /namespaces``)."""
        from .api.namespace_operations import list_namespaces_operation as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    limit=limit, pagination_token=pagination_token, prefix=prefix
                )
            )
        )


class Records(records.SyncRecords):
    """``client.records``: ``search``."""

    @overload
    def search(
        self, namespace: str, body: SearchRecordsRequest, /
    ) -> SearchRecordsResponse: ...

    @overload
    def search(
        self,
        namespace: str,
        /,
        *,
        query: SearchRecordsRequestQuery | SearchRecordsRequestQueryDict,
        fields: Sequence[str] | None = None,
        rerank: SearchRecordsRequestRerank
        | SearchRecordsRequestRerankDict
        | None = None,
    ) -> SearchRecordsResponse: ...

    def search(
        self, namespace: str, body: SearchRecordsRequest | None = None, /, **fields: Any
    ) -> SearchRecordsResponse:
        """Search records (``POST /records/namespaces/{namespace}/search``)."""
        from .api.vector_operations import search_records_namespace as _op

        return _op._parse_success(self._send(_op._request(namespace, body, fields)))


class Vectors(vectors.SyncVectors):
    """``client.vectors``: ``delete``, ``describe_index_stats``, ``fetch``, ``fetch_by_metadata``, ``list``, ``query``, ``update``, ``upsert``."""

    @overload
    def delete(self, body: DeleteRequest, /) -> DeleteResponse: ...

    @overload
    def delete(
        self,
        /,
        *,
        ids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        namespace: str | None = None,
        filter: DeleteRequestFilter | Mapping[str, Any] | None = None,
    ) -> DeleteResponse: ...

    def delete(
        self, body: DeleteRequest | None = None, /, **fields: Any
    ) -> DeleteResponse:
        """Remove records (``POST /vectors/delete``)."""
        from .api.vector_operations import delete_vectors as _op

        return _op._parse_success(self._send(_op._request(body, fields)))

    @overload
    def describe_index_stats(
        self, body: DescribeIndexStatsRequest, /
    ) -> IndexDescription: ...

    @overload
    def describe_index_stats(
        self,
        /,
        *,
        filter: DescribeIndexStatsRequestFilter | Mapping[str, Any] | None = None,
    ) -> IndexDescription: ...

    def describe_index_stats(
        self, body: DescribeIndexStatsRequest | None = None, /, **fields: Any
    ) -> IndexDescription:
        """Describe index statistics (``POST /describe_index_stats``)."""
        from .api.vector_operations import describe_index_stats as _op

        return _op._parse_success(self._send(_op._request(body, fields)))

    def fetch(
        self, *, ids: builtins.list[str], namespace: str | None = None
    ) -> FetchResponse:
        """Fetch records by ID (``GET /vectors/fetch``)."""
        from .api.vector_operations import fetch_vectors as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(ids=ids, namespace=namespace))
        )

    @overload
    def fetch_by_metadata(
        self, body: FetchByMetadataRequest, /
    ) -> FetchByMetadataResponse: ...

    @overload
    def fetch_by_metadata(
        self,
        /,
        *,
        namespace: str | None = None,
        filter: FetchByMetadataRequestFilter | Mapping[str, Any] | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
    ) -> FetchByMetadataResponse: ...

    def fetch_by_metadata(
        self, body: FetchByMetadataRequest | None = None, /, **fields: Any
    ) -> FetchByMetadataResponse:
        """Fetch records by filter (``POST /vectors/fetch_by_metadata``)."""
        from .api.vector_operations import fetch_vectors_by_metadata as _op

        return _op._parse_success(self._send(_op._request(body, fields)))

    def list(
        self,
        *,
        prefix: str | None = None,
        limit: int | None = None,
        namespace: str | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[ListResponse, ListItem]:
        """Every item across all pages, fetched as iteration reaches them: at most ``limit`` in all, ``page_size`` per request (default: no more than ``limit`` needs); ``list_page`` fetches one page."""
        from .api.vector_operations import list_vectors as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            prefix=prefix, limit=size, namespace=namespace
        )  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(
                pagination_token=token, prefix=prefix, limit=size, namespace=namespace
            ),
            lambda page: page.vectors,
            limit=limit,
        )

    def list_page(
        self,
        *,
        prefix: str | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
        namespace: str | None = None,
    ) -> ListResponse:
        """List record IDs by prefix (``GET /vectors/list``)."""
        from .api.vector_operations import list_vectors as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    prefix=prefix,
                    limit=limit,
                    pagination_token=pagination_token,
                    namespace=namespace,
                )
            )
        )

    @overload
    def query(self, body: QueryRequest, /) -> QueryResponse: ...

    @overload
    def query(
        self,
        /,
        *,
        top_k: int,
        namespace: str | None = None,
        filter: QueryRequestFilter | Mapping[str, Any] | None = None,
        include_values: bool | None = None,
        include_metadata: bool | None = None,
        queries: Sequence[QueryVector | QueryVectorDict] | None = None,
        vector: Sequence[float] | None = None,
        sparse_vector: SparseValues | SparseValuesDict | None = None,
        id: str | None = None,
        scan_factor: float | None = None,
        max_candidates: int | None = None,
    ) -> QueryResponse: ...

    def query(
        self, body: QueryRequest | None = None, /, **fields: Any
    ) -> QueryResponse:
        """Query by vector (``POST /query``)."""
        from .api.vector_operations import query_vectors as _op

        return _op._parse_success(self._send(_op._request(body, fields)))

    @overload
    def update(self, body: UpdateRequest, /) -> UpdateResponse: ...

    @overload
    def update(
        self,
        /,
        *,
        id: str | None = None,
        values: Sequence[float] | None = None,
        sparse_values: SparseValues | SparseValuesDict | None = None,
        set_metadata: UpdateRequestSetMetadata | Mapping[str, Any] | None = None,
        namespace: str | None = None,
        filter: UpdateRequestFilter | Mapping[str, Any] | None = None,
        dry_run: bool | None = None,
    ) -> UpdateResponse: ...

    def update(
        self, body: UpdateRequest | None = None, /, **fields: Any
    ) -> UpdateResponse:
        """Modify records (``POST /vectors/update``)."""
        from .api.vector_operations import update_vector as _op

        return _op._parse_success(self._send(_op._request(body, fields)))

    @overload
    def upsert(self, body: UpsertRequest, /) -> UpsertResponse: ...

    @overload
    def upsert(
        self,
        /,
        *,
        vectors: Sequence[Vector | VectorDict],
        namespace: str | None = None,
    ) -> UpsertResponse: ...

    def upsert(
        self, body: UpsertRequest | None = None, /, **fields: Any
    ) -> UpsertResponse:
        """Write records (``POST /vectors/upsert``)."""
        from .api.vector_operations import upsert_vectors as _op

        return _op._parse_success(self._send(_op._request(body, fields)))


class AsyncImports(imports.AsyncImports["ImportModel", "StartImportResponse"]):
    """``client.imports``: ``cancel``, ``describe``, ``list``."""

    @staticmethod
    def _models() -> tuple[type[ImportModel], type[StartImportResponse]]:
        """The models the hand-written base works with (its type arguments), for building them at run time."""
        from .models import ImportModel, StartImportResponse

        return ImportModel, StartImportResponse

    async def cancel(self, id: str) -> CancelImportResponse:
        """Cancel a bulk import (``DELETE /bulk/imports/{id}``)."""
        from .api.bulk_operations import cancel_bulk_import as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    async def describe(self, id: str) -> ImportModel:
        """Get import details (``GET /bulk/imports/{id}``)."""
        from .api.bulk_operations import describe_bulk_import as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> pagination.AsyncPager[ListImportsResponse, ImportModel]:
        """Every item across all pages, fetched as iteration reaches them: at most ``limit`` in all, ``page_size`` per request (default: no more than ``limit`` needs); ``list_page`` fetches one page."""
        from .api.bulk_operations import list_bulk_imports as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(pagination_token=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self, *, limit: int | None = None, pagination_token: str | None = None
    ) -> ListImportsResponse:
        """List bulk imports (``GET /bulk/imports``)."""
        from .api.bulk_operations import list_bulk_imports as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(limit=limit, pagination_token=pagination_token)
            )
        )

    async def _start(self, **fields: Any) -> StartImportResponse:
        """Begin a bulk import (``POST /bulk/imports``)."""
        from .api.bulk_operations import start_bulk_import as _op

        return _op._parse_success(await self._send(_op._request(None, fields)))


class AsyncNamespaces(resources.AsyncResource):
    """``client.namespaces``: ``create``, ``delete``, ``describe``, ``list``."""

    @overload
    async def create(self, body: CreateNamespaceRequest, /) -> NamespaceDescription: ...

    @overload
    async def create(
        self,
        /,
        *,
        name: str,
        schema: CreateNamespaceRequestSchema
        | CreateNamespaceRequestSchemaDict
        | None = None,
    ) -> NamespaceDescription: ...

    async def create(
        self, body: CreateNamespaceRequest | None = None, /, **fields: Any
    ) -> NamespaceDescription:
        """Add a namespace (``POST /namespaces``)."""
        from .api.namespace_operations import create_namespace as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def delete(self, namespace: str) -> DeleteResponse:
        """Remove a namespace (``DELETE /namespaces/{namespace}``)."""
        from .api.namespace_operations import delete_namespace as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    namespace,
                )
            )
        )

    async def describe(self, namespace: str) -> NamespaceDescription:
        """Get namespace details (``GET /namespaces/{namespace}``)."""
        from .api.namespace_operations import describe_namespace as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    namespace,
                )
            )
        )

    def list(
        self,
        *,
        limit: int | None = None,
        prefix: str | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[ListNamespacesResponse, NamespaceDescription]:
        """Every item across all pages, fetched as iteration reaches them: at most ``limit`` in all, ``page_size`` per request (default: no more than ``limit`` needs); ``list_page`` fetches one page."""
        from .api.namespace_operations import list_namespaces_operation as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size, prefix=prefix)  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(
                pagination_token=token, limit=size, prefix=prefix
            ),
            lambda page: page.namespaces,
            limit=limit,
        )

    async def list_page(
        self,
        *,
        limit: int | None = None,
        pagination_token: str | None = None,
        prefix: str | None = None,
    ) -> ListNamespacesResponse:
        """List index namespaces (``GET /namespaces``)."""
        from .api.namespace_operations import list_namespaces_operation as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    limit=limit, pagination_token=pagination_token, prefix=prefix
                )
            )
        )


class AsyncRecords(records.AsyncRecords):
    """``client.records``: ``search``."""

    @overload
    async def search(
        self, namespace: str, body: SearchRecordsRequest, /
    ) -> SearchRecordsResponse: ...

    @overload
    async def search(
        self,
        namespace: str,
        /,
        *,
        query: SearchRecordsRequestQuery | SearchRecordsRequestQueryDict,
        fields: Sequence[str] | None = None,
        rerank: SearchRecordsRequestRerank
        | SearchRecordsRequestRerankDict
        | None = None,
    ) -> SearchRecordsResponse: ...

    async def search(
        self, namespace: str, body: SearchRecordsRequest | None = None, /, **fields: Any
    ) -> SearchRecordsResponse:
        """Search records (``POST /records/namespaces/{namespace}/search``)."""
        from .api.vector_operations import search_records_namespace as _op

        return _op._parse_success(
            await self._send(_op._request(namespace, body, fields))
        )


class AsyncVectors(vectors.AsyncVectors):
    """``client.vectors``: ``delete``, ``describe_index_stats``, ``fetch``, ``fetch_by_metadata``, ``list``, ``query``, ``update``, ``upsert``."""

    @overload
    async def delete(self, body: DeleteRequest, /) -> DeleteResponse: ...

    @overload
    async def delete(
        self,
        /,
        *,
        ids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        namespace: str | None = None,
        filter: DeleteRequestFilter | Mapping[str, Any] | None = None,
    ) -> DeleteResponse: ...

    async def delete(
        self, body: DeleteRequest | None = None, /, **fields: Any
    ) -> DeleteResponse:
        """Remove records (``POST /vectors/delete``)."""
        from .api.vector_operations import delete_vectors as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))

    @overload
    async def describe_index_stats(
        self, body: DescribeIndexStatsRequest, /
    ) -> IndexDescription: ...

    @overload
    async def describe_index_stats(
        self,
        /,
        *,
        filter: DescribeIndexStatsRequestFilter | Mapping[str, Any] | None = None,
    ) -> IndexDescription: ...

    async def describe_index_stats(
        self, body: DescribeIndexStatsRequest | None = None, /, **fields: Any
    ) -> IndexDescription:
        """Describe index statistics (``POST /describe_index_stats``)."""
        from .api.vector_operations import describe_index_stats as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def fetch(
        self, *, ids: builtins.list[str], namespace: str | None = None
    ) -> FetchResponse:
        """Fetch records by ID (``GET /vectors/fetch``)."""
        from .api.vector_operations import fetch_vectors as _op

        return _op._parse_success(
            await self._send(_op._get_kwargs(ids=ids, namespace=namespace))
        )

    @overload
    async def fetch_by_metadata(
        self, body: FetchByMetadataRequest, /
    ) -> FetchByMetadataResponse: ...

    @overload
    async def fetch_by_metadata(
        self,
        /,
        *,
        namespace: str | None = None,
        filter: FetchByMetadataRequestFilter | Mapping[str, Any] | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
    ) -> FetchByMetadataResponse: ...

    async def fetch_by_metadata(
        self, body: FetchByMetadataRequest | None = None, /, **fields: Any
    ) -> FetchByMetadataResponse:
        """Fetch records by filter (``POST /vectors/fetch_by_metadata``)."""
        from .api.vector_operations import fetch_vectors_by_metadata as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))

    def list(
        self,
        *,
        prefix: str | None = None,
        limit: int | None = None,
        namespace: str | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[ListResponse, ListItem]:
        """Every item across all pages, fetched as iteration reaches them: at most ``limit`` in all, ``page_size`` per request (default: no more than ``limit`` needs); ``list_page`` fetches one page."""
        from .api.vector_operations import list_vectors as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            prefix=prefix, limit=size, namespace=namespace
        )  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(
                pagination_token=token, prefix=prefix, limit=size, namespace=namespace
            ),
            lambda page: page.vectors,
            limit=limit,
        )

    async def list_page(
        self,
        *,
        prefix: str | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
        namespace: str | None = None,
    ) -> ListResponse:
        """List record IDs by prefix (``GET /vectors/list``)."""
        from .api.vector_operations import list_vectors as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    prefix=prefix,
                    limit=limit,
                    pagination_token=pagination_token,
                    namespace=namespace,
                )
            )
        )

    @overload
    async def query(self, body: QueryRequest, /) -> QueryResponse: ...

    @overload
    async def query(
        self,
        /,
        *,
        top_k: int,
        namespace: str | None = None,
        filter: QueryRequestFilter | Mapping[str, Any] | None = None,
        include_values: bool | None = None,
        include_metadata: bool | None = None,
        queries: Sequence[QueryVector | QueryVectorDict] | None = None,
        vector: Sequence[float] | None = None,
        sparse_vector: SparseValues | SparseValuesDict | None = None,
        id: str | None = None,
        scan_factor: float | None = None,
        max_candidates: int | None = None,
    ) -> QueryResponse: ...

    async def query(
        self, body: QueryRequest | None = None, /, **fields: Any
    ) -> QueryResponse:
        """Query by vector (``POST /query``)."""
        from .api.vector_operations import query_vectors as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))

    @overload
    async def update(self, body: UpdateRequest, /) -> UpdateResponse: ...

    @overload
    async def update(
        self,
        /,
        *,
        id: str | None = None,
        values: Sequence[float] | None = None,
        sparse_values: SparseValues | SparseValuesDict | None = None,
        set_metadata: UpdateRequestSetMetadata | Mapping[str, Any] | None = None,
        namespace: str | None = None,
        filter: UpdateRequestFilter | Mapping[str, Any] | None = None,
        dry_run: bool | None = None,
    ) -> UpdateResponse: ...

    async def update(
        self, body: UpdateRequest | None = None, /, **fields: Any
    ) -> UpdateResponse:
        """Modify records (``POST /vectors/update``)."""
        from .api.vector_operations import update_vector as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))

    @overload
    async def upsert(self, body: UpsertRequest, /) -> UpsertResponse: ...

    @overload
    async def upsert(
        self,
        /,
        *,
        vectors: Sequence[Vector | VectorDict],
        namespace: str | None = None,
    ) -> UpsertResponse: ...

    async def upsert(
        self, body: UpsertRequest | None = None, /, **fields: Any
    ) -> UpsertResponse:
        """Write records (``POST /vectors/upsert``)."""
        from .api.vector_operations import upsert_vectors as _op

        return _op._parse_success(await self._send(_op._request(body, fields)))


class Client(_client.SyncClient):
    """A blocking client of the API version 2025-10: ``client.imports``, ``client.vectors``... (see ``__init__`` for the arguments).

    Use it as a context manager, or call ``close()``.
    """

    API_VERSION = API_VERSION

    def __init__(
        self,
        host: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
    ) -> None:
        """Connect to one index; nothing is sent until the first call.

        Args:
            host: the index host (``my-index-abc123.svc.pinecone.io``, or a URL); default
                ``PINECONE_INDEX_HOST``. A host without a scheme gets ``https://``; plain ``http://`` is
                refused for anything but loopback unless ``allow_insecure=True``.
            api_key: default ``PINECONE_API_KEY``. Never shown in a repr, an error or a log line.
            timeout: seconds for connecting and for each read and write of every request.
            max_retries: how many times a failed request that is safe to repeat is sent again.
            http_client: an ``httpx.Client`` of your own (proxies, TLS, limits), taken over by this
                client: its base URL, headers and timeout are set and its transport is wrapped. Give each
                client its own: one that already serves another client is refused with ``ValueError``.
            allow_insecure: allow plain ``http://`` to a host that is not loopback.
        """
        super().__init__(
            host,
            api_key,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            allow_insecure=allow_insecure,
        )

    @cached_property
    def imports(self) -> Imports:
        return Imports(self)

    @cached_property
    def namespaces(self) -> Namespaces:
        return Namespaces(self)

    @cached_property
    def records(self) -> Records:
        return Records(self)

    @cached_property
    def vectors(self) -> Vectors:
        return Vectors(self)

    @property
    def raw(self) -> RawClient:
        """The generated client of this version, for the functions in ``api``; it sends through this client."""
        from .client import Client as _RawClient

        return self._raw(_RawClient)


class AsyncClient(_client.AsyncClient):
    """An asyncio client of the API version 2025-10: ``client.imports``, ``client.vectors``... (see ``__init__`` for the arguments).

    Use it with ``async with``, or await ``aclose()``.
    """

    API_VERSION = API_VERSION

    def __init__(
        self,
        host: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
    ) -> None:
        """Connect to one index; nothing is sent until the first call.

        Args:
            host: the index host (``my-index-abc123.svc.pinecone.io``, or a URL); default
                ``PINECONE_INDEX_HOST``. A host without a scheme gets ``https://``; plain ``http://`` is
                refused for anything but loopback unless ``allow_insecure=True``.
            api_key: default ``PINECONE_API_KEY``. Never shown in a repr, an error or a log line.
            timeout: seconds for connecting and for each read and write of every request.
            max_retries: how many times a failed request that is safe to repeat is sent again.
            http_client: an ``httpx.AsyncClient`` of your own (proxies, TLS, limits), taken over by this
                client: its base URL, headers and timeout are set and its transport is wrapped. Give each
                client its own: one that already serves another client is refused with ``ValueError``.
            allow_insecure: allow plain ``http://`` to a host that is not loopback.
        """
        super().__init__(
            host,
            api_key,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            allow_insecure=allow_insecure,
        )

    @cached_property
    def imports(self) -> AsyncImports:
        return AsyncImports(self)

    @cached_property
    def namespaces(self) -> AsyncNamespaces:
        return AsyncNamespaces(self)

    @cached_property
    def records(self) -> AsyncRecords:
        return AsyncRecords(self)

    @cached_property
    def vectors(self) -> AsyncVectors:
        return AsyncVectors(self)

    @property
    def raw(self) -> RawClient:
        """The generated client of this version, for the functions in ``api``; it sends through this client."""
        from .client import Client as _RawClient

        return self._raw(_RawClient)
