from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_records_request_query import SearchRecordsRequestQuery
    from ..models.search_records_request_rerank import SearchRecordsRequestRerank
    from .search_records_request_query import SearchRecordsRequestQueryDict
    from .search_records_request_rerank import SearchRecordsRequestRerankDict


T = TypeVar("T", bound="SearchRecordsRequest")

_FIELDS = _core.JsonFields(
    "query",
    "fields",
    "rerank",
    attributes=(
        "query",
        "fields",
        "rerank",
    ),
    required=("query",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "query": ("model", "SearchRecordsRequestQuery"),
    "rerank": ("model", "SearchRecordsRequestRerank"),
}


@_attrs_define
class SearchRecordsRequest:
    """Search request for records in one namespace.

    Attributes:
        query (SearchRecordsRequestQuery): Query settings.
        fields (list[str] | None): Fields to include in each hit; all fields when omitted.
        rerank (SearchRecordsRequestRerank | None): Options for reranking the first-pass results.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    query: SearchRecordsRequestQuery
    fields: list[str] | Unset = UNSET
    rerank: SearchRecordsRequestRerank | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        rerank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rerank, Unset):
            rerank = self.rerank.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if rerank is not UNSET:
            field_dict["rerank"] = rerank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        query = SearchRecordsRequestQuery.from_dict(src_values[0])

        fields = cast(list[str], src_values[1])

        _rerank = src_values[2]
        rerank: SearchRecordsRequestRerank | Unset
        if _rerank is UNSET:
            rerank = UNSET
        else:
            rerank = SearchRecordsRequestRerank.from_dict(_rerank)

        search_records_request = cls.__new__(cls)
        search_records_request.query = query
        search_records_request.fields = fields
        search_records_request.rerank = rerank

        search_records_request.additional_properties = d
        return search_records_request

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


class SearchRecordsRequestDict(TypedDict, total=False):
    """SearchRecordsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    query: Required[SearchRecordsRequestQuery | SearchRecordsRequestQueryDict]
    fields: Sequence[str]
    rerank: SearchRecordsRequestRerank | SearchRecordsRequestRerankDict


from ..models.search_records_request_query import SearchRecordsRequestQuery
from ..models.search_records_request_rerank import SearchRecordsRequestRerank
