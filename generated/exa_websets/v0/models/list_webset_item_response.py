from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webset_item import WebsetItem
    from .webset_item import WebsetItemDict


T = TypeVar("T", bound="ListWebsetItemResponse")

_FIELDS = _core.JsonFields(
    "data",
    "hasMore",
    "nextCursor",
    attributes=(
        "data",
        "has_more",
        "next_cursor",
    ),
    required=(
        "data",
        "hasMore",
        "nextCursor",
    ),
    nullable=("nextCursor",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "data": ("models", "WebsetItem"),
}


@_attrs_define
class ListWebsetItemResponse:
    """
    Attributes:
        data (list[WebsetItem]): This page's Items.
        has_more (bool): Whether another page follows.
        next_cursor (None | str): The `cursor` of the next page; null on the last one.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    data: list[WebsetItem]
    has_more: bool
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "hasMore": has_more,
                "nextCursor": next_cursor,
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
        data = []
        _data = src_values[0]
        for data_item_data in _data:
            data_item = WebsetItem.from_dict(data_item_data)

            data.append(data_item)

        has_more = src_values[1]

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(src_values[2])

        list_webset_item_response = cls.__new__(cls)
        list_webset_item_response.data = data
        list_webset_item_response.has_more = has_more
        list_webset_item_response.next_cursor = next_cursor

        list_webset_item_response.additional_properties = d
        return list_webset_item_response

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


class ListWebsetItemResponseDict(TypedDict, total=False):
    """ListWebsetItemResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    data: Required[Sequence[WebsetItem | WebsetItemDict]]
    has_more: Required[bool]
    next_cursor: Required[None | str]


from ..models.webset_item import WebsetItem
