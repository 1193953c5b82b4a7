from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webset_search_scope_item_source import WebsetSearchScopeItemSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webset_search_scope_item_relationship import (
        WebsetSearchScopeItemRelationship,
    )
    from .webset_search_scope_item_relationship import (
        WebsetSearchScopeItemRelationshipDict,
    )


T = TypeVar("T", bound="WebsetSearchScopeItem")

_FIELDS = _core.JsonFields(
    "source",
    "id",
    "relationship",
    attributes=(
        "source",
        "id",
        "relationship",
    ),
    required=(
        "source",
        "id",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "source": ("enum", "WebsetSearchScopeItemSource"),
    "relationship": ("model", "WebsetSearchScopeItemRelationship"),
}


@_attrs_define
class WebsetSearchScopeItem:
    """
    Attributes:
        source (WebsetSearchScopeItemSource):
        id (str):
        relationship (WebsetSearchScopeItemRelationship | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    source: WebsetSearchScopeItemSource
    id: str
    relationship: WebsetSearchScopeItemRelationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        id = self.id

        relationship: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship, Unset):
            relationship = self.relationship.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "id": id,
            }
        )
        if relationship is not UNSET:
            field_dict["relationship"] = relationship

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        source = WebsetSearchScopeItemSource(src_values[0])

        id = src_values[1]

        _relationship = src_values[2]
        relationship: WebsetSearchScopeItemRelationship | Unset
        if _relationship is UNSET:
            relationship = UNSET
        else:
            relationship = WebsetSearchScopeItemRelationship.from_dict(_relationship)

        webset_search_scope_item = cls.__new__(cls)
        webset_search_scope_item.source = source
        webset_search_scope_item.id = id
        webset_search_scope_item.relationship = relationship

        webset_search_scope_item.additional_properties = d
        return webset_search_scope_item

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


class WebsetSearchScopeItemDict(TypedDict, total=False):
    """WebsetSearchScopeItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    source: Required[WebsetSearchScopeItemSource | Literal["import", "webset"]]
    id: Required[str]
    relationship: (
        WebsetSearchScopeItemRelationship | WebsetSearchScopeItemRelationshipDict
    )


from ..models.webset_search_scope_item_relationship import (
    WebsetSearchScopeItemRelationship,
)
