"""`pinecone-dataplane diff` on OpenAPI 3.1 documents, on documents at git revisions, and its cache."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from apiwire import _public_api, _source_reader
from pinecone_dataplane._diff import Change, compare, compare_packages, compare_specs, main

from .test_diff import write_package

TASK = ("components", "schemas", "Task")  # returned by GET /tasks/{id}
NEW_TASK = ("components", "schemas", "NewTask")  # sent to POST /tasks


def tasks_31() -> dict[str, Any]:
    """A small 3.1 API of tasks, written as 3.1 writes things: type lists, const, examples lists, null branches."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tasks", "version": "1"},
        "paths": {
            "/tasks": {
                "post": {
                    "operationId": "createTask",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewTask"}}},
                    },
                    "responses": {
                        "201": {
                            "description": "Created.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}},
                        }
                    },
                }
            },
            "/tasks/{id}": {
                "get": {
                    "operationId": "getTask",
                    "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": ["string"]}}],
                    "responses": {
                        "200": {
                            "description": "The task.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "NewTask": {
                    "type": ["object"],
                    "properties": {
                        "title": {"type": ["string"], "minLength": 1, "examples": ["Water the plants"]},
                        "due": {"type": ["string", "null"], "format": "date-time"},
                        "size": {"type": ["integer"], "exclusiveMinimum": 0},
                        "parent": {"anyOf": [{"$ref": "#/components/schemas/TaskRef"}, {"type": "null"}]},
                    },
                    "required": ["title"],
                },
                "TaskRef": {"type": ["object"], "properties": {"id": {"type": ["string"]}}, "required": ["id"]},
                "Task": {
                    "type": ["object"],
                    "properties": {
                        "object": {"type": "string", "const": "task"},
                        "id": {"type": ["string"]},
                        "title": {"type": ["string"]},
                        "note": {"type": ["string"]},
                        "count": {"type": ["integer"]},
                    },
                    "required": ["object", "id", "title"],
                },
            }
        },
    }


def as_30(document: dict[str, Any]) -> dict[str, Any]:
    """The same API written in OpenAPI 3.0: single types, nullable, one-value enums, boolean exclusive bounds."""
    spec = copy.deepcopy(document)
    spec["openapi"] = "3.0.3"
    new_task, task = spec["components"]["schemas"]["NewTask"], spec["components"]["schemas"]["Task"]
    spec["paths"]["/tasks/{id}"]["get"]["parameters"][0]["schema"] = {"type": "string"}
    for schema in (new_task, task, spec["components"]["schemas"]["TaskRef"]):
        schema["type"] = "object"
    spec["components"]["schemas"]["TaskRef"]["properties"]["id"] = {"type": "string"}
    new_task["properties"] = {
        "title": {"type": "string", "minLength": 1, "example": "Water the plants"},
        "due": {"type": "string", "format": "date-time", "nullable": True},
        "size": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
        "parent": {"anyOf": [{"$ref": "#/components/schemas/TaskRef"}], "nullable": True},
    }
    task["properties"] = {
        "object": {"type": "string", "enum": ["task"]},
        "id": {"type": "string"},
        "title": {"type": "string"},
        "note": {"type": "string"},
        "count": {"type": "integer"},
    }
    return spec


def changes(old: dict[str, Any], new: dict[str, Any]) -> dict[tuple[str, str], Change]:
    found = compare_specs(old, new).changes
    return {(change.kind, change.subject): change for change in found}


def edited(**schemas: dict[str, Any]) -> dict[str, Any]:
    """tasks_31() with some properties replaced: ``Task__note={...}`` sets Task.properties.note."""
    spec = tasks_31()
    for name, schema in schemas.items():
        component, prop = name.split("__")
        spec["components"]["schemas"][component]["properties"][prop] = schema
    return spec


def test_a_31_document_compared_with_its_30_twin_has_no_changes():
    # Moving a document from 3.0 to 3.1 without changing what it accepts changes nothing for a client.
    report = compare_specs(as_30(tasks_31()), tasks_31())
    assert [(c.kind, c.subject) for c in report.changes] == [("field-changed", "openapi")]
    assert not report.breaking


