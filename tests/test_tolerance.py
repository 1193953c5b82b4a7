"""Responses are read tolerantly by the generated code itself (generator-templates/ + _runtime).

Other spellings of declared fields, unknown enum values and odd timestamps parse; a body of the wrong
shape raises an ApiError with the body. Exercised on the generated models and on generated endpoint
functions called with a plain generated Client, for every API version.
"""

from __future__ import annotations

import datetime
import importlib
import json
import logging
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apiwire import _core as _runtime
from pinecone_dataplane._profile import PROFILE
from pinecone_dataplane.errors import ApiError, ResponseValidationError, ServerError

from .conftest import spec_versions

VERSIONS = spec_versions()
UTC = datetime.UTC
CREATED = datetime.datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
FINISHED = datetime.datetime(2026, 4, 1, 10, 30, tzinfo=UTC)


def package(version: str) -> str:
    return f"pinecone_dataplane.v{version.replace('-', '_')}"


def models(version: str) -> Any:
    return importlib.import_module(f"{package(version)}.models")


def operation(version: str, name: str) -> Any:
    return importlib.import_module(f"{package(version)}.api.bulk_operations.{name}")


def call(version: str, name: str, body: bytes | str, status: int = 200) -> Any:
    """``name``'s sync_detailed against a server answering ``body``; returns the parsed model."""
    content = body.encode() if isinstance(body, str) else body

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    client_module = importlib.import_module(f"{package(version)}.client")
    client = client_module.Client(base_url="https://index.test", httpx_args={"transport": httpx.MockTransport(answer)})
    module = operation(version, name)
    with client:
        if name == "list_bulk_imports":
            return module.sync_detailed(client=client).parsed
        if name == "start_bulk_import":
            request = models(version).StartImportRequest(uri="s3://bucket/imports/")
            return module.sync_detailed(client=client, body=request).parsed
        return module.sync_detailed("101", client=client).parsed


# What 2026-07 requires of an import besides createdAt (the older versions leave it optional): the bodies
# below that are about other fields carry it.
IMPORT_REQUIRED = {"id": "101", "uri": "s3://bucket/imports/", "status": "InProgress", "percentComplete": 42.5,
                   "recordsImported": 1000}  # fmt: skip

IMPORT_CAMEL = {
    "id": "101",
    "uri": "s3://bucket/imports/",
    "status": "InProgress",
    "createdAt": "2026-04-01T10:00:00Z",
    "finishedAt": "2026-04-01T10:30:00Z",
    "percentComplete": 42.5,
    "recordsImported": 1000,
}
IMPORT_SNAKE = {
    "id": "101",
    "uri": "s3://bucket/imports/",
    "status": "InProgress",
    "created_at": "2026-04-01T10:00:00Z",
    "finished_at": "2026-04-01T10:30:00Z",
    "percent_complete": 42.5,
    "records_imported": 1000,
}
IMPORT_MIXED = {
    "id": "101",
    "uri": "s3://bucket/imports/",
    "status": "InProgress",
    "createdAt": "2026-04-01T10:00:00Z",
    "finished_at": "2026-04-01T10:30:00Z",
    "percentComplete": 42.5,
    "records_imported": 1000,
}
# The shape of the 2026-04 list-imports example: snake_case, with started_at for createdAt.
IMPORT_STARTED_AT = {**IMPORT_SNAKE, "started_at": IMPORT_SNAKE["created_at"]}
del IMPORT_STARTED_AT["created_at"]
IMPORT_STARTED_AT_CAMEL = {**IMPORT_CAMEL, "startedAt": IMPORT_CAMEL["createdAt"]}
del IMPORT_STARTED_AT_CAMEL["createdAt"]
SPELLINGS = {
    "camel": IMPORT_CAMEL,
    "snake": IMPORT_SNAKE,
    "mixed": IMPORT_MIXED,
    "started_at": IMPORT_STARTED_AT,
    "startedAt": IMPORT_STARTED_AT_CAMEL,
}


