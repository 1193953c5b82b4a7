from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")

_FIELDS = _core.JsonFields(
    "readUnits",
    attributes=("read_units",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "readUnits": ("integer", ""),
}


@_attrs_define
class Usage:
    """
    Attributes:
        read_units (int | None): Read units used by the request.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    read_units: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_units = self.read_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_units is not UNSET:
            field_dict["readUnits"] = read_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _read_units = src_values[0]
        read_units: int | Unset
        if _read_units is UNSET:
            read_units = UNSET
        else:
            read_units = _core.parse_integer(_read_units)

        usage = cls.__new__(cls)
        usage.read_units = read_units

        usage.additional_properties = d
        return usage

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


class UsageDict(TypedDict, total=False):
    """Usage as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    read_units: int
