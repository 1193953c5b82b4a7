"""The fast paths of response reading give exactly what the general paths give."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from apiwire import _core as _runtime
from pinecone_dataplane.v2026_04.models.import_model import ImportModel
from pinecone_dataplane.v2026_04.types import UNSET


def _response(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content)


@pytest.fixture(params=["small body (orjson)", "large body (msgspec)"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param.startswith("large"):
        monkeypatch.setattr(_runtime._json, "LARGE", 0)  # every body is read as a large one
    return str(request.param)


@pytest.mark.parametrize(
    "content",
    [
        b'{"percentComplete": NaN}',
        '{"id": "é"}'.encode("utf-16"),
        b'\xef\xbb\xbf{"id": "1"}',
        b'{"id": "\\ud800"}',
        b"[1, 2]",
    ],
)
def test_json_body_reads_what_the_standard_library_reads(reader: str, content: bytes) -> None:
    expected = json.loads(content)
    got = _runtime.json_body(_response(content))
    if isinstance(expected, dict) and "percentComplete" in expected:
        assert math.isnan(got["percentComplete"])
    else:
        assert got == expected


def test_json_body_raises_what_the_standard_library_raises(reader: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        _runtime.json_body(_response(b"<html>"))


def test_split_fast_and_general_paths_agree() -> None:
    fields = _runtime.JsonFields("id", "createdAt", "error", required=("id",))
    assert fields.split({"id": "1", "createdAt": "t"}) == (("1", "t", UNSET), {})
    # Another spelling, an unknown field, or a mapping that is not a dict take the general path.
    assert fields.split({"id": "1", "created_at": "t"}) == (("1", "t", UNSET), {})
    assert fields.split({"id": "1", "extra": 2}) == (("1", UNSET, UNSET), {"extra": 2})
    assert fields.split(httpx.Headers({"id": "1"})) == (("1", UNSET, UNSET), {})


@pytest.mark.parametrize("body", [{"error": "x"}, {"error": "x", "other": 1}])
def test_split_raises_for_a_missing_required_field_on_both_paths(body: dict[str, object]) -> None:
    fields = _runtime.JsonFields("id", "error", required=("id",))
    with pytest.raises(_runtime.BodyShapeError, match="id"):
        fields.split(body)


@pytest.mark.parametrize("names", [(), ("id",), ("id", "uri")])
def test_split_hands_back_one_value_per_declared_field(names: tuple[str, ...]) -> None:
    fields = _runtime.JsonFields(*names)
    assert fields.split({}) == (tuple(UNSET for _ in names), {})
    assert fields.split({"other": 1}) == (tuple(UNSET for _ in names), {"other": 1})


def test_split_refuses_a_body_that_is_not_an_object() -> None:
    with pytest.raises(TypeError, match="JSON object"):
        _runtime.JsonFields("id").split([("id", "1")])  # type: ignore[arg-type]


def test_models_made_without_their_init_are_whole() -> None:
    model = ImportModel.from_dict({"id": "1", "status": "Completed", "somethingNew": True})
    expected = ImportModel(id="1", status="Completed")
    expected.additional_properties = {"somethingNew": True}
    assert model == expected
    assert ImportModel.from_dict(model.to_dict()).to_dict() == model.to_dict()
