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

T = TypeVar("T", bound="WebsetSearchScopeItemRelationship")

_FIELDS = _core.JsonFields(
    "definition",
    "limit",
    attributes=(
        "definition",
        "limit",
    ),
    required=(
        "definition",
        "limit",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetSearchScopeItemRelationship:
    """
    Attributes:
        definition (str): How the entities to find relate to those of the source.
        limit (float): Limits: 1 to 10.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    definition: str
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "limit": limit,
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
        definition = src_values[0]

        limit = src_values[1]

        webset_search_scope_item_relationship = cls.__new__(cls)
        webset_search_scope_item_relationship.definition = definition
        webset_search_scope_item_relationship.limit = limit

        webset_search_scope_item_relationship.additional_properties = d
        return webset_search_scope_item_relationship

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


class WebsetSearchScopeItemRelationshipDict(TypedDict, total=False):
    """WebsetSearchScopeItemRelationship as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    definition: Required[str]
    limit: Required[float]
