from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
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

T = TypeVar("T", bound="SparseValues")

_FIELDS = _core.JsonFields(
    "indices",
    "values",
    attributes=(
        "indices",
        "values",
    ),
    required=(
        "indices",
        "values",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "indices": ("integers", ""),
}


@_attrs_define
class SparseValues:
    """Sparse vector as parallel lists of indices and values of equal length.

    Attributes:
        indices (list[int]): Positions of the non-zero entries. Limits: 1 to 2048 items.
        values (list[float]): Values matching `indices`, one per index. Limits: 1 to 2048 items.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    indices: list[int]
    values: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indices = self.indices

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indices": indices,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        indices = []
        _indices = src_values[0]
        for indices_item_data in _indices:
            indices_item = _core.parse_integer(indices_item_data)

            indices.append(indices_item)

        values = cast(list[float], src_values[1])

        sparse_values = cls.__new__(cls)
        sparse_values.indices = indices
        sparse_values.values = values

        sparse_values.additional_properties = d
        return sparse_values

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


class SparseValuesDict(TypedDict, total=False):
    """SparseValues as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    indices: Required[Sequence[int]]
    values: Required[Sequence[float]]
