from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_description import NamespaceDescription
    from ..models.pagination import Pagination
    from .namespace_description import NamespaceDescriptionDict
    from .pagination import PaginationDict


T = TypeVar("T", bound="ListNamespacesResponse")

_FIELDS = _core.JsonFields(
    "namespaces",
    "pagination",
    "total_count",
    attributes=(
        "namespaces",
        "pagination",
        "total_count",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "namespaces": ("models", "NamespaceDescription"),
    "pagination": ("model", "Pagination"),
    "total_count": ("integer", ""),
}


@_attrs_define
class ListNamespacesResponse:
    """
    Attributes:
        namespaces (list[NamespaceDescription] | None): Namespaces in the index.
        pagination (Pagination | None):
        total_count (int | None): Count of namespaces in the index that match the prefix.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    namespaces: list[NamespaceDescription] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = []
            for namespaces_item_data in self.namespaces:
                namespaces_item = namespaces_item_data.to_dict()
                namespaces.append(namespaces_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _namespaces = src_values[0]
        namespaces: list[NamespaceDescription] | Unset = UNSET
        if _namespaces is not UNSET:
            namespaces = []
            for namespaces_item_data in _namespaces:
                namespaces_item = NamespaceDescription.from_dict(namespaces_item_data)

                namespaces.append(namespaces_item)

        _pagination = src_values[1]
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        _total_count = src_values[2]
        total_count: int | Unset
        if _total_count is UNSET:
            total_count = UNSET
        else:
            total_count = _core.parse_integer(_total_count)

        list_namespaces_response = cls.__new__(cls)
        list_namespaces_response.namespaces = namespaces
        list_namespaces_response.pagination = pagination
        list_namespaces_response.total_count = total_count

        list_namespaces_response.additional_properties = d
        return list_namespaces_response

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


class ListNamespacesResponseDict(TypedDict, total=False):
    """ListNamespacesResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    namespaces: Sequence[NamespaceDescription | NamespaceDescriptionDict]
    pagination: Pagination | PaginationDict
    total_count: int


from ..models.namespace_description import NamespaceDescription
from ..models.pagination import Pagination
