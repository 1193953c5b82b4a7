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

T = TypeVar("T", bound="UpsertResponse")

_FIELDS = _core.JsonFields(
    "upsertedCount",
    attributes=("upserted_count",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "upsertedCount": ("integer", ""),
}


@_attrs_define
class UpsertResponse:
    """Result of an upsert call.

    Attributes:
        upserted_count (int | None): How many vectors were written.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    upserted_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upserted_count = self.upserted_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upserted_count is not UNSET:
            field_dict["upsertedCount"] = upserted_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _upserted_count = src_values[0]
        upserted_count: int | Unset
        if _upserted_count is UNSET:
            upserted_count = UNSET
        else:
            upserted_count = _core.parse_integer(_upserted_count)

        upsert_response = cls.__new__(cls)
        upsert_response.upserted_count = upserted_count

        upsert_response.additional_properties = d
        return upsert_response

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


class UpsertResponseDict(TypedDict, total=False):
    """UpsertResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    upserted_count: int
