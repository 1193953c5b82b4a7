"""`pinecone-dataplane diff` over every consecutive pair of our specs, and the rules those pairs exercise."""

from __future__ import annotations

import copy
import itertools
import re

import pytest
import yaml

from pinecone_dataplane._diff import Change, Report, _published, compare_specs, load_document

from .conftest import SPECS, spec_versions
from .test_diff import ITEM, ITEM_REQUEST, OPERATION, document, put

PAIRS = list(itertools.pairwise(spec_versions()))


@pytest.fixture(scope="module")
def reports(load_spec) -> dict[tuple[str, str], Report]:
    return {
        (old, new): compare_specs(load_spec(old), load_spec(new), old_label=old, new_label=new) for old, new in PAIRS
    }


def find(report: Report, kind: str, subject: str) -> Change:
    (change,) = [c for c in report.changes if (c.kind, c.subject) == (kind, subject)]
    return change


def test_the_pairs_cover_the_versions_we_describe():
    # The pairs the tests below describe; a version added to specs/ adds a pair, and these stay.
    described = [("2025-04", "2025-10"), ("2025-10", "2026-04"), ("2026-04", "2026-07")]
    assert [pair for pair in PAIRS if pair in described] == described


@pytest.mark.parametrize("pair", PAIRS, ids="→".join)
def test_every_change_between_our_specs_is_classified(reports, pair):
    report = reports[pair]
    assert report, "consecutive versions differ at least in info.version"
    assert not [c for c in report.changes if c.reason == "this tool does not classify the change; review it"]
    # A property's own misplaced `required` once read as `Vector.id.id: now optional`.
    assert not [c for c in report.changes if re.search(r"\.(\w+)\.\1\b", c.subject)]


def test_2025_10_to_2026_04_changes_nothing_a_client_sees(reports):
    report = reports[("2025-10", "2026-04")]
    assert not report.breaking
    assert {c.kind for c in report.changes} == {"field-changed", "default-changed"}


def test_2026_07_record_count_became_a_uint64_string(reports):
    change = find(reports[("2026-04", "2026-07")], "type-changed", "NamespaceDescription.record_count")
    assert change.breaking, "a client parsing an integer gets a string"
    assert change.summary == 'type "integer" (int64) → "string" (uint64)'
    assert "GET /namespaces/{namespace} response 200" in change.where


def test_2026_07_batch_queries_are_gone(reports):
    report = reports[("2026-04", "2026-07")]
    assert find(report, "property-removed", "QueryRequest.queries").breaking
    assert find(report, "schema-removed", "QueryVector").breaking


def test_2026_07_additions(reports):
    report = reports[("2026-04", "2026-07")]
    added = {c.subject for c in report.changes if c.kind == "operation-added"}
    assert added == {f"POST /namespaces/{{namespace}}/documents/{verb}" for verb in
                     ("upsert", "search", "fetch", "delete", "update", "list")}  # fmt: skip
    assert all(c.group == "addition" for c in report.changes if c.kind == "operation-added")
    validation = find(report, "property-added", "ImportModel.validationResult")
    assert validation.group == "addition"
    assert validation.where == ("GET /bulk/imports response 200", "GET /bulk/imports/{id} response 200")


@pytest.mark.parametrize(
    ("kind", "subject", "summary"),
    [
        ("composition-changed", "QueryRequest",
         "anyOf added, at least one of: having vector | having id | having sparseVector"),
        ("constraint-changed", "QueryRequest", "now rejects values having id + vector | having id + sparseVector"),
        ("composition-changed", "DeleteRequest",
         "anyOf added, at least one of: having ids | having filter | having deleteAll"),
        ("constraint-changed", "UpdateRequest",
         "now rejects values having filter + values | having filter + sparseValues"),
        ("constraint-changed", "query ids", "maxItems none → 1000"),
        ("constraint-changed", "query ids[]", "maxLength none → 512"),
        ("constraint-changed", "query ids[]", 'pattern none → "^[\\\\x01-\\\\x7F]+$"'),
        ("constraint-changed", "query limit", "minimum none → 1"),
        ("constraint-changed", "SparseValues.indices[]", "maximum none → 4294967295"),
    ],
)  # fmt: skip
def test_2026_07_new_request_rules_break_callers_that_sent_such_values(reports, kind, subject, summary):
    changes = [
        c for c in reports[("2026-04", "2026-07")].changes if (c.kind, c.subject, c.summary) == (kind, subject, summary)
    ]
    assert len(changes) == 1
    assert changes[0].breaking


