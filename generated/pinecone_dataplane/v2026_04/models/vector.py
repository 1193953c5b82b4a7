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
    from ..models.sparse_values import SparseValues
    from ..models.vector_metadata import VectorMetadata
    from .sparse_values import SparseValuesDict


T = TypeVar("T", bound="Vector")

_FIELDS = _core.JsonFields(
    "id",
    "values",
    "sparseValues",
    "metadata",
    attributes=(
        "id",
        "values",
        "sparse_values",
        "metadata",
    ),
    required=("id",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "sparseValues": ("model", "SparseValues"),
    "metadata": ("model", "VectorMetadata"),
}


@_attrs_define
class Vector:
    """
    Attributes:
        id (str): Unique vector ID. Limits: 1 to 512 characters.
        values (list[float] | None): Dense vector values. Limits: 1 to 20000 characters.
        sparse_values (SparseValues | None): Sparse vector as parallel lists of indices and values of equal length.
        metadata (VectorMetadata | None): Metadata attached to the vector.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    values: list[float] | Unset = UNSET
    sparse_values: SparseValues | Unset = UNSET
    metadata: VectorMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if sparse_values is not UNSET:
            field_dict["sparseValues"] = sparse_values
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        id = src_values[0]

        values = cast(list[float], src_values[1])

        _sparse_values = src_values[2]
        sparse_values: SparseValues | Unset
        if _sparse_values is UNSET:
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        _metadata = src_values[3]
        metadata: VectorMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = VectorMetadata.from_dict(_metadata)

        vector = cls.__new__(cls)
        vector.id = id
        vector.values = values
        vector.sparse_values = sparse_values
        vector.metadata = metadata

        vector.additional_properties = d
        return vector

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


class VectorDict(TypedDict, total=False):
    """Vector as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    values: Sequence[float]
    sparse_values: SparseValues | SparseValuesDict
    metadata: VectorMetadata | Mapping[str, Any]


from ..models.sparse_values import SparseValues
from ..models.vector_metadata import VectorMetadata
