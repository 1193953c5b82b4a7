"""The request constraints the spec states, checked before anything is sent (generated: do not edit).

operationId -> (path and query parameters, body fields, the body's combination rules), by JSON name.
"""

from typing import Any

OPERATIONS: dict[str, tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]] = {
    "websets_list": (
        {
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 100},
        },
        {},
        [],
    ),
    "websets_create": (
        {},
        {
            "search": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "minLength": 1, "maxLength": 5000},
                    "count": {"type": "number", "minimum": 1},
                    "criteria": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 5,
                        "items": {
                            "type": "object",
                            "properties": {
                                "description": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 1000,
                                }
                            },
                        },
                    },
                    "exclude": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"id": {"type": "string", "minLength": 1}},
                        },
                    },
                    "scope": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"id": {"type": "string", "minLength": 1}},
                        },
                    },
                },
            },
            "import": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string", "minLength": 1}},
                },
            },
            "enrichments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "description": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 5000,
                        },
                        "options": {"type": "array", "minItems": 1, "maxItems": 150},
                    },
                },
            },
            "exclude": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string", "minLength": 1}},
                },
            },
            "externalId": {"type": "string", "maxLength": 300},
        },
        [],
    ),
    "websets_get": (
        {"id": {"type": "string", "minLength": 1}, "expand": {"type": "array"}},
        {},
        [],
    ),
    "websets_update": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "websets_delete": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "websets_cancel": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "websets_preview": (
        {},
        {
            "search": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "minLength": 1, "maxLength": 5000},
                    "count": {"type": "number", "minimum": 1, "maximum": 10},
                },
            }
        },
        [],
    ),
    "websets_items_get": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "websets_items_delete": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "websets_items_list": (
        {
            "webset": {"type": "string", "minLength": 1},
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 100},
            "sourceId": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "websets_enrichments_create": (
        {"webset": {"type": "string", "minLength": 1}},
        {
            "description": {"type": "string", "minLength": 1, "maxLength": 5000},
            "options": {"type": "array", "minItems": 1, "maxItems": 150},
        },
        [],
    ),
    "websets_enrichments_get": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "websets_enrichments_delete": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "websets_enrichments_update": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {
            "description": {"type": "string", "minLength": 1, "maxLength": 5000},
            "options": {"type": "array", "minItems": 1, "maxItems": 150},
        },
        [],
    ),
    "websets_enrichments_cancel": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "webhooks_list": (
        {
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 200},
        },
        {},
        [],
    ),
    "webhooks_create": (
        {},
        {"events": {"type": "array", "minItems": 1, "maxItems": 19}},
        [],
    ),
    "webhooks_get": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "webhooks_delete": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "webhooks_update": (
        {"id": {"type": "string", "minLength": 1}},
        {"events": {"type": "array", "minItems": 1, "maxItems": 19}},
        [],
    ),
    "webhooks_attempts_list": (
        {
            "id": {"type": "string", "minLength": 1},
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 200},
            "eventType": {"type": "string", "minLength": 1},
            "successful": {"type": "boolean"},
        },
        {},
        [],
    ),
    "events_list": (
        {
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 200},
            "types": {"type": "array"},
            "createdBefore": {"type": "string", "minLength": 1},
            "createdAfter": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "events_get": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "websets_searches_create": (
        {"webset": {"type": "string", "minLength": 1}},
        {
            "count": {"type": "number", "minimum": 1},
            "query": {"type": "string", "minLength": 1, "maxLength": 5000},
            "criteria": {
                "type": "array",
                "minItems": 1,
                "maxItems": 5,
                "items": {
                    "type": "object",
                    "properties": {
                        "description": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 1000,
                        }
                    },
                },
            },
            "exclude": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string", "minLength": 1}},
                },
            },
            "scope": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "minLength": 1},
                        "relationship": {
                            "type": "object",
                            "properties": {
                                "limit": {"type": "number", "minimum": 1, "maximum": 10}
                            },
                        },
                    },
                },
            },
        },
        [],
    ),
    "websets_searches_get": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "websets_searches_cancel": (
        {
            "webset": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "monitors_list": (
        {
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 200},
            "websetId": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "monitors_create": (
        {},
        {
            "behavior": {
                "type": "object",
                "properties": {
                    "config": {
                        "type": "object",
                        "properties": {
                            "query": {
                                "type": "string",
                                "minLength": 2,
                                "maxLength": 10000,
                            },
                            "criteria": {"type": "array", "maxItems": 5},
                        },
                    }
                },
            }
        },
        [],
    ),
    "monitors_get": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "monitors_delete": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "monitors_update": (
        {"id": {"type": "string", "minLength": 1}},
        {
            "behavior": {
                "type": "object",
                "properties": {
                    "config": {
                        "type": "object",
                        "properties": {
                            "query": {
                                "type": "string",
                                "minLength": 2,
                                "maxLength": 10000,
                            },
                            "criteria": {"type": "array", "maxItems": 5},
                        },
                    }
                },
            }
        },
        [],
    ),
    "monitors_runs_list": ({"monitor": {"type": "string", "minLength": 1}}, {}, []),
    "monitors_runs_get": (
        {
            "monitor": {"type": "string", "minLength": 1},
            "id": {"type": "string", "minLength": 1},
        },
        {},
        [],
    ),
    "imports_list": (
        {
            "cursor": {"type": "string", "minLength": 1},
            "limit": {"type": "number", "minimum": 1, "maximum": 200},
        },
        {},
        [],
    ),
    "imports_create": (
        {},
        {
            "size": {"type": "number", "maximum": 50000000},
            "csv": {
                "type": "object",
                "properties": {"identifier": {"type": "integer", "minimum": 0}},
            },
        },
        [],
    ),
    "imports_get": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "imports_delete": ({"id": {"type": "string", "minLength": 1}}, {}, []),
    "imports_update": ({"id": {"type": "string", "minLength": 1}}, {}, []),
}