def test_a_31_document_compared_with_itself_is_unchanged():
    assert not compare_specs(tasks_31(), copy.deepcopy(tasks_31()))


def test_null_added_to_a_type_list_breaks_readers_not_writers():
    found = changes(tasks_31(), edited(Task__note={"type": ["string", "null"]}))
    assert set(found) == {("nullable-changed", "Task.note")}
    assert found[("nullable-changed", "Task.note")].summary == "now nullable"
    assert found[("nullable-changed", "Task.note")].breaking, "a client reading note may now get null"

    sent = changes(tasks_31(), edited(NewTask__title={"type": ["string", "null"], "minLength": 1}))
    assert not sent[("nullable-changed", "NewTask.title")].breaking, "null is accepted now"


def test_a_null_branch_dropped_from_anyof_rejects_null():
    spec = tasks_31()
    spec["components"]["schemas"]["NewTask"]["properties"]["parent"] = {"$ref": "#/components/schemas/TaskRef"}
    found = changes(tasks_31(), spec)
    change = found[("nullable-changed", "TaskRef")]
    assert (change.summary, change.breaking) == ("no longer nullable", True)


def test_a_changed_const_is_a_value_clients_do_not_expect():
    found = changes(tasks_31(), edited(Task__object={"type": "string", "const": "job"}))
    assert found[("enum-value-added", "Task.object")].breaking, "clients may receive 'job', which they do not handle"
    assert found[("enum-value-added", "Task.object")].summary == 'enum values added: "job"'
    assert not found[("enum-value-removed", "Task.object")].breaking


def test_a_type_added_to_a_list_is_harmless_to_send_and_breaking_to_receive():
    sent = changes(tasks_31(), edited(NewTask__size={"type": ["integer", "string"], "exclusiveMinimum": 0}))
    (change,) = sent.values()
    assert (change.kind, change.subject, change.breaking) == ("type-changed", "NewTask.size", False)
    assert change.summary == 'type "integer" → ["integer", "string"]'
    received = changes(tasks_31(), edited(Task__count={"type": ["integer", "string"]}))
    assert received[("type-changed", "Task.count")].breaking


def test_an_exclusive_bound_moved_is_compared_as_a_bound():
    found = changes(tasks_31(), edited(NewTask__size={"type": ["integer"], "exclusiveMinimum": 5}))
    change = found[("constraint-changed", "NewTask.size")]
    assert (change.summary, change.breaking) == ("exclusiveMinimum 0 → 5", True)


def test_31_examples_and_comments_are_prose():
    spec = tasks_31()
    spec["components"]["schemas"]["NewTask"]["properties"]["title"]["examples"] = ["Feed the cat", "Call home"]
    spec["components"]["schemas"]["Task"]["$comment"] = "written by hand"
    assert not compare_specs(tasks_31(), spec)


def test_the_type_order_of_a_list_is_not_a_change():
    old = edited(Task__count={"type": ["integer", "string"]})
    assert not compare_specs(old, edited(Task__count={"type": ["string", "integer"]}))


# Documents at git revisions


def git(repository: Path, *arguments: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *arguments],
        cwd=repository,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository whose api.yaml lost Task.note in its second commit."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(tmp_path, "init", "-q")
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(tasks_31()))
    git(tmp_path, "add", "api.yaml")
    git(tmp_path, "commit", "-qm", "tasks")
    spec = tasks_31()
    del spec["components"]["schemas"]["Task"]["properties"]["note"]
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(spec))
    git(tmp_path, "commit", "-qam", "no note")
    return tmp_path


