from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
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

T = TypeVar("T", bound="SearchMatchTerms")

_FIELDS = _core.JsonFields(
    "strategy",
    "terms",
    attributes=(
        "strategy",
        "terms",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class SearchMatchTerms:
    """Requires hits to contain given terms in the text field set by the index `field_map`. Terms are normalized and split
    into single tokens, order ignored. Sparse indexes with integrated embedding using pinecone-sparse-english-v0 only.

        Attributes:
            strategy (str | None): How terms are matched; only `all` (every term required) is supported.
            terms (list[str] | None): Terms each hit's text must contain, per the strategy.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    strategy: str | Unset = UNSET
    terms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        terms: list[str] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        strategy = src_values[0]

        terms = cast(list[str], src_values[1])

        search_match_terms = cls.__new__(cls)
        search_match_terms.strategy = strategy
        search_match_terms.terms = terms

        search_match_terms.additional_properties = d
        return search_match_terms

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


class SearchMatchTermsDict(TypedDict, total=False):
    """SearchMatchTerms as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    strategy: str
    terms: Sequence[str]
