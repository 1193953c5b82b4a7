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

T = TypeVar("T", bound="WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields")

_FIELDS = _core.JsonFields(
    "title",
    "author",
    "publishedAt",
    attributes=(
        "title",
        "author",
        "published_at",
    ),
    required=(
        "title",
        "author",
        "publishedAt",
    ),
    nullable=(
        "title",
        "author",
        "publishedAt",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields:
    """
    Attributes:
        title (None | str): Headline.
        author (None | str): Who wrote it.
        published_at (None | str): When it appeared.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    title: None | str
    author: None | str
    published_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str
        title = self.title

        author: None | str
        author = self.author

        published_at: None | str
        published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "author": author,
                "publishedAt": published_at,
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

        def _parse_author(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author = _parse_author(src_values[1])

        def _parse_published_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_at = _parse_published_at(src_values[2])

        webset_item_article_properties_webset_item_article_properties_fields = (
            cls.__new__(cls)
        )
        webset_item_article_properties_webset_item_article_properties_fields.title = (
            title
        )
        webset_item_article_properties_webset_item_article_properties_fields.author = (
            author
        )
        webset_item_article_properties_webset_item_article_properties_fields.published_at = published_at

        webset_item_article_properties_webset_item_article_properties_fields.additional_properties = d
        return webset_item_article_properties_webset_item_article_properties_fields

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


class WebsetItemArticlePropertiesWebsetItemArticlePropertiesFieldsDict(
    TypedDict, total=False
):
    """WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    title: Required[None | str]
    author: Required[None | str]
    published_at: Required[None | str]
