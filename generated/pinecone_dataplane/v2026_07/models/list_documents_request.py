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

T = TypeVar("T", bound="ListDocumentsRequest")

_FIELDS = _core.JsonFields(
    "prefix",
    "limit",
    "pagination_token",
    attributes=(
        "prefix",
        "limit",
        "pagination_token",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "limit": ("integer", ""),
}


@_attrs_define
class ListDocumentsRequest:
    """Body of `list_documents`.

    Attributes:
        prefix (str | None): Only IDs starting with this prefix are listed. Limits: at most 512 characters; matching
            ``^[\\x01-\\x7F]*$``.
        limit (int | None): Page size. Limits: 1 to 100. Default: 100.
        pagination_token (str | None): Token of the next page.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    prefix: str | Unset = UNSET
    limit: int | Unset = 100
    pagination_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        limit = self.limit

        pagination_token = self.pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination_token is not UNSET:
            field_dict["pagination_token"] = pagination_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        prefix = src_values[0]

        _limit = src_values[1]
        limit: int | Unset
        if _limit is UNSET:
            limit = UNSET
        else:
            limit = _core.parse_integer(_limit)

        pagination_token = src_values[2]

        list_documents_request = cls.__new__(cls)
        list_documents_request.prefix = prefix
        list_documents_request.limit = limit
        list_documents_request.pagination_token = pagination_token

        list_documents_request.additional_properties = d
        return list_documents_request

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


class ListDocumentsRequestDict(TypedDict, total=False):
    """ListDocumentsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    prefix: str
    limit: int
    pagination_token: str
