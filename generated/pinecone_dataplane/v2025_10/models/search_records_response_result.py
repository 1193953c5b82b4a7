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
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hit import Hit
    from .hit import HitDict


T = TypeVar("T", bound="SearchRecordsResponseResult")

_FIELDS = _core.JsonFields(
    "hits",
    attributes=("hits",),
    required=("hits",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "hits": ("models", "Hit"),
}


@_attrs_define
class SearchRecordsResponseResult:
    """
    Attributes:
        hits (list[Hit]): Records found by the search.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    hits: list[Hit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hits = []
        for hits_item_data in self.hits:
            hits_item = hits_item_data.to_dict()
            hits.append(hits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hits": hits,
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
        hits = []
        _hits = src_values[0]
        for hits_item_data in _hits:
            hits_item = Hit.from_dict(hits_item_data)

            hits.append(hits_item)

        search_records_response_result = cls.__new__(cls)
        search_records_response_result.hits = hits

        search_records_response_result.additional_properties = d
        return search_records_response_result

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


class SearchRecordsResponseResultDict(TypedDict, total=False):
    """SearchRecordsResponseResult as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    hits: Required[Sequence[Hit | HitDict]]


from ..models.hit import Hit
