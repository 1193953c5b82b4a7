"""OpenAPI 3.1 shapes openapi-python-client 0.29.1 cannot read, rewritten into ones it reads with the same meaning.

Applied to a copy of each document before anything else reads it (the generator and the constraint tables
alike); every rewrite is listed in the notes ``make generate`` prints, so nothing changes unannounced.

- ``type: [X]`` is ``type: X``, and ``type: [X, "null"]`` is ``type: X`` with ``nullable: true``: the
  generator reads any list as a union and makes a class per branch (``import_type_0``).
- Siblings of a ``$ref`` (``{$ref: ..., type: [object]}``) are dropped: the reference says it all.
- A ``oneOf``/``anyOf`` of one branch (with or without a discriminator) is that branch.
- An inline object whose generated class name (its parent's name and its own) is also a component's is
  that component when the two are the same schema, and is renamed otherwise.
- A ``type: number`` with a whole-number default (a page ``limit`` of 25, a ``count`` of 10) keeps its type,
  but the default leaves the schema for its description: the generator would write it as ``25.0`` and
  send it on every request. What a caller passes is sent as given (``limit=25`` is ``?limit=25``).
- ``security`` on operations is dropped: the SDK's client adds the credential to every request, so the
  generated functions take its plain client.
- A path parameter the path does not name is dropped; one it names is required.
- A response status written unquoted (``200:``, which YAML reads as a number) is the string ``"200"``: the
  generator refuses a number where OpenAPI means the status's text.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_COMBINATIONS = ("oneOf", "anyOf")


def normalize(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``document`` in shapes the generator reads, and one note per rewrite that is not a type list."""
    normalized = copy.deepcopy(document)
    notes: list[str] = []
    _operations(normalized, notes)
    _walk(normalized, "#", notes)
    _clashing_names(normalized, notes)
    return normalized, notes


def _walk(node: Any, where: str, notes: list[str]) -> None:
    if isinstance(node, list):
        for position, item in enumerate(node):
            _walk(item, f"{where}/{position}", notes)
        return
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        for key in [key for key in node if key != "$ref"]:
            del node[key]
    _one_branch(node, where, notes)
    _type_list(node)
    if isinstance(node.get("properties"), dict):
        for name, field in node["properties"].items():
            if isinstance(field, dict):
                _whole_number_default(field, field, f"{where}/properties/{name}", notes)
    for key, value in node.items():
        _walk(value, f"{where}/{key}", notes)


def _one_branch(node: dict[str, Any], where: str, notes: list[str]) -> None:
    for keyword in _COMBINATIONS:
        branches = node.get(keyword)
        if isinstance(branches, list) and len(branches) == 1 and "properties" not in node:
            branch = branches[0]
            del node[keyword]
            node.pop("discriminator", None)
            if isinstance(branch, dict):
                node.update({key: value for key, value in branch.items() if key not in node or key == "$ref"})
            notes.append(f"{where}: a {keyword} of one branch is that branch")


def _type_list(node: dict[str, Any]) -> None:
    kind = node.get("type")
    if isinstance(kind, list):
        named = [item for item in kind if item != "null"]
        if len(named) == 1:
            node["type"] = named[0]
            if "null" in kind:
                node["nullable"] = True


def _operations(document: dict[str, Any], notes: list[str]) -> None:
    document.pop("security", None)
    for path, item in document.get("paths", {}).items():
        named = set(re.findall(r"{([^}]+)}", path))
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{method.upper()} {path}"
            if operation.pop("security", None) is not None:
                pass  # on every operation of some documents: the client sends the credential, nothing to note
            kept = []
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "path" and parameter.get("name") not in named:
                    notes.append(f"{where}: path parameter {parameter.get('name')!r} is not in the path, dropped")
                    continue
                if parameter.get("in") == "path" and not parameter.get("required"):
                    parameter["required"] = True
                    notes.append(f"{where}: path parameter {parameter['name']!r} is required (it is in the path)")
                if parameter.get("in") == "query" and isinstance(parameter.get("schema"), dict):
                    _whole_number_default(parameter, parameter["schema"], f"{where} {parameter.get('name')}", notes)
                kept.append(parameter)
            if "parameters" in operation:
                operation["parameters"] = kept
            _status_texts(operation, where, notes)


def _status_texts(operation: dict[str, Any], where: str, notes: list[str]) -> None:
    responses = operation.get("responses")
    if not isinstance(responses, dict):
        return
    numbers = [status for status in responses if isinstance(status, int)]
    if numbers:
        # Rebuilt in place of renaming keys one by one: the generator keeps the document's order of responses.
        operation["responses"] = {str(status): response for status, response in responses.items()}
        notes.append(f"{where}: response status {', '.join(map(str, numbers))} written as a number, read as text")


def _whole_number_default(holder: dict[str, Any], schema: dict[str, Any], where: str, notes: list[str]) -> None:
    # `holder` carries the description: a field's schema itself, or a parameter beside its schema.
    default = schema.get("default")
    kind = schema.get("type")
    if "number" not in (kind if isinstance(kind, list) else [kind]):
        return
    if not isinstance(default, int) or isinstance(default, bool):
        return
    del schema["default"]
    description = str(holder.get("description", "")).rstrip()
    holder["description"] = f"{description} The service's default: {default}.".strip()
    notes.append(f"{where}: the number default {default} is left to the service (the generator would send {default}.0)")


def _clashing_names(document: dict[str, Any], notes: list[str]) -> None:
    from openapi_python_client.strings import pascal_case  # the generator's own rule for class names

    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    names = {pascal_case(name): name for name in schemas}

    def look(parent: str, schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        for field, inner in (schema.get("properties") or {}).items():
            if not isinstance(inner, dict) or "$ref" in inner or inner.get("type") != "object" or "title" in inner:
                continue
            generated = f"{pascal_case(parent)}{pascal_case(field)}"
            clash = names.get(generated)
            if clash is not None:
                same = _without_prose(inner) == _without_prose(schemas[clash])
                where = f"#/components/schemas/{parent}/properties/{field}"
                if same:
                    schema["properties"][field] = {"$ref": f"#/components/schemas/{clash}"}
                    notes.append(f"{where}: the same schema as component {clash}, now a reference to it")
                else:
                    inner["title"] = f"{generated}Field"
                    notes.append(f"{where}: its class would be component {clash}'s name, named {generated}Field")
            look(generated, inner)

    for name, schema in schemas.items():
        look(name, schema)


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _without_prose(value) for key, value in node.items() if key not in ("description", "title")}
    if isinstance(node, list):
        return [_without_prose(item) for item in node]
    return node
