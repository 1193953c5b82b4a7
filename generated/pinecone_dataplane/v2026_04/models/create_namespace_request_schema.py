from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.create_namespace_request_schema_fields import (
        CreateNamespaceRequestSchemaFields,
    )


T = TypeVar("T", bound="CreateNamespaceRequestSchema")

_FIELDS = _core.JsonFields(
    "fields",
    attributes=("fields",),
    required=("fields",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "fields": ("model", "CreateNamespaceRequestSchemaFields"),
}


@_attrs_define
class CreateNamespaceRequestSchema:
    """Metadata indexing schema. Without it every metadata field is indexed; with it only fields marked `filterable: true`
    are. `filterable: false` is not supported yet.

        Attributes:
            fields (CreateNamespaceRequestSchemaFields): Per-field settings keyed by metadata field name; names must be
                valid and unique.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    fields: CreateNamespaceRequestSchemaFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
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
        fields = CreateNamespaceRequestSchemaFields.from_dict(src_values[0])

        create_namespace_request_schema = cls.__new__(cls)
        create_namespace_request_schema.fields = fields

        create_namespace_request_schema.additional_properties = d
        return create_namespace_request_schema

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


class CreateNamespaceRequestSchemaDict(TypedDict, total=False):
    """CreateNamespaceRequestSchema as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    fields: Required[CreateNamespaceRequestSchemaFields | Mapping[str, Any]]


from ..models.create_namespace_request_schema_fields import (
    CreateNamespaceRequestSchemaFields,
)
