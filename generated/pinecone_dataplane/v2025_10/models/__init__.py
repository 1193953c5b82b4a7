"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cancel_import_response import CancelImportResponse
    from .create_namespace_request import (
        CreateNamespaceRequest,
        CreateNamespaceRequestDict,
    )
    from .create_namespace_request_schema import (
        CreateNamespaceRequestSchema,
        CreateNamespaceRequestSchemaDict,
    )
    from .create_namespace_request_schema_fields import (
        CreateNamespaceRequestSchemaFields,
    )
    from .create_namespace_request_schema_fields_additional_property import (
        CreateNamespaceRequestSchemaFieldsAdditionalProperty,
        CreateNamespaceRequestSchemaFieldsAdditionalPropertyDict,
    )
    from .delete_request import DeleteRequest, DeleteRequestDict
    from .delete_request_filter import DeleteRequestFilter
    from .delete_response import DeleteResponse
    from .describe_index_stats_request import (
        DescribeIndexStatsRequest,
        DescribeIndexStatsRequestDict,
    )
    from .describe_index_stats_request_filter import DescribeIndexStatsRequestFilter
    from .embed_inputs import EmbedInputs
    from .fetch_by_metadata_request import (
        FetchByMetadataRequest,
        FetchByMetadataRequestDict,
    )
    from .fetch_by_metadata_request_filter import FetchByMetadataRequestFilter
    from .fetch_by_metadata_response import (
        FetchByMetadataResponse,
        FetchByMetadataResponseDict,
    )
    from .fetch_by_metadata_response_vectors import FetchByMetadataResponseVectors
    from .fetch_response import FetchResponse, FetchResponseDict
    from .fetch_response_vectors import FetchResponseVectors
    from .hit import Hit, HitDict
    from .hit_fields import HitFields
    from .import_error_mode import ImportErrorMode, ImportErrorModeDict
    from .import_model import ImportModel, ImportModelDict
    from .index_description import IndexDescription, IndexDescriptionDict
    from .index_description_namespaces import IndexDescriptionNamespaces
    from .list_imports_response import ListImportsResponse, ListImportsResponseDict
    from .list_item import ListItem, ListItemDict
    from .list_namespaces_response import (
        ListNamespacesResponse,
        ListNamespacesResponseDict,
    )
    from .list_response import ListResponse, ListResponseDict
    from .namespace_description import NamespaceDescription, NamespaceDescriptionDict
    from .namespace_description_indexed_fields import (
        NamespaceDescriptionIndexedFields,
        NamespaceDescriptionIndexedFieldsDict,
    )
    from .namespace_description_schema import (
        NamespaceDescriptionSchema,
        NamespaceDescriptionSchemaDict,
    )
    from .namespace_description_schema_fields import NamespaceDescriptionSchemaFields
    from .namespace_description_schema_fields_additional_property import (
        NamespaceDescriptionSchemaFieldsAdditionalProperty,
        NamespaceDescriptionSchemaFieldsAdditionalPropertyDict,
    )
    from .namespace_summary import NamespaceSummary, NamespaceSummaryDict
    from .pagination import Pagination, PaginationDict
    from .protobuf_any import ProtobufAny, ProtobufAnyDict
    from .query_request import QueryRequest, QueryRequestDict
    from .query_request_filter import QueryRequestFilter
    from .query_response import QueryResponse, QueryResponseDict
    from .query_vector import QueryVector, QueryVectorDict
    from .query_vector_filter import QueryVectorFilter
    from .rpc_status import RpcStatus, RpcStatusDict
    from .scored_vector import ScoredVector, ScoredVectorDict
    from .scored_vector_metadata import ScoredVectorMetadata
    from .search_match_terms import SearchMatchTerms, SearchMatchTermsDict
    from .search_records_request import SearchRecordsRequest, SearchRecordsRequestDict
    from .search_records_request_query import (
        SearchRecordsRequestQuery,
        SearchRecordsRequestQueryDict,
    )
    from .search_records_request_query_filter import SearchRecordsRequestQueryFilter
    from .search_records_request_rerank import (
        SearchRecordsRequestRerank,
        SearchRecordsRequestRerankDict,
    )
    from .search_records_request_rerank_parameters import (
        SearchRecordsRequestRerankParameters,
    )
    from .search_records_response import (
        SearchRecordsResponse,
        SearchRecordsResponseDict,
    )
    from .search_records_response_result import (
        SearchRecordsResponseResult,
        SearchRecordsResponseResultDict,
    )
    from .search_records_vector import SearchRecordsVector, SearchRecordsVectorDict
    from .search_usage import SearchUsage, SearchUsageDict
    from .single_query_results import SingleQueryResults, SingleQueryResultsDict
    from .sparse_values import SparseValues, SparseValuesDict
    from .start_import_request import StartImportRequest, StartImportRequestDict
    from .start_import_response import StartImportResponse, StartImportResponseDict
    from .update_request import UpdateRequest, UpdateRequestDict
    from .update_request_filter import UpdateRequestFilter
    from .update_request_set_metadata import UpdateRequestSetMetadata
    from .update_response import UpdateResponse, UpdateResponseDict
    from .upsert_record import UpsertRecord, UpsertRecordDict
    from .upsert_request import UpsertRequest, UpsertRequestDict
    from .upsert_response import UpsertResponse, UpsertResponseDict
    from .usage import Usage, UsageDict
    from .vector import Vector, VectorDict
    from .vector_metadata import VectorMetadata

