from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="CreateEnrichmentParametersOptionsItem")

_FIELDS = _core.JsonFields(
    "label",
    attributes=("label",),
    required=("label",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class CreateEnrichmentParametersOptionsItem:
    """
    Attributes:
        label (str): The option's text.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
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
        label = src_values[0]

        create_enrichment_parameters_options_item = cls.__new__(cls)
        create_enrichment_parameters_options_item.label = label

        create_enrichment_parameters_options_item.additional_properties = d
        return create_enrichment_parameters_options_item

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


class CreateEnrichmentParametersOptionsItemDict(TypedDict, total=False):
    """CreateEnrichmentParametersOptionsItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    label: Required[str]
