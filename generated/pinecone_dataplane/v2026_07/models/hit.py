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

if TYPE_CHECKING:
    from ..models.hit_fields import HitFields


T = TypeVar("T", bound="Hit")

_FIELDS = _core.JsonFields(
    "_id",
    "_score",
    "fields",
    attributes=(
        "field_id",
        "field_score",
        "fields",
    ),
    required=(
        "_id",
        "_score",
        "fields",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "fields": ("model", "HitFields"),
}


@_attrs_define
class Hit:
    """A record similar to the search query.

    Attributes:
        field_id (str): ID of the matching record. Limits: at least 1 characters.
        field_score (float): Similarity score of the hit.
        fields (HitFields): Requested fields of the matching record.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    field_id: str
    field_score: float
    fields: HitFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_score = self.field_score

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_score": field_score,
                "fields": fields,
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
        field_id = src_values[0]

        field_score = src_values[1]

        fields = HitFields.from_dict(src_values[2])

        hit = cls.__new__(cls)
        hit.field_id = field_id
        hit.field_score = field_score
        hit.fields = fields

        hit.additional_properties = d
        return hit

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


class HitDict(TypedDict, total=False):
    """Hit as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    field_id: Required[str]
    field_score: Required[float]
    fields: Required[HitFields | Mapping[str, Any]]


from ..models.hit_fields import HitFields
