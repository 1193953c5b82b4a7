from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebsetSearchRecallType0ExpectedBounds")

_FIELDS = _core.JsonFields(
    "min",
    "max",
    attributes=(
        "min_",
        "max_",
    ),
    required=(
        "min",
        "max",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetSearchRecallType0ExpectedBounds:
    """
    Attributes:
        min_ (float): Low end of the estimate. Passed as ``min`` in keyword arguments and dicts.
        max_ (float): High end of the estimate. Passed as ``max`` in keyword arguments and dicts.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    min_: float
    max_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
                "max": max_,
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
        min_ = src_values[0]

        max_ = src_values[1]

        webset_search_recall_type_0_expected_bounds = cls.__new__(cls)
        webset_search_recall_type_0_expected_bounds.min_ = min_
        webset_search_recall_type_0_expected_bounds.max_ = max_

        webset_search_recall_type_0_expected_bounds.additional_properties = d
        return webset_search_recall_type_0_expected_bounds

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


class WebsetSearchRecallType0ExpectedBoundsDict(TypedDict, total=False):
    """WebsetSearchRecallType0ExpectedBounds as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    min: Required[float]
    max: Required[float]
