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

T = TypeVar("T", bound="ProtobufAny")

_FIELDS = _core.JsonFields(
    "typeUrl",
    "value",
    attributes=(
        "type_url",
        "value",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class ProtobufAny:
    """
    Attributes:
        type_url (str | None):
        value (str | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    type_url: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_url = self.type_url

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_url is not UNSET:
            field_dict["typeUrl"] = type_url
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        type_url = src_values[0]

        value = src_values[1]

        protobuf_any = cls.__new__(cls)
        protobuf_any.type_url = type_url
        protobuf_any.value = value

        protobuf_any.additional_properties = d
        return protobuf_any

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


class ProtobufAnyDict(TypedDict, total=False):
    """ProtobufAny as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    type_url: str
    value: str
