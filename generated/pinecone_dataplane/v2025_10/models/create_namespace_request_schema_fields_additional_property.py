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

T = TypeVar("T", bound="CreateNamespaceRequestSchemaFieldsAdditionalProperty")

_FIELDS = _core.JsonFields(
    "filterable",
    attributes=("filterable",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class CreateNamespaceRequestSchemaFieldsAdditionalProperty:
    """
    Attributes:
        filterable (bool | None): When true the field is indexed for filtering; only true is accepted.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    filterable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filterable = self.filterable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filterable is not UNSET:
            field_dict["filterable"] = filterable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        filterable = src_values[0]

        create_namespace_request_schema_fields_additional_property = cls.__new__(cls)
        create_namespace_request_schema_fields_additional_property.filterable = (
            filterable
        )

        create_namespace_request_schema_fields_additional_property.additional_properties = d
        return create_namespace_request_schema_fields_additional_property

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


class CreateNamespaceRequestSchemaFieldsAdditionalPropertyDict(TypedDict, total=False):
    """CreateNamespaceRequestSchemaFieldsAdditionalProperty as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    filterable: bool
