"""Minimal valid values for spec schemas, so tests can call every generated operation generically."""

from __future__ import annotations

from typing import Any


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def minimal(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The smallest value the schema accepts: required properties only, filled by type."""
    schema = resolve(spec, schema)
    kind = schema.get("type", "object")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal(spec, properties[name]) for name in schema.get("required", []) if name in properties}
    if kind == "array":
        return [minimal(spec, schema["items"]) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2026-04-01T00:00:00Z"
        return "x" * max(1, schema.get("minLength", 1))
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    raise AssertionError(f"no minimal value for {schema}")


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def success_response(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[int, Any]:
    for code, response in operation["responses"].items():
        if str(code).startswith("2"):
            content = response.get("content", {}).get("application/json")
            return int(code), (minimal(spec, content["schema"]) if content else None)
    raise AssertionError("no 2xx response")
