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
    from ..models.scored_vector_metadata import ScoredVectorMetadata
    from ..models.sparse_values import SparseValues
    from .sparse_values import SparseValuesDict


T = TypeVar("T", bound="ScoredVector")

_FIELDS = _core.JsonFields(
    "id",
    "score",
    "values",
    "sparseValues",
    "metadata",
    attributes=(
        "id",
        "score",
        "values",
        "sparse_values",
        "metadata",
    ),
    required=("id",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "sparseValues": ("model", "SparseValues"),
    "metadata": ("model", "ScoredVectorMetadata"),
}


@_attrs_define
class ScoredVector:
    """
    Attributes:
        id (str): Vector ID. Limits: 1 to 512 characters.
        score (float | None): Similarity to the query vector; higher means closer.
        values (list[float] | None): Vector values, when requested.
        sparse_values (SparseValues | None): Sparse vector as parallel lists of indices and values of equal length.
        metadata (ScoredVectorMetadata | None): Vector metadata, when requested.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    score: float | Unset = UNSET
    values: list[float] | Unset = UNSET
    sparse_values: SparseValues | Unset = UNSET
    metadata: ScoredVectorMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        score = self.score

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
        if score is not UNSET:
            field_dict["score"] = score
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

        score = src_values[1]

        values = cast(list[float], src_values[2])

        _sparse_values = src_values[3]
        sparse_values: SparseValues | Unset
        if _sparse_values is UNSET:
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        _metadata = src_values[4]
        metadata: ScoredVectorMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = ScoredVectorMetadata.from_dict(_metadata)

        scored_vector = cls.__new__(cls)
        scored_vector.id = id
        scored_vector.score = score
        scored_vector.values = values
        scored_vector.sparse_values = sparse_values
        scored_vector.metadata = metadata

        scored_vector.additional_properties = d
        return scored_vector

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


class ScoredVectorDict(TypedDict, total=False):
    """ScoredVector as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    score: float
    values: Sequence[float]
    sparse_values: SparseValues | SparseValuesDict
    metadata: ScoredVectorMetadata | Mapping[str, Any]


from ..models.scored_vector_metadata import ScoredVectorMetadata
from ..models.sparse_values import SparseValues
