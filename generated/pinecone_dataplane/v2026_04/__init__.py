"""Pinecone data-plane API 2026-04: ``Client`` and ``AsyncClient``, typed, one resource per group of operations.

>>> from pinecone_dataplane import v2026_04
>>> with v2026_04.Client(host="my-index.svc.pinecone.io") as client:  # api key from PINECONE_API_KEY
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
from apiwire import resources
from pinecone_dataplane import _client
from pinecone_dataplane._lib import imports, pagination, records, vectors

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

API_VERSION = "2026-04"

__all__ = ["API_VERSION", "OPERATIONS", "AsyncClient", "Client", "api", "models"]


def __getattr__(name: str) -> object:
    # `api` and `models` load on first use: importing every model costs start-up time.
    if name in ("api", "models"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each operation (operationId in snake_case) -> the resource and public method that call it (a private
# method's hand-written wrapper: `_start` is called by `start`).
OPERATIONS: dict[str, tuple[str, str]] = {
    "cancel_bulk_import": ("imports", "cancel"),
    "describe_bulk_import": ("imports", "describe"),
    "list_bulk_imports": ("imports", "list"),
    "start_bulk_import": ("imports", "start"),
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
        """Cancel a bulk import (``DELETE /bulk/imports/{id}``).

        Stops an import that is still running; imports that already finished are left unchanged.

        Args:
            id: ID of the import. Limits: 1 to 1000 characters.

        Returns:
            CancelImportResponse: Result of a cancel-import call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.bulk_operations import cancel_bulk_import as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def describe(self, id: str) -> ImportModel:
        """Get import details (``GET /bulk/imports/{id}``).

        Returns the details of one import operation.

        Args:
            id: ID of the import. Limits: 1 to 1000 characters.

        Returns:
            ImportModel: An import operation.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List bulk imports (``GET /bulk/imports``).

        Lists recent and running imports, 100 per page unless `limit` is given; a `pagination_token` in the
        response means more pages remain.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 100); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListImportsResponse, ImportModel]: iterate it (``for`` or ``async for``) for
                each ``ImportModel``; its ``pages()`` yields each ``ListImportsResponse``. Nothing is sent until
                iteration starts.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List bulk imports (``GET /bulk/imports``).

        Lists recent and running imports, 100 per page unless `limit` is given; a `pagination_token` in the
        response means more pages remain.

        Args:
            limit: Page size: most imports returned per page. Limits: 1 to 100. The service's default: ``100``.
            pagination_token: Token for resuming a listing from the previous page.

        Returns:
            ListImportsResponse: Result of a list-imports call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.bulk_operations import list_bulk_imports as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(limit=limit, pagination_token=pagination_token))
        )

    def _start(self, **fields: Any) -> StartImportResponse:
        """Begin a bulk import (``POST /bulk/imports``); wrapped by a hand-written method."""
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
        self,
        body: CreateNamespaceRequest | None = None,
        /,
        *,
        name: str | None = None,
        schema: CreateNamespaceRequestSchema
        | CreateNamespaceRequestSchemaDict
        | None = None,
    ) -> NamespaceDescription:
        """Add a namespace (``POST /namespaces``).

        Adds a namespace to a serverless index. Not available for pod-based indexes.

        Args:
            body: The whole request as a ``CreateNamespaceRequest``, instead of the keyword arguments below.
            name: Name for the new namespace. Required.
            schema: Metadata indexing schema. Without it every metadata field is indexed; with it only fields
                marked `filterable: true` are. `filterable: false` is not supported yet.

        Returns:
            NamespaceDescription: Namespace details, such as its name and record count.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ConflictError: Status 409: The index already has a namespace with this
                name.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.namespace_operations import create_namespace as _op

        fields = {
            "name": name,
            "schema": schema,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    def delete(self, namespace: str) -> DeleteResponse:
        """Remove a namespace (``DELETE /namespaces/{namespace}``).

        Permanently removes a namespace and all of its data from a serverless index; this cannot be undone. Not
        available for pod-based indexes.

        Args:
            namespace: Name of the namespace to remove.

        Returns:
            DeleteResponse: Result of a delete call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.namespace_operations import delete_namespace as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    namespace,
                )
            )
        )

    def describe(self, namespace: str) -> NamespaceDescription:
        """Get namespace details (``GET /namespaces/{namespace}``).

        Returns the vector count and other details of one serverless-index namespace. Not available for pod-
        based indexes.

        Args:
            namespace: Name of the namespace to look up.

        Returns:
            NamespaceDescription: Namespace details, such as its name and record count.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List index namespaces (``GET /namespaces``).

        Lists namespaces of a serverless index, sorted bytewise (C collation), 100 per page unless `limit` is
        set; a `pagination_token` means more remain. Not available for pod-based indexes.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            prefix: Only namespaces whose names start with this prefix are returned.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``); default: no more than
                ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListNamespacesResponse, NamespaceDescription]: iterate it (``for`` or ``async
                for``) for each ``NamespaceDescription``; its ``pages()`` yields each ``ListNamespacesResponse``.
                Nothing is sent until iteration starts.

        Raises:
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List index namespaces (``GET /namespaces``).

        Lists namespaces of a serverless index, sorted bytewise (C collation), 100 per page unless `limit` is
        set; a `pagination_token` means more remain. Not available for pod-based indexes.

        Args:
            limit: Page size: most namespaces returned per page.
            pagination_token: Token for resuming a listing from the previous page.
            prefix: Only namespaces whose names start with this prefix are returned.

        Returns:
            ListNamespacesResponse: the service's answer.

        Raises:
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        self,
        namespace: str,
        body: SearchRecordsRequest | None = None,
        /,
        *,
        query: SearchRecordsRequestQuery | SearchRecordsRequestQueryDict | None = None,
        fields: Sequence[str] | None = None,
        rerank: SearchRecordsRequestRerank
        | SearchRecordsRequestRerankDict
        | None = None,
    ) -> SearchRecordsResponse:
        """Search records (``POST /records/namespaces/{namespace}/search``).

        Finds the records closest to a query text, vector or record ID, with scores, optionally reranked; text
        queries need an index with integrated embedding.

        Args:
            namespace: Namespace to search in.
            body: The whole request as a ``SearchRecordsRequest``, instead of the keyword arguments below.
            query: Query settings. Required.
            fields: Fields to include in each hit; all fields when omitted. Limits: at most 100 characters.
            rerank: Options for reranking the first-pass results.

        Returns:
            SearchRecordsResponse: Result of a record search.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import search_records_namespace as _op

        fields = {
            "query": query,
            "fields": fields,
            "rerank": rerank,
        }
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
        self,
        body: DeleteRequest | None = None,
        /,
        *,
        ids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        namespace: str | None = None,
        filter: DeleteRequestFilter | Mapping[str, Any] | None = None,
    ) -> DeleteResponse:
        """Remove records (``POST /vectors/delete``).

        Removes records from one namespace, selected by ID or by metadata.

        Args:
            body: The whole request as a ``DeleteRequest``, instead of the keyword arguments below.
            ids: IDs to remove. Limits: 1 to 1000 characters.
            delete_all: When true, remove everything in the namespace. The service's default: ``False``.
            namespace: Namespace to remove records from, if any.
            filter: Metadata filter choosing what to remove; cannot be combined with `ids` or `deleteAll`.

        Returns:
            DeleteResponse: Result of a delete call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import delete_vectors as _op

        fields = {
            "ids": ids,
            "delete_all": delete_all,
            "namespace": namespace,
            "filter": filter,
        }
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
        self,
        body: DescribeIndexStatsRequest | None = None,
        /,
        *,
        filter: DescribeIndexStatsRequestFilter | Mapping[str, Any] | None = None,
    ) -> IndexDescription:
        """Describe index statistics (``POST /describe_index_stats``).

        Returns index statistics such as per-namespace vector counts, dimension and fullness; fullness only
        matters for pod-based indexes, since serverless ones scale on their own.

        Args:
            body: The whole request as a ``DescribeIndexStatsRequest``, instead of the keyword arguments below.
            filter: Metadata filter limiting the stats to matching vectors; not supported on serverless indexes.

        Returns:
            IndexDescription: Result of a describe-index-stats call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import describe_index_stats as _op

        fields = {
            "filter": filter,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    def fetch(
        self, *, ids: builtins.list[str], namespace: str | None = None
    ) -> FetchResponse:
        """Fetch records by ID (``GET /vectors/fetch``).

        Returns records (values and/or metadata) for the given IDs in one namespace. On on-demand indexes this
        can be slower because values come from object storage; a query with `includeValues` false may suit
        metadata- or ID-only needs.

        Args:
            ids: IDs to fetch; values with spaces are rejected. Required.
            namespace: Namespace to read from; the default namespace when omitted.

        Returns:
            FetchResponse: Result of a fetch call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        self,
        body: FetchByMetadataRequest | None = None,
        /,
        *,
        namespace: str | None = None,
        filter: FetchByMetadataRequestFilter | Mapping[str, Any] | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
    ) -> FetchByMetadataResponse:
        """Fetch records by filter (``POST /vectors/fetch_by_metadata``).

        Returns records (values and metadata) in one namespace that match a metadata filter.

        Args:
            body: The whole request as a ``FetchByMetadataRequest``, instead of the keyword arguments below.
            namespace: Namespace to read from.
            filter: Metadata filter choosing which vectors to return.
            limit: Most vectors to return. Limits: at least 1. The service's default: ``100``.
            pagination_token: Token for resuming a listing from the previous page.

        Returns:
            FetchByMetadataResponse: Result of a fetch-by-metadata call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import fetch_vectors_by_metadata as _op

        fields = {
            "namespace": namespace,
            "filter": filter,
            "limit": limit,
            "pagination_token": pagination_token,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    def list(
        self,
        *,
        prefix: str | None = None,
        limit: int | None = None,
        namespace: str | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[ListResponse, ListItem]:
        """List record IDs by prefix (``GET /vectors/list``).

        Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
        collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
        indexes only.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            prefix: Only IDs starting with this prefix are listed; values with spaces are rejected.
            namespace: Namespace to list; the default namespace when omitted.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``); default: no more than
                ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListResponse, ListItem]: iterate it (``for`` or ``async for``) for each
                ``ListItem``; its ``pages()`` yields each ``ListResponse``. Nothing is sent until iteration starts.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List record IDs by prefix (``GET /vectors/list``).

        Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
        collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
        indexes only.

        Args:
            prefix: Only IDs starting with this prefix are listed; values with spaces are rejected.
            limit: Page size: most IDs returned per page. The service's default: ``100``.
            pagination_token: Token for resuming a listing from the previous page.
            namespace: Namespace to list; the default namespace when omitted.

        Returns:
            ListResponse: Result of a list call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        self,
        body: QueryRequest | None = None,
        /,
        *,
        top_k: int | None = None,
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
    ) -> QueryResponse:
        """Query by vector (``POST /query``).

        Finds the IDs of the items in a namespace closest to a query vector and returns them with similarity
        scores.

        Args:
            body: The whole request as a ``QueryRequest``, instead of the keyword arguments below.
            top_k: How many matches to return per query. Limits: 1.0 to 10000.0. Required.
            namespace: Namespace to search.
            filter: Metadata filter that restricts which vectors can match.
            include_values: Whether to return vector values. On on-demand indexes this can add latency, more so
                with large `topK`, so leave it false unless needed. The service's default: ``False``.
            include_metadata: Whether to return metadata alongside IDs. The service's default: ``False``.
            queries: Deprecated; use `vector` or `id`. Limits: 1 to 10 characters.
            vector: Query vector, with length equal to the index dimension; give either this or `id`, not both.
                Limits: 1 to 20000 characters.
            sparse_vector: Sparse vector as parallel lists of indices and values of equal length.
            id: ID of a stored vector to use as the query; give either this or `vector`. Limits: at most 512
                characters.
            scan_factor: Share of an IVF dense index scanned for candidates, from 0.5 to 4 (default 4, most
                accurate); lower it to cut latency. Dedicated read node (DRN) dense indexes only. Limits: 0.5 to
                4.0.
            max_candidates: Upper bound on dense candidates rescored with exact distances, from top_k to 100000;
                raise for recall, lower for speed. Dedicated read node (DRN) dense indexes only. Limits: 1 to
                100000.

        Returns:
            QueryResponse: Result of a query call: matches for the query vector, most similar first.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import query_vectors as _op

        fields = {
            "top_k": top_k,
            "namespace": namespace,
            "filter": filter,
            "include_values": include_values,
            "include_metadata": include_metadata,
            "queries": queries,
            "vector": vector,
            "sparse_vector": sparse_vector,
            "id": id,
            "scan_factor": scan_factor,
            "max_candidates": max_candidates,
        }
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
        self,
        body: UpdateRequest | None = None,
        /,
        *,
        id: str | None = None,
        values: Sequence[float] | None = None,
        sparse_values: SparseValues | SparseValuesDict | None = None,
        set_metadata: UpdateRequestSetMetadata | Mapping[str, Any] | None = None,
        namespace: str | None = None,
        filter: UpdateRequestFilter | Mapping[str, Any] | None = None,
        dry_run: bool | None = None,
    ) -> UpdateResponse:
        """Modify records (``POST /vectors/update``).

        Changes one record by ID (values and/or metadata) or the metadata of every record matching a filter.
        Given values replace the old ones; `set_metadata` adds or replaces only the listed fields.

        Args:
            body: The whole request as a ``UpdateRequest``, instead of the keyword arguments below.
            id: ID of the item to change. Limits: 1 to 512 characters.
            values: New vector values. Limits: 1 to 20000 characters.
            sparse_values: Sparse vector as parallel lists of indices and values of equal length.
            set_metadata: Metadata fields to set on the record.
            namespace: Namespace holding the record(s) to change.
            filter: Metadata filter; when updating metadata in bulk, every matching record in the namespace is
                changed.
            dry_run: When true, only report how many records match `filter` without changing them. Defaults to
                false. The service's default: ``False``.

        Returns:
            UpdateResponse: Result of an update call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import update_vector as _op

        fields = {
            "id": id,
            "values": values,
            "sparse_values": sparse_values,
            "set_metadata": set_metadata,
            "namespace": namespace,
            "filter": filter,
            "dry_run": dry_run,
        }
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
        self,
        body: UpsertRequest | None = None,
        /,
        *,
        vectors: Sequence[Vector | VectorDict] | None = None,
        namespace: str | None = None,
    ) -> UpsertResponse:
        """Write records (``POST /vectors/upsert``).

        Inserts records into a namespace, replacing any record that already has the same ID.

        Args:
            body: The whole request as a ``UpsertRequest``, instead of the keyword arguments below.
            vectors: Vectors to write; batches of at most 1000 are recommended. Limits: 1 to 1000 characters.
                Required.
            namespace: Namespace to write records to.

        Returns:
            UpsertResponse: Result of an upsert call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import upsert_vectors as _op

        fields = {
            "vectors": vectors,
            "namespace": namespace,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))


class AsyncImports(imports.AsyncImports["ImportModel", "StartImportResponse"]):
    """``client.imports``: ``cancel``, ``describe``, ``list``."""

    @staticmethod
    def _models() -> tuple[type[ImportModel], type[StartImportResponse]]:
        """The models the hand-written base works with (its type arguments), for building them at run time."""
        from .models import ImportModel, StartImportResponse

        return ImportModel, StartImportResponse

    async def cancel(self, id: str) -> CancelImportResponse:
        """Cancel a bulk import (``DELETE /bulk/imports/{id}``).

        Stops an import that is still running; imports that already finished are left unchanged.

        Args:
            id: ID of the import. Limits: 1 to 1000 characters.

        Returns:
            CancelImportResponse: Result of a cancel-import call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.bulk_operations import cancel_bulk_import as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    async def describe(self, id: str) -> ImportModel:
        """Get import details (``GET /bulk/imports/{id}``).

        Returns the details of one import operation.

        Args:
            id: ID of the import. Limits: 1 to 1000 characters.

        Returns:
            ImportModel: An import operation.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List bulk imports (``GET /bulk/imports``).

        Lists recent and running imports, 100 per page unless `limit` is given; a `pagination_token` in the
        response means more pages remain.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 100); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListImportsResponse, ImportModel]: iterate it (``for`` or ``async for``) for
                each ``ImportModel``; its ``pages()`` yields each ``ListImportsResponse``. Nothing is sent until
                iteration starts.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List bulk imports (``GET /bulk/imports``).

        Lists recent and running imports, 100 per page unless `limit` is given; a `pagination_token` in the
        response means more pages remain.

        Args:
            limit: Page size: most imports returned per page. Limits: 1 to 100. The service's default: ``100``.
            pagination_token: Token for resuming a listing from the previous page.

        Returns:
            ListImportsResponse: Result of a list-imports call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.bulk_operations import list_bulk_imports as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(limit=limit, pagination_token=pagination_token)
            )
        )

    async def _start(self, **fields: Any) -> StartImportResponse:
        """Begin a bulk import (``POST /bulk/imports``); wrapped by a hand-written method."""
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
        self,
        body: CreateNamespaceRequest | None = None,
        /,
        *,
        name: str | None = None,
        schema: CreateNamespaceRequestSchema
        | CreateNamespaceRequestSchemaDict
        | None = None,
    ) -> NamespaceDescription:
        """Add a namespace (``POST /namespaces``).

        Adds a namespace to a serverless index. Not available for pod-based indexes.

        Args:
            body: The whole request as a ``CreateNamespaceRequest``, instead of the keyword arguments below.
            name: Name for the new namespace. Required.
            schema: Metadata indexing schema. Without it every metadata field is indexed; with it only fields
                marked `filterable: true` are. `filterable: false` is not supported yet.

        Returns:
            NamespaceDescription: Namespace details, such as its name and record count.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ConflictError: Status 409: The index already has a namespace with this
                name.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.namespace_operations import create_namespace as _op

        fields = {
            "name": name,
            "schema": schema,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def delete(self, namespace: str) -> DeleteResponse:
        """Remove a namespace (``DELETE /namespaces/{namespace}``).

        Permanently removes a namespace and all of its data from a serverless index; this cannot be undone. Not
        available for pod-based indexes.

        Args:
            namespace: Name of the namespace to remove.

        Returns:
            DeleteResponse: Result of a delete call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.namespace_operations import delete_namespace as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    namespace,
                )
            )
        )

    async def describe(self, namespace: str) -> NamespaceDescription:
        """Get namespace details (``GET /namespaces/{namespace}``).

        Returns the vector count and other details of one serverless-index namespace. Not available for pod-
        based indexes.

        Args:
            namespace: Name of the namespace to look up.

        Returns:
            NamespaceDescription: Namespace details, such as its name and record count.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List index namespaces (``GET /namespaces``).

        Lists namespaces of a serverless index, sorted bytewise (C collation), 100 per page unless `limit` is
        set; a `pagination_token` means more remain. Not available for pod-based indexes.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            prefix: Only namespaces whose names start with this prefix are returned.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``); default: no more than
                ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListNamespacesResponse, NamespaceDescription]: iterate it (``for`` or ``async
                for``) for each ``NamespaceDescription``; its ``pages()`` yields each ``ListNamespacesResponse``.
                Nothing is sent until iteration starts.

        Raises:
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List index namespaces (``GET /namespaces``).

        Lists namespaces of a serverless index, sorted bytewise (C collation), 100 per page unless `limit` is
        set; a `pagination_token` means more remain. Not available for pod-based indexes.

        Args:
            limit: Page size: most namespaces returned per page.
            pagination_token: Token for resuming a listing from the previous page.
            prefix: Only namespaces whose names start with this prefix are returned.

        Returns:
            ListNamespacesResponse: the service's answer.

        Raises:
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        self,
        namespace: str,
        body: SearchRecordsRequest | None = None,
        /,
        *,
        query: SearchRecordsRequestQuery | SearchRecordsRequestQueryDict | None = None,
        fields: Sequence[str] | None = None,
        rerank: SearchRecordsRequestRerank
        | SearchRecordsRequestRerankDict
        | None = None,
    ) -> SearchRecordsResponse:
        """Search records (``POST /records/namespaces/{namespace}/search``).

        Finds the records closest to a query text, vector or record ID, with scores, optionally reranked; text
        queries need an index with integrated embedding.

        Args:
            namespace: Namespace to search in.
            body: The whole request as a ``SearchRecordsRequest``, instead of the keyword arguments below.
            query: Query settings. Required.
            fields: Fields to include in each hit; all fields when omitted. Limits: at most 100 characters.
            rerank: Options for reranking the first-pass results.

        Returns:
            SearchRecordsResponse: Result of a record search.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import search_records_namespace as _op

        fields = {
            "query": query,
            "fields": fields,
            "rerank": rerank,
        }
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
        self,
        body: DeleteRequest | None = None,
        /,
        *,
        ids: Sequence[str] | None = None,
        delete_all: bool | None = None,
        namespace: str | None = None,
        filter: DeleteRequestFilter | Mapping[str, Any] | None = None,
    ) -> DeleteResponse:
        """Remove records (``POST /vectors/delete``).

        Removes records from one namespace, selected by ID or by metadata.

        Args:
            body: The whole request as a ``DeleteRequest``, instead of the keyword arguments below.
            ids: IDs to remove. Limits: 1 to 1000 characters.
            delete_all: When true, remove everything in the namespace. The service's default: ``False``.
            namespace: Namespace to remove records from, if any.
            filter: Metadata filter choosing what to remove; cannot be combined with `ids` or `deleteAll`.

        Returns:
            DeleteResponse: Result of a delete call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import delete_vectors as _op

        fields = {
            "ids": ids,
            "delete_all": delete_all,
            "namespace": namespace,
            "filter": filter,
        }
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
        self,
        body: DescribeIndexStatsRequest | None = None,
        /,
        *,
        filter: DescribeIndexStatsRequestFilter | Mapping[str, Any] | None = None,
    ) -> IndexDescription:
        """Describe index statistics (``POST /describe_index_stats``).

        Returns index statistics such as per-namespace vector counts, dimension and fullness; fullness only
        matters for pod-based indexes, since serverless ones scale on their own.

        Args:
            body: The whole request as a ``DescribeIndexStatsRequest``, instead of the keyword arguments below.
            filter: Metadata filter limiting the stats to matching vectors; not supported on serverless indexes.

        Returns:
            IndexDescription: Result of a describe-index-stats call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import describe_index_stats as _op

        fields = {
            "filter": filter,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def fetch(
        self, *, ids: builtins.list[str], namespace: str | None = None
    ) -> FetchResponse:
        """Fetch records by ID (``GET /vectors/fetch``).

        Returns records (values and/or metadata) for the given IDs in one namespace. On on-demand indexes this
        can be slower because values come from object storage; a query with `includeValues` false may suit
        metadata- or ID-only needs.

        Args:
            ids: IDs to fetch; values with spaces are rejected. Required.
            namespace: Namespace to read from; the default namespace when omitted.

        Returns:
            FetchResponse: Result of a fetch call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        self,
        body: FetchByMetadataRequest | None = None,
        /,
        *,
        namespace: str | None = None,
        filter: FetchByMetadataRequestFilter | Mapping[str, Any] | None = None,
        limit: int | None = None,
        pagination_token: str | None = None,
    ) -> FetchByMetadataResponse:
        """Fetch records by filter (``POST /vectors/fetch_by_metadata``).

        Returns records (values and metadata) in one namespace that match a metadata filter.

        Args:
            body: The whole request as a ``FetchByMetadataRequest``, instead of the keyword arguments below.
            namespace: Namespace to read from.
            filter: Metadata filter choosing which vectors to return.
            limit: Most vectors to return. Limits: at least 1. The service's default: ``100``.
            pagination_token: Token for resuming a listing from the previous page.

        Returns:
            FetchByMetadataResponse: Result of a fetch-by-metadata call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import fetch_vectors_by_metadata as _op

        fields = {
            "namespace": namespace,
            "filter": filter,
            "limit": limit,
            "pagination_token": pagination_token,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    def list(
        self,
        *,
        prefix: str | None = None,
        limit: int | None = None,
        namespace: str | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[ListResponse, ListItem]:
        """List record IDs by prefix (``GET /vectors/list``).

        Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
        collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
        indexes only.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            prefix: Only IDs starting with this prefix are listed; values with spaces are rejected.
            namespace: Namespace to list; the default namespace when omitted.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``); default: no more than
                ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListResponse, ListItem]: iterate it (``for`` or ``async for``) for each
                ``ListItem``; its ``pages()`` yields each ``ListResponse``. Nothing is sent until iteration starts.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        """List record IDs by prefix (``GET /vectors/list``).

        Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
        collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
        indexes only.

        Args:
            prefix: Only IDs starting with this prefix are listed; values with spaces are rejected.
            limit: Page size: most IDs returned per page. The service's default: ``100``.
            pagination_token: Token for resuming a listing from the previous page.
            namespace: Namespace to list; the default namespace when omitted.

        Returns:
            ListResponse: Result of a list call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
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
        self,
        body: QueryRequest | None = None,
        /,
        *,
        top_k: int | None = None,
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
    ) -> QueryResponse:
        """Query by vector (``POST /query``).

        Finds the IDs of the items in a namespace closest to a query vector and returns them with similarity
        scores.

        Args:
            body: The whole request as a ``QueryRequest``, instead of the keyword arguments below.
            top_k: How many matches to return per query. Limits: 1.0 to 10000.0. Required.
            namespace: Namespace to search.
            filter: Metadata filter that restricts which vectors can match.
            include_values: Whether to return vector values. On on-demand indexes this can add latency, more so
                with large `topK`, so leave it false unless needed. The service's default: ``False``.
            include_metadata: Whether to return metadata alongside IDs. The service's default: ``False``.
            queries: Deprecated; use `vector` or `id`. Limits: 1 to 10 characters.
            vector: Query vector, with length equal to the index dimension; give either this or `id`, not both.
                Limits: 1 to 20000 characters.
            sparse_vector: Sparse vector as parallel lists of indices and values of equal length.
            id: ID of a stored vector to use as the query; give either this or `vector`. Limits: at most 512
                characters.
            scan_factor: Share of an IVF dense index scanned for candidates, from 0.5 to 4 (default 4, most
                accurate); lower it to cut latency. Dedicated read node (DRN) dense indexes only. Limits: 0.5 to
                4.0.
            max_candidates: Upper bound on dense candidates rescored with exact distances, from top_k to 100000;
                raise for recall, lower for speed. Dedicated read node (DRN) dense indexes only. Limits: 1 to
                100000.

        Returns:
            QueryResponse: Result of a query call: matches for the query vector, most similar first.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import query_vectors as _op

        fields = {
            "top_k": top_k,
            "namespace": namespace,
            "filter": filter,
            "include_values": include_values,
            "include_metadata": include_metadata,
            "queries": queries,
            "vector": vector,
            "sparse_vector": sparse_vector,
            "id": id,
            "scan_factor": scan_factor,
            "max_candidates": max_candidates,
        }
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
        self,
        body: UpdateRequest | None = None,
        /,
        *,
        id: str | None = None,
        values: Sequence[float] | None = None,
        sparse_values: SparseValues | SparseValuesDict | None = None,
        set_metadata: UpdateRequestSetMetadata | Mapping[str, Any] | None = None,
        namespace: str | None = None,
        filter: UpdateRequestFilter | Mapping[str, Any] | None = None,
        dry_run: bool | None = None,
    ) -> UpdateResponse:
        """Modify records (``POST /vectors/update``).

        Changes one record by ID (values and/or metadata) or the metadata of every record matching a filter.
        Given values replace the old ones; `set_metadata` adds or replaces only the listed fields.

        Args:
            body: The whole request as a ``UpdateRequest``, instead of the keyword arguments below.
            id: ID of the item to change. Limits: 1 to 512 characters.
            values: New vector values. Limits: 1 to 20000 characters.
            sparse_values: Sparse vector as parallel lists of indices and values of equal length.
            set_metadata: Metadata fields to set on the record.
            namespace: Namespace holding the record(s) to change.
            filter: Metadata filter; when updating metadata in bulk, every matching record in the namespace is
                changed.
            dry_run: When true, only report how many records match `filter` without changing them. Defaults to
                false. The service's default: ``False``.

        Returns:
            UpdateResponse: Result of an update call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import update_vector as _op

        fields = {
            "id": id,
            "values": values,
            "sparse_values": sparse_values,
            "set_metadata": set_metadata,
            "namespace": namespace,
            "filter": filter,
            "dry_run": dry_run,
        }
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
        self,
        body: UpsertRequest | None = None,
        /,
        *,
        vectors: Sequence[Vector | VectorDict] | None = None,
        namespace: str | None = None,
    ) -> UpsertResponse:
        """Write records (``POST /vectors/upsert``).

        Inserts records into a namespace, replacing any record that already has the same ID.

        Args:
            body: The whole request as a ``UpsertRequest``, instead of the keyword arguments below.
            vectors: Vectors to write; batches of at most 1000 are recommended. Limits: 1 to 1000 characters.
                Required.
            namespace: Namespace to write records to.

        Returns:
            UpsertResponse: Result of an upsert call.

        Raises:
            pinecone_dataplane.errors.BadRequestError: Status 400: Invalid request parameters.
            pinecone_dataplane.errors.ApiError: Another 4xx status, as the subclass of its status where there is
                one (``ForbiddenError``, ``NotFoundError``, ``RateLimitError``...).
            pinecone_dataplane.errors.ServerError: A 5xx status, once the retries this operation allows are
                spent.
            pinecone_dataplane.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            pinecone_dataplane.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.vector_operations import upsert_vectors as _op

        fields = {
            "vectors": vectors,
            "namespace": namespace,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))


