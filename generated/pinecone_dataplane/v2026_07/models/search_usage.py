from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="SearchUsage")

_FIELDS = _core.JsonFields(
    "read_units",
    "embed_total_tokens",
    "rerank_units",
    attributes=(
        "read_units",
        "embed_total_tokens",
        "rerank_units",
    ),
    required=("read_units",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "read_units": ("integer", ""),
    "embed_total_tokens": ("integer", ""),
    "rerank_units": ("integer", ""),
}


@_attrs_define
class SearchUsage:
    """
    Attributes:
        read_units (int): Read units used by the request. Limits: at least 0.
        embed_total_tokens (int | None): Embedding tokens used by the request. Limits: at least 0.
        rerank_units (int | None): Rerank units used by the request. Limits: at least 0.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    read_units: int
    embed_total_tokens: int | Unset = UNSET
    rerank_units: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_units = self.read_units

        embed_total_tokens = self.embed_total_tokens

        rerank_units = self.rerank_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read_units": read_units,
            }
        )
        if embed_total_tokens is not UNSET:
            field_dict["embed_total_tokens"] = embed_total_tokens
        if rerank_units is not UNSET:
            field_dict["rerank_units"] = rerank_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        read_units = _core.parse_integer(src_values[0])

        _embed_total_tokens = src_values[1]
        embed_total_tokens: int | Unset
        if _embed_total_tokens is UNSET:
            embed_total_tokens = UNSET
        else:
            embed_total_tokens = _core.parse_integer(_embed_total_tokens)

        _rerank_units = src_values[2]
        rerank_units: int | Unset
        if _rerank_units is UNSET:
            rerank_units = UNSET
        else:
            rerank_units = _core.parse_integer(_rerank_units)

        search_usage = cls.__new__(cls)
        search_usage.read_units = read_units
        search_usage.embed_total_tokens = embed_total_tokens
        search_usage.rerank_units = rerank_units

        search_usage.additional_properties = d
        return search_usage

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


class SearchUsageDict(TypedDict, total=False):
    """SearchUsage as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    read_units: Required[int]
    embed_total_tokens: int
    rerank_units: int
