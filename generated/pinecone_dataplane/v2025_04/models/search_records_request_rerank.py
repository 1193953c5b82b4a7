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
    from ..models.search_records_request_rerank_parameters import (
        SearchRecordsRequestRerankParameters,
    )


T = TypeVar("T", bound="SearchRecordsRequestRerank")

_FIELDS = _core.JsonFields(
    "model",
    "rank_fields",
    "top_n",
    "parameters",
    "query",
    attributes=(
        "model",
        "rank_fields",
        "top_n",
        "parameters",
        "query",
    ),
    required=(
        "model",
        "rank_fields",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "top_n": ("integer", ""),
    "parameters": ("model", "SearchRecordsRequestRerankParameters"),
}


@_attrs_define
class SearchRecordsRequestRerank:
    """Options for reranking the first-pass results.

    Attributes:
        model (str): Reranking model name.
        rank_fields (list[str]): Fields used for reranking, `["text"]` when omitted; how many are allowed depends on the
            model.
        top_n (int | None): How many results to keep after reranking; defaults to top_k.
        parameters (SearchRecordsRequestRerankParameters | None): Extra parameters specific to the reranking model.
        query (str | None): Query text for reranking; when given, it replaces the top-level query input.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    model: str
    rank_fields: list[str]
    top_n: int | Unset = UNSET
    parameters: SearchRecordsRequestRerankParameters | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        rank_fields = self.rank_fields

        top_n = self.top_n

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "rank_fields": rank_fields,
            }
        )
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        model = src_values[0]

        rank_fields = cast(list[str], src_values[1])

        _top_n = src_values[2]
        top_n: int | Unset
        if _top_n is UNSET:
            top_n = UNSET
        else:
            top_n = _core.parse_integer(_top_n)

        _parameters = src_values[3]
        parameters: SearchRecordsRequestRerankParameters | Unset
        if _parameters is UNSET:
            parameters = UNSET
        else:
            parameters = SearchRecordsRequestRerankParameters.from_dict(_parameters)

        query = src_values[4]

        search_records_request_rerank = cls.__new__(cls)
        search_records_request_rerank.model = model
        search_records_request_rerank.rank_fields = rank_fields
        search_records_request_rerank.top_n = top_n
        search_records_request_rerank.parameters = parameters
        search_records_request_rerank.query = query

        search_records_request_rerank.additional_properties = d
        return search_records_request_rerank

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


class SearchRecordsRequestRerankDict(TypedDict, total=False):
    """SearchRecordsRequestRerank as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    model: Required[str]
    rank_fields: Required[Sequence[str]]
    top_n: int
    parameters: SearchRecordsRequestRerankParameters | Mapping[str, Any]
    query: str


from ..models.search_records_request_rerank_parameters import (
    SearchRecordsRequestRerankParameters,
)
