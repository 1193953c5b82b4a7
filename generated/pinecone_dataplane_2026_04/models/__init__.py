"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cancel_import_response import CancelImportResponse
    from .create_namespace_request import CreateNamespaceRequest
    from .create_namespace_request_schema import CreateNamespaceRequestSchema
    from .create_namespace_request_schema_fields import (
        CreateNamespaceRequestSchemaFields,
    )
    from .create_namespace_request_schema_fields_additional_property import (
        CreateNamespaceRequestSchemaFieldsAdditionalProperty,
    )
    from .delete_request import DeleteRequest
    from .delete_request_filter import DeleteRequestFilter
    from .delete_response import DeleteResponse
    from .describe_index_stats_request import DescribeIndexStatsRequest
    from .describe_index_stats_request_filter import DescribeIndexStatsRequestFilter
    from .embed_inputs import EmbedInputs
    from .fetch_by_metadata_request import FetchByMetadataRequest
    from .fetch_by_metadata_request_filter import FetchByMetadataRequestFilter
    from .fetch_by_metadata_response import FetchByMetadataResponse
    from .fetch_by_metadata_response_vectors import FetchByMetadataResponseVectors
    from .fetch_response import FetchResponse
    from .fetch_response_vectors import FetchResponseVectors
    from .hit import Hit
    from .hit_fields import HitFields
    from .import_error_mode import ImportErrorMode
    from .import_model import ImportModel
    from .index_description import IndexDescription
    from .index_description_namespaces import IndexDescriptionNamespaces
    from .list_imports_response import ListImportsResponse
    from .list_item import ListItem
    from .list_namespaces_response import ListNamespacesResponse
    from .list_response import ListResponse
    from .namespace_description import NamespaceDescription
    from .namespace_description_indexed_fields import NamespaceDescriptionIndexedFields
    from .namespace_description_schema import NamespaceDescriptionSchema
    from .namespace_description_schema_fields import NamespaceDescriptionSchemaFields
    from .namespace_description_schema_fields_additional_property import (
        NamespaceDescriptionSchemaFieldsAdditionalProperty,
    )
    from .namespace_summary import NamespaceSummary
    from .pagination import Pagination
    from .protobuf_any import ProtobufAny
    from .query_request import QueryRequest
    from .query_request_filter import QueryRequestFilter
    from .query_response import QueryResponse
    from .query_vector import QueryVector
    from .query_vector_filter import QueryVectorFilter
    from .rpc_status import RpcStatus
    from .scored_vector import ScoredVector
    from .scored_vector_metadata import ScoredVectorMetadata
    from .search_match_terms import SearchMatchTerms
    from .search_records_request import SearchRecordsRequest
    from .search_records_request_query import SearchRecordsRequestQuery
    from .search_records_request_query_filter import SearchRecordsRequestQueryFilter
    from .search_records_request_rerank import SearchRecordsRequestRerank
    from .search_records_request_rerank_parameters import (
        SearchRecordsRequestRerankParameters,
    )
    from .search_records_response import SearchRecordsResponse
    from .search_records_response_result import SearchRecordsResponseResult
    from .search_records_vector import SearchRecordsVector
    from .search_usage import SearchUsage
    from .single_query_results import SingleQueryResults
    from .sparse_values import SparseValues
    from .start_import_request import StartImportRequest
    from .start_import_response import StartImportResponse
    from .update_request import UpdateRequest
    from .update_request_filter import UpdateRequestFilter
    from .update_request_set_metadata import UpdateRequestSetMetadata
    from .update_response import UpdateResponse
    from .upsert_record import UpsertRecord
    from .upsert_request import UpsertRequest
    from .upsert_response import UpsertResponse
    from .usage import Usage
    from .vector import Vector
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
    "CreateNamespaceRequestSchema",
    "CreateNamespaceRequestSchemaFields",
    "CreateNamespaceRequestSchemaFieldsAdditionalProperty",
    "DeleteRequest",
    "DeleteRequestFilter",
    "DeleteResponse",
    "DescribeIndexStatsRequest",
    "DescribeIndexStatsRequestFilter",
    "EmbedInputs",
    "FetchByMetadataRequest",
    "FetchByMetadataRequestFilter",
    "FetchByMetadataResponse",
    "FetchByMetadataResponseVectors",
    "FetchResponse",
    "FetchResponseVectors",
    "Hit",
    "HitFields",
    "ImportErrorMode",
    "ImportModel",
    "IndexDescription",
    "IndexDescriptionNamespaces",
    "ListImportsResponse",
    "ListItem",
    "ListNamespacesResponse",
    "ListResponse",
    "NamespaceDescription",
    "NamespaceDescriptionIndexedFields",
    "NamespaceDescriptionSchema",
    "NamespaceDescriptionSchemaFields",
    "NamespaceDescriptionSchemaFieldsAdditionalProperty",
    "NamespaceSummary",
    "Pagination",
    "ProtobufAny",
    "QueryRequest",
    "QueryRequestFilter",
    "QueryResponse",
    "QueryVector",
    "QueryVectorFilter",
    "RpcStatus",
    "ScoredVector",
    "ScoredVectorMetadata",
    "SearchMatchTerms",
    "SearchRecordsRequest",
    "SearchRecordsRequestQuery",
    "SearchRecordsRequestQueryFilter",
    "SearchRecordsRequestRerank",
    "SearchRecordsRequestRerankParameters",
    "SearchRecordsResponse",
    "SearchRecordsResponseResult",
    "SearchRecordsVector",
    "SearchUsage",
    "SingleQueryResults",
    "SparseValues",
    "StartImportRequest",
    "StartImportResponse",
    "UpdateRequest",
    "UpdateRequestFilter",
    "UpdateRequestSetMetadata",
    "UpdateResponse",
    "UpsertRecord",
    "UpsertRequest",
    "UpsertResponse",
    "Usage",
    "Vector",
    "VectorMetadata",
)
