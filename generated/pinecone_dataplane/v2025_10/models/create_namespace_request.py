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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_namespace_request_schema import CreateNamespaceRequestSchema
    from .create_namespace_request_schema import CreateNamespaceRequestSchemaDict


T = TypeVar("T", bound="CreateNamespaceRequest")

_FIELDS = _core.JsonFields(
    "name",
    "schema",
    attributes=(
        "name",
        "schema",
    ),
    required=("name",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "schema": ("model", "CreateNamespaceRequestSchema"),
}


@_attrs_define
class CreateNamespaceRequest:
    """Body of a create-namespace call.

    Attributes:
        name (str): Name for the new namespace.
        schema (CreateNamespaceRequestSchema | None): Metadata indexing schema. Without it every metadata field is
            indexed; with it only fields marked `filterable: true` are. `filterable: false` is not supported yet.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    name: str
    schema: CreateNamespaceRequestSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        name = src_values[0]

        _schema = src_values[1]
        schema: CreateNamespaceRequestSchema | Unset
        if _schema is UNSET:
            schema = UNSET
        else:
            schema = CreateNamespaceRequestSchema.from_dict(_schema)

        create_namespace_request = cls.__new__(cls)
        create_namespace_request.name = name
        create_namespace_request.schema = schema

        create_namespace_request.additional_properties = d
        return create_namespace_request

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


class CreateNamespaceRequestDict(TypedDict, total=False):
    """CreateNamespaceRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    name: Required[str]
    schema: CreateNamespaceRequestSchema | CreateNamespaceRequestSchemaDict


from ..models.create_namespace_request_schema import CreateNamespaceRequestSchema
