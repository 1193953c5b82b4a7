"""What changed between our versions, read as users expect: 64-bit counts, validation counts, text 401s,
nullable fields, renamed fields, and the request rules 2026-07 states as anyOf/not."""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import httpx
import pytest
import yaml

from pinecone_dataplane import errors, v2026_07
from pinecone_dataplane._versions import module_name

from .conftest import SPECS, spec_versions

KEY = "version-changes-key-3c4d"
VERSIONS = spec_versions()


def models(version: str) -> Any:
    return importlib.import_module(f"{module_name(version)}.models")


def client_answering(handler: Any, facade: Any = v2026_07) -> Any:
    return facade.Client(
        host="index.example.io", api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


def answer(status: int, body: Any) -> Any:
    return lambda request: httpx.Response(status, json=body)


# ---------------------------------------------------------------- 64-bit integers


def test_2026_07_namespace_counts_sent_as_decimal_strings_are_ints():
    client = client_answering(answer(200, {"name": "ns", "record_count": "18446744073709551615", "size_bytes": "42"}))
    namespace = client.namespaces.describe("ns")
    assert namespace.record_count == 2**64 - 1
    assert namespace.size_bytes == 42
    assert type(namespace.record_count) is int
    assert v2026_07.models.NamespaceDescription.__annotations__["record_count"] == "int | Unset"


@pytest.mark.parametrize("version", VERSIONS)
def test_an_integer_field_sent_as_a_decimal_string_reads_as_that_integer(version):
    assert models(version).Usage.from_dict({"readUnits": "7"}).read_units == 7
    assert models(version).Usage.from_dict({"readUnits": 7}).read_units == 7
    assert models(version).UpsertResponse.from_dict({"upsertedCount": "-3"}).upserted_count == -3


@pytest.mark.parametrize("text", ["12 MB", "1.5", "", " 12", "1_000", "²"])
def test_a_count_that_is_not_a_decimal_integer_is_a_bad_body(text):
    client = client_answering(answer(200, {"name": "ns", "record_count": text}))
    with pytest.raises(errors.ResponseValidationError):
        client.namespaces.describe("ns")


@pytest.mark.parametrize("value", [1.5, True, [1]])
def test_an_integer_field_of_another_json_type_is_a_bad_body(value):
    client = client_answering(answer(200, {"upsertedCount": value}))
    with pytest.raises(errors.ResponseValidationError):
        client.vectors.upsert(vectors=[{"id": "a", "values": [0.5]}])


# ---------------------------------------------------------------- validation counts


def test_wait_hands_on_progress_the_validation_counts():
    bodies = [
        {"id": "1", "uri": "s3://b/p", "status": "InProgress", "percentComplete": 50.0, "recordsImported": 5,
         "createdAt": "2026-07-01T10:00:00Z"},
        {"id": "1", "uri": "s3://b/p", "status": "Completed", "percentComplete": 100.0, "recordsImported": "9",
         "createdAt": "2026-07-01T10:00:00Z", "validationResult": {"importSuccesses": "9", "importErrors": 1}},
    ]  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=bodies.pop(0) if len(bodies) > 1 else bodies[0])

    client = client_answering(handler)
    imports = type(client.imports)(client, clock=lambda: 0.0, sleep=lambda seconds: None)
    seen: list[Any] = []
    final = imports.wait("1", on_progress=seen.append)
    assert seen[0].validation_result is None
    checked = seen[-1].validation_result
    assert (checked.import_successes, checked.import_errors) == (9, 1)
    assert final.validation_result == checked
    assert final.records_imported == 9


# ---------------------------------------------------------------- errors as text


def test_a_2026_07_401_in_plain_text_is_unauthorized_with_the_text_as_message():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, text="Invalid API key.", headers={"content-type": "text/plain"})

    client = client_answering(handler)
    with pytest.raises(errors.UnauthorizedError) as raised:
        client.imports.describe("1")
    assert raised.value.message == "Invalid API key."
    assert raised.value.status_code == 401


# ---------------------------------------------------------------- nullable and renamed fields


def test_a_required_nullable_score_keeps_null():
    match = v2026_07.models.DocumentSearchMatch.from_dict({"_id": "d1", "_score": None})
    assert match.field_score is None
    assert v2026_07.models.DocumentSearchMatch.from_dict({"_id": "d1", "_score": 0.5}).field_score == 0.5


def test_a_required_field_that_is_not_nullable_is_still_required():
    with pytest.raises(ValueError, match="'_id'"):
        v2026_07.models.DocumentSearchMatch.from_dict({"_id": None, "_score": 0.5})


def declares_fullness(version: str) -> bool:
    fields = yaml.safe_load((SPECS / f"db_data_{version}.oas.yaml").read_text())["components"]["schemas"]
    return bool({"memory_fullness", "memoryFullness"} & set(fields["IndexDescription"]["properties"]))


