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

if TYPE_CHECKING:
    from ..models.document_record import DocumentRecord
    from .document_record import DocumentRecordDict


T = TypeVar("T", bound="UpsertDocumentsRequest")

_FIELDS = _core.JsonFields(
    "documents",
    attributes=("documents",),
    required=("documents",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "documents": ("models", "DocumentRecord"),
}


@_attrs_define
class UpsertDocumentsRequest:
    """Body of `upsert_documents`.

    Attributes:
        documents (list[DocumentRecord]): Documents to write. Limits: 1 to 1000 items.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    documents: list[DocumentRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
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
        documents = []
        _documents = src_values[0]
        for documents_item_data in _documents:
            documents_item = DocumentRecord.from_dict(documents_item_data)

            documents.append(documents_item)

        upsert_documents_request = cls.__new__(cls)
        upsert_documents_request.documents = documents

        upsert_documents_request.additional_properties = d
        return upsert_documents_request

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


class UpsertDocumentsRequestDict(TypedDict, total=False):
    """UpsertDocumentsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    documents: Required[Sequence[DocumentRecord | DocumentRecordDict]]


from ..models.document_record import DocumentRecord
