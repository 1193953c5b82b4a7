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
    from ..models.search_documents_request_filter import SearchDocumentsRequestFilter


T = TypeVar("T", bound="SearchDocumentsRequest")

_FIELDS = _core.JsonFields(
    "score_by",
    "top_k",
    "include_fields",
    "filter",
    attributes=(
        "score_by",
        "top_k",
        "include_fields",
        "filter_",
    ),
    required=(
        "score_by",
        "top_k",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "top_k": ("integer", ""),
    "filter": ("model", "SearchDocumentsRequestFilter"),
}


@_attrs_define
class SearchDocumentsRequest:
    """Body of `search_documents`.

    Attributes:
        score_by (Any): Scoring clauses; several only when all are `text` or `query_string`. Limits: 1 to 100 items.
        top_k (int): How many documents to return. Limits: 1 to 10000.
        include_fields (list[str] | None): Fields returned with each match besides `_id` and `_score`; `["*"]` for all,
            none by default.
        filter_ (SearchDocumentsRequestFilter | None): Metadata filter restricting the search. Passed as ``filter`` in
            keyword arguments and dicts.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    score_by: Any
    top_k: int
    include_fields: list[str] | Unset = UNSET
    filter_: SearchDocumentsRequestFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_by: Any
        score_by = self.score_by

        top_k = self.top_k

        include_fields: list[str] | Unset = UNSET
        if not isinstance(self.include_fields, Unset):
            include_fields = self.include_fields

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score_by": score_by,
                "top_k": top_k,
            }
        )
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)

        def _parse_score_by(data: object) -> Any:
            return cast(Any, data)

        score_by = _parse_score_by(src_values[0])

        top_k = _core.parse_integer(src_values[1])

        include_fields = cast(list[str], src_values[2])

        _filter_ = src_values[3]
        filter_: SearchDocumentsRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = SearchDocumentsRequestFilter.from_dict(_filter_)

        search_documents_request = cls.__new__(cls)
        search_documents_request.score_by = score_by
        search_documents_request.top_k = top_k
        search_documents_request.include_fields = include_fields
        search_documents_request.filter_ = filter_

        search_documents_request.additional_properties = d
        return search_documents_request

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


class SearchDocumentsRequestDict(TypedDict, total=False):
    """SearchDocumentsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    score_by: Required[Any]
    top_k: Required[int]
    include_fields: Sequence[str]
    filter: SearchDocumentsRequestFilter | Mapping[str, Any]


from ..models.search_documents_request_filter import SearchDocumentsRequestFilter
