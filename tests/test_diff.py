"""`pinecone-dataplane diff`: each kind of change on small hand-made documents, then the real versions."""

from __future__ import annotations

import copy
import itertools
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from pinecone_dataplane._diff import (
    Change,
    _published,
    compare,
    compare_packages,
    compare_specs,
    main,
    resolve_spec,
)
from pinecone_dataplane._install import extra_install_command

from .conftest import ROOT, SPECS, spec_versions

Mutation = Callable[[dict[str, Any]], None]
OPEN_STRING = {"type": "string", "x-enum": ["a", "b"]}
ITEM = ("components", "schemas", "Item")  # used in the response
ITEM_REQUEST = ("components", "schemas", "ItemRequest")  # used in the request body
OPERATION = ("paths", "/items", "post")
UPDATE_REQUEST = ("components", "schemas", "UpdateRequest", "properties")


def document() -> dict[str, Any]:
    """POST /items: a query parameter, a request body and a 200 response, each with its own schema."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Items", "version": "1", "description": "Items API."},
        "security": [{"ApiKey": []}],
        "paths": {
            "/items": {
                "post": {
                    "operationId": "createItem",
                    "summary": "Create an item.",
                    "parameters": [
                        {"in": "query", "name": "limit", "schema": {"type": "integer", "maximum": 100}},
                        {"in": "header", "name": "X-Trace", "schema": {"type": "string"}},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemRequest"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "The item.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "Api-Key"}},
            "schemas": {
                "ItemRequest": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "description": "Name."},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "size": {"type": "integer", "format": "int32", "default": 1},
                    },
                    "required": ["name"],
                },
                "Item": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "example": "i-1"},
                        "status": {"type": "string", "enum": ["a", "b"]},
                    },
                    "required": ["id"],
                },
            },
        },
    }


def at(doc: Any, *keys: str | int) -> Any:
    for key in keys:
        doc = doc[key]
    return doc


def put(*keys: str | int, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        at(doc, *keys[:-1])[keys[-1]] = value

    return mutate


def append(*keys: str, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        at(doc, *keys).append(value)

    return mutate


def drop(*keys: str | int) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        del at(doc, *keys[:-1])[keys[-1]]

    return mutate


def changed(mutation: Mutation, *, reverse: bool = False) -> tuple[Change, ...]:
    old, new = document(), document()
    mutation(new)
    if reverse:
        old, new = new, old
    return compare_specs(old, new).changes


def only(mutation: Mutation, *, reverse: bool = False) -> Change:
    (change,) = changed(mutation, reverse=reverse)
    return change


CASES: list[tuple[str, Mutation, bool, str, str, bool]] = [
    # (id, mutation, reverse, kind, subject, breaking)
    ("enum value added to a response", put(*ITEM, "properties", "status", "enum", value=["a", "b", "c"]),
     False, "enum-value-added", "Item.status", True),
    ("enum value added to a request", put(*ITEM_REQUEST, "properties", "kind", "enum", value=["a", "b", "c"]),
     False, "enum-value-added", "ItemRequest.kind", False),
    ("enum value removed from a request", put(*ITEM_REQUEST, "properties", "kind", "enum", value=["a"]),
     False, "enum-value-removed", "ItemRequest.kind", True),
    ("enum value removed from a response", put(*ITEM, "properties", "status", "enum", value=["a"]),
     False, "enum-value-removed", "Item.status", False),
    ("response enum opened", put(*ITEM, "properties", "status", value=OPEN_STRING),
     False, "enum-opened", "Item.status", True),
    ("request enum opened", put(*ITEM_REQUEST, "properties", "kind", value=OPEN_STRING),
     False, "enum-opened", "ItemRequest.kind", False),
    ("request enum closed again", put(*ITEM_REQUEST, "properties", "kind", value=OPEN_STRING),
     True, "enum-closed", "ItemRequest.kind", True),
    ("optional request property added", put(*ITEM_REQUEST, "properties", "note", value={"type": "string"}),
     False, "property-added", "ItemRequest.note", False),
    ("response property added", put(*ITEM, "properties", "note", value={"type": "string"}),
     False, "property-added", "Item.note", False),
    ("response property removed", drop(*ITEM, "properties", "status"),
     False, "property-removed", "Item.status", True),
    ("request property removed", drop(*ITEM_REQUEST, "properties", "kind"),
     False, "property-removed", "ItemRequest.kind", True),
    ("request property made required", put(*ITEM_REQUEST, "required", value=["name", "kind"]),
     False, "now-required", "ItemRequest.kind", True),
    ("request property made optional", put(*ITEM_REQUEST, "required", value=[]),
     False, "now-optional", "ItemRequest.name", False),
    ("response property made optional", put(*ITEM, "required", value=[]),
     False, "now-optional", "Item.id", True),
    ("response property made required", put(*ITEM, "required", value=["id", "status"]),
     False, "now-required", "Item.status", False),
    ("type changed", put(*ITEM, "properties", "id", "type", value="integer"),
     False, "type-changed", "Item.id", True),
    ("format changed", put(*ITEM_REQUEST, "properties", "size", "format", value="uint16"),
     False, "format-changed", "ItemRequest.size", True),
    ("request format widened", put(*ITEM_REQUEST, "properties", "size", "format", value="int64"),
     False, "format-changed", "ItemRequest.size", False),
    ("request format narrowed", put(*ITEM_REQUEST, "properties", "size", "format", value="int64"),
     True, "format-changed", "ItemRequest.size", True),
    ("request string gained maxLength", put(*ITEM_REQUEST, "properties", "name", "maxLength", value=512),
     False, "constraint-changed", "ItemRequest.name", True),
    ("request string gained a pattern",
     put(*ITEM_REQUEST, "properties", "name", "pattern", value="^[\\x01-\\x7F]+$"),
     False, "constraint-changed", "ItemRequest.name", True),
    ("request array gained maxItems", put(*ITEM_REQUEST, "properties", "tags", "maxItems", value=1000),
     False, "constraint-changed", "ItemRequest.tags", True),
    ("request integer gained a minimum", put(*ITEM_REQUEST, "properties", "size", "minimum", value=1),
     False, "constraint-changed", "ItemRequest.size", True),
    ("maxLength on an array validates nothing", put(*ITEM_REQUEST, "properties", "tags", "maxLength", value=10),
     False, "constraint-changed", "ItemRequest.tags", False),
    ("required on a string validates nothing", put(*ITEM, "properties", "id", "required", value=["id"]),
     True, "constraint-changed", "Item.id", False),
    ("request gained a oneOf rule",
     put(*ITEM_REQUEST, "oneOf", value=[{"required": ["kind"]}, {"required": ["tags"]}]),
     False, "composition-changed", "ItemRequest", True),
    ("response gained an anyOf rule",
     put(*ITEM, "anyOf", value=[{"required": ["id"]}, {"required": ["status"]}]),
     False, "composition-changed", "Item", False),
    ("request lost its anyOf rule", put(*ITEM_REQUEST, "anyOf", value=[{"required": ["name"]}]),
     True, "composition-changed", "ItemRequest", False),
    ("request gained a not rule", put(*ITEM_REQUEST, "not", value={"required": ["kind", "tags"]}),
     False, "constraint-changed", "ItemRequest", True),
    ("response gained a not rule", put(*ITEM, "not", value={"required": ["status"]}),
     False, "constraint-changed", "Item", False),
    ("request lost a not rule", put(*ITEM_REQUEST, "not", value={"required": ["kind", "tags"]}),
     True, "constraint-changed", "ItemRequest", False),
    ("response made nullable", put(*ITEM, "properties", "id", "nullable", value=True),
     False, "nullable-changed", "Item.id", True),
    ("array items changed", put(*ITEM_REQUEST, "properties", "tags", "items", "type", value="integer"),
     False, "type-changed", "ItemRequest.tags[]", True),
    ("default changed", put(*ITEM_REQUEST, "properties", "size", "default", value=2),
     False, "default-changed", "ItemRequest.size", False),
    ("request closed to extra properties", put(*ITEM_REQUEST, "additionalProperties", value=False),
     False, "additional-properties-changed", "ItemRequest", True),
    ("response closed to extra properties", put(*ITEM, "additionalProperties", value=False),
     False, "additional-properties-changed", "Item", False),
    ("response extra properties loosened to any shape",
     put(*ITEM, "additionalProperties", value={"type": "string"}),
     True, "additional-properties-changed", "Item", True),
    ("request made nullable", put(*ITEM_REQUEST, "properties", "name", "nullable", value=True),
     False, "nullable-changed", "ItemRequest.name", False),
    ("parameter maximum lowered", put(*OPERATION, "parameters", 0, "schema", "maximum", value=50),
     False, "constraint-changed", "query limit", True),
    ("parameter maximum raised", put(*OPERATION, "parameters", 0, "schema", "maximum", value=500),
     False, "constraint-changed", "query limit", False),
    ("required parameter added",
     append(*OPERATION, "parameters", value={"in": "header", "name": "X-Version", "required": True}),
     False, "parameter-added", "header X-Version", True),
    ("optional parameter added", append(*OPERATION, "parameters", value={"in": "query", "name": "q"}),
     False, "parameter-added", "query q", False),
    ("parameter removed", drop(*OPERATION, "parameters", 1),
     False, "parameter-removed", "header X-Trace", True),
    ("parameter made required", put(*OPERATION, "parameters", 0, "required", value=True),
     False, "now-required", "query limit", True),
    ("parameter made optional", put(*OPERATION, "parameters", 0, "required", value=True),
     True, "now-optional", "query limit", False),
    ("parameter serialized differently", put(*OPERATION, "parameters", 0, "explode", value=False),
     False, "serialization-changed", "query limit", True),
    ("operation removed", drop("paths", "/items"),
     False, "operation-removed", "POST /items", True),
    ("operation added", drop("paths", "/items"),
     True, "operation-added", "POST /items", False),
    ("operation moved", lambda doc: doc["paths"].update({"/things": doc["paths"].pop("/items")}),
     False, "operation-moved", "POST /items", True),
    ("operationId changed", put(*OPERATION, "operationId", value="makeItem"),
     False, "operation-id-changed", "POST /items", True),
    ("error response added", put(*OPERATION, "responses", "4XX", value={"description": "Error."}),
     False, "response-added", "POST /items", False),
    ("plain-text 401 added",
     put(*OPERATION, "responses", "401", value={"content": {"text/plain": {"schema": {"type": "string"}}}}),
     False, "response-added", "POST /items", False),
    ("default response added", put(*OPERATION, "responses", "default", value={"description": "Any error."}),
     False, "response-added", "POST /items", False),
    ("default response removed", put(*OPERATION, "responses", "default", value={"description": "Any error."}),
     True, "response-removed", "POST /items", False),
    ("response link added",
     put(*OPERATION, "responses", "200", "links", value={"Next": {"operationId": "createItem"}}),
     False, "link-added", "link Next", False),
    ("success response removed", drop(*OPERATION, "responses", "200"),
     False, "response-removed", "POST /items", True),
    ("request body made optional", put(*OPERATION, "requestBody", "required", value=False),
     False, "now-optional", "POST /items", False),
    ("request content type removed",
     lambda doc: at(doc, *OPERATION, "requestBody", "content").update({"text/csv": {}}),
     True, "media-type-removed", "POST /items request body", True),
    ("security requirement replaced", put("security", value=[{"Bearer": []}]),
     False, "security-changed", "security", True),
    ("another way to authenticate", put("security", value=[{"ApiKey": []}, {"Bearer": []}]),
     False, "security-changed", "security", False),
    ("security scheme changed", put("components", "securitySchemes", "ApiKey", "name", value="X-Key"),
     False, "security-scheme-changed", "security scheme ApiKey", True),
    ("unused schema removed", put("components", "schemas", "Unused", value={"type": "string"}),
     True, "schema-removed", "Unused", True),
    ("unused schema added", put("components", "schemas", "Unused", value={"type": "string"}),
     False, "schema-added", "Unused", False),
    ("vendor extension changed", put(*ITEM, "x-internal", value=True),
     False, "field-changed", "Item", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutation", "reverse", "kind", "subject", "breaking"),
    [case[1:] for case in CASES],
    ids=[c[0] for c in CASES],
)
def test_each_kind_of_change_is_found_and_classified(mutation, reverse, kind, subject, breaking):
    change = only(mutation, reverse=reverse)
    assert (change.kind, change.subject, change.breaking) == (kind, subject, breaking)
    assert change.reason
    assert change.group == ("breaking" if breaking else "addition" if kind.endswith("-added") else "other")


def test_schema_changes_name_the_operations_they_affect():
    change = only(put(*ITEM, "properties", "status", "enum", value=["a", "b", "c"]))
    assert change.where == ("POST /items response 200",)
    assert only(put(*OPERATION, "parameters", 0, "required", value=True)).where == ("POST /items",)


def test_a_change_in_a_shared_schema_is_listed_once_and_breaks_if_any_use_breaks():
    def share(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Status"] = {"type": "string", "enum": ["a", "b"]}
        for schema in ("Item", "ItemRequest"):
            at(doc, "components", "schemas", schema, "properties")["state"] = {"$ref": "#/components/schemas/Status"}

    def grow(doc: dict[str, Any]) -> None:
        share(doc)
        doc["components"]["schemas"]["Status"]["enum"].append("c")

    old, new = document(), document()
    share(old)
    grow(new)
    (change,) = compare_specs(old, new).changes
    assert (change.subject, change.kind, change.breaking) == ("Status", "enum-value-added", True)
    assert change.where == ("POST /items request body", "POST /items response 200")


def test_a_parameter_added_everywhere_is_one_entry():
    def add_everywhere(doc: dict[str, Any]) -> None:
        doc["paths"]["/other"] = {"get": {"operationId": "other", "responses": {"204": {"description": "No body."}}}}
        for item in doc["paths"].values():
            for operation in item.values():
                operation.setdefault("parameters", []).append({"in": "header", "name": "V", "required": True})

    old, new = document(), document()
    add_everywhere(new)
    old["paths"]["/other"] = copy.deepcopy(new["paths"]["/other"])
    old["paths"]["/other"]["get"]["parameters"] = []
    (change,) = compare_specs(old, new).changes
    assert change.subject == "header V"
    assert change.where == ("GET /other", "POST /items")


def test_references_are_resolved_so_inlining_a_schema_is_no_change():
    new = document()
    content = at(new, *OPERATION, "responses", "200", "content", "application/json")
    content["schema"] = copy.deepcopy(at(new, *ITEM))
    assert compare_specs(document(), new).changes == ()


def test_header_names_are_case_insensitive():
    assert changed(put(*OPERATION, "parameters", 1, "name", value="x-trace")) == ()


def test_recursive_schemas_are_compared_without_looping():
    def tree(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Item"]["properties"]["children"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Item"},
        }

    old, new = document(), document()
    tree(old)
    tree(new)
    new["components"]["schemas"]["Item"]["properties"]["status"]["enum"].append("c")
    (change,) = compare_specs(old, new).changes
    assert change.subject == "Item.status"


def test_identical_and_prose_only_differences_give_an_empty_report():
    assert not compare_specs(document(), document())
    new = document()
    new["info"]["description"] = "Something else entirely."
    new["info"]["contact"] = {"name": "Support"}
    at(new, *OPERATION)["summary"] = "Make an item."
    at(new, *OPERATION)["description"] = "Long words."
    at(new, *OPERATION, "responses", "200")["description"] = "OK."
    at(new, *ITEM, "properties", "id")["example"] = "i-2"
    at(new, *ITEM_REQUEST, "properties", "name")["examples"] = ["n"]
    report = compare_specs(document(), new, old_label="a", new_label="b")
    assert not report
    assert report.to_markdown() == "# API changes: a → b\n\nNo changes.\n"
    assert json.loads(report.to_json()) == {"old": "a", "new": "b", "breaking": False, "changes": []}


def test_a_property_named_like_prose_is_still_compared():
    assert only(put(*ITEM, "properties", "description", value={"type": "string"})).subject == "Item.description"


def test_markdown_lists_breaking_changes_first_then_additions_then_the_rest():
    def several(doc: dict[str, Any]) -> None:
        put(*ITEM_REQUEST, "properties", "size", "default", value=2)(doc)
        put(*ITEM, "properties", "note", value={"type": "string"})(doc)
        drop(*ITEM, "properties", "status")(doc)

    old, new = document(), document()
    several(new)
    markdown = compare_specs(old, new).to_markdown()
    breaking, additions, other = (markdown.index(f"## {title}") for title in ("Breaking", "Additions", "Other"))
    assert breaking < markdown.index("`Item.status`: property removed") < additions
    assert additions < markdown.index("`Item.note`: property added") < other
    assert other < markdown.index("`ItemRequest.size`: default 1 → 2")


# Python level, on two small packages


def write_package(root, name: str, files: dict[str, str]) -> None:
    package = root / name
    package.mkdir()
    for file_name, text in files.items():
        (package / file_name).write_text(textwrap.dedent(text))


def test_python_surfaces_compare_by_the_names_users_import(tmp_path, monkeypatch):
    write_package(
        tmp_path,
        "shop_old",
        {
            "__init__.py": '"""Shop."""\n',
            "models.py": """
                import enum
                from typing import TypeVar

                T = TypeVar("T")

                class Status(str, enum.Enum):
                    OPEN = "open"

                class Item:
                    status: Status
                    name: str
            """,
            "api.py": """
                def get(item_id: str, *, verbose: bool = False) -> int:
                    return 0
            """,
        },
    )
    write_package(
        tmp_path,
        "shop_new",
        {
            "__init__.py": '"""Shop."""\n',
            "models.py": """
                from typing import TypeVar

                T = TypeVar("T")

                class Item:
                    status: str
                    name: str
                    size: int
            """,
            "api.py": """
                def get(item_id: str, *, region: str, version: str = "2") -> int:
                    return 0
            """,
        },
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    found = {(c.kind, c.subject, c.breaking): c for c in compare_packages("shop_old", "shop_new")}
    assert set(found) == {
        ("class-removed", "models.Status", True),
        ("type-changed", "models.Item.status", True),
        ("attribute-added", "models.Item.size", False),
        ("parameter-removed", "verbose", True),
        ("parameter-added", "region", True),
        ("parameter-added", "version", False),
    }
    assert found[("type-changed", "models.Item.status", True)].summary == "type `Status` → `str`"
    assert found[("parameter-added", "version", False)].where == ("api.get",)


# The real versions


@pytest.fixture(scope="module")
def real_report():
    return compare("2025-04", "2026-04")


def find(report, kind: str, subject: str) -> Change:
    (change,) = [c for c in report.changes if c.kind == kind and c.subject == subject]
    return change


def operations(spec: dict[str, Any]) -> set[str]:
    return {
        f"{method.upper()} {path}" for path, item in spec["paths"].items() for method in item if method != "parameters"
    }


def test_real_every_operation_gains_the_required_version_header(real_report, load_spec):
    change = find(real_report, "parameter-added", "header X-Pinecone-Api-Version")
    assert change.breaking
    assert change.summary == "parameter added, required"
    assert set(change.where) == operations(load_spec("2025-04"))


def test_real_new_operations(real_report, load_spec):
    added = {c.subject for c in real_report.changes if c.kind == "operation-added"}
    assert added == {"POST /namespaces", "POST /vectors/fetch_by_metadata"}
    assert added == operations(load_spec("2026-04")) - operations(load_spec("2025-04"))
    assert not [c for c in real_report.changes if c.kind in ("operation-removed", "operation-moved")]


@pytest.mark.parametrize(
    ("subject", "where"),
    [
        ("UpdateRequest.dryRun", "POST /vectors/update request body"),
        ("QueryRequest.scanFactor", "POST /query request body"),
        ("IndexDescription.memory_fullness", "POST /describe_index_stats response 200"),
    ],
)
def test_real_new_properties(real_report, subject, where):
    change = find(real_report, "property-added", subject)
    assert not change.breaking
    assert change.where == (where,)


def test_real_removed_schemas(real_report):
    removed = {c.subject for c in real_report.changes if c.kind == "schema-removed"}
    assert removed == {"SearchVector", "protobufNullValue"}


def test_real_status_and_on_error_enums_became_open_strings(real_report):
    status = find(real_report, "enum-opened", "ImportModel.status")
    on_error = find(real_report, "enum-opened", "ImportErrorMode.onError")
    assert status.breaking, "a client receiving status may now get any string"
    assert not on_error.breaking, "a client sending onError may send any string"
    assert "x-enum" in status.summary


def test_real_python_level(real_report):
    assert find(real_report, "class-removed", "models.ImportModelStatus").breaking
    assert find(real_report, "type-changed", "models.ImportModel.status").summary == (
        "type `ImportModelStatus | Unset` → `str | Unset`"
    )
    header = find(real_report, "parameter-added", "x_pinecone_api_version")
    assert "api.bulk_operations.start_bulk_import.sync" in header.where
    assert not header.breaking, "the generated argument defaults to the package's version"


# The reports `make diff` writes: one per pair of consecutive stable versions (release candidates left out).
REPORT_PAIRS = list(itertools.pairwise([version for version in spec_versions() if "." not in version]))
DESCRIBED_PAIRS = [("2025-04", "2025-10"), ("2025-10", "2026-04"), ("2026-04", "2026-07")]


def test_docs_hold_one_report_per_consecutive_pair():
    written = sorted(path.name for path in (ROOT / "docs" / "api-changes").iterdir())
    assert written == sorted(f"{old}-to-{new}.md" for old, new in REPORT_PAIRS), "run `make diff`"
    # The README links the reports, and the versions guide each report of the versions it describes (the
    # documentation site lists every report, so a version added later needs no edit to be found).
    assert "(docs/api-changes/" in (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "guides" / "versions.md").read_text(encoding="utf-8")
    assert all(f"(../api-changes/{old}-to-{new}.md)" in guide for old, new in DESCRIBED_PAIRS)


@pytest.mark.parametrize("pair", REPORT_PAIRS, ids="→".join)
def test_docs_report_is_current(pair):
    written = (ROOT / "docs" / "api-changes" / f"{pair[0]}-to-{pair[1]}.md").read_text(encoding="utf-8")
    assert written == compare(*pair).to_markdown(), "run `make diff` and commit the result"


def test_check_specs_accepts_prose_differences_and_fails_on_anything_else(tmp_path, capsys):
    def publish(directory, version: str, mutate: Callable[[dict[str, Any]], None] | None = None) -> None:
        spec = yaml.safe_load((SPECS / f"db_data_{version}.oas.yaml").read_text())
        spec["info"]["description"] = "Published words."
        spec["info"]["contact"] = {"email": "support@example.com"}
        if mutate:
            mutate(spec)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / f"db_data_{version}.oas.yaml").write_text(yaml.safe_dump(spec))

    nested, flat = tmp_path / "nested", tmp_path / "flat"
    for version in spec_versions():
        publish(nested / version, version)
        publish(flat, version, put(*UPDATE_REQUEST, "dryRun", "default", value=True) if version == "2026-04" else None)

    assert _published.main([str(nested), "--specs", str(SPECS)]) == 0
    assert _published.main([str(flat), "--specs", str(SPECS)]) == 1
    output = capsys.readouterr().out
    assert "`UpdateRequest.dryRun`: default true → false" in output
    assert _published.main([str(tmp_path / "empty"), "--specs", str(SPECS)]) == 1


# The command


def write_json(path, doc: dict[str, Any]) -> str:
    path.write_text(json.dumps(doc))
    return str(path)


def test_command_json_format_and_fail_on_breaking(tmp_path, capsys):
    old = write_json(tmp_path / "old.json", document())
    new_doc = document()
    drop(*ITEM, "properties", "status")(new_doc)
    new = write_json(tmp_path / "new.json", new_doc)

    assert main([old, new, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["breaking"] is True
    assert [(c["kind"], c["subject"], c["group"]) for c in report["changes"]] == [
        ("property-removed", "Item.status", "breaking")
    ]
    assert main([old, new, "--fail-on-breaking"]) == 1
    assert main([old, old, "--fail-on-breaking"]) == 0
    assert capsys.readouterr().out.endswith("No changes.\n")


def test_command_explains_a_version_without_a_spec_file(tmp_path, capsys):
    assert main(["2025-04", "2026-04", "--specs", str(tmp_path)]) == 2
    assert "db_data_2025-04.oas.yaml" in capsys.readouterr().err
    assert resolve_spec("2026-04") == SPECS / "db_data_2026-04.oas.yaml"


def test_command_without_the_extra_names_it(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "ryaml", None)
    path = str(tmp_path / "a.yaml")
    (tmp_path / "a.yaml").write_text("openapi: 3.0.3\n")
    assert main([path, path]) == 2
    assert extra_install_command("diff") in capsys.readouterr().err  # where this package was installed from


def test_a_yaml_document_with_a_key_twice_is_refused_naming_the_key(tmp_path, capsys):
    path = tmp_path / "twice.yaml"
    path.write_text("openapi: 3.0.3\ninfo: {title: Items, version: '1'}\npaths: {}\npaths: {}\n")
    assert main([str(path), str(path)]) == 2
    error = capsys.readouterr().err
    assert f"{path}: not valid YAML" in error
    assert "duplicate" in error
    assert '"paths"' in error


def test_yaml_is_read_as_openapi_3_reads_it_so_on_and_dates_stay_text(tmp_path):
    # YAML 1.1 (PyYAML's) reads a bare `on` as true and a bare date as a date; OpenAPI 3 documents are YAML 1.2.
    bare, quoted = document(), document()
    enum = {"type": "string", "enum": ["on", "off"], "example": "2024-01-01"}
    bare["components"]["schemas"]["Item"]["properties"]["state"] = enum
    quoted["components"]["schemas"]["Item"]["properties"]["state"] = enum
    (tmp_path / "bare.yaml").write_text(
        yaml.safe_dump(bare).replace("- 'on'", "- on").replace("- 'off'", "- off").replace("'2024-01-01'", "2024-01-01")
    )
    (tmp_path / "quoted.json").write_text(json.dumps(quoted))
    assert "- on\n" in (tmp_path / "bare.yaml").read_text(), "the YAML holds the bare words"
    report = compare(str(tmp_path / "bare.yaml"), str(tmp_path / "quoted.json"), cache=False)
    assert report.changes == ()


GENERATED_PACKAGES = sorted(
    f"{vendor.name}.{version.name}"
    for vendor in (ROOT / "generated").iterdir()
    for version in vendor.iterdir()
    if (version / "__init__.py").is_file()
)


@pytest.mark.parametrize("generated_package", GENERATED_PACKAGES)
def test_each_generated_package_carries_the_surface_its_source_reads(generated_package):
    from apiwire import _public_api
    from apiwire._source_reader import read
    from pinecone_dataplane._diff._python import _source

    found = _source(generated_package)
    carried = _public_api.published(found)
    assert carried is not None, f"{generated_package} carries no surface that matches its files: run make generate"
    assert carried == read(found)


def test_comparing_generated_versions_parses_no_source():
    probe = (
        "import sys; from pinecone_dataplane._diff import compare; "
        "report = compare('2025-10', '2026-04', cache=False); "
        "print(any(c.level == 'python' for c in report.changes), 'apiwire._source_reader' in sys.modules)"
    )
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert found.stdout.split() == ["True", "False"]


def test_runs_as_a_module_and_imports_nothing_heavy_until_used():
    heavy = "{'ast', 'dataclasses', 'ryaml', 'shutil', 'yaml'}"
    probe = f"import sys, pinecone_dataplane._diff; print(sorted({heavy} & set(sys.modules)))"
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "[]"
    command = [sys.executable, "-m", "pinecone_dataplane._diff", "2025-04", "2026-04", "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(result.stdout)["breaking"] is True