def assert_the_import(model: Any) -> None:
    assert (model.id, model.uri, model.status) == ("101", "s3://bucket/imports/", "InProgress")
    assert (model.created_at, model.finished_at) == (CREATED, FINISHED)
    assert (model.percent_complete, model.records_imported) == (42.5, 1000)
    assert model.additional_properties == {}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_an_import_is_read_in_every_spelling(version, spelling):
    body = SPELLINGS[spelling]
    assert_the_import(models(version).ImportModel.from_dict(body))
    assert_the_import(call(version, "describe_bulk_import", json.dumps(body)))


@pytest.mark.parametrize("version", VERSIONS)
def test_a_list_page_is_read_in_every_spelling_at_every_level(version):
    body = {"data": [SPELLINGS[name] for name in sorted(SPELLINGS)], "pagination": {"next": "token-2"}}
    page = call(version, "list_bulk_imports", json.dumps(body))
    assert isinstance(page, models(version).ListImportsResponse)
    assert len(page.data) == len(SPELLINGS)
    for item in page.data:
        assert_the_import(item)
    assert page.pagination.next_ == "token-2"
    assert page.additional_properties == page.pagination.additional_properties == {}


@pytest.mark.parametrize("version", VERSIONS)
def test_the_specs_spelling_wins_and_the_other_is_kept(version):
    body = {
        **IMPORT_REQUIRED,
        "createdAt": "2026-04-01T10:00:00Z",
        "created_at": "1999-01-01T00:00:00Z",
        "started_at": "1998-01-01T00:00:00Z",
        "percent_complete": 10.0,
        "percentComplete": 42.5,
    }
    model = models(version).ImportModel.from_dict(body)
    assert model.created_at == CREATED
    assert model.percent_complete == 42.5
    assert model.additional_properties == {
        "created_at": "1999-01-01T00:00:00Z",
        "started_at": "1998-01-01T00:00:00Z",
        "percent_complete": 10.0,
    }


@pytest.mark.parametrize("version", VERSIONS)
def test_the_other_casing_of_a_name_beats_started_at(version):
    model = models(version).ImportModel.from_dict(
        {**IMPORT_REQUIRED, "created_at": "2026-04-01T10:00:00Z", "started_at": "1998-01-01T00:00:00Z"}
    )
    assert model.created_at == CREATED
    assert model.additional_properties == {"started_at": "1998-01-01T00:00:00Z"}


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_keys_stay_and_responses_are_written_back_in_the_specs_spelling(version):
    model = models(version).ImportModel.from_dict({**IMPORT_SNAKE, "queue_position": 3})
    assert model.additional_properties == {"queue_position": 3}
    assert model.to_dict() == {
        **IMPORT_CAMEL,
        "createdAt": "2026-04-01T10:00:00+00:00",
        "finishedAt": "2026-04-01T10:30:00+00:00",
        "queue_position": 3,
    }


