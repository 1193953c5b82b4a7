from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from ..models.preview_webset_response_enrichments_item_format import (
    PreviewWebsetResponseEnrichmentsItemFormat,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_webset_response_enrichments_item_options_item import (
        PreviewWebsetResponseEnrichmentsItemOptionsItem,
    )
    from .preview_webset_response_enrichments_item_options_item import (
        PreviewWebsetResponseEnrichmentsItemOptionsItemDict,
    )


T = TypeVar("T", bound="PreviewWebsetResponseEnrichmentsItem")

_FIELDS = _core.JsonFields(
    "description",
    "format",
    "options",
    attributes=(
        "description",
        "format_",
        "options",
    ),
    required=(
        "description",
        "format",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "format": ("enum", "PreviewWebsetResponseEnrichmentsItemFormat"),
    "options": ("models", "PreviewWebsetResponseEnrichmentsItemOptionsItem"),
}


@_attrs_define
class PreviewWebsetResponseEnrichmentsItem:
    """
    Attributes:
        description (str): What the enrichment would find out.
        format_ (PreviewWebsetResponseEnrichmentsItemFormat): Shape of the enrichment's answers. Passed as ``format`` in
            keyword arguments and dicts.
        options (list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | None): The choices found in the query, for the
            `options` format.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    description: str
    format_: PreviewWebsetResponseEnrichmentsItemFormat
    options: list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        format_ = self.format_.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "format": format_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        description = src_values[0]

        format_ = PreviewWebsetResponseEnrichmentsItemFormat(src_values[1])

        _options = src_values[2]
        options: list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = (
                    PreviewWebsetResponseEnrichmentsItemOptionsItem.from_dict(
                        options_item_data
                    )
                )

                options.append(options_item)

        preview_webset_response_enrichments_item = cls.__new__(cls)
        preview_webset_response_enrichments_item.description = description
        preview_webset_response_enrichments_item.format_ = format_
        preview_webset_response_enrichments_item.options = options

        preview_webset_response_enrichments_item.additional_properties = d
        return preview_webset_response_enrichments_item

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


class PreviewWebsetResponseEnrichmentsItemDict(TypedDict, total=False):
    """PreviewWebsetResponseEnrichmentsItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    description: Required[str]
    format: Required[
        PreviewWebsetResponseEnrichmentsItemFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
    ]
    options: Sequence[
        PreviewWebsetResponseEnrichmentsItemOptionsItem
        | PreviewWebsetResponseEnrichmentsItemOptionsItemDict
    ]


from ..models.preview_webset_response_enrichments_item_options_item import (
    PreviewWebsetResponseEnrichmentsItemOptionsItem,
)
