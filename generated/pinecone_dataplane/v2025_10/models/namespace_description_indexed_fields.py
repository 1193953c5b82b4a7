from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceDescriptionIndexedFields")

_FIELDS = _core.JsonFields(
    "fields",
    attributes=("fields",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class NamespaceDescriptionIndexedFields:
    """Metadata fields indexed in this namespace.

    Attributes:
        fields (list[str] | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        fields = cast(list[str], src_values[0])

        namespace_description_indexed_fields = cls.__new__(cls)
        namespace_description_indexed_fields.fields = fields

        namespace_description_indexed_fields.additional_properties = d
        return namespace_description_indexed_fields

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


class NamespaceDescriptionIndexedFieldsDict(TypedDict, total=False):
    """NamespaceDescriptionIndexedFields as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    fields: Sequence[str]
