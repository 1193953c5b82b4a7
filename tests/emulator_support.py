"""Helpers for the emulator tests: an httpx client that checks every camelCase answer against our spec."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import yaml

from pinecone_dataplane import latest_version

from .conftest import SPECS

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_SPEC_CACHE: dict[str, dict[str, Any]] = {}


def spec(version: str) -> dict[str, Any]:
    if version not in _SPEC_CACHE:
        _SPEC_CACHE[version] = yaml.safe_load((SPECS / f"db_data_{version}.oas.yaml").read_text())
    return _SPEC_CACHE[version]


def response_schema(version: str, method: str, path: str, status: int) -> dict[str, Any]:
    """The schema the spec gives for this answer; fails when the spec documents no such answer."""
    document = spec(version)
    for template, operations in document["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in operations:
            responses = operations[method.lower()]["responses"]
            answer = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
            assert answer is not None, f"{version} documents no {status} for {method} {template}"
            return answer["content"]["application/json"]["schema"]
    raise AssertionError(f"{version} has no operation {method} {path}")


def violations(version: str, schema: dict[str, Any], value: Any, where: str = "$") -> Iterator[str]:
    """Where ``value`` breaks ``schema``: types, required fields, unknown fields, formats, bounds."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        yield from violations(version, spec(version)["components"]["schemas"][name], value, where)
        return
    kind = schema.get("type")
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
    }
    if kind is not None and not checks[kind](value):
        yield f"{where}: expected {kind}, got {value!r}"
        return
    if kind == "object":
        yield from _object_violations(version, schema, value, where)
    elif kind == "array":
        for index, item in enumerate(value):
            yield from violations(version, schema.get("items", {}), item, f"{where}[{index}]")
    elif kind is not None:
        yield from _scalar_violations(schema, value, where)


def _object_violations(version: str, schema: dict[str, Any], value: dict[str, Any], where: str) -> Iterator[str]:
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            yield f"{where}: missing required {name!r}"
    extra = schema.get("additionalProperties")
    for name, item in value.items():
        if name in properties:
            yield from violations(version, properties[name], item, f"{where}.{name}")
        elif isinstance(extra, dict):
            yield from violations(version, extra, item, f"{where}.{name}")
        elif properties and extra is None:
            yield f"{where}: field {name!r} is not in the spec"


def _scalar_violations(schema: dict[str, Any], value: Any, where: str) -> Iterator[str]:
    if isinstance(value, str):
        if schema.get("format") == "date-time" and not _RFC3339.fullmatch(value):
            yield f"{where}: {value!r} is not an RFC 3339 date-time with a timezone"
        if "enum" in schema and value not in schema["enum"]:
            yield f"{where}: {value!r} not in {schema['enum']}"
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
            yield f"{where}: length {len(value)} outside the spec's bounds"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        low, high = _INT_RANGES.get(schema.get("format", ""), (None, None))
        low = schema.get("minimum", low)
        high = schema.get("maximum", high)
        if (low is not None and value < low) or (high is not None and value > high):
            yield f"{where}: {value} outside [{low}, {high}]"


def check_against_spec(response: httpx.Response) -> None:
    request = response.request
    version = request.headers.get("x-pinecone-api-version", latest_version())
    response.read()
    schema = response_schema(version, request.method, request.url.path, response.status_code)
    found = list(violations(version, schema, response.json()))
    assert not found, f"{request.method} {request.url.path} -> {response.status_code}: {found}"


def client(url: str, api_key: str, *, version: str | None = None, check: bool = True) -> httpx.Client:
    """A client for the emulator at ``url`` sending ``version`` (by default the newest, as the SDK does).

    With ``check`` every answer is checked against the spec.
    """
    headers = {"Api-Key": api_key, "X-Pinecone-Api-Version": version or latest_version()}
    hooks = {"response": [check_against_spec]} if check else {}
    return httpx.Client(base_url=url, headers=headers, event_hooks=hooks, timeout=10)
