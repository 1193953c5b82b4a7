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
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector import Vector
    from .vector import VectorDict


T = TypeVar("T", bound="UpsertRequest")

_FIELDS = _core.JsonFields(
    "vectors",
    "namespace",
    attributes=(
        "vectors",
        "namespace",
    ),
    required=("vectors",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "vectors": ("models", "Vector"),
}


@_attrs_define
class UpsertRequest:
    """Body of an upsert call.

    Attributes:
        vectors (list[Vector]): Vectors to write; batches of at most 1000 are recommended. Limits: 1 to 1000 characters.
        namespace (str | None): Namespace to write records to.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    vectors: list[Vector]
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors = []
        for vectors_item_data in self.vectors:
            vectors_item = vectors_item_data.to_dict()
            vectors.append(vectors_item)

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vectors": vectors,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        vectors = []
        _vectors = src_values[0]
        for vectors_item_data in _vectors:
            vectors_item = Vector.from_dict(vectors_item_data)

            vectors.append(vectors_item)

        namespace = src_values[1]

        upsert_request = cls.__new__(cls)
        upsert_request.vectors = vectors
        upsert_request.namespace = namespace

        upsert_request.additional_properties = d
        return upsert_request

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


class UpsertRequestDict(TypedDict, total=False):
    """UpsertRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    vectors: Required[Sequence[Vector | VectorDict]]
    namespace: str


from ..models.vector import Vector