def test_two_revisions_of_one_document(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["HEAD~1:api.yaml", "HEAD:api.yaml", "--repo", str(repository), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["old"], report["new"]) == ("HEAD~1:api.yaml", "HEAD:api.yaml")
    assert [(c["kind"], c["subject"], c["breaking"]) for c in report["changes"]] == [
        ("property-removed", "Task.note", True)
    ]


def test_a_revision_against_the_edited_copy_in_the_working_tree(
    repository: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository)
    spec = yaml.safe_load((repository / "api.yaml").read_text())
    spec["components"]["schemas"]["Task"]["properties"]["count"]["type"] = ["integer", "null"]
    (repository / "api.yaml").write_text(yaml.safe_dump(spec))
    assert main(["HEAD:api.yaml", "api.yaml", "--fail-on-breaking"]) == 1
    from_top = capsys.readouterr().out
    assert "- `Task.count`: now nullable. Null may be returned." in from_top
    assert main(["HEAD:./api.yaml", "api.yaml"]) == 0  # ./PATH: from the current directory
    assert capsys.readouterr().out.partition("\n")[2] == from_top.partition("\n")[2]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("no-such-branch:api.yaml", "no-such-branch:api.yaml: fatal:"),
        ("HEAD:missing.yaml", "HEAD:missing.yaml: fatal:"),
    ],
)
def test_a_revision_or_path_git_does_not_know_exits_2_with_its_message(
    repository: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    assert main([name, "HEAD:api.yaml", "--repo", str(repository)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"pinecone-dataplane diff: {message}")
    assert "\n" not in error.rstrip("\n"), "one line, not git's whole output"


# The cache, and the surfaces generated packages carry


def shop(root: Path, name: str, item_annotation: str) -> None:
    write_package(root, name, {"__init__.py": "", "models.py": f"class Item:\n    size: {item_annotation}\n"})


def test_an_edited_package_is_read_again_not_taken_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.syspath_prepend(str(tmp_path))
    shop(tmp_path, "shop_before", "int")
    shop(tmp_path, "shop_after", "int")
    assert compare_packages("shop_before", "shop_after") == []
    assert list((tmp_path / "cache").rglob("surface-*.json")), "the surfaces were kept"

    (tmp_path / "shop_after" / "models.py").write_text("class Item:\n    size: str\n")
    (change,) = compare_packages("shop_before", "shop_after")
    assert (change.kind, change.subject, change.summary) == ("type-changed", "models.Item.size", "type `int` → `str`")


@pytest.mark.parametrize("damage", ['{"models": [', '{"models": 5}'], ids=["cut short", "not an entry"])
def test_a_damaged_cache_entry_is_read_past(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.syspath_prepend(str(tmp_path))
    shop(tmp_path, "shop_one", "int")
    shop(tmp_path, "shop_two", "str")
    first = compare_packages("shop_one", "shop_two")
    assert [change.summary for change in first] == ["type `int` → `str`"]
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text(damage)
    assert compare_packages("shop_one", "shop_two") == first


def carrying_shops(root: Path, monkeypatch: pytest.MonkeyPatch, *annotations: str) -> None:
    """shop_one, shop_two... importable from ``root``, each carrying its surface as make generate writes it."""
    monkeypatch.syspath_prepend(str(root))
    for number, annotation in zip(("one", "two"), annotations, strict=True):
        shop(root, f"shop_{number}", annotation)
        _source_reader.publish(f"shop_{number}", root / f"shop_{number}")


def test_packages_that_carry_their_surface_are_compared_without_reading_their_source(tmp_path, monkeypatch):
    carrying_shops(tmp_path, monkeypatch, "int", "str")

    def unread(*_: object) -> None:
        raise AssertionError("the source was parsed")

    monkeypatch.setattr(_source_reader.Reader, "module", unread)
    (change,) = compare_packages("shop_one", "shop_two", cache=False)
    assert (change.subject, change.summary) == ("models.Item.size", "type `int` → `str`")


def test_a_carried_surface_whose_files_changed_since_is_read_past(tmp_path, monkeypatch):
    carrying_shops(tmp_path, monkeypatch, "int", "int")
    (tmp_path / "shop_two" / "models.py").write_text("class Item:\n    size: bytes\n")
    (change,) = compare_packages("shop_one", "shop_two", cache=False)
    assert change.summary == "type `int` → `bytes`"


def test_a_carried_surface_is_used_only_when_both_packages_carry_one(tmp_path, monkeypatch):
    # One read by another Python may spell a type otherwise: beside a surface read here it would show as a change.
    carrying_shops(tmp_path, monkeypatch, "int", "int")
    (tmp_path / "shop_two" / _public_api.PUBLISHED).unlink()
    carried = tmp_path / "shop_one" / _public_api.PUBLISHED
    carried.write_text(carried.read_text().replace('"int"', '"builtins.int"'))
    assert compare_packages("shop_one", "shop_two", cache=False) == []


def test_no_cache_keeps_nothing_and_gives_the_same_report(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    uncached = compare("2026-04", "2026-07", cache=False)
    assert not (tmp_path / "cache").exists()
    assert compare("2026-04", "2026-07") == uncached  # filling the cache
    assert compare("2026-04", "2026-07") == uncached  # reading from it


# The published Exa Websets document, only when its path is given


EXA_DOCUMENT = os.environ.get("DIFF_EXA_DOCUMENT")


@pytest.mark.skipif(not EXA_DOCUMENT, reason="set DIFF_EXA_DOCUMENT to the path of Exa's published Websets document")
def test_the_published_exa_document_against_an_edited_copy(tmp_path: Path) -> None:
    published = Path(str(EXA_DOCUMENT))
    assert not compare(str(published), str(published)), "a 3.1 document compared with itself"
    spec = yaml.safe_load(published.read_text(encoding="utf-8"))
    imported = spec["components"]["schemas"]["Import"]
    del imported["properties"]["failedMessage"]
    imported["properties"]["count"]["type"] = ["number", "null"]
    copy_path = tmp_path / "edited.yaml"
    copy_path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    found = {(c.kind, c.subject): c for c in compare(str(published), str(copy_path)).changes}
    assert found[("property-removed", "Import.failedMessage")].breaking
    assert found[("nullable-changed", "Import.count")].breaking
    assert "GET /v0/imports/{id} response 200" in found[("property-removed", "Import.failedMessage")].where


# The Python surface, read from source as documentation tools read it


def test_the_surface_reads_properties_overloads_init_attributes_and_reexports(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    client = """
        from functools import cached_property
        from typing import overload


        class Client:
            def __init__(self, host: str) -> None:
                self.host = host
                self._secret = "kept private"

            @cached_property
            def items(self) -> "Items":
                return Items()

            @overload
            def get(self, key: int) -> int: ...

            @overload
            def get(self, key: str) -> str: ...

            def get(self, key: {key}) -> int | str:
                return key
    """
    for name, key in (("api_before", "int | str"), ("api_after", "int | str | bytes")):
        write_package(
            tmp_path,
            name,
            {
                "__init__.py": 'from .client import Client\n\n__all__ = ["Client"]\n',
                "client.py": client.replace("{key}", key),
            },
        )
    (tmp_path / "api_after" / "client.py").write_text(
        (tmp_path / "api_after" / "client.py")
        .read_text()
        .replace("self.host = host", "self.base = host")
        .replace('-> "Items"', '-> "list[Items]"')
    )
    found = {(c.kind, c.subject): c for c in compare_packages("api_before", "api_after", cache=False)}
    # The class is named where users import it from, its overloads give way to the implementation, the
    # attribute set in __init__ is public, the cached property is an attribute of its quoted return type.
    assert set(found) == {
        ("attribute-removed", "Client.host"),
        ("attribute-added", "Client.base"),
        ("parameter-type-changed", "key"),
        ("type-changed", "Client.items"),
    }
    assert found[("type-changed", "Client.items")].summary == "type `Items` → `list[Items]`"
    assert found[("parameter-type-changed", "key")].where == ("Client.get",)
    assert found[("parameter-type-changed", "key")].summary == "parameter type `int | str` → `int | str | bytes`"
