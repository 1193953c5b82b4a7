from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="NamespaceSummary")

_FIELDS = _core.JsonFields(
    "vectorCount",
    attributes=("vector_count",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "vectorCount": ("integer", ""),
}


@_attrs_define
class NamespaceSummary:
    """Overview of one namespace.

    Attributes:
        vector_count (int | None): Vectors in this namespace; the count may trail recent writes.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    vector_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vector_count = self.vector_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector_count is not UNSET:
            field_dict["vectorCount"] = vector_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _vector_count = src_values[0]
        vector_count: int | Unset
        if _vector_count is UNSET:
            vector_count = UNSET
        else:
            vector_count = _core.parse_integer(_vector_count)

        namespace_summary = cls.__new__(cls)
        namespace_summary.vector_count = vector_count

        namespace_summary.additional_properties = d
        return namespace_summary

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


class NamespaceSummaryDict(TypedDict, total=False):
    """NamespaceSummary as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    vector_count: int
