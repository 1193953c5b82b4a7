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
    from ..models.namespace_description_indexed_fields import (
        NamespaceDescriptionIndexedFields,
    )
    from ..models.namespace_description_schema import NamespaceDescriptionSchema
    from .namespace_description_indexed_fields import (
        NamespaceDescriptionIndexedFieldsDict,
    )
    from .namespace_description_schema import NamespaceDescriptionSchemaDict


T = TypeVar("T", bound="NamespaceDescription")

_FIELDS = _core.JsonFields(
    "name",
    "record_count",
    "schema",
    "indexed_fields",
    attributes=(
        "name",
        "record_count",
        "schema",
        "indexed_fields",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "record_count": ("integer", ""),
    "schema": ("model", "NamespaceDescriptionSchema"),
    "indexed_fields": ("model", "NamespaceDescriptionIndexedFields"),
}


@_attrs_define
class NamespaceDescription:
    """Namespace details, such as its name and record count.

    Attributes:
        name (str | None): Namespace name.
        record_count (int | None): Count of records in the namespace.
        schema (NamespaceDescriptionSchema | None): Metadata indexing schema. Without it every metadata field is
            indexed; with it only fields marked `filterable: true` are. `filterable: false` is not supported yet.
        indexed_fields (NamespaceDescriptionIndexedFields | None): Metadata fields indexed in this namespace.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    name: str | Unset = UNSET
    record_count: int | Unset = UNSET
    schema: NamespaceDescriptionSchema | Unset = UNSET
    indexed_fields: NamespaceDescriptionIndexedFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        record_count = self.record_count

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        indexed_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexed_fields, Unset):
            indexed_fields = self.indexed_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if record_count is not UNSET:
            field_dict["record_count"] = record_count
        if schema is not UNSET:
            field_dict["schema"] = schema
        if indexed_fields is not UNSET:
            field_dict["indexed_fields"] = indexed_fields

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

        _schema = src_values[2]
        schema: NamespaceDescriptionSchema | Unset
        if _schema is UNSET:
            schema = UNSET
        else:
            schema = NamespaceDescriptionSchema.from_dict(_schema)

        _indexed_fields = src_values[3]
        indexed_fields: NamespaceDescriptionIndexedFields | Unset
        if _indexed_fields is UNSET:
            indexed_fields = UNSET
        else:
            indexed_fields = NamespaceDescriptionIndexedFields.from_dict(
                _indexed_fields
            )

        namespace_description = cls.__new__(cls)
        namespace_description.name = name
        namespace_description.record_count = record_count
        namespace_description.schema = schema
        namespace_description.indexed_fields = indexed_fields

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
    schema: NamespaceDescriptionSchema | NamespaceDescriptionSchemaDict
    indexed_fields: (
        NamespaceDescriptionIndexedFields | NamespaceDescriptionIndexedFieldsDict
    )


from ..models.namespace_description_indexed_fields import (
    NamespaceDescriptionIndexedFields,
)
from ..models.namespace_description_schema import NamespaceDescriptionSchema
