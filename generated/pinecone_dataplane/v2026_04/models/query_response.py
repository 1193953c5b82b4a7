from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.scored_vector import ScoredVector
    from ..models.single_query_results import SingleQueryResults
    from ..models.usage import Usage
    from .scored_vector import ScoredVectorDict
    from .single_query_results import SingleQueryResultsDict
    from .usage import UsageDict


T = TypeVar("T", bound="QueryResponse")

_FIELDS = _core.JsonFields(
    "results",
    "matches",
    "namespace",
    "usage",
    attributes=(
        "results",
        "matches",
        "namespace",
        "usage",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "results": ("models", "SingleQueryResults"),
    "matches": ("models", "ScoredVector"),
    "usage": ("model", "Usage"),
}


@_attrs_define
class QueryResponse:
    """Result of a query call: matches for the query vector, most similar first.

    Attributes:
        results (list[SingleQueryResults] | None): Deprecated. Per-query results, in the order of
            `QueryRequest.queries`.
        matches (list[ScoredVector] | None): Matching vectors.
        namespace (str | None): Namespace that was searched.
        usage (Usage | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    results: list[SingleQueryResults] | Unset = UNSET
    matches: list[ScoredVector] | Unset = UNSET
    namespace: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        namespace = self.namespace

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if matches is not UNSET:
            field_dict["matches"] = matches
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _results = src_values[0]
        results: list[SingleQueryResults] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = SingleQueryResults.from_dict(results_item_data)

                results.append(results_item)

        _matches = src_values[1]
        matches: list[ScoredVector] | Unset = UNSET
        if _matches is not UNSET:
            matches = []
            for matches_item_data in _matches:
                matches_item = ScoredVector.from_dict(matches_item_data)

                matches.append(matches_item)

        namespace = src_values[2]

        _usage = src_values[3]
        usage: Usage | Unset
        if _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        query_response = cls.__new__(cls)
        query_response.results = results
        query_response.matches = matches
        query_response.namespace = namespace
        query_response.usage = usage

        query_response.additional_properties = d
        return query_response

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


class QueryResponseDict(TypedDict, total=False):
    """QueryResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    results: Sequence[SingleQueryResults | SingleQueryResultsDict]
    matches: Sequence[ScoredVector | ScoredVectorDict]
    namespace: str
    usage: Usage | UsageDict


from ..models.scored_vector import ScoredVector
from ..models.single_query_results import SingleQueryResults
from ..models.usage import Usage
