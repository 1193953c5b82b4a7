"""Minimal valid values for spec schemas, so tests can call every generated operation generically."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

from openapi_python_client.strings import snake_case


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def minimal(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A small value the schema accepts: required properties only, one item per array, filled by type."""
    schema = resolve(spec, schema)
    kind = schema.get("type", "object")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        properties = schema.get("properties", {})
        required, fixed = requirements(schema)
        value = {name: fixed[name] if name in fixed else minimal(spec, properties[name]) for name in required}
        extra = schema.get("additionalProperties")
        for position in range(len(value), schema.get("minProperties", 0)):  # a non-empty filter: {"field0": "x"}
            value[f"field{position}"] = minimal(spec, extra) if isinstance(extra, dict) and extra else "x"
        return value
    if kind == "array":
        return [minimal(spec, schema["items"]) for _ in range(max(1, schema.get("minItems", 1)))]
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


def requirements(schema: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The fields an object must hold and the values fixed for some: its `required`, and its first `anyOf`/`oneOf`
    branch's (2026-07: a query needs one of vector, id or sparseVector; a scoring method of type dense_vector...)."""
    properties = schema.get("properties", {})
    required = [name for name in schema.get("required", []) if name in properties or "type" not in schema]
    fixed = {name: rule["enum"][0] for name, rule in properties.items() if "enum" in rule and "type" not in rule}
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema and "properties" in schema:
            more, more_fixed = requirements({"properties": {}, **schema[keyword][0]})
            required += [name for name in more if name not in required]
            fixed.update(more_fixed)
    return required, fixed


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
            body = minimal(spec, content["schema"]) if content else None
            if operation["operationId"] == "startBulkImport":
                body = {**body, "id": "1"}  # optional in the spec, guaranteed by the SDK
            return int(code), body
    raise AssertionError("no 2xx response")


def call_arguments(spec: dict[str, Any], operation: dict[str, Any], module: Any) -> dict[str, Any]:
    """Arguments for a generated operation function: required parameters and a minimal body model."""
    arguments: dict[str, Any] = {}
    signature = inspect.signature(module.sync_detailed)
    for parameter in operation.get("parameters", []):
        name = snake_case(parameter["name"])
        if parameter.get("required") and name in signature.parameters and parameter["in"] != "header":
            arguments[name] = minimal(spec, parameter["schema"])
    if "body" in signature.parameters:
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        schema_name = schema["$ref"].rsplit("/", 1)[-1]
        models = importlib.import_module(".".join(module.__name__.split(".")[:2]) + ".models")
        model_class = getattr(models, schema_name[0].upper() + schema_name[1:])
        arguments["body"] = model_class.from_dict(minimal(spec, schema))
    return arguments


def generated_operations(spec: dict[str, Any], package: str) -> list[tuple[str, str, dict[str, Any], Any]]:
    """(method, path, operation, generated module) for every operation the generator made."""
    found = []
    api = importlib.import_module(f"{package}.api")
    for method, path, operation in operations(spec):
        name = snake_case(operation["operationId"])
        tag_module = snake_case(operation["tags"][0])
        try:
            module = importlib.import_module(f"{api.__name__}.{tag_module}.{name}")
        except ModuleNotFoundError:
            continue  # skipped by the generator (the ndjson upsert); the README lists it
        found.append((method, path, operation, module))
    return found
