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
    from ..models.webset_item_person_properties_webset_item_person_properties_fields import (
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields,
    )
    from .webset_item_person_properties_webset_item_person_properties_fields import (
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict,
    )


T = TypeVar("T", bound="WebsetItemPersonProperties")

_FIELDS = _core.JsonFields(
    "type",
    "url",
    "description",
    "person",
    attributes=(
        "type_",
        "url",
        "description",
        "person",
    ),
    required=(
        "type",
        "url",
        "description",
        "person",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetItemPersonProperties:
    """
    Attributes:
        type_ (Literal['person']):  Default: 'person'. Passed as ``type`` in keyword arguments and dicts.
        url (str): Address of the person's page.
        description (str): Why this person matches, in brief.
        person (WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    url: str
    description: str
    person: WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields
    type_: Literal["person"] = "person"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        description = self.description

        person = self.person.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "description": description,
                "person": person,
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
        type_ = cast(Literal["person"], src_values[0])
        if type_ != "person":
            raise ValueError(f"type must match const 'person', got '{type_}'")

        url = src_values[1]

        description = src_values[2]

        person = WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields.from_dict(
            src_values[3]
        )

        webset_item_person_properties = cls.__new__(cls)
        webset_item_person_properties.type_ = type_
        webset_item_person_properties.url = url
        webset_item_person_properties.description = description
        webset_item_person_properties.person = person

        webset_item_person_properties.additional_properties = d
        return webset_item_person_properties

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


class WebsetItemPersonPropertiesDict(TypedDict, total=False):
    """WebsetItemPersonProperties as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    type: Required[Literal["person"]]
    url: Required[str]
    description: Required[str]
    person: Required[
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields
        | WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict
    ]


from ..models.webset_item_person_properties_webset_item_person_properties_fields import (
    WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields,
)
