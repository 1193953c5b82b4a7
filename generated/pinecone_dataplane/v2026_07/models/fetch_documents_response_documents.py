from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fetched_document_record import FetchedDocumentRecord


T = TypeVar("T", bound="FetchDocumentsResponseDocuments")

_FIELDS = _core.JsonFields(
    attributes=(),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class FetchDocumentsResponseDocuments:
    """Documents keyed by ID."""

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    additional_properties: dict[str, FetchedDocumentRecord] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        fetch_documents_response_documents = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FetchedDocumentRecord.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        fetch_documents_response_documents.additional_properties = additional_properties
        return fetch_documents_response_documents

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FetchedDocumentRecord:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FetchedDocumentRecord) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.fetched_document_record import FetchedDocumentRecord
