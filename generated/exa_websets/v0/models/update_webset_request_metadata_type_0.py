from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateWebsetRequestMetadataType0")

_FIELDS = _core.JsonFields(
    attributes=(),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class UpdateWebsetRequestMetadataType0:
    """Your own string pairs, stored with the object."""

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        update_webset_request_metadata_type_0 = cls.__new__(cls)

        update_webset_request_metadata_type_0.additional_properties = d
        return update_webset_request_metadata_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
