from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImportParametersCsv")

_FIELDS = _core.JsonFields(
    "identifier",
    attributes=("identifier",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "identifier": ("integer", ""),
}


@_attrs_define
class CreateImportParametersCsv:
    """Options for a CSV file.

    Attributes:
        identifier (int | None): Index of the column holding each entity's key (a URL, a name...); guessed from the file
            when omitted. Limits: at least 0.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    identifier: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _identifier = src_values[0]
        identifier: int | Unset
        if _identifier is UNSET:
            identifier = UNSET
        else:
            identifier = _core.parse_integer(_identifier)

        create_import_parameters_csv = cls.__new__(cls)
        create_import_parameters_csv.identifier = identifier

        create_import_parameters_csv.additional_properties = d
        return create_import_parameters_csv

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


class CreateImportParametersCsvDict(TypedDict, total=False):
    """CreateImportParametersCsv as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    identifier: int