@pytest.mark.parametrize("version", VERSIONS)
def test_requests_are_sent_in_the_specs_spelling(version):
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "101"})

    m = models(version)
    # Some versions (2025-04) declare onError as an enum, others (2026-04) as a string.
    on_error = m.ImportErrorModeOnError.CONTINUE if hasattr(m, "ImportErrorModeOnError") else "continue"
    body = m.StartImportRequest(
        uri="s3://bucket/imports/",
        integration_id="integration-7",
        error_mode=m.ImportErrorMode(on_error=on_error),
    )
    client = importlib.import_module(f"{package(version)}.client").Client(
        base_url="https://index.test", httpx_args={"transport": httpx.MockTransport(answer)}
    )
    with client:
        parsed = operation(version, "start_bulk_import").sync(client=client, body=body)
    assert parsed.id == "101"
    assert sent == [
        {
            "uri": "s3://bucket/imports/",
            "integrationId": "integration-7",
            "errorMode": {"onError": "continue"},
        }
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_index_stats_rename_fields_but_never_namespace_names(version):
    body = {
        "namespaces": {
            "created_at": {"vector_count": 5},
            "totalVectorCount": {"vectorCount": 7},
            "": {"vector_count": 0, "vectorCount": 1},
        },
        "dimension": 8,
        "index_fullness": 0.5,
        "total_vector_count": 12,
        "vectorType": "dense",
    }
    stats = models(version).IndexDescription.from_dict(body)
    assert (stats.dimension, stats.index_fullness, stats.total_vector_count) == (8, 0.5, 12)
    assert stats.vector_type == "dense"
    assert stats.additional_properties == {}
    namespaces = stats.namespaces.additional_properties
    assert list(namespaces) == ["created_at", "totalVectorCount", ""]
    assert namespaces["created_at"].vector_count == 5
    assert namespaces["totalVectorCount"].vector_count == 7
    assert namespaces[""].vector_count == 1
    assert namespaces[""].additional_properties == {"vector_count": 0}


def test_a_snake_case_name_in_the_spec_is_also_read_in_camel_case():
    stats = models("2026-04").IndexDescription.from_dict({"memoryFullness": 0.25, "storage_fullness": 0.5})
    assert (stats.memory_fullness, stats.storage_fullness) == (0.25, 0.5)
    usage = models("2026-04").SearchUsage.from_dict({"readUnits": 3, "embedTotalTokens": 9})
    assert (usage.read_units, usage.embed_total_tokens) == (3, 9)


USER_METADATA = {"created_at": 1, "createdAt": 2, "percent_complete": 3, "sparseValues": 4, "id": "x"}


@pytest.mark.parametrize("version", VERSIONS)
def test_fetched_vectors_keep_ids_and_metadata_exactly(version):
    body = {
        "vectors": {
            "created_at": {"id": "created_at", "values": [0.5], "metadata": USER_METADATA},
            "sparseValues": {
                "id": "sparseValues",
                "sparse_values": {"indices": [1], "values": [0.5]},
                "metadata": {"nested": {"created_at": 1}},
            },
        },
        "namespace": "tenant_a",
        "usage": {"read_units": 2},
    }
    fetched = models(version).FetchResponse.from_dict(body)
    vectors = fetched.vectors.additional_properties
    assert list(vectors) == ["created_at", "sparseValues"]
    assert vectors["created_at"].metadata.additional_properties == USER_METADATA
    assert vectors["sparseValues"].sparse_values.indices == [1]
    assert vectors["sparseValues"].metadata.additional_properties == {"nested": {"created_at": 1}}
    assert fetched.usage.read_units == 2
    assert fetched.to_dict()["vectors"]["created_at"]["metadata"] == USER_METADATA


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("usage", [{"readUnits": 5}, {"read_units": 5}])
def test_query_matches_and_usage_in_either_spelling(version, usage):
    body = {
        "matches": [
            {
                "id": "a",
                "score": 0.9,
                "sparse_values": {"indices": [3], "values": [1.0]},
                "metadata": USER_METADATA,
            }
        ],
        "namespace": "",
        "usage": usage,
    }
    result = models(version).QueryResponse.from_dict(body)
    (match,) = result.matches
    assert (match.id, match.score, match.sparse_values.indices) == ("a", 0.9, [3])
    assert match.metadata.additional_properties == USER_METADATA
    assert result.usage.read_units == 5
    assert result.usage.additional_properties == {}


def test_an_unknown_enum_value_keeps_its_raw_string():
    m = models("2025-04")
    model = m.ImportModel.from_dict({"id": "1", "status": "Paused"})
    assert isinstance(model.status, m.ImportModelStatus)
    assert isinstance(model.status, str)
    assert model.status == "Paused"
    assert model.status.value == str(model.status) == "Paused"
    assert model.to_dict() == {"id": "1", "status": "Paused"}
    assert m.ImportModelStatus("Completed") is m.ImportModelStatus.COMPLETED
    # Unknown values are not added to the members, so a server cannot grow them.
    assert "Paused" not in {member.value for member in m.ImportModelStatus}
    assert call("2025-04", "describe_bulk_import", '{"status": "Queued"}').status == "Queued"


def test_a_status_the_2026_04_spec_does_not_list_is_a_plain_string():
    assert models("2026-04").ImportModel.from_dict({"status": "Paused"}).status == "Paused"


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-04-01 10:00:00Z", CREATED),
        ("2026-04-01T10:00:00.123456789Z", CREATED.replace(microsecond=123456)),
        ("2026-04-01T10:00:00.754+02:00", datetime.datetime(2026, 4, 1, 8, 0, 0, 754000, tzinfo=UTC)),
        ("Wed, 01 Apr 2026 10:00:00 GMT", CREATED),
    ],
)
def test_odd_timestamps_are_parsed(version, text, expected, caplog):
    model = models(version).ImportModel.from_dict({**IMPORT_REQUIRED, "createdAt": text})
    assert model.created_at == expected
    assert not caplog.records


