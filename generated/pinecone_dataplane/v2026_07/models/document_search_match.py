from __future__ import annotations

from collections.abc import Mapping
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

T = TypeVar("T", bound="DocumentSearchMatch")

_FIELDS = _core.JsonFields(
    "_id",
    "_score",
    attributes=(
        "field_id",
        "field_score",
    ),
    required=(
        "_id",
        "_score",
    ),
    nullable=("_score",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class DocumentSearchMatch:
    """A matched document: ID, score and the fields asked for.

    Attributes:
        field_id (str): Document ID. Limits: at least 1 characters.
        field_score (float | None): Similarity score; null when it is not a finite number.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    field_id: str
    field_score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_score: float | None
        field_score = self.field_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_score": field_score,
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

        def _parse_field_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        field_score = _parse_field_score(src_values[1])

        document_search_match = cls.__new__(cls)
        document_search_match.field_id = field_id
        document_search_match.field_score = field_score

        document_search_match.additional_properties = d
        return document_search_match

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


class DocumentSearchMatchDict(TypedDict, total=False):
    """DocumentSearchMatch as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    field_id: Required[str]
    field_score: Required[float | None]
