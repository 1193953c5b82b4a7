"""Request bodies written in one pass from keyword arguments are the JSON the body model would write.

``_core.request_body`` writes a resource method's arguments as JSON without building the body model and
walking it again (``_core._wire``). For every request body of every API version, in the spec's spelling
and in snake_case, with integers as decimal strings, enum values in another case, nulls, unknown fields
and nested model instances, that JSON (or the error) must be exactly what ``from_dict`` then ``to_dict``
gives.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

from apiwire._core._wire import written
from pinecone_dataplane._versions import module_attribute

from ._spec_examples import operations, resolve
from .conftest import spec_versions

VERSIONS = spec_versions()
_DEPTH = 5


def _snake(name: str) -> str:
    from apiwire._core import snake_case

    return snake_case(name)


def full(spec: dict[str, Any], schema: dict[str, Any], variant: str, depth: int = 0) -> Any:
    """A value for ``schema`` with every property filled; ``variant`` picks spellings and forms."""
    schema = resolve(spec, schema)
    for keyword in ("anyOf", "oneOf", "allOf"):
        if "type" not in schema and schema.get(keyword) and "properties" not in schema:
            return full(spec, schema[keyword][0], variant, depth)
    if "enum" in schema:
        value = schema["enum"][0]
        return value.upper() if variant == "odd" and isinstance(value, str) else value
    kind = schema.get("type", "object")
    if kind == "object":
        properties = schema.get("properties", {})
        if not properties or depth >= _DEPTH:
            return {"genre_name": "drama", "year": 2026, "tags": ["a", "b"]}  # free-form: user data, kept as is
        body = {
            (_snake(name) if variant in ("snake", "odd") else name): full(spec, rule, variant, depth + 1)
            for name, rule in properties.items()
        }
        if variant == "odd":
            body["unknownField"] = None  # an unknown field is kept, null and all
            first_optional = next((name for name in properties if name not in schema.get("required", [])), None)
            if first_optional is not None:
                body[_snake(first_optional)] = None  # a null optional field is left out
        return body
    if kind == "array":
        return [full(spec, schema.get("items", {}), variant, depth + 1) for _ in range(2)]
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2026-04-01T00:00:00+00:00"
        return "x" * max(1, schema.get("minLength", 1))
    if kind == "integer":
        number = max(1, int(schema.get("minimum", 1)))
        return str(number) if variant == "odd" else number
    if kind == "number":
        return 0.5
    return True


def bodies(version: str, spec: dict[str, Any]) -> list[tuple[str, Any, dict[str, Any]]]:
    models = importlib.import_module(f"pinecone_dataplane.{module_attribute(version)}.models")
    found = []
    for _, _, operation in operations(spec):
        content = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if content is None or "$ref" not in content["schema"]:
            continue
        name = content["schema"]["$ref"].rsplit("/", 1)[-1]
        found.append((operation["operationId"], getattr(models, name[0].upper() + name[1:]), content["schema"]))
    return found


def outcome(write: Any, model: Any, value: Any) -> Any:
    try:
        return ("written", write(model, value))
    except Exception as error:  # the same error, type and message, is part of the contract
        return ("raised", type(error), str(error))


def built(model: Any, value: Any) -> Any:
    return model.from_dict(value).to_dict()


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("variant", ["spec", "snake", "odd"])
def test_a_body_written_in_one_pass_is_what_its_model_writes(version: str, variant: str, load_spec: Any) -> None:
    spec = load_spec(version)
    found = bodies(version, spec)
    assert found
    kept = set()
    for operation_id, model, schema in found:
        value = full(spec, schema, variant)
        expected = outcome(built, model, value)
        assert outcome(written, model, value) == expected, operation_id
        if expected[0] == "written":
            kept.add(operation_id)
    assert {"upsertVectors", "queryVectors", "updateVector"} <= kept  # (a generic value may not fit every schema)


@pytest.mark.parametrize("version", VERSIONS)
def test_missing_fields_and_wrong_shapes_raise_as_the_model_does(version: str, load_spec: Any) -> None:
    spec = load_spec(version)
    for operation_id, model, schema in bodies(version, spec):
        value = full(spec, schema, "spec")
        broken = [[], "text", {}]
        for name in list(value):
            broken.append({**value, name: None})
            broken.append({**value, name: ["not", "an", "object"]})
        for body in broken:
            assert outcome(written, model, body) == outcome(built, model, body), (operation_id, body)


def test_nested_model_instances_are_written_by_their_to_dict() -> None:
    from pinecone_dataplane import v2026_07

    models = v2026_07.models
    vector = models.Vector.from_dict({"id": "a", "values": [0.5], "sparse_values": {"indices": ["1"], "values": [0.5]}})
    values = [0.25, 0.75]
    body = {"vectors": [vector, {"id": "b", "values": values}], "namespace": "n"}
    assert written(models.UpsertRequest, body) == models.UpsertRequest.from_dict(body).to_dict()
    assert written(models.UpsertRequest, body)["vectors"][1]["values"] is values  # the caller's list, not a copy


def test_a_resource_method_sends_the_written_body() -> None:
    from pinecone_dataplane import v2026_04

    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"upsertedCount": 1})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = v2026_04.Client("http://127.0.0.1:1", "key", http_client=http)
    client.vectors.upsert(vectors=[{"id": "a", "values": [0.5], "sparse_values": {"indices": [1], "values": [0.5]}}])
    assert sent == [b'{"vectors":[{"id":"a","values":[0.5],"sparseValues":{"indices":[1],"values":[0.5]}}]}']
