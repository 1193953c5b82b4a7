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
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webset_item_custom_properties_webset_item_custom_properties_fields import (
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields,
    )
    from .webset_item_custom_properties_webset_item_custom_properties_fields import (
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFieldsDict,
    )


T = TypeVar("T", bound="WebsetItemCustomProperties")

_FIELDS = _core.JsonFields(
    "type",
    "url",
    "description",
    "content",
    "custom",
    attributes=(
        "type_",
        "url",
        "description",
        "content",
        "custom",
    ),
    required=(
        "type",
        "url",
        "description",
        "content",
        "custom",
    ),
    nullable=("content",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetItemCustomProperties:
    """
    Attributes:
        type_ (Literal['custom']):  Default: 'custom'. Passed as ``type`` in keyword arguments and dicts.
        url (str): Address of the page.
        description (str): What the page is, in brief.
        content (None | str): Text of the page.
        custom (WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    url: str
    description: str
    content: None | str
    custom: WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields
    type_: Literal["custom"] = "custom"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        description = self.description

        content: None | str
        content = self.content

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "description": description,
                "content": content,
                "custom": custom,
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
        type_ = cast(Literal["custom"], src_values[0])
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        url = src_values[1]

        description = src_values[2]

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(src_values[3])

        custom = WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields.from_dict(
            src_values[4]
        )

        webset_item_custom_properties = cls.__new__(cls)
        webset_item_custom_properties.type_ = type_
        webset_item_custom_properties.url = url
        webset_item_custom_properties.description = description
        webset_item_custom_properties.content = content
        webset_item_custom_properties.custom = custom

        webset_item_custom_properties.additional_properties = d
        return webset_item_custom_properties

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


class WebsetItemCustomPropertiesDict(TypedDict, total=False):
    """WebsetItemCustomProperties as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    type: Required[Literal["custom"]]
    url: Required[str]
    description: Required[str]
    content: Required[None | str]
    custom: Required[
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields
        | WebsetItemCustomPropertiesWebsetItemCustomPropertiesFieldsDict
    ]


from ..models.webset_item_custom_properties_webset_item_custom_properties_fields import (
    WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields,
)
