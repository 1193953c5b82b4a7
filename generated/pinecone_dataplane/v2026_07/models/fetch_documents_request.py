from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_documents_request_filter import FetchDocumentsRequestFilter


T = TypeVar("T", bound="FetchDocumentsRequest")

_FIELDS = _core.JsonFields(
    "ids",
    "filter",
    "include_fields",
    "pagination_token",
    "limit",
    attributes=(
        "ids",
        "filter_",
        "include_fields",
        "pagination_token",
        "limit",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "filter": ("model", "FetchDocumentsRequestFilter"),
    "limit": ("integer", ""),
}


@_attrs_define
class FetchDocumentsRequest:
    """Body of `fetch_documents`: `ids` or `filter`, not both.

    Attributes:
        ids (list[str] | None): IDs of the documents to read. Limits: 1 to 1000 items.
        filter_ (FetchDocumentsRequestFilter | None): Non-empty metadata filter choosing the documents. Limits: at least
            1 fields. Passed as ``filter`` in keyword arguments and dicts.
        include_fields (list[str] | None): Fields to return; all when omitted or empty.
        pagination_token (str | None): Token of the next page of a fetch by `filter`.
        limit (int | None): Page size of a fetch by `filter`. Limits: 1 to 10000. Default: 100.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    ids: list[str] | Unset = UNSET
    filter_: FetchDocumentsRequestFilter | Unset = UNSET
    include_fields: list[str] | Unset = UNSET
    pagination_token: str | Unset = UNSET
    limit: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        include_fields: list[str] | Unset = UNSET
        if not isinstance(self.include_fields, Unset):
            include_fields = self.include_fields

        pagination_token = self.pagination_token

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields
        if pagination_token is not UNSET:
            field_dict["pagination_token"] = pagination_token
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        ids = cast(list[str], src_values[0])

        _filter_ = src_values[1]
        filter_: FetchDocumentsRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = FetchDocumentsRequestFilter.from_dict(_filter_)

        include_fields = cast(list[str], src_values[2])

        pagination_token = src_values[3]

        _limit = src_values[4]
        limit: int | Unset
        if _limit is UNSET:
            limit = UNSET
        else:
            limit = _core.parse_integer(_limit)

        fetch_documents_request = cls.__new__(cls)
        fetch_documents_request.ids = ids
        fetch_documents_request.filter_ = filter_
        fetch_documents_request.include_fields = include_fields
        fetch_documents_request.pagination_token = pagination_token
        fetch_documents_request.limit = limit

        fetch_documents_request.additional_properties = d
        return fetch_documents_request

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


class FetchDocumentsRequestDict(TypedDict, total=False):
    """FetchDocumentsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    ids: Sequence[str]
    filter: FetchDocumentsRequestFilter | Mapping[str, Any]
    include_fields: Sequence[str]
    pagination_token: str
    limit: int


from ..models.fetch_documents_request_filter import FetchDocumentsRequestFilter
