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
    from ..models.preview_webset_response_enrichments_item import (
        PreviewWebsetResponseEnrichmentsItem,
    )
    from ..models.preview_webset_response_search import PreviewWebsetResponseSearch
    from ..models.webset_item_preview import WebsetItemPreview
    from .preview_webset_response_enrichments_item import (
        PreviewWebsetResponseEnrichmentsItemDict,
    )
    from .preview_webset_response_search import PreviewWebsetResponseSearchDict
    from .webset_item_preview import WebsetItemPreviewDict


T = TypeVar("T", bound="PreviewWebsetResponse")

_FIELDS = _core.JsonFields(
    "search",
    "enrichments",
    "items",
    attributes=(
        "search",
        "enrichments",
        "items",
    ),
    required=(
        "search",
        "enrichments",
        "items",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "search": ("model", "PreviewWebsetResponseSearch"),
    "enrichments": ("models", "PreviewWebsetResponseEnrichmentsItem"),
    "items": ("models", "WebsetItemPreview"),
}


@_attrs_define
class PreviewWebsetResponse:
    """
    Attributes:
        search (PreviewWebsetResponseSearch):
        enrichments (list[PreviewWebsetResponseEnrichmentsItem]): Enrichments found in the query.
        items (list[WebsetItemPreview]): Sample items matching the query.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    search: PreviewWebsetResponseSearch
    enrichments: list[PreviewWebsetResponseEnrichmentsItem]
    items: list[WebsetItemPreview]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search.to_dict()

        enrichments = []
        for enrichments_item_data in self.enrichments:
            enrichments_item = enrichments_item_data.to_dict()
            enrichments.append(enrichments_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
                "enrichments": enrichments,
                "items": items,
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
        search = PreviewWebsetResponseSearch.from_dict(src_values[0])

        enrichments = []
        _enrichments = src_values[1]
        for enrichments_item_data in _enrichments:
            enrichments_item = PreviewWebsetResponseEnrichmentsItem.from_dict(
                enrichments_item_data
            )

            enrichments.append(enrichments_item)

        items = []
        _items = src_values[2]
        for items_item_data in _items:
            items_item = WebsetItemPreview.from_dict(items_item_data)

            items.append(items_item)

        preview_webset_response = cls.__new__(cls)
        preview_webset_response.search = search
        preview_webset_response.enrichments = enrichments
        preview_webset_response.items = items

        preview_webset_response.additional_properties = d
        return preview_webset_response

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


class PreviewWebsetResponseDict(TypedDict, total=False):
    """PreviewWebsetResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    search: Required[PreviewWebsetResponseSearch | PreviewWebsetResponseSearchDict]
    enrichments: Required[
        Sequence[
            PreviewWebsetResponseEnrichmentsItem
            | PreviewWebsetResponseEnrichmentsItemDict
        ]
    ]
    items: Required[Sequence[WebsetItemPreview | WebsetItemPreviewDict]]


from ..models.preview_webset_response_enrichments_item import (
    PreviewWebsetResponseEnrichmentsItem,
)
from ..models.preview_webset_response_search import PreviewWebsetResponseSearch
from ..models.webset_item_preview import WebsetItemPreview
