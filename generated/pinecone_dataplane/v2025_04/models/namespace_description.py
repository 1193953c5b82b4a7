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

T = TypeVar("T", bound="NamespaceDescription")

_FIELDS = _core.JsonFields(
    "name",
    "record_count",
    attributes=(
        "name",
        "record_count",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "record_count": ("integer", ""),
}


@_attrs_define
class NamespaceDescription:
    """Namespace details, such as its name and record count.

    Attributes:
        name (str | None): Namespace name.
        record_count (int | None): Count of records in the namespace.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    name: str | Unset = UNSET
    record_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        record_count = self.record_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if record_count is not UNSET:
            field_dict["record_count"] = record_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        name = src_values[0]

        _record_count = src_values[1]
        record_count: int | Unset
        if _record_count is UNSET:
            record_count = UNSET
        else:
            record_count = _core.parse_integer(_record_count)

        namespace_description = cls.__new__(cls)
        namespace_description.name = name
        namespace_description.record_count = record_count

        namespace_description.additional_properties = d
        return namespace_description

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


class NamespaceDescriptionDict(TypedDict, total=False):
    """NamespaceDescription as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    name: str
    record_count: int
