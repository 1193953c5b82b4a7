from __future__ import annotations

from collections.abc import Mapping
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
    from ..models.index_description_namespaces import IndexDescriptionNamespaces


T = TypeVar("T", bound="IndexDescription")

_FIELDS = _core.JsonFields(
    "namespaces",
    "dimension",
    "indexFullness",
    "totalVectorCount",
    "metric",
    "vectorType",
    attributes=(
        "namespaces",
        "dimension",
        "index_fullness",
        "total_vector_count",
        "metric",
        "vector_type",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "namespaces": ("model", "IndexDescriptionNamespaces"),
    "dimension": ("integer", ""),
    "totalVectorCount": ("integer", ""),
}


@_attrs_define
class IndexDescription:
    """Result of a describe-index-stats call.

    Attributes:
        namespaces (IndexDescriptionNamespaces | None): Per-namespace summaries keyed by namespace name; with a filter,
            only matching vectors are counted.
        dimension (int | None): Vector dimension of the index; absent for sparse indexes.
        index_fullness (float | None): How full the index is, in 10% steps, ignoring any filter. Only meaningful for
            pod-based indexes and may be off while pods are resizing.
        total_vector_count (int | None): Count of all vectors in the index, ignoring any filter.
        metric (str | None): Similarity metric of the index.
        vector_type (str | None): Kind of vectors the index holds.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    namespaces: IndexDescriptionNamespaces | Unset = UNSET
    dimension: int | Unset = UNSET
    index_fullness: float | Unset = UNSET
    total_vector_count: int | Unset = UNSET
    metric: str | Unset = UNSET
    vector_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespaces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces.to_dict()

        dimension = self.dimension

        index_fullness = self.index_fullness

        total_vector_count = self.total_vector_count

        metric = self.metric

        vector_type = self.vector_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if index_fullness is not UNSET:
            field_dict["indexFullness"] = index_fullness
        if total_vector_count is not UNSET:
            field_dict["totalVectorCount"] = total_vector_count
        if metric is not UNSET:
            field_dict["metric"] = metric
        if vector_type is not UNSET:
            field_dict["vectorType"] = vector_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _namespaces = src_values[0]
        namespaces: IndexDescriptionNamespaces | Unset
        if _namespaces is UNSET:
            namespaces = UNSET
        else:
            namespaces = IndexDescriptionNamespaces.from_dict(_namespaces)

        _dimension = src_values[1]
        dimension: int | Unset
        if _dimension is UNSET:
            dimension = UNSET
        else:
            dimension = _core.parse_integer(_dimension)

        index_fullness = src_values[2]

        _total_vector_count = src_values[3]
        total_vector_count: int | Unset
        if _total_vector_count is UNSET:
            total_vector_count = UNSET
        else:
            total_vector_count = _core.parse_integer(_total_vector_count)

        metric = src_values[4]

        vector_type = src_values[5]

        index_description = cls.__new__(cls)
        index_description.namespaces = namespaces
        index_description.dimension = dimension
        index_description.index_fullness = index_fullness
        index_description.total_vector_count = total_vector_count
        index_description.metric = metric
        index_description.vector_type = vector_type

        index_description.additional_properties = d
        return index_description

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


class IndexDescriptionDict(TypedDict, total=False):
    """IndexDescription as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    namespaces: IndexDescriptionNamespaces | Mapping[str, Any]
    dimension: int
    index_fullness: float
    total_vector_count: int
    metric: str
    vector_type: str


from ..models.index_description_namespaces import IndexDescriptionNamespaces
