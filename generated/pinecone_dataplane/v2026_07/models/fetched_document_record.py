from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="FetchedDocumentRecord")

_FIELDS = _core.JsonFields(
    "_id",
    attributes=("field_id",),
    required=("_id",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class FetchedDocumentRecord:
    """A document read: ID and fields.

    Attributes:
        field_id (str): Document ID. Limits: at least 1 characters.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    field_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
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

        fetched_document_record = cls.__new__(cls)
        fetched_document_record.field_id = field_id

        fetched_document_record.additional_properties = d
        return fetched_document_record

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


class FetchedDocumentRecordDict(TypedDict, total=False):
    """FetchedDocumentRecord as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    field_id: Required[str]
