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
    from ..models.delete_documents_request_filter import DeleteDocumentsRequestFilter


T = TypeVar("T", bound="DeleteDocumentsRequest")

_FIELDS = _core.JsonFields(
    "ids",
    "filter",
    "delete_all",
    attributes=(
        "ids",
        "filter_",
        "delete_all",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "filter": ("model", "DeleteDocumentsRequestFilter"),
}


@_attrs_define
class DeleteDocumentsRequest:
    """Body of `delete_documents`: exactly one of `ids`, `filter` and `delete_all`.

    Attributes:
        ids (list[str] | None): IDs of the documents to delete. Limits: 1 to 1000 items.
        filter_ (DeleteDocumentsRequestFilter | None): Non-empty metadata filter choosing the documents to delete; no
            text-match operators. Limits: at least 1 fields. Passed as ``filter`` in keyword arguments and dicts.
        delete_all (bool | None): When true, delete every document in the namespace.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    ids: list[str] | Unset = UNSET
    filter_: DeleteDocumentsRequestFilter | Unset = UNSET
    delete_all: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        delete_all = self.delete_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if delete_all is not UNSET:
            field_dict["delete_all"] = delete_all

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        ids = cast(list[str], src_values[0])

        _filter_ = src_values[1]
        filter_: DeleteDocumentsRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = DeleteDocumentsRequestFilter.from_dict(_filter_)

        delete_all = src_values[2]

        delete_documents_request = cls.__new__(cls)
        delete_documents_request.ids = ids
        delete_documents_request.filter_ = filter_
        delete_documents_request.delete_all = delete_all

        delete_documents_request.additional_properties = d
        return delete_documents_request

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


class DeleteDocumentsRequestDict(TypedDict, total=False):
    """DeleteDocumentsRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    ids: Sequence[str]
    filter: DeleteDocumentsRequestFilter | Mapping[str, Any]
    delete_all: bool


from ..models.delete_documents_request_filter import DeleteDocumentsRequestFilter