@pytest.mark.parametrize("version", VERSIONS)
def test_a_timestamp_no_parser_reads_is_kept_as_text_with_a_warning(version, caplog):
    with caplog.at_level(logging.WARNING, logger="apiwire"):
        model = call(
            version,
            "describe_bulk_import",
            json.dumps({**IMPORT_REQUIRED, "finished_at": "soon", "createdAt": "99999999999999"}),
        )
    assert (model.finished_at, model.created_at) == ("soon", "99999999999999")
    assert model.to_dict()["finishedAt"] == "soon"
    assert [r.name for r in caplog.records] == ["apiwire", "apiwire"]  # the core reads timestamps
    assert "'soon'" in caplog.text


@pytest.mark.parametrize("text", ["5", "March", "10:00", "x" * 100_000])
def test_text_that_is_not_a_whole_date_is_not_completed_from_today(text, caplog):
    with caplog.at_level(logging.WARNING, logger="apiwire"):
        assert _runtime.parse_datetime(text) == text
    assert len(caplog.records) == 1
    assert len(caplog.records[0].getMessage()) < 300


WRONG_SHAPES = {
    "list": ("describe_bulk_import", "[]"),
    "list of pairs": ("describe_bulk_import", '[["id", "1"]]'),
    "string": ("describe_bulk_import", '"101"'),
    "null": ("describe_bulk_import", "null"),
    "number": ("cancel_bulk_import", "5"),
    "empty": ("start_bulk_import", ""),
    "truncated": ("list_bulk_imports", '{"data": [{"id": "1", "status": "Pen'),
    "invalid utf-8": ("describe_bulk_import", b'{"id": "\xff\xfe"}'),
    "html": ("list_bulk_imports", "<html><body>OK</body></html>"),
    "items not objects": ("list_bulk_imports", '{"data": [1, 2]}'),
    "data an object": ("list_bulk_imports", '{"data": {"id": "1"}}'),
    "data a string": ("list_bulk_imports", '{"data": "abc"}'),
    "pagination a list": ("list_bulk_imports", '{"pagination": ["next"]}'),
    "timestamp a number": ("list_bulk_imports", '{"data": [{"createdAt": 1712000000}]}'),
    "deep nesting": ("describe_bulk_import", "[" * 100_000 + "]" * 100_000),
}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", sorted(WRONG_SHAPES))
def test_a_body_of_the_wrong_shape_raises_response_validation_error(version, case):
    name, body = WRONG_SHAPES[case]
    with pytest.raises(ResponseValidationError) as raised:
        call(version, name, body)
    error = raised.value
    assert error.status_code == 200
    raw = body if isinstance(body, str) else body.decode(errors="replace")
    assert error.body == raw
    assert str(error).startswith("200 OK: the response body is not the shape the API promises (")
    assert error.__cause__ is not None


def test_a_status_outside_the_2025_04_enum_that_is_not_a_string_is_the_wrong_shape():
    with pytest.raises(ResponseValidationError):
        call("2025-04", "describe_bulk_import", '{"status": 3}')


