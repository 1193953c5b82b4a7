from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="EnrichmentResultReferencesItem")

_FIELDS = _core.JsonFields(
    "title",
    "snippet",
    "url",
    attributes=(
        "title",
        "snippet",
        "url",
    ),
    required=(
        "title",
        "snippet",
        "url",
    ),
    nullable=(
        "title",
        "snippet",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class EnrichmentResultReferencesItem:
    """
    Attributes:
        title (None | str): Title of the source.
        snippet (None | str): Passage of the source that supports the answer.
        url (str): Address of the source.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    title: None | str
    snippet: None | str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str
        title = self.title

        snippet: None | str
        snippet = self.snippet

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "snippet": snippet,
                "url": url,
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

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(src_values[0])

        def _parse_snippet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snippet = _parse_snippet(src_values[1])

        url = src_values[2]

        enrichment_result_references_item = cls.__new__(cls)
        enrichment_result_references_item.title = title
        enrichment_result_references_item.snippet = snippet
        enrichment_result_references_item.url = url

        enrichment_result_references_item.additional_properties = d
        return enrichment_result_references_item

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


class EnrichmentResultReferencesItemDict(TypedDict, total=False):
    """EnrichmentResultReferencesItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    title: Required[None | str]
    snippet: Required[None | str]
    url: Required[str]
