from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
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
    from ..models.update_document_record import UpdateDocumentRecord
    from ..models.update_documents_request_filter import UpdateDocumentsRequestFilter
    from ..models.update_documents_request_set_fields import (
        UpdateDocumentsRequestSetFields,
    )
    from .update_document_record import UpdateDocumentRecordDict


T = TypeVar("T", bound="UpdateDocumentsRequest")

_FIELDS = _core.JsonFields(
    "documents",
    "filter",
    "set_fields",
    "remove_fields",
    attributes=(
        "documents",
        "filter_",
        "set_fields",
        "remove_fields",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "documents": ("models", "UpdateDocumentRecord"),
    "filter": ("model", "UpdateDocumentsRequestFilter"),
    "set_fields": ("model", "UpdateDocumentsRequestSetFields"),
}


@_attrs_define
class UpdateDocumentsRequest:
    """Body of `update_documents`: `documents`, or `filter` with a non-empty `set_fields` or `remove_fields`.

    Attributes:
        documents (list[UpdateDocumentRecord] | None): Per-document updates. Limits: 1 to 1000 items.
        filter_ (UpdateDocumentsRequestFilter | None): Non-empty metadata filter choosing the documents to update; no
            text-match operators. Limits: at least 1 fields. Passed as ``filter`` in keyword arguments and dicts.
        set_fields (UpdateDocumentsRequestSetFields | None): Fields to set on every matching document.
        remove_fields (list[str] | None): Fields to remove from every matching document.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    documents: list[UpdateDocumentRecord] | Unset = UNSET
    filter_: UpdateDocumentsRequestFilter | Unset = UNSET
    set_fields: UpdateDocumentsRequestSetFields | Unset = UNSET
    remove_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        set_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_fields, Unset):
            set_fields = self.set_fields.to_dict()

        remove_fields: list[str] | Unset = UNSET
        if not isinstance(self.remove_fields, Unset):
            remove_fields = self.remove_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if documents is not UNSET:
            field_dict["documents"] = documents
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if set_fields is not UNSET:
            field_dict["set_fields"] = set_fields
        if remove_fields is not UNSET:
            field_dict["remove_fields"] = remove_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _documents = src_values[0]
        documents: list[UpdateDocumentRecord] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = UpdateDocumentRecord.from_dict(documents_item_data)

                documents.append(documents_item)

        _filter_ = src_values[1]
        filter_: UpdateDocumentsRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = UpdateDocumentsRequestFilter.from_dict(_filter_)

        _set_fields = src_values[2]
        set_fields: UpdateDocumentsRequestSetFields | Unset
        if _set_fields is UNSET:
            set_fields = UNSET
        else:
            set_fields = UpdateDocumentsRequestSetFields.from_dict(_set_fields)

        remove_fields = cast(list[str], src_values[3])

        update_documents_request = cls.__new__(cls)
        update_documents_request.documents = documents
        update_documents_request.filter_ = filter_
        update_documents_request.set_fields = set_fields
        update_documents_request.remove_fields = remove_fields

        update_documents_request.additional_properties = d
        return update_documents_request

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


class UpdateDocumentsRequestDict(TypedDict, total=False):
    """UpdateDocumentsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    documents: Sequence[UpdateDocumentRecord | UpdateDocumentRecordDict]
    filter: UpdateDocumentsRequestFilter | Mapping[str, Any]
    set_fields: UpdateDocumentsRequestSetFields | Mapping[str, Any]
    remove_fields: Sequence[str]


from ..models.update_document_record import UpdateDocumentRecord
from ..models.update_documents_request_filter import UpdateDocumentsRequestFilter
from ..models.update_documents_request_set_fields import UpdateDocumentsRequestSetFields