# 2025-10 added them in snake_case; 2026-07 renamed them to camelCase.
@pytest.mark.parametrize("version", [version for version in VERSIONS if declares_fullness(version)])
@pytest.mark.parametrize(
    "body",
    [{"memoryFullness": 0.25, "storageFullness": 0.5}, {"memory_fullness": 0.25, "storage_fullness": 0.5}],
    ids=["camelCase", "snake_case"],
)
def test_index_fullness_reads_in_either_spelling_in_every_version(version, body):
    stats = client_answering(answer(200, body), importlib.import_module(module_name(version))).vectors
    described = stats.describe_index_stats()
    assert (described.memory_fullness, described.storage_fullness) == (0.25, 0.5)


# ---------------------------------------------------------------- request rules 2026-07 states as anyOf/not


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"sent {request.method} {request.url}")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.vectors.query(top_k=3), "give vector or id or sparse_vector"),
        (
            lambda c: c.vectors.query(top_k=3, id="a", vector=[0.5]),
            re.escape("do not give id and vector together, nor id and sparse_vector together"),
        ),
        (lambda c: c.vectors.delete(namespace="n"), "give ids or filter or delete_all"),
        (lambda c: c.vectors.update(values=[0.5]), "give id or filter"),
        (lambda c: c.vectors.update(filter={"a": 1}, values=[0.5]), "do not give .*filter and values"),
        (lambda c: c.vectors.upsert(vectors=[{"id": "a"}]), r"vectors\[0\]: give values or sparse_values"),
        (lambda c: c.vectors.upsert(vectors=[{"id": "é", "values": [0.5]}]), r"vectors\[0\]\.id must be a string"),
        (lambda c: c.vectors.fetch(ids=["a" * 513]), r"ids\[0\] must be a non-empty string of at most 512"),
        (lambda c: c.vectors.fetch(ids=[str(n) for n in range(1001)]), "ids must be at most 1000 items"),
        (lambda c: c.vectors.list_page(limit=101), "limit must be an integer from 1 to 100"),
        (lambda c: c.vectors.fetch_by_metadata(filter={}), "filter must be an object of at least 1 field"),
        (
            lambda c: c.documents.delete("ns"),
            re.escape("give ids without filter or filter without ids or delete_all=True without (ids or filter)"),
        ),
        (lambda c: c.documents.delete("ns", ids=["a"], filter={"a": 1}), "give ids without filter"),
        (lambda c: c.documents.fetch("ns", ids=["a"], filter={"a": 1}), "do not give ids and filter together"),
        (lambda c: c.documents.update("ns", filter={"a": 1}), "give documents without"),
    ],
)
def test_2026_07_combination_rules_raise_before_anything_is_sent(call, message):
    with pytest.raises(ValueError, match=message):
        call(client_answering(never_called))


def test_what_the_2026_07_rules_allow_is_sent():
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        accepted = "/documents/" in request.url.path and request.url.path.endswith(("/delete", "/update"))
        return httpx.Response(
            202 if accepted else 200,
            json={"documents": {}, "namespace": "ns", "usage": {"read_units": 1}}
            if "/fetch" in request.url.path
            else {},
        )

    client = client_answering(handler)
    client.vectors.query(top_k=3, vector=[0.5], sparse_vector={"indices": [1], "values": [0.5]})  # hybrid
    client.vectors.delete(delete_all=True)
    client.documents.delete("ns", delete_all=True)
    client.documents.fetch("ns", ids=["a"])
    assert len(sent) == 4


@pytest.mark.parametrize("version", [version for version in VERSIONS if version < "2026-07"])
def test_older_versions_state_no_such_rules(version):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = client_answering(handler, importlib.import_module(module_name(version)))
    client.vectors.delete(namespace="n")  # the server decides
    assert len(sent) == 1


# ---------------------------------------------------------------- documents


def test_documents_list_pages_with_the_token_in_the_body():
    sent: list[dict[str, Any]] = []
    pages = {None: (["a", "b"], "t2"), "t2": (["c"], None)}

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        ids, following = pages[body.get("pagination_token")]
        page: dict[str, Any] = {"documents": [{"_id": i} for i in ids], "namespace": "ns", "usage": {"read_units": 1}}
        if following:
            page["pagination"] = {"next": following}
        return httpx.Response(200, json=page)

    documents = client_answering(handler).documents.list("ns", prefix="d", page_size=2)
    assert [document.field_id for document in documents] == ["a", "b", "c"]
    assert sent == [{"prefix": "d", "limit": 2}, {"prefix": "d", "limit": 2, "pagination_token": "t2"}]
    with pytest.raises(ValueError, match="page_size must be a whole number from 1 to 100"):
        client_answering(never_called).documents.list("ns", page_size=0)
