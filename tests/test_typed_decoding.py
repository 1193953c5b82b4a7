"""Answers decoded by msgspec into the models' twins read exactly as ``from_dict`` reads them, or are left to it."""

from __future__ import annotations

import datetime
import importlib
import json
import pkgutil
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apiwire import _core
from apiwire._core import _typed

from .conftest import spec_versions

VERSIONS = spec_versions()


def models(version: str) -> Any:
    return importlib.import_module(f"pinecone_dataplane.v{version.replace('-', '_')}.models")


def both_readings(model: type[Any], content: bytes) -> tuple[object, object]:
    """What model_body gives for a body, and what the tolerant path gives: a model, or the exception's type and text."""
    outcomes: list[object] = []
    for read in (
        lambda: _core.model_body(httpx.Response(200, content=content), model),
        lambda: model.from_dict(_core.json_body(httpx.Response(200, content=content))),
    ):
        try:
            outcomes.append(read())
        except Exception as error:  # whatever one raises, the other must raise too
            outcomes.append((type(error), str(error)))
    return outcomes[0], outcomes[1]


def decoded_without_from_dict(model: type[Any], content: bytes, monkeypatch: pytest.MonkeyPatch) -> Any:
    """model_body's result for a body, failing if the tolerant path was needed for it."""

    def refuse(*args: object) -> None:
        raise AssertionError("the body was left to the tolerant path")

    monkeypatch.setattr(_core._typed, "json_body", refuse)
    return _core.model_body(httpx.Response(200, content=content), model)


IMPORT = {
    "id": "101",
    "uri": "s3://bucket/imports/",
    "status": "InProgress",
    "createdAt": "2026-04-01T10:00:00.123456789Z",
    "finishedAt": "2026-04-01T10:30:00Z",
    "percentComplete": 42,
    "recordsImported": 1000,
}


@pytest.mark.parametrize("version", VERSIONS)
def test_a_canonical_page_is_decoded_by_the_twins_and_reads_as_from_dict_reads_it(version, monkeypatch):
    page = {"data": [IMPORT, {**IMPORT, "id": "102", "error": "bad file"}], "pagination": {"next": "tok"}}
    content = json.dumps(page).encode()
    model = models(version).ListImportsResponse
    expected = model.from_dict(page)
    got = decoded_without_from_dict(model, content, monkeypatch)
    assert got == expected
    first = got.data[0]
    # Timestamps are cut to microseconds as datetime.fromisoformat cuts them, not rounded.
    assert first.created_at == datetime.datetime(2026, 4, 1, 10, 0, 0, 123456, tzinfo=datetime.UTC)
    assert type(first.percent_complete) is int  # an integer in a float field is kept as it came
    assert got.pagination.next_ == "tok"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_query_answer_is_decoded_by_the_twins_with_its_metadata_as_sent(version, monkeypatch):
    match = {"id": "a", "score": 0.5, "values": [0.25, 1], "metadata": {"genre": "drama", "sparseValues": 3}}
    content = json.dumps({"matches": [match], "namespace": "ns"}).encode()
    got = decoded_without_from_dict(models(version).QueryResponse, content, monkeypatch)
    assert got == models(version).QueryResponse.from_dict(json.loads(content))
    assert got.matches[0].metadata.additional_properties == {"genre": "drama", "sparseValues": 3}
    assert got.matches[0].values == [0.25, 1]


