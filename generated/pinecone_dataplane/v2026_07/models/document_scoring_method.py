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
    from .sparse_values import SparseValuesDict


T = TypeVar("T", bound="DocumentScoringMethod")

_FIELDS = _core.JsonFields(
    "type",
    "fields",
    "field",
    "query",
    "values",
    "sparse_values",
    attributes=(
        "type_",
        "fields",
        "field",
        "query",
        "values",
        "sparse_values",
    ),
    required=("type",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "sparse_values": ("model", "SparseValues"),
}


@_attrs_define
class DocumentScoringMethod:
    """How to score documents against a query; `type` decides which other fields apply.

    Attributes:
        type_ (str): Scoring type: `dense_vector`, `sparse_vector`, `text` or `query_string`. Passed as ``type`` in
            keyword arguments and dicts.
        fields (list[str] | None): Fields to score against; one for vector types, one or more for `text`, none for
            `query_string`. Limits: at least 1 items.
        field (str | None): One field to score against; `fields` is preferred.
        query (str | None): Query text for `text` and `query_string`; trimmed, non-empty, at most 10 KB. Limits: at
            least 1 characters.
        values (list[float] | None): Query vector for `dense_vector`.
        sparse_values (SparseValues | None): Sparse vector as parallel lists of indices and values of equal length.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    type_: str
    fields: list[str] | Unset = UNSET
    field: str | Unset = UNSET
    query: str | Unset = UNSET
    values: list[float] | Unset = UNSET
    sparse_values: SparseValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field = self.field

        query = self.query

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if field is not UNSET:
            field_dict["field"] = field
        if query is not UNSET:
            field_dict["query"] = query
        if values is not UNSET:
            field_dict["values"] = values
        if sparse_values is not UNSET:
            field_dict["sparse_values"] = sparse_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        type_ = src_values[0]

        fields = cast(list[str], src_values[1])

        field = src_values[2]

        query = src_values[3]

        values = cast(list[float], src_values[4])

        _sparse_values = src_values[5]
        sparse_values: SparseValues | Unset
        if _sparse_values is UNSET:
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        document_scoring_method = cls.__new__(cls)
        document_scoring_method.type_ = type_
        document_scoring_method.fields = fields
        document_scoring_method.field = field
        document_scoring_method.query = query
        document_scoring_method.values = values
        document_scoring_method.sparse_values = sparse_values

        document_scoring_method.additional_properties = d
        return document_scoring_method

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


class DocumentScoringMethodDict(TypedDict, total=False):
    """DocumentScoringMethod as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    type: Required[str]
    fields: Sequence[str]
    field: str
    query: str
    values: Sequence[float]
    sparse_values: SparseValues | SparseValuesDict


from ..models.sparse_values import SparseValues
