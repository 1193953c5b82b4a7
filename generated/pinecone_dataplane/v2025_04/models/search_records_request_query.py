from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.embed_inputs import EmbedInputs
    from ..models.search_records_request_query_filter import (
        SearchRecordsRequestQueryFilter,
    )
    from ..models.search_records_vector import SearchRecordsVector
    from .search_records_vector import SearchRecordsVectorDict


T = TypeVar("T", bound="SearchRecordsRequestQuery")

_FIELDS = _core.JsonFields(
    "top_k",
    "filter",
    "inputs",
    "vector",
    "id",
    attributes=(
        "top_k",
        "filter_",
        "inputs",
        "vector",
        "id",
    ),
    required=("top_k",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "top_k": ("integer", ""),
    "filter": ("model", "SearchRecordsRequestQueryFilter"),
    "inputs": ("model", "EmbedInputs"),
    "vector": ("model", "SearchRecordsVector"),
}


@_attrs_define
class SearchRecordsRequestQuery:
    """Query settings.

    Attributes:
        top_k (int): How many similar records to return.
        filter_ (SearchRecordsRequestQueryFilter | None): Metadata filter that restricts which records can match. Passed
            as ``filter`` in keyword arguments and dicts.
        inputs (EmbedInputs | None):
        vector (SearchRecordsVector | None):
        id (str | None): ID of a stored vector to use as the query. Limits: at most 512 characters.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    top_k: int
    filter_: SearchRecordsRequestQueryFilter | Unset = UNSET
    inputs: EmbedInputs | Unset = UNSET
    vector: SearchRecordsVector | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_k = self.top_k

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        vector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vector, Unset):
            vector = self.vector.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_k": top_k,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if vector is not UNSET:
            field_dict["vector"] = vector
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        top_k = _core.parse_integer(src_values[0])

        _filter_ = src_values[1]
        filter_: SearchRecordsRequestQueryFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = SearchRecordsRequestQueryFilter.from_dict(_filter_)

        _inputs = src_values[2]
        inputs: EmbedInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = EmbedInputs.from_dict(_inputs)

        _vector = src_values[3]
        vector: SearchRecordsVector | Unset
        if _vector is UNSET:
            vector = UNSET
        else:
            vector = SearchRecordsVector.from_dict(_vector)

        id = src_values[4]

        search_records_request_query = cls.__new__(cls)
        search_records_request_query.top_k = top_k
        search_records_request_query.filter_ = filter_
        search_records_request_query.inputs = inputs
        search_records_request_query.vector = vector
        search_records_request_query.id = id

        search_records_request_query.additional_properties = d
        return search_records_request_query

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


class SearchRecordsRequestQueryDict(TypedDict, total=False):
    """SearchRecordsRequestQuery as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    top_k: Required[int]
    filter: SearchRecordsRequestQueryFilter | Mapping[str, Any]
    inputs: EmbedInputs | Mapping[str, Any]
    vector: SearchRecordsVector | SearchRecordsVectorDict
    id: str


from ..models.embed_inputs import EmbedInputs
from ..models.search_records_request_query_filter import SearchRecordsRequestQueryFilter
from ..models.search_records_vector import SearchRecordsVector