class Client(_client.SyncClient):
    """A blocking client of the API version 2026-04: ``client.imports``, ``client.vectors``... (see ``__init__`` for the arguments).

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
        max_response_bytes: int | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
    ) -> None:
        """Connect to one index; nothing is sent until the first call.

        Args:
            host: the index host (``my-index-abc123.svc.pinecone.io``, or a URL); default
                ``PINECONE_INDEX_HOST``. A host without a scheme gets ``https://``; plain ``http://`` is
                refused for anything but loopback unless ``allow_insecure=True``.
            api_key: default ``PINECONE_API_KEY``. Never shown in a repr, an error or a log line.
            timeout: seconds each attempt of a request may take in all, from connecting to the last byte of
                its answer (a server trickling its answer is cut off then).
            max_retries: how many times a failed request that is safe to repeat is sent again.
            max_response_bytes: the largest answer accepted, for every operation; default, each operation's
                own cap, above the largest answer the API's limits allow. A larger answer raises
                ``ResponseTooLargeError`` without being read past the cap.
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
            max_response_bytes=max_response_bytes,
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
    """An asyncio client of the API version 2026-04: ``client.imports``, ``client.vectors``... (see ``__init__`` for the arguments).

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
        max_response_bytes: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
    ) -> None:
        """Connect to one index; nothing is sent until the first call.

        Args:
            host: the index host (``my-index-abc123.svc.pinecone.io``, or a URL); default
                ``PINECONE_INDEX_HOST``. A host without a scheme gets ``https://``; plain ``http://`` is
                refused for anything but loopback unless ``allow_insecure=True``.
            api_key: default ``PINECONE_API_KEY``. Never shown in a repr, an error or a log line.
            timeout: seconds each attempt of a request may take in all, from connecting to the last byte of
                its answer (a server trickling its answer is cut off then).
            max_retries: how many times a failed request that is safe to repeat is sent again.
            max_response_bytes: the largest answer accepted, for every operation; default, each operation's
                own cap, above the largest answer the API's limits allow. A larger answer raises
                ``ResponseTooLargeError`` without being read past the cap.
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
            max_response_bytes=max_response_bytes,
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
