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

from ..models.create_webset_parameters_search_scope_item_source import (
    CreateWebsetParametersSearchScopeItemSource,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_webset_parameters_search_scope_item_relationship import (
        CreateWebsetParametersSearchScopeItemRelationship,
    )
    from .create_webset_parameters_search_scope_item_relationship import (
        CreateWebsetParametersSearchScopeItemRelationshipDict,
    )


T = TypeVar("T", bound="CreateWebsetParametersSearchScopeItem")

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
    "source": ("enum", "CreateWebsetParametersSearchScopeItemSource"),
    "relationship": ("model", "CreateWebsetParametersSearchScopeItemRelationship"),
}


@_attrs_define
class CreateWebsetParametersSearchScopeItem:
    """
    Attributes:
        source (CreateWebsetParametersSearchScopeItemSource):
        id (str): Id of an Import or Webset to search within. Limits: at least 1 characters.
        relationship (CreateWebsetParametersSearchScopeItemRelationship | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    source: CreateWebsetParametersSearchScopeItemSource
    id: str
    relationship: CreateWebsetParametersSearchScopeItemRelationship | Unset = UNSET
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
        source = CreateWebsetParametersSearchScopeItemSource(src_values[0])

        id = src_values[1]

        _relationship = src_values[2]
        relationship: CreateWebsetParametersSearchScopeItemRelationship | Unset
        if _relationship is UNSET:
            relationship = UNSET
        else:
            relationship = CreateWebsetParametersSearchScopeItemRelationship.from_dict(
                _relationship
            )

        create_webset_parameters_search_scope_item = cls.__new__(cls)
        create_webset_parameters_search_scope_item.source = source
        create_webset_parameters_search_scope_item.id = id
        create_webset_parameters_search_scope_item.relationship = relationship

        create_webset_parameters_search_scope_item.additional_properties = d
        return create_webset_parameters_search_scope_item

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


class CreateWebsetParametersSearchScopeItemDict(TypedDict, total=False):
    """CreateWebsetParametersSearchScopeItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    source: Required[
        CreateWebsetParametersSearchScopeItemSource | Literal["import", "webset"]
    ]
    id: Required[str]
    relationship: (
        CreateWebsetParametersSearchScopeItemRelationship
        | CreateWebsetParametersSearchScopeItemRelationshipDict
    )


from ..models.create_webset_parameters_search_scope_item_relationship import (
    CreateWebsetParametersSearchScopeItemRelationship,
)
