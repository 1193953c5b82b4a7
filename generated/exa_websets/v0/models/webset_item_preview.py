from __future__ import annotations

import datetime
from collections.abc import Mapping
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
    from ..models.webset_item_article_properties import WebsetItemArticleProperties
    from ..models.webset_item_company_properties import WebsetItemCompanyProperties
    from ..models.webset_item_custom_properties import WebsetItemCustomProperties
    from ..models.webset_item_person_properties import WebsetItemPersonProperties
    from ..models.webset_item_research_paper_properties import (
        WebsetItemResearchPaperProperties,
    )


T = TypeVar("T", bound="WebsetItemPreview")

_FIELDS = _core.JsonFields(
    "id",
    "properties",
    "createdAt",
    attributes=(
        "id",
        "properties",
        "created_at",
    ),
    required=(
        "id",
        "properties",
        "createdAt",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetItemPreview:
    """
    Attributes:
        id (str): Identifier of the sample item.
        properties (WebsetItemArticleProperties | WebsetItemCompanyProperties | WebsetItemCustomProperties |
            WebsetItemPersonProperties | WebsetItemResearchPaperProperties): What is known of the sample item, by entity
            kind.
        created_at (datetime.datetime): Time of the sample item's creation.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    properties: (
        WebsetItemArticleProperties
        | WebsetItemCompanyProperties
        | WebsetItemCustomProperties
        | WebsetItemPersonProperties
        | WebsetItemResearchPaperProperties
    )
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        properties: dict[str, Any]
        if (
            isinstance(self.properties, WebsetItemPersonProperties)
            or isinstance(self.properties, WebsetItemCompanyProperties)
            or isinstance(self.properties, WebsetItemArticleProperties)
            or isinstance(self.properties, WebsetItemResearchPaperProperties)
        ):
            properties = self.properties.to_dict()
        else:
            properties = self.properties.to_dict()

        created_at = _core.format_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "properties": properties,
                "createdAt": created_at,
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
        id = src_values[0]

        def _parse_properties(
            data: object,
        ) -> (
            WebsetItemArticleProperties
            | WebsetItemCompanyProperties
            | WebsetItemCustomProperties
            | WebsetItemPersonProperties
            | WebsetItemResearchPaperProperties
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = WebsetItemPersonProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_1 = WebsetItemCompanyProperties.from_dict(data)

                return properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_2 = WebsetItemArticleProperties.from_dict(data)

                return properties_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_3 = WebsetItemResearchPaperProperties.from_dict(data)

                return properties_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            properties_type_4 = WebsetItemCustomProperties.from_dict(data)

            return properties_type_4

        properties = _parse_properties(src_values[1])

        created_at = _core.parse_datetime(src_values[2])

        webset_item_preview = cls.__new__(cls)
        webset_item_preview.id = id
        webset_item_preview.properties = properties
        webset_item_preview.created_at = created_at

        webset_item_preview.additional_properties = d
        return webset_item_preview

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


class WebsetItemPreviewDict(TypedDict, total=False):
    """WebsetItemPreview as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    properties: Required[
        WebsetItemArticleProperties
        | WebsetItemCompanyProperties
        | WebsetItemCustomProperties
        | WebsetItemPersonProperties
        | WebsetItemResearchPaperProperties
    ]
    created_at: Required[datetime.datetime]


from ..models.webset_item_article_properties import WebsetItemArticleProperties
from ..models.webset_item_company_properties import WebsetItemCompanyProperties
from ..models.webset_item_custom_properties import WebsetItemCustomProperties
from ..models.webset_item_person_properties import WebsetItemPersonProperties
from ..models.webset_item_research_paper_properties import (
    WebsetItemResearchPaperProperties,
)
