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

T = TypeVar(
    "T",
    bound="WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields",
)

_FIELDS = _core.JsonFields(
    "name",
    "location",
    attributes=(
        "name",
        "location",
    ),
    required=(
        "name",
        "location",
    ),
    nullable=("location",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields:
    """
    Attributes:
        name (str): Employer's name.
        location (None | str): Where the person works for that employer.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    name: str
    location: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location: None | str
        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
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

        webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields = cls.__new__(
            cls
        )
        webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields.name = name
        webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields.location = location

        webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields.additional_properties = d
        return webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields

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


class WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFieldsDict(
    TypedDict, total=False
):
    """WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    name: Required[str]
    location: Required[None | str]
