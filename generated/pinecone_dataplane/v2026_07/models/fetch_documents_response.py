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
    from ..models.document_fetch_usage import DocumentFetchUsage
    from ..models.fetch_documents_response_documents import (
        FetchDocumentsResponseDocuments,
    )
    from ..models.pagination import Pagination
    from .document_fetch_usage import DocumentFetchUsageDict
    from .pagination import PaginationDict


T = TypeVar("T", bound="FetchDocumentsResponse")

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
    "documents": ("model", "FetchDocumentsResponseDocuments"),
    "usage": ("model", "DocumentFetchUsage"),
    "pagination": ("model", "Pagination"),
}


@_attrs_define
class FetchDocumentsResponse:
    """Result of `fetch_documents`.

    Attributes:
        documents (FetchDocumentsResponseDocuments): Documents keyed by ID.
        namespace (str): Namespace read from.
        usage (DocumentFetchUsage): Usage of a fetch.
        pagination (Pagination | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    documents: FetchDocumentsResponseDocuments
    namespace: str
    usage: DocumentFetchUsage
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents = self.documents.to_dict()

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
        documents = FetchDocumentsResponseDocuments.from_dict(src_values[0])

        namespace = src_values[1]

        usage = DocumentFetchUsage.from_dict(src_values[2])

        _pagination = src_values[3]
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        fetch_documents_response = cls.__new__(cls)
        fetch_documents_response.documents = documents
        fetch_documents_response.namespace = namespace
        fetch_documents_response.usage = usage
        fetch_documents_response.pagination = pagination

        fetch_documents_response.additional_properties = d
        return fetch_documents_response

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


class FetchDocumentsResponseDict(TypedDict, total=False):
    """FetchDocumentsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    documents: Required[FetchDocumentsResponseDocuments | Mapping[str, Any]]
    namespace: Required[str]
    usage: Required[DocumentFetchUsage | DocumentFetchUsageDict]
    pagination: Pagination | PaginationDict


from ..models.document_fetch_usage import DocumentFetchUsage
from ..models.fetch_documents_response_documents import FetchDocumentsResponseDocuments
from ..models.pagination import Pagination