TOLERATED = {
    "snake_case": {"id": "1", "created_at": "2026-04-01T10:00:00Z", "records_imported": 3},
    "started_at": {"id": "1", "started_at": "2026-04-01T10:00:00Z"},
    "unknown field": {"id": "1", "queuePosition": 4},
    "both spellings": {"id": "1", "createdAt": "2026-04-01T10:00:00Z", "created_at": "yesterday"},
    "decimal-string integer": {"id": "1", "recordsImported": "9007199254740993"},
    "odd timestamp": {"id": "1", "createdAt": "2026-04-01"},
    "timestamp as text": {"id": "1", "createdAt": "later"},
    "status in another case": {"id": "1", "status": "completed"},
    "status the spec does not list": {"id": "1", "status": "Paused"},
    "null everywhere": dict.fromkeys(IMPORT),
    "number for a string": {"id": 1},
}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", sorted(TOLERATED))
def test_a_body_the_twins_refuse_reads_as_from_dict_reads_it(version, case):
    content = json.dumps({**IMPORT, **TOLERATED[case]}).encode()
    fast, tolerant = both_readings(models(version).ImportModel, content)
    assert fast == tolerant


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    "content",
    [b"", b"[]", b'{"data": 5}', b'{"data": [1]}', b'{"data": [{"recordsImported": 1.5}]}', b'{"data": [', b"null"],
)
def test_a_bad_body_raises_what_from_dict_raises(version, content):
    fast, tolerant = both_readings(models(version).ListImportsResponse, content)
    assert fast == tolerant
    assert isinstance(fast, tuple)


def test_a_large_body_cut_off_midway_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(_core._typed, "LARGE", 0)
    monkeypatch.setattr(_core._json, "LARGE", 0)
    fast, tolerant = both_readings(models("2026-04").ListImportsResponse, json.dumps({"data": [IMPORT]}).encode()[:-3])
    assert fast == tolerant
    assert fast[0] is json.JSONDecodeError  # type: ignore[index]


def test_a_64_bit_count_and_a_null_score_keep_their_meaning():
    v2026_07 = models("2026-07")
    assert (
        _core.model_body(
            httpx.Response(200, content=b'{"name": "ns", "recordCount": "18446744073709551615"}'),
            v2026_07.NamespaceDescription,
        ).record_count
        == 2**64 - 1
    )
    match = _core.model_body(httpx.Response(200, content=b'{"_id": "d", "_score": null}'), v2026_07.DocumentSearchMatch)
    assert (match.field_id, match.field_score) == ("d", None)
    fast, tolerant = both_readings(v2026_07.DocumentSearchMatch, b'{"_score": 1}')
    assert fast == tolerant == (_core.BodyShapeError, "required field '_id' is missing")


@pytest.mark.parametrize("version", VERSIONS)
def test_every_answer_model_has_a_twin(version):
    package = models(version)
    without = set()
    for module in pkgutil.iter_modules(package.__path__):
        loaded = importlib.import_module(f"{package.__name__}.{module.name}")
        without |= {
            name
            for name, value in vars(loaded).items()
            if isinstance(value, type) and value.__module__ == loaded.__name__ and hasattr(value, "_json_fields")
            if _typed._reader(value) is None
        }
    # Request bodies only: a field that is a union holding a model, which msgspec cannot tell apart.
    assert without == ({"UpdateDocumentsRequest", "UpdateDocumentsRequestSetFields"} if version == "2026-07" else set())


json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
timestamps = st.sampled_from(["2026-04-01T10:00:00Z", "2026-04-01T10:00:00.1234567+02:00", "later", "2026-04-01"])
json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars | timestamps,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
import_fields = st.fixed_dictionaries(
    {}, optional={name: json_values | st.just(value) for name, value in {**IMPORT, "error": "x", "next": "t"}.items()}
)
pages = st.fixed_dictionaries(
    {}, optional={"data": st.lists(import_fields, max_size=3) | json_values, "pagination": import_fields}
)


@pytest.mark.parametrize("version", VERSIONS)
@settings(max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=pages)
def test_any_page_reads_as_from_dict_reads_it(version, page):
    fast, tolerant = both_readings(models(version).ListImportsResponse, json.dumps(page).encode())
    assert fast == tolerant


def test_nesting_deeper_than_msgspec_goes_is_judged_by_the_tolerant_path():
    metadata = b'{"a":' * 2000 + b"1" + b"}" * 2000
    content = b'{"matches": [{"id": "a", "metadata": ' + metadata + b"}]}"
    fast, tolerant = both_readings(models("2026-04").QueryResponse, content)
    assert fast == tolerant
