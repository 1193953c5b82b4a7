from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

from ..models.webset_search_exclude_item_source import WebsetSearchExcludeItemSource

T = TypeVar("T", bound="WebsetSearchExcludeItem")

_FIELDS = _core.JsonFields(
    "source",
    "id",
    attributes=(
        "source",
        "id",
    ),
    required=(
        "source",
        "id",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "source": ("enum", "WebsetSearchExcludeItemSource"),
}


@_attrs_define
class WebsetSearchExcludeItem:
    """
    Attributes:
        source (WebsetSearchExcludeItemSource):
        id (str):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    source: WebsetSearchExcludeItemSource
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "id": id,
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
        source = WebsetSearchExcludeItemSource(src_values[0])

        id = src_values[1]

        webset_search_exclude_item = cls.__new__(cls)
        webset_search_exclude_item.source = source
        webset_search_exclude_item.id = id

        webset_search_exclude_item.additional_properties = d
        return webset_search_exclude_item

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


class WebsetSearchExcludeItemDict(TypedDict, total=False):
    """WebsetSearchExcludeItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    source: Required[WebsetSearchExcludeItemSource | Literal["import", "webset"]]
    id: Required[str]