_MODULES = {
    "CancelImportResponse": ".cancel_import_response",
    "CreateNamespaceRequest": ".create_namespace_request",
    "CreateNamespaceRequestSchema": ".create_namespace_request_schema",
    "CreateNamespaceRequestSchemaFields": ".create_namespace_request_schema_fields",
    "CreateNamespaceRequestSchemaFieldsAdditionalProperty": ".create_namespace_request_schema_fields_additional_property",
    "DeleteRequest": ".delete_request",
    "DeleteRequestFilter": ".delete_request_filter",
    "DeleteResponse": ".delete_response",
    "DescribeIndexStatsRequest": ".describe_index_stats_request",
    "DescribeIndexStatsRequestFilter": ".describe_index_stats_request_filter",
    "EmbedInputs": ".embed_inputs",
    "FetchByMetadataRequest": ".fetch_by_metadata_request",
    "FetchByMetadataRequestFilter": ".fetch_by_metadata_request_filter",
    "FetchByMetadataResponse": ".fetch_by_metadata_response",
    "FetchByMetadataResponseVectors": ".fetch_by_metadata_response_vectors",
    "FetchResponse": ".fetch_response",
    "FetchResponseVectors": ".fetch_response_vectors",
    "Hit": ".hit",
    "HitFields": ".hit_fields",
    "ImportErrorMode": ".import_error_mode",
    "ImportModel": ".import_model",
    "IndexDescription": ".index_description",
    "IndexDescriptionNamespaces": ".index_description_namespaces",
    "ListImportsResponse": ".list_imports_response",
    "ListItem": ".list_item",
    "ListNamespacesResponse": ".list_namespaces_response",
    "ListResponse": ".list_response",
    "NamespaceDescription": ".namespace_description",
    "NamespaceDescriptionIndexedFields": ".namespace_description_indexed_fields",
    "NamespaceDescriptionSchema": ".namespace_description_schema",
    "NamespaceDescriptionSchemaFields": ".namespace_description_schema_fields",
    "NamespaceDescriptionSchemaFieldsAdditionalProperty": ".namespace_description_schema_fields_additional_property",
    "NamespaceSummary": ".namespace_summary",
    "Pagination": ".pagination",
    "ProtobufAny": ".protobuf_any",
    "QueryRequest": ".query_request",
    "QueryRequestFilter": ".query_request_filter",
    "QueryResponse": ".query_response",
    "QueryVector": ".query_vector",
    "QueryVectorFilter": ".query_vector_filter",
    "RpcStatus": ".rpc_status",
    "ScoredVector": ".scored_vector",
    "ScoredVectorMetadata": ".scored_vector_metadata",
    "SearchMatchTerms": ".search_match_terms",
    "SearchRecordsRequest": ".search_records_request",
    "SearchRecordsRequestQuery": ".search_records_request_query",
    "SearchRecordsRequestQueryFilter": ".search_records_request_query_filter",
    "SearchRecordsRequestRerank": ".search_records_request_rerank",
    "SearchRecordsRequestRerankParameters": ".search_records_request_rerank_parameters",
    "SearchRecordsResponse": ".search_records_response",
    "SearchRecordsResponseResult": ".search_records_response_result",
    "SearchRecordsVector": ".search_records_vector",
    "SearchUsage": ".search_usage",
    "SingleQueryResults": ".single_query_results",
    "SparseValues": ".sparse_values",
    "StartImportRequest": ".start_import_request",
    "StartImportResponse": ".start_import_response",
    "UpdateRequest": ".update_request",
    "UpdateRequestFilter": ".update_request_filter",
    "UpdateRequestSetMetadata": ".update_request_set_metadata",
    "UpdateResponse": ".update_response",
    "UpsertRecord": ".upsert_record",
    "UpsertRequest": ".upsert_request",
    "UpsertResponse": ".upsert_response",
    "Usage": ".usage",
    "Vector": ".vector",
    "VectorMetadata": ".vector_metadata",
    "StartImportRequestDict": ".start_import_request",
    "ImportErrorModeDict": ".import_error_mode",
    "StartImportResponseDict": ".start_import_response",
    "ImportModelDict": ".import_model",
    "ListImportsResponseDict": ".list_imports_response",
    "DeleteRequestDict": ".delete_request",
    "DescribeIndexStatsRequestDict": ".describe_index_stats_request",
    "IndexDescriptionDict": ".index_description",
    "FetchResponseDict": ".fetch_response",
    "ListItemDict": ".list_item",
    "ListResponseDict": ".list_response",
    "NamespaceSummaryDict": ".namespace_summary",
    "PaginationDict": ".pagination",
    "CreateNamespaceRequestDict": ".create_namespace_request",
    "NamespaceDescriptionDict": ".namespace_description",
    "ListNamespacesResponseDict": ".list_namespaces_response",
    "QueryRequestDict": ".query_request",
    "QueryResponseDict": ".query_response",
    "QueryVectorDict": ".query_vector",
    "ScoredVectorDict": ".scored_vector",
    "SingleQueryResultsDict": ".single_query_results",
    "SparseValuesDict": ".sparse_values",
    "UpdateRequestDict": ".update_request",
    "UpdateResponseDict": ".update_response",
    "UpsertRequestDict": ".upsert_request",
    "UpsertResponseDict": ".upsert_response",
    "UpsertRecordDict": ".upsert_record",
    "SearchRecordsRequestDict": ".search_records_request",
    "SearchRecordsResponseDict": ".search_records_response",
    "HitDict": ".hit",
    "UsageDict": ".usage",
    "SearchUsageDict": ".search_usage",
    "VectorDict": ".vector",
    "FetchByMetadataRequestDict": ".fetch_by_metadata_request",
    "FetchByMetadataResponseDict": ".fetch_by_metadata_response",
    "SearchRecordsVectorDict": ".search_records_vector",
    "SearchMatchTermsDict": ".search_match_terms",
    "ProtobufAnyDict": ".protobuf_any",
    "RpcStatusDict": ".rpc_status",
    "CreateNamespaceRequestSchemaFieldsAdditionalPropertyDict": ".create_namespace_request_schema_fields_additional_property",
    "CreateNamespaceRequestSchemaDict": ".create_namespace_request_schema",
    "NamespaceDescriptionSchemaFieldsAdditionalPropertyDict": ".namespace_description_schema_fields_additional_property",
    "NamespaceDescriptionSchemaDict": ".namespace_description_schema",
    "NamespaceDescriptionIndexedFieldsDict": ".namespace_description_indexed_fields",
    "SearchRecordsRequestQueryDict": ".search_records_request_query",
    "SearchRecordsRequestRerankDict": ".search_records_request_rerank",
    "SearchRecordsResponseResultDict": ".search_records_response_result",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = (
    "CancelImportResponse",
    "CreateNamespaceRequest",
    "CreateNamespaceRequestDict",
    "CreateNamespaceRequestSchema",
    "CreateNamespaceRequestSchemaDict",
    "CreateNamespaceRequestSchemaFields",
    "CreateNamespaceRequestSchemaFieldsAdditionalProperty",
    "CreateNamespaceRequestSchemaFieldsAdditionalPropertyDict",
    "DeleteRequest",
    "DeleteRequestDict",
    "DeleteRequestFilter",
    "DeleteResponse",
    "DescribeIndexStatsRequest",
    "DescribeIndexStatsRequestDict",
    "DescribeIndexStatsRequestFilter",
    "EmbedInputs",
    "FetchByMetadataRequest",
    "FetchByMetadataRequestDict",
    "FetchByMetadataRequestFilter",
    "FetchByMetadataResponse",
    "FetchByMetadataResponseDict",
    "FetchByMetadataResponseVectors",
    "FetchResponse",
    "FetchResponseDict",
    "FetchResponseVectors",
    "Hit",
    "HitDict",
    "HitFields",
    "ImportErrorMode",
    "ImportErrorModeDict",
    "ImportModel",
    "ImportModelDict",
    "IndexDescription",
    "IndexDescriptionDict",
    "IndexDescriptionNamespaces",
    "ListImportsResponse",
    "ListImportsResponseDict",
    "ListItem",
    "ListItemDict",
    "ListNamespacesResponse",
    "ListNamespacesResponseDict",
    "ListResponse",
    "ListResponseDict",
    "NamespaceDescription",
    "NamespaceDescriptionDict",
    "NamespaceDescriptionIndexedFields",
    "NamespaceDescriptionIndexedFieldsDict",
    "NamespaceDescriptionSchema",
    "NamespaceDescriptionSchemaDict",
    "NamespaceDescriptionSchemaFields",
    "NamespaceDescriptionSchemaFieldsAdditionalProperty",
    "NamespaceDescriptionSchemaFieldsAdditionalPropertyDict",
    "NamespaceSummary",
    "NamespaceSummaryDict",
    "Pagination",
    "PaginationDict",
    "ProtobufAny",
    "ProtobufAnyDict",
    "QueryRequest",
    "QueryRequestDict",
    "QueryRequestFilter",
    "QueryResponse",
    "QueryResponseDict",
    "QueryVector",
    "QueryVectorDict",
    "QueryVectorFilter",
    "RpcStatus",
    "RpcStatusDict",
    "ScoredVector",
    "ScoredVectorDict",
    "ScoredVectorMetadata",
    "SearchMatchTerms",
    "SearchMatchTermsDict",
    "SearchRecordsRequest",
    "SearchRecordsRequestDict",
    "SearchRecordsRequestQuery",
    "SearchRecordsRequestQueryDict",
    "SearchRecordsRequestQueryFilter",
    "SearchRecordsRequestRerank",
    "SearchRecordsRequestRerankDict",
    "SearchRecordsRequestRerankParameters",
    "SearchRecordsResponse",
    "SearchRecordsResponseDict",
    "SearchRecordsResponseResult",
    "SearchRecordsResponseResultDict",
    "SearchRecordsVector",
    "SearchRecordsVectorDict",
    "SearchUsage",
    "SearchUsageDict",
    "SingleQueryResults",
    "SingleQueryResultsDict",
    "SparseValues",
    "SparseValuesDict",
    "StartImportRequest",
    "StartImportRequestDict",
    "StartImportResponse",
    "StartImportResponseDict",
    "UpdateRequest",
    "UpdateRequestDict",
    "UpdateRequestFilter",
    "UpdateRequestSetMetadata",
    "UpdateResponse",
    "UpdateResponseDict",
    "UpsertRecord",
    "UpsertRecordDict",
    "UpsertRequest",
    "UpsertRequestDict",
    "UpsertResponse",
    "UpsertResponseDict",
    "Usage",
    "UsageDict",
    "Vector",
    "VectorDict",
    "VectorMetadata",
)
