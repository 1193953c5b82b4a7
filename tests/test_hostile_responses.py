"""Hostile answers to every generated operation: a model or an ApiError, never another exception.

Bodies are drawn from each response schema of the spec (2xx and the documented error bodies) and then
spoiled: fields of the wrong type, missing or extra, huge and negative numbers, deep nesting, invalid
UTF-8, truncated JSON. They reach the real generated endpoint functions through the overlay client, with
an httpx.MockTransport as the server. Multi-megabyte bodies are checked for the memory they cost.
"""

from __future__ import annotations

import gc
import importlib
import json
import tracemalloc
from typing import Any, NamedTuple

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pinecone_dataplane
from pinecone_dataplane.errors import ApiError, ResponseValidationError

from ._spec_examples import call_arguments, generated_operations, minimal, resolve
from .conftest import SPECS, spec_versions

VERSIONS = spec_versions()
KEY = "hostile-responses-key-5e1d"
# Deeper than Python's recursion limit, shallower than what takes long to build.
DEEP = 50_000
MEGABYTES = 2

_SPECS: dict[str, dict[str, Any]] = {}


def spec(version: str) -> dict[str, Any]:
    if version not in _SPECS:
        import yaml

        _SPECS[version] = yaml.safe_load((SPECS / f"db_data_{version}.oas.yaml").read_text())
    return _SPECS[version]


def package(version: str) -> str:
    return f"pinecone_dataplane.v{version.replace('-', '_')}"


class Case(NamedTuple):
    version: str
    operation_id: str
    module: Any
    operation: dict[str, Any]
    answers: dict[str, tuple[int, dict[str, Any] | None]]  # documented status -> (a status it stands for, schema)


def cases(version: str) -> list[Case]:
    found = []
    for _method, _path, operation, module in generated_operations(spec(version), package(version)):
        answers = {}
        for code, response in operation["responses"].items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            # A range ("4XX") is answered with a status from it that no other entry names; `default`
            # (2026-07's error body for any other status) with one that no version documents.
            status = 418 if code == "default" else int(str(code).replace("XX", "22"))
            answers[str(code)] = (status, schema)
        found.append(Case(version, operation["operationId"], module, operation, answers))
    return found


CASES = [case for version in VERSIONS for case in cases(version)]


class Server:
    """Answers every request with the body and status set last."""

    def __init__(self) -> None:
        self.status = 200
        self.body = b""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, content=self.body, headers={"Content-Type": "application/json"})


_CLIENTS: dict[str, tuple[Any, Server]] = {}


def client_for(version: str) -> tuple[Any, Server]:
    """One overlay client per version (no retries, so a 5xx is answered once), serving a Server."""
    if version not in _CLIENTS:
        server = Server()
        facade = getattr(pinecone_dataplane, "v" + version.replace("-", "_"))
        http = httpx.Client(transport=httpx.MockTransport(server))
        client = facade.Client(host="index.example.io", api_key=KEY, http_client=http, max_retries=0)
        _CLIENTS[version] = (client, server)
    return _CLIENTS[version]


def model_class(version: str, schema: dict[str, Any]) -> type:
    name = schema["$ref"].rsplit("/", 1)[-1]
    return getattr(importlib.import_module(f"{package(version)}.models"), name[0].upper() + name[1:])


def answer(case: Case, status: int, body: bytes) -> Any:
    """The generated function's result for this answer, or the ApiError it raised."""
    client, server = client_for(case.version)
    server.status, server.body = status, body
    try:
        return case.module.sync(client=client.raw, **call_arguments(spec(case.version), case.operation, case.module))
    except ApiError as error:
        return error


def assert_model_or_api_error(version: str, status: int, schema: dict[str, Any] | None, outcome: Any) -> None:
    if 200 <= status < 300:
        expected = ResponseValidationError if schema is None else model_class(version, schema) | ApiError
        assert isinstance(outcome, expected), f"{status}: {outcome!r}"
    else:
        assert isinstance(outcome, ApiError), f"{status}: {outcome!r}"
        assert outcome.status_code == status
    if isinstance(outcome, ApiError):
        assert KEY not in str(outcome) + repr(outcome)


# ---------------------------------------------------------------- bodies drawn from the schemas

