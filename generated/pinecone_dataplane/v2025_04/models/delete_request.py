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
    from ..models.delete_request_filter import DeleteRequestFilter


T = TypeVar("T", bound="DeleteRequest")

_FIELDS = _core.JsonFields(
    "ids",
    "deleteAll",
    "namespace",
    "filter",
    attributes=(
        "ids",
        "delete_all",
        "namespace",
        "filter_",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "filter": ("model", "DeleteRequestFilter"),
}


@_attrs_define
class DeleteRequest:
    """Body of a delete call.

    Attributes:
        ids (list[str] | None): IDs to remove. Limits: 1 to 1000 characters.
        delete_all (bool | None): When true, remove everything in the namespace. Default: False.
        namespace (str | None): Namespace to remove vectors from, if any.
        filter_ (DeleteRequestFilter | None): Metadata filter choosing what to remove; cannot be combined with `ids` or
            `deleteAll`. Passed as ``filter`` in keyword arguments and dicts.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    ids: list[str] | Unset = UNSET
    delete_all: bool | Unset = False
    namespace: str | Unset = UNSET
    filter_: DeleteRequestFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        delete_all = self.delete_all

        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if delete_all is not UNSET:
            field_dict["deleteAll"] = delete_all
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        ids = cast(list[str], src_values[0])

        delete_all = src_values[1]

        namespace = src_values[2]

        _filter_ = src_values[3]
        filter_: DeleteRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = DeleteRequestFilter.from_dict(_filter_)

        delete_request = cls.__new__(cls)
        delete_request.ids = ids
        delete_request.delete_all = delete_all
        delete_request.namespace = namespace
        delete_request.filter_ = filter_

        delete_request.additional_properties = d
        return delete_request

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


class DeleteRequestDict(TypedDict, total=False):
    """DeleteRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    ids: Sequence[str]
    delete_all: bool
    namespace: str
    filter: DeleteRequestFilter | Mapping[str, Any]


from ..models.delete_request_filter import DeleteRequestFilter
