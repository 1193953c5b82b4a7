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

T = TypeVar("T", bound="WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields")

_FIELDS = _core.JsonFields(
    "name",
    "location",
    "employees",
    "industry",
    "about",
    "logoUrl",
    attributes=(
        "name",
        "location",
        "employees",
        "industry",
        "about",
        "logo_url",
    ),
    required=(
        "name",
        "location",
        "employees",
        "industry",
        "about",
        "logoUrl",
    ),
    nullable=(
        "location",
        "employees",
        "industry",
        "about",
        "logoUrl",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields:
    """
    Attributes:
        name (str): Company name.
        location (None | str): Where the company is mainly based.
        employees (float | None): Headcount.
        industry (None | str): Sector the company works in.
        about (None | str): What the company does, in brief.
        logo_url (None | str): Address of the company's logo.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    name: str
    location: None | str
    employees: float | None
    industry: None | str
    about: None | str
    logo_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location: None | str
        location = self.location

        employees: float | None
        employees = self.employees

        industry: None | str
        industry = self.industry

        about: None | str
        about = self.about

        logo_url: None | str
        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
                "employees": employees,
                "industry": industry,
                "about": about,
                "logoUrl": logo_url,
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

        def _parse_employees(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        employees = _parse_employees(src_values[2])

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(src_values[3])

        def _parse_about(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        about = _parse_about(src_values[4])

        def _parse_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_url = _parse_logo_url(src_values[5])

        webset_item_company_properties_webset_item_company_properties_fields = (
            cls.__new__(cls)
        )
        webset_item_company_properties_webset_item_company_properties_fields.name = name
        webset_item_company_properties_webset_item_company_properties_fields.location = location
        webset_item_company_properties_webset_item_company_properties_fields.employees = employees
        webset_item_company_properties_webset_item_company_properties_fields.industry = industry
        webset_item_company_properties_webset_item_company_properties_fields.about = (
            about
        )
        webset_item_company_properties_webset_item_company_properties_fields.logo_url = logo_url

        webset_item_company_properties_webset_item_company_properties_fields.additional_properties = d
        return webset_item_company_properties_webset_item_company_properties_fields

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


class WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFieldsDict(
    TypedDict, total=False
):
    """WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    name: Required[str]
    location: Required[None | str]
    employees: Required[float | None]
    industry: Required[None | str]
    about: Required[None | str]
    logo_url: Required[None | str]
