from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.create_namespace_request_schema_fields import (
        CreateNamespaceRequestSchemaFields,
    )


T = TypeVar("T", bound="CreateNamespaceRequestSchema")

_FIELDS = _core.JsonFields(
    "fields",
    attributes=("fields",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "fields": ("model", "CreateNamespaceRequestSchemaFields"),
}


@_attrs_define
class CreateNamespaceRequestSchema:
    """Metadata indexing schema. Without it every metadata field is indexed; with it only fields marked `filterable: true`
    are. `filterable: false` is not supported yet.

        Attributes:
            fields (CreateNamespaceRequestSchemaFields | None): Up to 50 per-field settings keyed by metadata field name;
                names are unique and may not start with `$`. Limits: at most 50 fields.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    fields: CreateNamespaceRequestSchemaFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

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
        _fields = src_values[0]
        fields: CreateNamespaceRequestSchemaFields | Unset
        if _fields is UNSET:
            fields = UNSET
        else:
            fields = CreateNamespaceRequestSchemaFields.from_dict(_fields)

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

    fields: CreateNamespaceRequestSchemaFields | Mapping[str, Any]


from ..models.create_namespace_request_schema_fields import (
    CreateNamespaceRequestSchemaFields,
)
