from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_namespace_request_schema_fields_additional_property import (
        CreateNamespaceRequestSchemaFieldsAdditionalProperty,
    )


T = TypeVar("T", bound="CreateNamespaceRequestSchemaFields")

_FIELDS = _core.JsonFields(
    attributes=(),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class CreateNamespaceRequestSchemaFields:
    """Per-field settings keyed by metadata field name; names must be valid and unique."""

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    additional_properties: dict[
        str, CreateNamespaceRequestSchemaFieldsAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        create_namespace_request_schema_fields = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = (
                CreateNamespaceRequestSchemaFieldsAdditionalProperty.from_dict(
                    prop_dict
                )
            )

            additional_properties[prop_name] = additional_property

        create_namespace_request_schema_fields.additional_properties = (
            additional_properties
        )
        return create_namespace_request_schema_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> CreateNamespaceRequestSchemaFieldsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: CreateNamespaceRequestSchemaFieldsAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.create_namespace_request_schema_fields_additional_property import (
    CreateNamespaceRequestSchemaFieldsAdditionalProperty,
)
