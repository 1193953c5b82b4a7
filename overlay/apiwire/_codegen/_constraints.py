"""The request constraints a document states, as each version's ``_constraints.py``: checked before sending."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from ._prepare import CONSTRAINT_KEYWORDS

_RULES = (
    "type",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "pattern",
)
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# How deep rules are read into arrays' items and objects' fields (vectors[].id, vectors[].sparseValues.indices):
# deeper than any request of these specs, and a bound on a schema that refers to itself.
_NESTING = 3

Constraints = dict[str, tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]]


def request_constraints(document: dict[str, Any]) -> Constraints:
    """operationId (snake_case) -> (parameters' rules, body fields' rules, the body's combination rules).

    Rules are by JSON name: the keywords of ``_RULES``, with ``items`` (each item's rules) and ``properties``
    (an object's fields' rules) for nested limits, and ``combinations`` for a nested object's. Combination
    rules are a body's ``anyOf``/``oneOf``/``not`` beside its ``properties`` (2026-07's "one of vector, id
    or sparseVector"), which the generator is not shown (see prepare_for_generator).
    A path or query parameter that is a string must not be empty: empty, it would address the collection
    instead of one member, or be sent as a value the service reads as absent.
    """
    from openapi_python_client.strings import snake_case  # the generator's own rule for module names

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def resolved(node: Any) -> Any:  # a combination rule with every reference in it replaced
        node = resolve(node)
        if isinstance(node, dict):
            return {key: resolved(value) for key, value in node.items()}
        return [resolved(item) for item in node] if isinstance(node, list) else node

    def combinations(schema: Any) -> list[dict[str, Any]]:
        if not isinstance(schema, dict) or "properties" not in schema:
            return []
        return [{keyword: resolved(schema[keyword])} for keyword in CONSTRAINT_KEYWORDS if keyword in schema]

    def fields(schema: dict[str, Any], depth: int) -> dict[str, Any]:
        found = {name: rules(field, depth) for name, field in schema.get("properties", {}).items()}
        return {name: rule for name, rule in found.items() if set(rule) - {"type"}}

    def rules(schema: Any, depth: int = _NESTING) -> dict[str, Any]:
        schema = resolve(schema)
        if not isinstance(schema, dict):
            return {}
        found = {key: schema[key] for key in _RULES if key in schema}
        if depth:
            items = rules(schema.get("items", {}), depth - 1)
            if set(items) - {"type"}:
                found["items"] = items
            nested = fields(schema, depth - 1)
            if nested:
                found["properties"] = nested
            if combined := combinations(schema):
                found["combinations"] = combined
        return found

    constraints: Constraints = {}
    for item in document.get("paths", {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters: dict[str, Any] = {}
            for parameter in map(resolve, [*item.get("parameters", []), *operation.get("parameters", [])]):
                if parameter.get("in") not in ("path", "query"):
                    continue
                found = rules(parameter.get("schema", {}))
                if found.get("type") == "string":
                    found.setdefault("minLength", 1)
                if found:
                    parameters[parameter["name"]] = found
            content = resolve(operation.get("requestBody", {})).get("content", {})
            schema = resolve(content.get("application/json", {}).get("schema", {}))
            body = fields(schema, _NESTING)
            combined = combinations(schema)
            if parameters or body or combined:
                constraints[snake_case(operation["operationId"])] = (parameters, body, combined)
    return constraints


def write_constraints(document: dict[str, Any], target: Path, env: dict[str, str]) -> None:
    """Write the document's request constraints as the version's ``_constraints.py``, formatted as the rest."""
    target.write_text(
        '"""The request constraints the spec states, checked before anything is sent (generated: do not edit).\n\n'
        "operationId -> (path and query parameters, body fields, the body's combination rules), by JSON name.\n"
        '"""\n\nfrom typing import Any\n\n'
        "OPERATIONS: dict[str, tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]] = "
        f"{request_constraints(document)!r}\n"
    )
    subprocess.run(["ruff", "format", "--isolated", "--no-cache", "--quiet", str(target)], env=env, check=True)
