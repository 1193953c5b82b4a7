"""``make generate`` for every vendor: the OpenAPI 3.1 rewrites, the names a profile gives, the reports that fail."""

from __future__ import annotations

from typing import Any

import pytest

from apiwire._codegen import CodegenError, _documents, generator_reports, unexpected_skips, version_package
from apiwire._codegen._openapi31 import normalize
from apiwire._codegen._surface import method_name, surface
from apiwire.profile import Generation
from exa_websets._profile import PROFILE as EXA
from pinecone_dataplane._profile import PROFILE as PINECONE


def document(schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def test_single_type_lists_become_the_type_and_null_makes_it_nullable() -> None:
    normalized, _ = normalize(
        document({"Import": {"type": ["object"], "properties": {"title": {"type": ["string", "null"]}}}})
    )
    schema = normalized["components"]["schemas"]["Import"]
    assert schema["type"] == "object"
    assert schema["properties"]["title"] == {"type": "string", "nullable": True}


def test_a_one_branch_one_of_with_a_discriminator_is_its_branch() -> None:
    branch = {"type": ["object"], "properties": {"format": {"type": ["string"], "enum": ["csv"]}}}
    normalized, notes = normalize(
        document({"CreateImportParameters": {"discriminator": {"propertyName": "format"}, "oneOf": [branch]}})
    )
    schema = normalized["components"]["schemas"]["CreateImportParameters"]
    assert schema == {"type": "object", "properties": {"format": {"type": "string", "enum": ["csv"]}}}
    assert notes == ["#/components/schemas/CreateImportParameters: a oneOf of one branch is that branch"]


def test_an_inline_schema_named_like_a_component_refers_to_it_or_is_renamed() -> None:
    cadence = {"type": "object", "properties": {"cron": {"type": "string"}}}
    other = {"type": "object", "properties": {"every": {"type": "string"}}}
    normalized, notes = normalize(
        document(
            {
                "Monitor": {"type": "object", "properties": {"cadence": {**cadence, "description": "How often"}}},
                "MonitorCadence": cadence,
                "Job": {"type": "object", "properties": {"cadence": other}},
                "JobCadence": cadence,
            }
        )
    )
    schemas = normalized["components"]["schemas"]
    assert schemas["Monitor"]["properties"]["cadence"] == {"$ref": "#/components/schemas/MonitorCadence"}
    assert schemas["Job"]["properties"]["cadence"]["title"] == "JobCadenceField"
    assert len(notes) == 2


def test_operations_lose_their_security_and_path_parameters_follow_the_path() -> None:
    paths = {
        "/v0/websets/preview": {
            "post": {
                "operationId": "websets-preview",
                "security": [{"api_key": []}],
                "parameters": [{"name": "search", "in": "path", "required": False, "schema": {"type": "boolean"}}],
            }
        },
        "/v0/imports/{id}": {
            "get": {"operationId": "imports-get", "parameters": [{"name": "id", "in": "path", "schema": {}}]}
        },
    }
    normalized, notes = normalize({**document(paths=paths), "security": [{"api_key": []}]})
    preview = normalized["paths"]["/v0/websets/preview"]["post"]
    assert "security" not in preview
    assert "security" not in normalized
    assert preview["parameters"] == []
    assert normalized["paths"]["/v0/imports/{id}"]["get"]["parameters"][0]["required"] is True
    assert any("'search' is not in the path" in note for note in notes)


def test_a_response_status_yaml_read_as_a_number_is_its_text_in_the_same_order() -> None:
    responses = {200: {"description": "the pets"}, "default": {"description": "an error"}, 404: {"description": "no"}}
    paths = {"/pets": {"get": {"operationId": "listPets", "responses": responses}}}
    normalized, notes = normalize(document(paths=paths))
    assert list(normalized["paths"]["/pets"]["get"]["responses"]) == ["200", "default", "404"]
    assert normalized["paths"]["/pets"]["get"]["responses"]["200"] == {"description": "the pets"}
    assert notes == ["GET /pets: response status 200, 404 written as a number, read as text"]


def test_a_whole_number_default_of_a_number_is_left_to_the_service() -> None:
    paths = {
        "/v0/imports": {
            "get": {
                "operationId": "imports-list",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "number", "default": 25, "maximum": 200}}
                ],
            }
        }
    }
    schemas = {"Search": {"type": "object", "properties": {"count": {"type": ["number"], "default": 10}}}}
    normalized, _ = normalize(document(schemas, paths))
    limit = normalized["paths"]["/v0/imports"]["get"]["parameters"][0]
    assert limit["schema"] == {"type": "number", "maximum": 200}
    assert limit["description"] == "The service's default: 25."
    count = normalized["components"]["schemas"]["Search"]["properties"]["count"]
    assert count == {"type": "number", "description": "The service's default: 10."}


