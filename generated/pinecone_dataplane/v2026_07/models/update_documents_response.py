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

T = TypeVar("T", bound="UpdateDocumentsResponse")

_FIELDS = _core.JsonFields(
    "matched_records",
    attributes=("matched_records",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "matched_records": ("integer", ""),
}


@_attrs_define
class UpdateDocumentsResponse:
    """Result of `update_documents`.

    Attributes:
        matched_records (int | None): For an update by filter, how many documents matched when it was accepted.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    matched_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched_records = self.matched_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched_records is not UNSET:
            field_dict["matched_records"] = matched_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _matched_records = src_values[0]
        matched_records: int | Unset
        if _matched_records is UNSET:
            matched_records = UNSET
        else:
            matched_records = _core.parse_integer(_matched_records)

        update_documents_response = cls.__new__(cls)
        update_documents_response.matched_records = matched_records

        update_documents_response.additional_properties = d
        return update_documents_response

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


class UpdateDocumentsResponseDict(TypedDict, total=False):
    """UpdateDocumentsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    matched_records: int
