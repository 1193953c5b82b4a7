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
    from .scored_vector import ScoredVectorDict


T = TypeVar("T", bound="SingleQueryResults")

_FIELDS = _core.JsonFields(
    "matches",
    "namespace",
    attributes=(
        "matches",
        "namespace",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "matches": ("models", "ScoredVector"),
}


@_attrs_define
class SingleQueryResults:
    """
    Attributes:
        matches (list[ScoredVector] | None): Matching vectors.
        namespace (str | None): Namespace that was searched.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    matches: list[ScoredVector] | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matches is not UNSET:
            field_dict["matches"] = matches
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _matches = src_values[0]
        matches: list[ScoredVector] | Unset = UNSET
        if _matches is not UNSET:
            matches = []
            for matches_item_data in _matches:
                matches_item = ScoredVector.from_dict(matches_item_data)

                matches.append(matches_item)

        namespace = src_values[1]

        single_query_results = cls.__new__(cls)
        single_query_results.matches = matches
        single_query_results.namespace = namespace

        single_query_results.additional_properties = d
        return single_query_results

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


class SingleQueryResultsDict(TypedDict, total=False):
    """SingleQueryResults as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    matches: Sequence[ScoredVector | ScoredVectorDict]
    namespace: str


from ..models.scored_vector import ScoredVector