huge_numbers = st.sampled_from([2**63, -(2**63) - 1, 10**30, -(10**30), 1e308, -1e308, 10**4000])
hostile_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | huge_numbers
    | st.floats()  # NaN and infinities too: json.dumps writes them, and servers have been seen to
    | st.text(max_size=20)
    | st.sampled_from(["", "2026-04-01T10:00:00Z", "not a date", "\x00\ud7ff\u202e", "Completed"])
)
hostile_values: st.SearchStrategy[Any] = st.recursive(
    hostile_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


def fitting(version: str, schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values shaped by ``schema``, any part of which may be missing, extra or of the wrong kind."""
    schema = resolve(spec(version), schema)
    if depth > 6:
        return hostile_scalars
    kind = schema.get("type", "object" if "properties" in schema else None)
    if "enum" in schema:
        shaped: st.SearchStrategy[Any] = st.sampled_from(schema["enum"]) | st.text(max_size=12)
    elif kind == "object":
        properties = schema.get("properties", {})
        declared = st.fixed_dictionaries(
            {}, optional={name: fitting(version, sub, depth + 1) for name, sub in properties.items()}
        )
        extra = schema.get("additionalProperties")
        extra_values = fitting(version, extra, depth + 1) if isinstance(extra, dict) else hostile_values
        extras = st.dictionaries(st.text(max_size=10), extra_values, max_size=3)
        shaped = st.builds(lambda known, more: {**more, **known}, declared, extras)
    elif kind == "array":
        shaped = st.lists(fitting(version, schema.get("items", {}), depth + 1), max_size=3)
    elif kind == "string":
        shaped = st.text(max_size=30) | st.sampled_from(["2026-04-01T10:00:00Z", "2026-04-01 10:00:00.5+02:00"])
    elif kind == "integer":
        shaped = st.integers(min_value=-(2**70), max_value=2**70) | huge_numbers
    elif kind == "number":
        shaped = st.floats() | st.integers() | huge_numbers
    elif kind == "boolean":
        shaped = st.booleans()
    else:
        shaped = hostile_values
    return st.one_of(shaped, shaped, shaped, hostile_values)


def spoiled(text: str) -> st.SearchStrategy[bytes]:
    """The JSON text as sent, or cut short, or with invalid UTF-8 or a deeply nested value put in."""
    raw = text.encode()
    return st.one_of(
        st.just(raw),
        st.just(raw),
        st.just(raw),
        st.integers(0, max(0, len(raw) - 1)).map(lambda cut: raw[:cut]),
        st.integers(0, len(raw)).map(lambda at: raw[:at] + b"\xff\xfe\xc3" + raw[at:]),
        st.just(b'{"deep": ' + b"[" * DEEP + b"]" * DEEP + b", " + raw[1:] if raw.startswith(b"{") else raw),
        st.just(b'{"deep": ' + b'{"a": ' * DEEP + b"1" + b"}" * DEEP + b"}"),
    )


def bodies(version: str, schema: dict[str, Any] | None) -> st.SearchStrategy[bytes]:
    values = hostile_values if schema is None else fitting(version, schema)
    return values.map(json.dumps).flatmap(spoiled) | st.binary(max_size=64)


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.version}-{case.operation_id}")
@settings(max_examples=30, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_answer_is_a_model_or_an_api_error(case, data):
    successes = sorted(code for code in case.answers if code.startswith("2"))
    failures = sorted(code for code in case.answers if not code.startswith("2"))
    code = data.draw(st.sampled_from(successes) | st.sampled_from(failures), label="documented status")
    status, schema = case.answers[code]
    body = data.draw(bodies(case.version, schema), label="body")
    assert_model_or_api_error(case.version, status, schema, answer(case, status, body))


@pytest.mark.parametrize("status", [0, 199, 299, 399, 499, 599, 999])
def test_a_status_that_is_no_http_status_is_an_api_error(status):
    outcome = answer(CASES[0], status, b"{}")
    assert isinstance(outcome, ApiError)
    assert outcome.status_code == status


# ---------------------------------------------------------------- multi-megabyte bodies


def big_bodies(version: str, schema: dict[str, Any] | None) -> dict[str, bytes]:
    """Bodies of about MEGABYTES MB: one long string, many items (in the schema's list, if it has one),
    many unknown fields, and the many items cut short."""
    size = MEGABYTES * 2**20
    resolved = {} if schema is None else resolve(spec(version), schema)
    base = {} if schema is None else minimal(spec(version), schema)
    properties = resolved.get("properties", {})
    lists = [name for name, sub in properties.items() if resolve(spec(version), sub).get("type") == "array"]
    text = "x" * 100
    item = {"id": text, "uri": text, "status": "Completed"}
    long_string = json.dumps({**base, "note": "x" * size}).encode()
    many_items = json.dumps({**base, (lists or ["items"])[0]: [item] * (size // 140)}).encode()
    many_fields = json.dumps({**base, **{f"f{n}": text for n in range(size // 110)}}).encode()
    return {
        "long string": long_string,
        "many items": many_items,
        "many fields": many_fields,
        "truncated": many_items[: len(many_items) // 2],
    }


# Python objects built from JSON weigh more than its text (2-3.5 times, measured); beyond this multiple of the
# body (plus a constant) would mean a copy per field, or a body held many times over.
MEMORY_MULTIPLE = 6
MEMORY_SLACK = 2**20
# One of each shape: a flat model, a list of models, a map keyed by user data, and an error body.
BIG_CASES = [
    (case, code)
    for case in CASES
    for code in case.answers
    if (case.operation_id, code)
    in {
        ("describeBulkImport", "200"),
        ("listBulkImports", "200"),
        ("fetchVectors", "200"),
        ("describeBulkImport", "5XX"),
    }
]


@pytest.mark.parametrize("kind", ["long string", "many items", "many fields", "truncated"])
@pytest.mark.parametrize(
    ("case", "code"), BIG_CASES, ids=[f"{case.version}-{case.operation_id}-{code}" for case, code in BIG_CASES]
)
def test_a_multi_megabyte_body_costs_a_bounded_multiple_of_its_size(case, code, kind):
    status, schema = case.answers[code]
    body = big_bodies(case.version, schema)[kind]
    gc.collect()
    tracemalloc.start()
    try:
        outcome = answer(case, status, body)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_model_or_api_error(case.version, status, schema, outcome)
    assert peak <= MEMORY_MULTIPLE * len(body) + MEMORY_SLACK, f"{peak / len(body):.1f} times the body"