def test_2026_07_maxlength_dropped_from_arrays_changes_no_validation(reports):
    report = reports[("2026-04", "2026-07")]
    (dropped,) = [
        c for c in report.changes if c.subject == "SparseValues.indices" and c.summary.startswith("maxLength")
    ]
    assert not dropped.breaking, "maxLength never constrained an array, in requests or responses"
    ignored = [c for c in report.changes if c.subject == "Vector.id" and "`required` keyword" in c.summary]
    assert [(c.summary, c.breaking) for c in ignored] == [
        ('the `required` keyword inside its string schema ["id"] → [] (it never applied)', False)
    ]


def test_2026_07_plain_text_401_is_an_error_a_client_may_get(reports):
    added = [c for c in reports[("2026-04", "2026-07")].changes if c.summary == "response 401 added"]
    assert len(added) == 18, "every operation of 2026-04"
    assert not any(c.breaking for c in added)


# Small documents for the rules the pairs rely on


def test_anyof_alternatives_added_accept_more_and_removed_accept_fewer():
    old, new = document(), document()
    put(*ITEM_REQUEST, "anyOf", value=[{"required": ["name"]}])(old)
    put(*ITEM_REQUEST, "anyOf", value=[{"required": ["name"]}, {"required": ["kind"]}])(new)
    (gained,) = compare_specs(old, new).changes
    assert (gained.kind, gained.summary, gained.breaking) == ("composition-changed", "anyOf gained having kind", False)
    (lost,) = compare_specs(new, old).changes
    assert (lost.summary, lost.breaking) == ("anyOf lost having kind", True)


def test_a_bound_written_as_a_float_is_the_same_bound():
    new = document()
    put(*OPERATION, "parameters", 0, "schema", "maximum", value=100.0)(new)
    assert not compare_specs(document(), new)


def test_an_error_body_turned_plain_text_is_breaking():
    old, new = document(), document()
    error = {"description": "Error.", "content": {"application/json": {"schema": {"type": "object"}}}}
    put(*OPERATION, "responses", "401", value=error)(old)
    put(*OPERATION, "responses", "401", value={"content": {"text/plain": {"schema": {"type": "string"}}}})(new)
    found = {(c.kind, c.summary): c.breaking for c in compare_specs(old, new).changes}
    assert found == {
        ("media-type-removed", "content type application/json removed"): True,
        ("media-type-added", "content type text/plain added"): False,
    }


def test_a_response_now_nullable_breaks_clients():
    new = document()
    put(*ITEM, "properties", "status", "nullable", value=True)(new)
    (change,) = compare_specs(document(), new).changes
    assert (change.kind, change.breaking) == ("nullable-changed", True)


def test_check_specs_compares_the_facts_2026_07_brought(tmp_path, capsys, load_spec):
    spec = copy.deepcopy(load_spec("2026-07"))
    schemas = spec["components"]["schemas"]
    del schemas["DocumentSearchMatch"]["properties"]["_score"]["nullable"]
    schemas["QueryRequest"]["not"]["anyOf"].pop()
    schemas["SearchDocumentsRequest"]["properties"]["score_by"]["oneOf"][0]["maxItems"] = 2
    schemas["NamespaceDescription"]["properties"]["size_bytes"]["format"] = "int64"
    unauthorized = spec["paths"]["/query"]["post"]["responses"]["401"]["content"]
    unauthorized["application/json"] = unauthorized.pop("text/plain")
    spec["paths"]["/vectors/list"]["get"]["responses"]["200"]["links"]["ListNextPage"]["operationId"] = "query"
    published, ours = tmp_path / "published", tmp_path / "ours"
    for directory, document_ in ((published, spec), (ours, load_spec("2026-07"))):
        directory.mkdir()
        (directory / "db_data_2026-07.oas.yaml").write_text(yaml.safe_dump(document_))

    assert _published.main([str(published), "--specs", str(ours)]) == 1
    output = capsys.readouterr().out
    for expected in (
        "`DocumentSearchMatch._score`: now nullable",
        "`QueryRequest`: rejected values having id + vector → having id + vector | having id + sparseVector",
        "`SearchDocumentsRequest.score_by (oneOf #1)`: maxItems 2 → 1",
        '`NamespaceDescription.size_bytes`: format "int64" → "uint64"',
        "content type text/plain added",
        "`link ListNextPage`",
    ):
        assert expected in output


def test_documents_read_the_same_without_libyaml(monkeypatch, load_spec):
    path = SPECS / "db_data_2026-07.oas.yaml"
    assert load_document(path) == load_spec("2026-07")
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)  # PyYAML built without libyaml
    assert load_document(path) == load_spec("2026-07")
