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
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_by_metadata_request_filter import FetchByMetadataRequestFilter


T = TypeVar("T", bound="FetchByMetadataRequest")

_FIELDS = _core.JsonFields(
    "filter",
    "namespace",
    "limit",
    "paginationToken",
    attributes=(
        "filter_",
        "namespace",
        "limit",
        "pagination_token",
    ),
    required=("filter",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "filter": ("model", "FetchByMetadataRequestFilter"),
    "limit": ("integer", ""),
}


@_attrs_define
class FetchByMetadataRequest:
    """Body of a fetch-by-metadata call.

    Attributes:
        filter_ (FetchByMetadataRequestFilter): Metadata filter choosing which vectors to return. Limits: at least 1
            fields. Passed as ``filter`` in keyword arguments and dicts.
        namespace (str | None): Namespace to read from.
        limit (int | None): Most records to return per page. Limits: 1 to 10000. Default: 100.
        pagination_token (str | None): Token for resuming a listing from the previous page.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    filter_: FetchByMetadataRequestFilter
    namespace: str | Unset = UNSET
    limit: int | Unset = 100
    pagination_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        namespace = self.namespace

        limit = self.limit

        pagination_token = self.pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
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
        filter_ = FetchByMetadataRequestFilter.from_dict(src_values[0])

        namespace = src_values[1]

        _limit = src_values[2]
        limit: int | Unset
        if _limit is UNSET:
            limit = UNSET
        else:
            limit = _core.parse_integer(_limit)

        pagination_token = src_values[3]

        fetch_by_metadata_request = cls.__new__(cls)
        fetch_by_metadata_request.filter_ = filter_
        fetch_by_metadata_request.namespace = namespace
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

    filter: Required[FetchByMetadataRequestFilter | Mapping[str, Any]]
    namespace: str
    limit: int
    pagination_token: str


from ..models.fetch_by_metadata_request_filter import FetchByMetadataRequestFilter
