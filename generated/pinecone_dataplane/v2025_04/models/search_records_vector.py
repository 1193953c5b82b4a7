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

T = TypeVar("T", bound="SearchRecordsVector")

_FIELDS = _core.JsonFields(
    "values",
    "sparse_values",
    "sparse_indices",
    attributes=(
        "values",
        "sparse_values",
        "sparse_indices",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "sparse_indices": ("integers", ""),
}


@_attrs_define
class SearchRecordsVector:
    """
    Attributes:
        values (list[float] | None): Dense vector values.
        sparse_values (list[float] | None): Values of the sparse embedding.
        sparse_indices (list[int] | None): Indices of the sparse embedding.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    values: list[float] | Unset = UNSET
    sparse_values: list[float] | Unset = UNSET
    sparse_indices: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        sparse_values: list[float] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values

        sparse_indices: list[int] | Unset = UNSET
        if not isinstance(self.sparse_indices, Unset):
            sparse_indices = self.sparse_indices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if sparse_values is not UNSET:
            field_dict["sparse_values"] = sparse_values
        if sparse_indices is not UNSET:
            field_dict["sparse_indices"] = sparse_indices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        values = cast(list[float], src_values[0])

        sparse_values = cast(list[float], src_values[1])

        _sparse_indices = src_values[2]
        sparse_indices: list[int] | Unset = UNSET
        if _sparse_indices is not UNSET:
            sparse_indices = []
            for sparse_indices_item_data in _sparse_indices:
                sparse_indices_item = _core.parse_integer(sparse_indices_item_data)

                sparse_indices.append(sparse_indices_item)

        search_records_vector = cls.__new__(cls)
        search_records_vector.values = values
        search_records_vector.sparse_values = sparse_values
        search_records_vector.sparse_indices = sparse_indices

        search_records_vector.additional_properties = d
        return search_records_vector

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


class SearchRecordsVectorDict(TypedDict, total=False):
    """SearchRecordsVector as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    values: Sequence[float]
    sparse_values: Sequence[float]
    sparse_indices: Sequence[int]
