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
    from ..models.sparse_values import SparseValues
    from ..models.update_request_filter import UpdateRequestFilter
    from ..models.update_request_set_metadata import UpdateRequestSetMetadata
    from .sparse_values import SparseValuesDict


T = TypeVar("T", bound="UpdateRequest")

_FIELDS = _core.JsonFields(
    "id",
    "values",
    "sparseValues",
    "setMetadata",
    "namespace",
    "filter",
    "dryRun",
    attributes=(
        "id",
        "values",
        "sparse_values",
        "set_metadata",
        "namespace",
        "filter_",
        "dry_run",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "sparseValues": ("model", "SparseValues"),
    "setMetadata": ("model", "UpdateRequestSetMetadata"),
    "filter": ("model", "UpdateRequestFilter"),
}


@_attrs_define
class UpdateRequest:
    """Body of an update call.

    Attributes:
        id (str | None): ID of the item to change. Limits: 1 to 512 characters.
        values (list[float] | None): New vector values. Limits: 1 to 20000 characters.
        sparse_values (SparseValues | None): Sparse vector as parallel lists of indices and values of equal length.
        set_metadata (UpdateRequestSetMetadata | None): Metadata fields to set on the record.
        namespace (str | None): Namespace holding the record(s) to change.
        filter_ (UpdateRequestFilter | None): Metadata filter; when updating metadata in bulk, every matching record in
            the namespace is changed. Passed as ``filter`` in keyword arguments and dicts.
        dry_run (bool | None): When true, only report how many records match `filter` without changing them. Defaults to
            false. Default: False.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str | Unset = UNSET
    values: list[float] | Unset = UNSET
    sparse_values: SparseValues | Unset = UNSET
    set_metadata: UpdateRequestSetMetadata | Unset = UNSET
    namespace: str | Unset = UNSET
    filter_: UpdateRequestFilter | Unset = UNSET
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        sparse_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_values, Unset):
            sparse_values = self.sparse_values.to_dict()

        set_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.set_metadata, Unset):
            set_metadata = self.set_metadata.to_dict()

        namespace = self.namespace

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if values is not UNSET:
            field_dict["values"] = values
        if sparse_values is not UNSET:
            field_dict["sparseValues"] = sparse_values
        if set_metadata is not UNSET:
            field_dict["setMetadata"] = set_metadata
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        id = src_values[0]

        values = cast(list[float], src_values[1])

        _sparse_values = src_values[2]
        sparse_values: SparseValues | Unset
        if _sparse_values is UNSET:
            sparse_values = UNSET
        else:
            sparse_values = SparseValues.from_dict(_sparse_values)

        _set_metadata = src_values[3]
        set_metadata: UpdateRequestSetMetadata | Unset
        if _set_metadata is UNSET:
            set_metadata = UNSET
        else:
            set_metadata = UpdateRequestSetMetadata.from_dict(_set_metadata)

        namespace = src_values[4]

        _filter_ = src_values[5]
        filter_: UpdateRequestFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = UpdateRequestFilter.from_dict(_filter_)

        dry_run = src_values[6]

        update_request = cls.__new__(cls)
        update_request.id = id
        update_request.values = values
        update_request.sparse_values = sparse_values
        update_request.set_metadata = set_metadata
        update_request.namespace = namespace
        update_request.filter_ = filter_
        update_request.dry_run = dry_run

        update_request.additional_properties = d
        return update_request

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


class UpdateRequestDict(TypedDict, total=False):
    """UpdateRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: str
    values: Sequence[float]
    sparse_values: SparseValues | SparseValuesDict
    set_metadata: UpdateRequestSetMetadata | Mapping[str, Any]
    namespace: str
    filter: UpdateRequestFilter | Mapping[str, Any]
    dry_run: bool


from ..models.sparse_values import SparseValues
from ..models.update_request_filter import UpdateRequestFilter
from ..models.update_request_set_metadata import UpdateRequestSetMetadata
