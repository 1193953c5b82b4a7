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
    from ..models.import_model import ImportModel
    from ..models.pagination import Pagination
    from .import_model import ImportModelDict
    from .pagination import PaginationDict


T = TypeVar("T", bound="ListImportsResponse")

_FIELDS = _core.JsonFields(
    "data",
    "pagination",
    attributes=(
        "data",
        "pagination",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "data": ("models", "ImportModel"),
    "pagination": ("model", "Pagination"),
}


@_attrs_define
class ListImportsResponse:
    """Result of a list-imports call.

    Attributes:
        data (list[ImportModel] | None):
        pagination (Pagination | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    data: list[ImportModel] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
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
        _data = src_values[0]
        data: list[ImportModel] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ImportModel.from_dict(data_item_data)

                data.append(data_item)

        _pagination = src_values[1]
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_imports_response = cls.__new__(cls)
        list_imports_response.data = data
        list_imports_response.pagination = pagination

        list_imports_response.additional_properties = d
        return list_imports_response

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


class ListImportsResponseDict(TypedDict, total=False):
    """ListImportsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    data: Sequence[ImportModel | ImportModelDict]
    pagination: Pagination | PaginationDict


from ..models.import_model import ImportModel
from ..models.pagination import Pagination