def test_the_input_document_is_left_as_it_was() -> None:
    original = document({"Import": {"type": ["object"]}})
    normalize(original)
    assert original["components"]["schemas"]["Import"]["type"] == ["object"]


@pytest.mark.parametrize(
    ("operation", "noun", "prefix", "method"),
    [
        ("list_bulk_imports", "bulk_import", "", "list"),
        ("list_namespaces_operation", "namespace", "", "list"),
        ("describe_index_stats", "vector", "", "describe_index_stats"),
        ("websets_items_list", "item", "websets_", "list"),
        ("websets_create", "webset", "websets_", "create"),
        ("imports_delete", "import", "websets_", "delete"),
    ],
)
def test_method_names_leave_out_the_prefix_and_the_resource(
    operation: str, noun: str, prefix: str, method: str
) -> None:
    assert method_name(operation, noun, prefix) == method


def test_exa_tags_become_plural_resources_never_doubled() -> None:
    paths = {
        "/v0/imports": {"get": {"operationId": "imports-list", "tags": ["Imports"]}},
        "/v0/websets/{webset}/items": {"get": {"operationId": "websets-items-list", "tags": ["Items"]}},
        "/v0/websets/preview": {"post": {"operationId": "websets-preview", "tags": ["Websets Preview"]}},
        "/v0/webhooks/{id}/attempts": {"get": {"operationId": "webhooks-attempts-list", "tags": ["Webhooks Attempts"]}},
    }
    assert surface(document(paths=paths), EXA.generation) == {
        "imports_list": ("imports", "list"),
        "websets_items_list": ("items", "list"),
        "websets_preview": ("websets", "preview"),
        "webhooks_attempts_list": ("webhooks", "list_attempts"),
    }


def test_a_new_tag_needs_no_entry_in_the_profile() -> None:
    paths = {"/v0/teams": {"get": {"operationId": "teams-list", "tags": ["Team Operations"]}}}
    generation = Generation(
        documents="*.yaml", version_pattern="(?P<version>.*)", version_package="v{version}", default_version="1"
    )
    assert surface(document(paths=paths), generation) == {"teams_list": ("teams", "list")}


GENERATOR_OUTPUT = """
WARNING parsing POST /records/namespaces/{namespace}/upsert within vector_operations. Endpoint will not be generated.

Unsupported content type application/x-ndjson

Unable to parse schema /components/schemas/WebsetSearch

Unable to parse this part of your OpenAPI document: : Invalid property in union
"""


def test_every_report_of_the_generator_is_shown_with_its_reason() -> None:
    assert generator_reports(GENERATOR_OUTPUT) == [
        "WARNING parsing POST /records/namespaces/{namespace}/upsert within vector_operations. Endpoint will not be "
        "generated. (Unsupported content type application/x-ndjson)",
        "Unable to parse schema /components/schemas/WebsetSearch (Unable to parse this part of your OpenAPI document: "
        ": Invalid property in union)",
    ]


def test_what_the_generator_could_not_read_fails_unless_the_profile_names_it() -> None:
    paths = {
        "/records/namespaces/{namespace}/upsert": {"post": {"operationId": "upsert_records_namespace"}},
    }
    reports = generator_reports(GENERATOR_OUTPUT)
    # Pinecone's profile names the ndjson upsert (written by hand), not the schema.
    assert unexpected_skips(reports, document(paths=paths), PINECONE) == ["WebsetSearch"]
    assert unexpected_skips(reports, document(paths=paths), EXA) == ["upsert_records_namespace", "WebsetSearch"]


def test_each_document_belongs_to_one_vendor_and_names_its_version(tmp_path) -> None:
    for name in ("db_data_2026-01.alpha.oas.yaml", "exa_websets_v0.oas.yaml"):
        (tmp_path / name).write_text("{}")
    found = {(item.profile.package, item.package) for item in _documents(tmp_path, [PINECONE, EXA])}
    assert found == {("pinecone_dataplane", "v2026_01_alpha"), ("exa_websets", "v0")}
    assert version_package(PINECONE, "2026-04") == "v2026_04"
    (tmp_path / "openai.yaml").write_text("{}")
    with pytest.raises(CodegenError, match=r"openai.yaml: no vendor's documents: db_data_\*.oas.yaml"):
        _documents(tmp_path, [PINECONE, EXA])
