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

T = TypeVar("T", bound="WebsetSearchCriteriaItem")

_FIELDS = _core.JsonFields(
    "description",
    "successRate",
    attributes=(
        "description",
        "success_rate",
    ),
    required=(
        "description",
        "successRate",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetSearchCriteriaItem:
    """
    Attributes:
        description (str): The condition, in plain language. Limits: 1 to 1000 characters.
        success_rate (float): Share of results meeting this condition, from 0 to 100. Limits: 0 to 100.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    description: str
    success_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        success_rate = self.success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "successRate": success_rate,
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
        description = src_values[0]

        success_rate = src_values[1]

        webset_search_criteria_item = cls.__new__(cls)
        webset_search_criteria_item.description = description
        webset_search_criteria_item.success_rate = success_rate

        webset_search_criteria_item.additional_properties = d
        return webset_search_criteria_item

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


class WebsetSearchCriteriaItemDict(TypedDict, total=False):
    """WebsetSearchCriteriaItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    description: Required[str]
    success_rate: Required[float]
