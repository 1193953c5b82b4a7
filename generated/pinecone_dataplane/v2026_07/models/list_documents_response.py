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
    from ..models.document_list_usage import DocumentListUsage
    from ..models.listed_document_record import ListedDocumentRecord
    from ..models.pagination import Pagination
    from .document_list_usage import DocumentListUsageDict
    from .listed_document_record import ListedDocumentRecordDict
    from .pagination import PaginationDict


T = TypeVar("T", bound="ListDocumentsResponse")

_FIELDS = _core.JsonFields(
    "documents",
    "namespace",
    "usage",
    "pagination",
    attributes=(
        "documents",
        "namespace",
        "usage",
        "pagination",
    ),
    required=(
        "documents",
        "namespace",
        "usage",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "documents": ("models", "ListedDocumentRecord"),
    "usage": ("model", "DocumentListUsage"),
    "pagination": ("model", "Pagination"),
}


@_attrs_define
class ListDocumentsResponse:
    """Result of `list_documents`.

    Attributes:
        documents (list[ListedDocumentRecord]): Documents, sorted by ID.
        namespace (str): Namespace listed.
        usage (DocumentListUsage): Usage of a listing.
        pagination (Pagination | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    documents: list[ListedDocumentRecord]
    namespace: str
    usage: DocumentListUsage
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        namespace = self.namespace

        usage = self.usage.to_dict()

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "namespace": namespace,
                "usage": usage,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

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
            documents_item = ListedDocumentRecord.from_dict(documents_item_data)

            documents.append(documents_item)

        namespace = src_values[1]

        usage = DocumentListUsage.from_dict(src_values[2])

        _pagination = src_values[3]
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_documents_response = cls.__new__(cls)
        list_documents_response.documents = documents
        list_documents_response.namespace = namespace
        list_documents_response.usage = usage
        list_documents_response.pagination = pagination

        list_documents_response.additional_properties = d
        return list_documents_response

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


class ListDocumentsResponseDict(TypedDict, total=False):
    """ListDocumentsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    documents: Required[Sequence[ListedDocumentRecord | ListedDocumentRecordDict]]
    namespace: Required[str]
    usage: Required[DocumentListUsage | DocumentListUsageDict]
    pagination: Pagination | PaginationDict


from ..models.document_list_usage import DocumentListUsage
from ..models.listed_document_record import ListedDocumentRecord
from ..models.pagination import Pagination
