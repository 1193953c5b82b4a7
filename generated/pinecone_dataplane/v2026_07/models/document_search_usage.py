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

T = TypeVar("T", bound="DocumentSearchUsage")

_FIELDS = _core.JsonFields(
    "read_units",
    attributes=("read_units",),
    required=("read_units",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "read_units": ("integer", ""),
}


@_attrs_define
class DocumentSearchUsage:
    """Usage of a search.

    Attributes:
        read_units (int): Read units used by the request.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    read_units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_units = self.read_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read_units": read_units,
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
        read_units = _core.parse_integer(src_values[0])

        document_search_usage = cls.__new__(cls)
        document_search_usage.read_units = read_units

        document_search_usage.additional_properties = d
        return document_search_usage

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


class DocumentSearchUsageDict(TypedDict, total=False):
    """DocumentSearchUsage as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    read_units: Required[int]
