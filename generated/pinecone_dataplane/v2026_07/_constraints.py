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
            "topK": {"type": "integer", "minimum": 1, "maximum": 10000},
            "vector": {"type": "array", "minItems": 1, "maxItems": 20000},
            "sparseVector": {
                "type": "object",
                "properties": {
                    "indices": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 2048,
                        "items": {
                            "type": "integer",
                            "minimum": 0,
                            "maximum": 4294967295,
                        },
                    },
                    "values": {"type": "array", "minItems": 1, "maxItems": 2048},
                },
            },
            "id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]+$",
            },
            "scanFactor": {"type": "number", "minimum": 0.5, "maximum": 4.0},
            "maxCandidates": {"type": "integer", "minimum": 1, "maximum": 100000},
        },
        [
            {
                "anyOf": [
                    {"required": ["vector"]},
                    {"required": ["id"]},
                    {"required": ["sparseVector"]},
                ]
            },
            {
                "not": {
                    "anyOf": [
                        {"required": ["id", "vector"]},
                        {"required": ["id", "sparseVector"]},
                    ]
                }
            },
        ],
    ),
    "delete_vectors": (
        {},
        {
            "ids": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 512,
                    "pattern": "^[\\x01-\\x7F]+$",
                },
            },
            "filter": {"type": "object", "minProperties": 1},
        },
        [
            {
                "anyOf": [
                    {"required": ["ids"]},
                    {"required": ["filter"]},
                    {"required": ["deleteAll"]},
                ]
            }
        ],
    ),
    "fetch_vectors": (
        {
            "ids": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 512,
                    "pattern": "^[\\x01-\\x7F]+$",
                },
            },
            "namespace": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "fetch_vectors_by_metadata": (
        {},
        {
            "filter": {"type": "object", "minProperties": 1},
            "limit": {"type": "integer", "minimum": 1, "maximum": 10000},
        },
        [],
    ),
    "list_vectors": (
        {
            "prefix": {
                "type": "string",
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]*$",
                "minLength": 1,
            },
            "limit": {"type": "integer", "minimum": 1, "maximum": 100},
            "paginationToken": {"type": "string", "minLength": 1},
            "namespace": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "update_vector": (
        {},
        {
            "id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]+$",
            },
            "values": {"type": "array", "minItems": 1, "maxItems": 20000},
            "sparseValues": {
                "type": "object",
                "properties": {
                    "indices": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 2048,
                        "items": {
                            "type": "integer",
                            "minimum": 0,
                            "maximum": 4294967295,
                        },
                    },
                    "values": {"type": "array", "minItems": 1, "maxItems": 2048},
                },
            },
            "filter": {"type": "object", "minProperties": 1},
        },
        [
            {"anyOf": [{"required": ["id"]}, {"required": ["filter"]}]},
            {
                "not": {
                    "anyOf": [
                        {"required": ["filter", "values"]},
                        {"required": ["filter", "sparseValues"]},
                    ]
                }
            },
        ],
    ),
    "upsert_vectors": (
        {},
        {
            "vectors": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 512,
                            "pattern": "^[\\x01-\\x7F]+$",
                        },
                        "values": {"type": "array", "maxItems": 20000},
                        "sparseValues": {
                            "type": "object",
                            "properties": {
                                "indices": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                "values": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                            },
                        },
                    },
                    "combinations": [
                        {
                            "anyOf": [
                                {"required": ["values"]},
                                {"required": ["sparseValues"]},
                            ]
                        }
                    ],
                },
            }
        },
        [],
    ),
    "list_namespaces_operation": (
        {
            "limit": {"type": "integer", "minimum": 1, "maximum": 100},
            "paginationToken": {"type": "string", "minLength": 1},
            "prefix": {
                "type": "string",
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]*$",
                "minLength": 1,
            },
        },
        {},
        [],
    ),
    "create_namespace": (
        {},
        {
            "name": {
                "type": "string",
                "minLength": 1,
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]+$",
            },
            "schema": {
                "type": "object",
                "properties": {"fields": {"type": "object", "maxProperties": 50}},
            },
        },
        [],
    ),
    "describe_namespace": (
        {
            "namespace": {
                "type": "string",
                "minLength": 1,
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]+$",
            }
        },
        {},
        [],
    ),
    "delete_namespace": (
        {
            "namespace": {
                "type": "string",
                "minLength": 1,
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]+$",
            }
        },
        {},
        [],
    ),
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
                    "top_k": {"type": "integer", "minimum": 1, "maximum": 10000},
                    "vector": {
                        "type": "object",
                        "properties": {
                            "values": {
                                "type": "array",
                                "minItems": 1,
                                "maxItems": 20000,
                            },
                            "sparse_indices": {
                                "type": "array",
                                "items": {
                                    "type": "integer",
                                    "minimum": 0,
                                    "maximum": 4294967295,
                                },
                            },
                        },
                    },
                    "id": {"type": "string", "maxLength": 512},
                },
            }
        },
        [],
    ),
    "upsert_documents": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "documents": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "object",
                    "properties": {
                        "_id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 512,
                            "pattern": "^[\\x01-\\x7F]+$",
                        }
                    },
                },
            }
        },
        [],
    ),
    "search_documents": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "score_by": {
                "type": "array",
                "minItems": 1,
                "maxItems": 100,
                "items": {
                    "type": "object",
                    "properties": {
                        "fields": {"type": "array", "minItems": 1},
                        "query": {"type": "string", "minLength": 1},
                        "sparse_values": {
                            "type": "object",
                            "properties": {
                                "indices": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                "values": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                            },
                        },
                    },
                    "combinations": [
                        {
                            "anyOf": [
                                {
                                    "title": "Dense vector scoring",
                                    "properties": {
                                        "type": {"enum": ["dense_vector"]},
                                        "fields": {"maxItems": 1},
                                    },
                                    "required": ["type", "values"],
                                    "anyOf": [
                                        {"required": ["field"]},
                                        {"required": ["fields"]},
                                    ],
                                },
                                {
                                    "title": "Sparse vector scoring",
                                    "properties": {
                                        "type": {"enum": ["sparse_vector"]},
                                        "fields": {"maxItems": 1},
                                    },
                                    "required": ["type", "sparse_values"],
                                    "anyOf": [
                                        {"required": ["field"]},
                                        {"required": ["fields"]},
                                    ],
                                },
                                {
                                    "title": "Text scoring",
                                    "properties": {"type": {"enum": ["text"]}},
                                    "required": ["type", "query"],
                                    "anyOf": [
                                        {"required": ["field"]},
                                        {"required": ["fields"]},
                                    ],
                                },
                                {
                                    "title": "Query string scoring",
                                    "properties": {"type": {"enum": ["query_string"]}},
                                    "required": ["type", "query"],
                                    "not": {
                                        "anyOf": [
                                            {"required": ["field"]},
                                            {"required": ["fields"]},
                                        ]
                                    },
                                },
                            ]
                        },
                        {"not": {"required": ["field", "fields"]}},
                    ],
                },
            },
            "top_k": {"type": "integer", "minimum": 1, "maximum": 10000},
        },
        [],
    ),
    "fetch_documents": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "ids": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 512,
                    "pattern": "^[\\x01-\\x7F]+$",
                },
            },
            "filter": {"type": "object", "minProperties": 1},
            "limit": {"type": "integer", "minimum": 1, "maximum": 10000},
        },
        [
            {
                "anyOf": [
                    {"required": ["ids"], "not": {"required": ["pagination_token"]}},
                    {"required": ["filter"]},
                ]
            },
            {"not": {"required": ["ids", "filter"]}},
        ],
    ),
    "delete_documents": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "ids": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 512,
                    "pattern": "^[\\x01-\\x7F]+$",
                },
            },
            "filter": {"type": "object", "minProperties": 1},
        },
        [
            {
                "anyOf": [
                    {
                        "title": "By ID",
                        "properties": {"delete_all": {"enum": [False]}},
                        "required": ["ids"],
                        "not": {"required": ["filter"]},
                    },
                    {
                        "title": "By filter",
                        "properties": {"delete_all": {"enum": [False]}},
                        "required": ["filter"],
                        "not": {"required": ["ids"]},
                    },
                    {
                        "title": "Whole namespace",
                        "properties": {"delete_all": {"enum": [True]}},
                        "required": ["delete_all"],
                        "not": {
                            "anyOf": [{"required": ["ids"]}, {"required": ["filter"]}]
                        },
                    },
                ]
            }
        ],
    ),
    "update_documents": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "documents": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1000,
                "items": {
                    "type": "object",
                    "properties": {
                        "_id": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 512,
                            "pattern": "^[\\x01-\\x7F]+$",
                        }
                    },
                },
            },
            "filter": {"type": "object", "minProperties": 1},
        },
        [
            {
                "anyOf": [
                    {
                        "title": "Per-ID patches",
                        "required": ["documents"],
                        "not": {
                            "anyOf": [
                                {"required": ["filter"]},
                                {
                                    "properties": {"set_fields": {"minProperties": 1}},
                                    "required": ["set_fields"],
                                },
                                {
                                    "properties": {"remove_fields": {"minItems": 1}},
                                    "required": ["remove_fields"],
                                },
                            ]
                        },
                    },
                    {
                        "title": "By filter",
                        "required": ["filter"],
                        "anyOf": [
                            {
                                "properties": {"set_fields": {"minProperties": 1}},
                                "required": ["set_fields"],
                            },
                            {
                                "properties": {"remove_fields": {"minItems": 1}},
                                "required": ["remove_fields"],
                            },
                        ],
                        "not": {"required": ["documents"]},
                    },
                ]
            }
        ],
    ),
    "list_documents": (
        {"namespace": {"type": "string", "minLength": 1}},
        {
            "prefix": {
                "type": "string",
                "maxLength": 512,
                "pattern": "^[\\x01-\\x7F]*$",
            },
            "limit": {"type": "integer", "minimum": 1, "maximum": 100},
        },
        [],
    ),
}
