from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebsetSearchProgress")

_FIELDS = _core.JsonFields(
    "found",
    "analyzed",
    "completion",
    "timeLeft",
    attributes=(
        "found",
        "analyzed",
        "completion",
        "time_left",
    ),
    required=(
        "found",
        "analyzed",
        "completion",
        "timeLeft",
    ),
    nullable=("timeLeft",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetSearchProgress:
    """How far the Search has got.

    Attributes:
        found (float): Results found so far.
        analyzed (float): Candidates examined so far.
        completion (float): Percentage done. Limits: 0 to 100.
        time_left (float | None): Estimated seconds left, or null when unknown.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    found: float
    analyzed: float
    completion: float
    time_left: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        found = self.found

        analyzed = self.analyzed

        completion = self.completion

        time_left: float | None
        time_left = self.time_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "found": found,
                "analyzed": analyzed,
                "completion": completion,
                "timeLeft": time_left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        found = src_values[0]

        analyzed = src_values[1]

        completion = src_values[2]

        def _parse_time_left(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_left = _parse_time_left(src_values[3])

        webset_search_progress = cls.__new__(cls)
        webset_search_progress.found = found
        webset_search_progress.analyzed = analyzed
        webset_search_progress.completion = completion
        webset_search_progress.time_left = time_left

        webset_search_progress.additional_properties = d
        return webset_search_progress

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class WebsetSearchProgressDict(TypedDict, total=False):
    """WebsetSearchProgress as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    found: Required[float]
    analyzed: Required[float]
    completion: Required[float]
    time_left: Required[float | None]
