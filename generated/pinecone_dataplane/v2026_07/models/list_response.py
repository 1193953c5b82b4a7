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
    from ..models.list_item import ListItem
    from ..models.pagination import Pagination
    from ..models.usage import Usage
    from .list_item import ListItemDict
    from .pagination import PaginationDict
    from .usage import UsageDict


T = TypeVar("T", bound="ListResponse")

_FIELDS = _core.JsonFields(
    "vectors",
    "pagination",
    "namespace",
    "usage",
    attributes=(
        "vectors",
        "pagination",
        "namespace",
        "usage",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "vectors": ("models", "ListItem"),
    "pagination": ("model", "Pagination"),
    "usage": ("model", "Usage"),
}


@_attrs_define
class ListResponse:
    """Result of a list call.

    Attributes:
        vectors (list[ListItem] | None):
        pagination (Pagination | None):
        namespace (str | None): Namespace the IDs came from.
        usage (Usage | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    vectors: list[ListItem] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    namespace: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vectors, Unset):
            vectors = []
            for vectors_item_data in self.vectors:
                vectors_item = vectors_item_data.to_dict()
                vectors.append(vectors_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        namespace = self.namespace

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vectors is not UNSET:
            field_dict["vectors"] = vectors
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _vectors = src_values[0]
        vectors: list[ListItem] | Unset = UNSET
        if _vectors is not UNSET:
            vectors = []
            for vectors_item_data in _vectors:
                vectors_item = ListItem.from_dict(vectors_item_data)

                vectors.append(vectors_item)

        _pagination = src_values[1]
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        namespace = src_values[2]

        _usage = src_values[3]
        usage: Usage | Unset
        if _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        list_response = cls.__new__(cls)
        list_response.vectors = vectors
        list_response.pagination = pagination
        list_response.namespace = namespace
        list_response.usage = usage

        list_response.additional_properties = d
        return list_response

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


class ListResponseDict(TypedDict, total=False):
    """ListResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    vectors: Sequence[ListItem | ListItemDict]
    pagination: Pagination | PaginationDict
    namespace: str
    usage: Usage | UsageDict


from ..models.list_item import ListItem
from ..models.pagination import Pagination
from ..models.usage import Usage
