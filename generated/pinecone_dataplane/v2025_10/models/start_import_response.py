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

from ..types import UNSET

T = TypeVar("T", bound="StartImportResponse")

_FIELDS = _core.JsonFields(
    "id",
    attributes=("id",),
    required=("id",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class StartImportResponse:
    """Result of a start-import call.

    Attributes:
        id (str | None): ID of the new import. Limits: 1 to 1000 characters.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        id = src_values[0]

        start_import_response = cls.__new__(cls)
        start_import_response.id = id

        start_import_response.additional_properties = d
        return start_import_response

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


class StartImportResponseDict(TypedDict, total=False):
    """StartImportResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: str
