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
    from ..models.namespace_summary import NamespaceSummary


T = TypeVar("T", bound="IndexDescriptionNamespaces")

_FIELDS = _core.JsonFields(
    attributes=(),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class IndexDescriptionNamespaces:
    """Per-namespace summaries keyed by namespace name."""

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    additional_properties: dict[str, NamespaceSummary] = _attrs_field(
        init=False, factory=dict
    )

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
        index_description_namespaces = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = NamespaceSummary.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        index_description_namespaces.additional_properties = additional_properties
        return index_description_namespaces

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> NamespaceSummary:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: NamespaceSummary) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.namespace_summary import NamespaceSummary
