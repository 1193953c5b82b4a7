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
    from ..models.query_request_filter import QueryRequestFilter
    from ..models.query_vector import QueryVector
    from ..models.sparse_values import SparseValues
    from .query_vector import QueryVectorDict
    from .sparse_values import SparseValuesDict


T = TypeVar("T", bound="QueryRequest")

_FIELDS = _core.JsonFields(
    "topK",
    "namespace",
    "filter",
    "includeValues",
    "includeMetadata",
    "queries",
    "vector",
    "sparseVector",
    "id",
    "scanFactor",
    "maxCandidates",
    attributes=(
        "top_k",
        "namespace",
        "filter_",
        "include_values",
        "include_metadata",
        "queries",
        "vector",
        "sparse_vector",
        "id",
        "scan_factor",
        "max_candidates",
    ),
    required=("topK",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "topK": ("integer", ""),
    "filter": ("model", "QueryRequestFilter"),
    "queries": ("models", "QueryVector"),
    "sparseVector": ("model", "SparseValues"),
    "maxCandidates": ("integer", ""),
}


@_attrs_define
class QueryRequest:
    """Body of a query call.

    Attributes:
        top_k (int): How many matches to return per query. Limits: 1.0 to 10000.0.
        namespace (str | None): Namespace to search.
        filter_ (QueryRequestFilter | None): Metadata filter that restricts which vectors can match. Passed as
            ``filter`` in keyword arguments and dicts.
        include_values (bool | None): Whether to return vector values. On on-demand indexes this can add latency, more
            so with large `topK`, so leave it false unless needed. Default: False.
        include_metadata (bool | None): Whether to return metadata alongside IDs. Default: False.
        queries (list[QueryVector] | None): Deprecated; use `vector` or `id`. Limits: 1 to 10 characters.
        vector (list[float] | None): Query vector, with length equal to the index dimension; give either this or `id`,
            not both. Limits: 1 to 20000 characters.
        sparse_vector (SparseValues | None): Sparse vector as parallel lists of indices and values of equal length.
        id (str | None): ID of a stored vector to use as the query; give either this or `vector`. Limits: at most 512
            characters.
        scan_factor (float | None): Share of an IVF dense index scanned for candidates, from 0.5 to 4 (default 4, most
            accurate); lower it to cut latency. Dedicated read node (DRN) dense indexes only. Limits: 0.5 to 4.0.
        max_candidates (int | None): Upper bound on dense candidates rescored with exact distances, from top_k to
            100000; raise for recall, lower for speed. Dedicated read node (DRN) dense indexes only. Limits: 1 to 100000.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    top_k: int
    namespace: str | Unset = UNSET
    filter_: QueryRequestFilter | Unset = UNSET
    include_values: bool | Unset = False
    include_metadata: bool | Unset = False
    queries: list[QueryVector] | Unset = UNSET
    vector: list[float] | Unset = UNSET
    sparse_vector: SparseValues | Unset = UNSET
    id: str | Unset = UNSET
    scan_factor: float | Unset = UNSET
    max_candidates: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_k = self.top_k

        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        include_values = self.include_values

        include_metadata = self.include_metadata

        queries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = []
            for queries_item_data in self.queries:
                queries_item = queries_item_data.to_dict()
                queries.append(queries_item)

        vector: list[float] | Unset = UNSET
        if not isinstance(self.vector, Unset):
            vector = self.vector

        sparse_vector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_vector, Unset):
            sparse_vector = self.sparse_vector.to_dict()

        id = self.id

        scan_factor = self.scan_factor

        max_candidates = self.max_candidates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topK": top_k,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_values is not UNSET:
            field_dict["includeValues"] = include_values
        if include_metadata is not UNSET:
            field_dict["includeMetadata"] = include_metadata
        if queries is not UNSET:
            field_dict["queries"] = queries
        if vector is not UNSET:
            field_dict["vector"] = vector
        if sparse_vector is not UNSET:
            field_dict["sparseVector"] = sparse_vector
        if id is not UNSET:
            field_dict["id"] = id
        if scan_factor is not UNSET:
            field_dict["scanFactor"] = scan_factor
        if max_candidates is not UNSET:
            field_dict["maxCandidates"] = max_candidates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        top_k = _core.parse_integer(src_values[0])

        namespace = src_values[1]

        _filter_ = src_values[2]
        filter_: QueryRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = QueryRequestFilter.from_dict(_filter_)

        include_values = src_values[3]

        include_metadata = src_values[4]

        _queries = src_values[5]
        queries: list[QueryVector] | Unset = UNSET
        if _queries is not UNSET:
            queries = []
            for queries_item_data in _queries:
                queries_item = QueryVector.from_dict(queries_item_data)

                queries.append(queries_item)

        vector = cast(list[float], src_values[6])

        _sparse_vector = src_values[7]
        sparse_vector: SparseValues | Unset
        if _sparse_vector is UNSET:
            sparse_vector = UNSET
        else:
            sparse_vector = SparseValues.from_dict(_sparse_vector)

        id = src_values[8]

        scan_factor = src_values[9]

        _max_candidates = src_values[10]
        max_candidates: int | Unset
        if _max_candidates is UNSET:
            max_candidates = UNSET
        else:
            max_candidates = _core.parse_integer(_max_candidates)

        query_request = cls.__new__(cls)
        query_request.top_k = top_k
        query_request.namespace = namespace
        query_request.filter_ = filter_
        query_request.include_values = include_values
        query_request.include_metadata = include_metadata
        query_request.queries = queries
        query_request.vector = vector
        query_request.sparse_vector = sparse_vector
        query_request.id = id
        query_request.scan_factor = scan_factor
        query_request.max_candidates = max_candidates

        query_request.additional_properties = d
        return query_request

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


class QueryRequestDict(TypedDict, total=False):
    """QueryRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    top_k: Required[int]
    namespace: str
    filter: QueryRequestFilter | Mapping[str, Any]
    include_values: bool
    include_metadata: bool
    queries: Sequence[QueryVector | QueryVectorDict]
    vector: Sequence[float]
    sparse_vector: SparseValues | SparseValuesDict
    id: str
    scan_factor: float
    max_candidates: int


from ..models.query_request_filter import QueryRequestFilter
from ..models.query_vector import QueryVector
from ..models.sparse_values import SparseValues
