from __future__ import annotations

from collections.abc import Mapping
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
    from ..models.webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields import (
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields,
    )


T = TypeVar("T", bound="WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields")

_FIELDS = _core.JsonFields(
    "name",
    "location",
    "position",
    "company",
    "pictureUrl",
    attributes=(
        "name",
        "location",
        "position",
        "company",
        "picture_url",
    ),
    required=(
        "name",
        "location",
        "position",
        "company",
        "pictureUrl",
    ),
    nullable=(
        "location",
        "position",
        "company",
        "pictureUrl",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields:
    """
    Attributes:
        name (str): Full name.
        location (None | str): Where the person is based.
        position (None | str): Current job title.
        company (None |
            WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields):
        picture_url (None | str): Address of a photo of the person.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    name: str
    location: None | str
    position: None | str
    company: (
        None
        | WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields
    )
    picture_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location: None | str
        location = self.location

        position: None | str
        position = self.position

        company: dict[str, Any] | None
        if isinstance(
            self.company,
            WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields,
        ):
            company = self.company.to_dict()
        else:
            company = self.company

        picture_url: None | str
        picture_url = self.picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
                "position": position,
                "company": company,
                "pictureUrl": picture_url,
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
        name = src_values[0]

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(src_values[1])

        def _parse_position(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        position = _parse_position(src_values[2])

        def _parse_company(
            data: object,
        ) -> (
            None
            | WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields.from_dict(
                    data
                )

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields,
                data,
            )

        company = _parse_company(src_values[3])

        def _parse_picture_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        picture_url = _parse_picture_url(src_values[4])

        webset_item_person_properties_webset_item_person_properties_fields = (
            cls.__new__(cls)
        )
        webset_item_person_properties_webset_item_person_properties_fields.name = name
        webset_item_person_properties_webset_item_person_properties_fields.location = (
            location
        )
        webset_item_person_properties_webset_item_person_properties_fields.position = (
            position
        )
        webset_item_person_properties_webset_item_person_properties_fields.company = (
            company
        )
        webset_item_person_properties_webset_item_person_properties_fields.picture_url = picture_url

        webset_item_person_properties_webset_item_person_properties_fields.additional_properties = d
        return webset_item_person_properties_webset_item_person_properties_fields

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


class WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict(
    TypedDict, total=False
):
    """WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    name: Required[str]
    location: Required[None | str]
    position: Required[None | str]
    company: Required[
        None
        | WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields
    ]
    picture_url: Required[None | str]


from ..models.webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields import (
    WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields,
)
