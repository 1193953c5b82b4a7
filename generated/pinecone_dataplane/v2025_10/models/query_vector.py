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
    from ..models.query_vector_filter import QueryVectorFilter
    from ..models.sparse_values import SparseValues
    from .sparse_values import SparseValuesDict


T = TypeVar("T", bound="QueryVector")

_FIELDS = _core.JsonFields(
    "values",
    "sparseValues",
    "topK",
    "namespace",
    "filter",
    attributes=(
        "values",
        "sparse_values",
        "top_k",
        "namespace",
        "filter_",
    ),
    required=("values",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "sparseValues": ("model", "SparseValues"),
    "topK": ("integer", ""),
    "filter": ("model", "QueryVectorFilter"),
}


@_attrs_define
class QueryVector:
    """One query vector inside a `QueryRequest`.

    Attributes:
        values (list[float]): Query vector values, with length equal to the index dimension. Limits: 1 to 20000
            characters.
        sparse_values (SparseValues | None): Sparse vector as parallel lists of indices and values of equal length.
        top_k (int | None): Per-vector override of how many matches to return. Limits: 1 to 10000.
        namespace (str | None): Per-vector override of the namespace to search.
        filter_ (QueryVectorFilter | None): Per-vector metadata filter that replaces the request-level one. Passed as
            ``filter`` in keyword arguments and dicts.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    values: list[float]
    sparse_values: SparseValues | Unset = UNSET
    top_k: int | Unset = UNSET
    namespace: str | Unset = UNSET
    filter_: QueryVectorFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        top_k = self.top_k

        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if sparse_values is not UNSET:
            field_dict["sparseValues"] = sparse_values
        if top_k is not UNSET:
            field_dict["topK"] = top_k
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        values = cast(list[float], src_values[0])

        _sparse_values = src_values[1]
        sparse_values: SparseValues | Unset
        if _sparse_values is UNSET:
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        _top_k = src_values[2]
        top_k: int | Unset
        if _top_k is UNSET:
            top_k = UNSET
        else:
            top_k = _core.parse_integer(_top_k)

        namespace = src_values[3]

        _filter_ = src_values[4]
        filter_: QueryVectorFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = QueryVectorFilter.from_dict(_filter_)

        query_vector = cls.__new__(cls)
        query_vector.values = values
        query_vector.sparse_values = sparse_values
        query_vector.top_k = top_k
        query_vector.namespace = namespace
        query_vector.filter_ = filter_

        query_vector.additional_properties = d
        return query_vector

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


class QueryVectorDict(TypedDict, total=False):
    """QueryVector as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    values: Required[Sequence[float]]
    sparse_values: SparseValues | SparseValuesDict
    top_k: int
    namespace: str
    filter: QueryVectorFilter | Mapping[str, Any]


from ..models.query_vector_filter import QueryVectorFilter
from ..models.sparse_values import SparseValues
