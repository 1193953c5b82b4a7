from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.fetch_by_metadata_request_filter import FetchByMetadataRequestFilter


T = TypeVar("T", bound="FetchByMetadataRequest")

_FIELDS = _core.JsonFields(
    "namespace",
    "filter",
    "limit",
    "paginationToken",
    attributes=(
        "namespace",
        "filter_",
        "limit",
        "pagination_token",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "filter": ("model", "FetchByMetadataRequestFilter"),
    "limit": ("integer", ""),
}


@_attrs_define
class FetchByMetadataRequest:
    """Body of a fetch-by-metadata call.

    Attributes:
        namespace (str | None): Namespace to read from.
        filter_ (FetchByMetadataRequestFilter | None): Metadata filter choosing which vectors to return. Passed as
            ``filter`` in keyword arguments and dicts.
        limit (int | None): Most vectors to return. Limits: at least 1. Default: 100.
        pagination_token (str | None): Token for resuming a listing from the previous page.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    namespace: str | Unset = UNSET
    filter_: FetchByMetadataRequestFilter | Unset = UNSET
    limit: int | Unset = 100
    pagination_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        pagination_token = self.pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination_token is not UNSET:
            field_dict["paginationToken"] = pagination_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        namespace = src_values[0]

        _filter_ = src_values[1]
        filter_: FetchByMetadataRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = FetchByMetadataRequestFilter.from_dict(_filter_)

        _limit = src_values[2]
        limit: int | Unset
        if _limit is UNSET:
            limit = UNSET
        else:
            limit = _core.parse_integer(_limit)

        pagination_token = src_values[3]

        fetch_by_metadata_request = cls.__new__(cls)
        fetch_by_metadata_request.namespace = namespace
        fetch_by_metadata_request.filter_ = filter_
        fetch_by_metadata_request.limit = limit
        fetch_by_metadata_request.pagination_token = pagination_token

        fetch_by_metadata_request.additional_properties = d
        return fetch_by_metadata_request

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


class FetchByMetadataRequestDict(TypedDict, total=False):
    """FetchByMetadataRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    namespace: str
    filter: FetchByMetadataRequestFilter | Mapping[str, Any]
    limit: int
    pagination_token: str


from ..models.fetch_by_metadata_request_filter import FetchByMetadataRequestFilter