@pytest.mark.parametrize("version", VERSIONS)
def test_an_unreadable_error_body_raises_the_api_error_for_its_status(version):
    with pytest.raises(ServerError) as raised:
        call(version, "describe_bulk_import", "<html>502 Bad Gateway</html>", status=502)
    assert raised.value.status_code == 502
    assert raised.value.body == "<html>502 Bad Gateway</html>"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_readable_error_body_still_parses_as_the_spec_says(version):
    status = call(version, "describe_bulk_import", '{"code": 5, "message": "not found"}', status=404)
    assert (status.code, status.message) == (5, "not found")


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("createdAt", {"created_at", "startedAt", "started_at"}),
        ("totalVectorCount", {"total_vector_count"}),
        ("memory_fullness", {"memoryFullness"}),
        ("typeURL", {"type_url"}),
        ("_id", set()),
        ("id", set()),
    ],
)
def test_the_spellings_a_declared_name_is_read_in(name, aliases):
    # Its casings, and what the profile names (Pinecone's server sends createdAt as started_at).
    fields = _runtime.JsonFields(name, aliases=PROFILE.generation.field_aliases)
    for alias in aliases:
        assert fields.read({alias: 1}) == {name: 1}
    fields.read({})
    assert set(fields._aliases) == aliases


def test_a_declared_name_is_never_read_as_another():
    fields = _runtime.JsonFields("read_units", "readUnits")
    assert fields.read({"read_units": 1, "readUnits": 2}) == {"read_units": 1, "readUnits": 2}
    assert fields.read({"read_units": 1}) == {"read_units": 1}


# Every import response schema, through the generated endpoint that returns it.
IMPORT_RESPONSES = {
    "ImportModel": "describe_bulk_import",
    "ListImportsResponse": "list_bulk_imports",
    "StartImportResponse": "start_bulk_import",
    "CancelImportResponse": "cancel_bulk_import",
}
FIELD_NAMES = [
    *IMPORT_CAMEL,
    *IMPORT_SNAKE,
    "started_at",
    "error",
    "data",
    "pagination",
    "next",
    "queue_position",
]
json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
timestamps = st.sampled_from(["2026-04-01T10:00:00Z", "2026-04-01 10:00:00.5Z", "later", "", "Paused"])
json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars | timestamps,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=30,
)
import_like = st.fixed_dictionaries(
    {},
    optional={name: json_values | timestamps | st.sampled_from(["Pending", "Paused"]) for name in FIELD_NAMES},
)
bodies = st.one_of(
    json_values.map(json.dumps),
    import_like.map(json.dumps),
    st.fixed_dictionaries({"data": st.lists(import_like, max_size=3)}, optional={"pagination": json_values}).map(
        json.dumps
    ),
    json_values.map(json.dumps).flatmap(lambda text: st.integers(0, len(text)).map(lambda cut: text[:cut])),
    st.binary(max_size=40),
)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("schema", sorted(IMPORT_RESPONSES))
@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies)
def test_any_body_yields_the_model_or_an_api_error(version, schema, body):
    try:
        outcome = call(version, IMPORT_RESPONSES[schema], body)
    except ApiError as error:
        outcome = error
    assert isinstance(outcome, getattr(models(version), schema) | ResponseValidationError)
    if isinstance(outcome, ApiError):
        raw = body.encode() if isinstance(body, str) else body
        assert outcome.body == raw.decode(errors="replace")


def test_parse_datetime_rejects_what_is_not_text():
    with pytest.raises(TypeError):
        _runtime.parse_datetime(1712000000)


@pytest.mark.parametrize("version", ["2025-04", "2026-04"])
def test_null_in_an_optional_field_reads_as_absent(version):
    package = f"pinecone_dataplane.v{version.replace('-', '_')}"
    models = importlib.import_module(f"{package}.models")
    unset = importlib.import_module(f"{package}.types").UNSET
    page = models.ListImportsResponse.from_dict({"data": [{"id": "1", "finishedAt": None}], "pagination": None})
    assert page.pagination is unset
    (item,) = page.data
    assert (item.id, item.finished_at) == ("1", unset)
    usage_free = models.QueryResponse.from_dict({"usage": None, "namespace": "ns"})
    assert (usage_free.usage, usage_free.namespace) == (unset, "ns")


def test_null_in_a_required_field_is_still_missing():
    from pinecone_dataplane.v2026_04.models import StartImportRequest

    with pytest.raises(_runtime.BodyShapeError, match="uri"):
        StartImportRequest.from_dict({"uri": None})


def test_a_listed_enum_value_in_another_case_is_that_member():
    from pinecone_dataplane.v2025_04.models import ImportModelStatus

    assert ImportModelStatus("completed") is ImportModelStatus.COMPLETED
