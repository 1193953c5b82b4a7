"""The request constraints the spec states, checked before anything is sent (generated: do not edit).

operationId -> (path and query parameters, body fields, the body's combination rules), by JSON name.
"""

from typing import Any

OPERATIONS: dict[str, tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]] = {
    "list_bulk_imports": (
        {
            "limit": {"type": "integer", "minimum": 1, "maximum": 100},
            "paginationToken": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "start_bulk_import": (
        {},
        {
            "integrationId": {"type": "string", "maxLength": 1000},
            "uri": {"type": "string", "minLength": 1, "maxLength": 1500},
        },
        [],
    ),
    "describe_bulk_import": (
        {"id": {"type": "string", "minLength": 1, "maxLength": 1000}},
        {},
        [],
    ),
    "cancel_bulk_import": (
        {"id": {"type": "string", "minLength": 1, "maxLength": 1000}},
        {},
        [],
    ),
    "query_vectors": (
        {},
        {
            "topK": {"type": "integer", "minimum": 1.0, "maximum": 10000.0},
            "queries": {
                "type": "array",
                "minLength": 1,
                "maxLength": 10,
                "items": {
                    "type": "object",
                    "properties": {
                        "values": {"type": "array", "minLength": 1, "maxLength": 20000},
                        "sparseValues": {
                            "type": "object",
                            "properties": {
                                "indices": {
                                    "type": "array",
                                    "minLength": 1,
                                    "maxLength": 1000,
                                },
                                "values": {
                                    "type": "array",
                                    "minLength": 1,
                                    "maxLength": 1000,
                                },
                            },
                        },
                        "topK": {"type": "integer", "minimum": 1, "maximum": 10000},
                    },
                },
            },
            "vector": {"type": "array", "minLength": 1, "maxLength": 20000},
            "sparseVector": {
                "type": "object",
                "properties": {
                    "indices": {"type": "array", "minLength": 1, "maxLength": 1000},
                    "values": {"type": "array", "minLength": 1, "maxLength": 1000},
                },
            },
            "id": {"type": "string", "maxLength": 512},
        },
        [],
    ),
    "delete_vectors": (
        {},
        {"ids": {"type": "array", "minLength": 1, "maxLength": 1000}},
        [],
    ),
    "fetch_vectors": (
        {"ids": {"type": "array"}, "namespace": {"type": "string", "minLength": 1}},
        {},
        [],
    ),
    "list_vectors": (
        {
            "prefix": {"type": "string", "minLength": 1},
            "limit": {"type": "integer"},
            "paginationToken": {"type": "string", "minLength": 1},
            "namespace": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "update_vector": (
        {},
        {
            "id": {"type": "string", "minLength": 1, "maxLength": 512},
            "values": {"type": "array", "minLength": 1, "maxLength": 20000},
            "sparseValues": {
                "type": "object",
                "properties": {
                    "indices": {"type": "array", "minLength": 1, "maxLength": 1000},
                    "values": {"type": "array", "minLength": 1, "maxLength": 1000},
                },
            },
        },
        [],
    ),
    "upsert_vectors": (
        {},
        {
            "vectors": {
                "type": "array",
                "minLength": 1,
                "maxLength": 1000,
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "minLength": 1, "maxLength": 512},
                        "values": {"type": "array", "minLength": 1, "maxLength": 20000},
                        "sparseValues": {
                            "type": "object",
                            "properties": {
                                "indices": {
                                    "type": "array",
                                    "minLength": 1,
                                    "maxLength": 1000,
                                },
                                "values": {
                                    "type": "array",
                                    "minLength": 1,
                                    "maxLength": 1000,
                                },
                            },
                        },
                    },
                },
            }
        },
        [],
    ),
    "list_namespaces_operation": (
        {
            "limit": {"type": "integer"},
            "paginationToken": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "describe_namespace": ({"namespace": {"type": "string", "minLength": 1}}, {}, []),
    "delete_namespace": ({"namespace": {"type": "string", "minLength": 1}}, {}, []),
    "upsert_records_namespace": (
        {"namespace": {"type": "string", "minLength": 1}},
        {},
        [],
    ),
    "search_records_namespace": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "query": {
                "type": "object",
                "properties": {
                    "vector": {
                        "type": "object",
                        "properties": {
                            "values": {
                                "type": "array",
                                "minLength": 1,
                                "maxLength": 20000,
                            },
                            "sparse_indices": {
                                "type": "array",
                                "items": {"type": "integer", "minimum": 0},
                            },
                        },
                    },
                    "id": {"type": "string", "maxLength": 512},
                },
            },
            "fields": {"type": "array", "maxLength": 100},
        },
        [],
    ),
}
