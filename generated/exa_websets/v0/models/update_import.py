from __future__ import annotations

from collections.abc import Mapping
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
    from ..models.update_import_metadata import UpdateImportMetadata


T = TypeVar("T", bound="UpdateImport")

_FIELDS = _core.JsonFields(
    "metadata",
    "title",
    attributes=(
        "metadata",
        "title",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "metadata": ("model", "UpdateImportMetadata"),
}


@_attrs_define
class UpdateImport:
    """
    Attributes:
        metadata (UpdateImportMetadata | None):
        title (str | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    metadata: UpdateImportMetadata | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _metadata = src_values[0]
        metadata: UpdateImportMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = UpdateImportMetadata.from_dict(_metadata)

        title = src_values[1]

        update_import = cls.__new__(cls)
        update_import.metadata = metadata
        update_import.title = title

        update_import.additional_properties = d
        return update_import

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


class UpdateImportDict(TypedDict, total=False):
    """UpdateImport as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    metadata: UpdateImportMetadata | Mapping[str, Any]
    title: str


from ..models.update_import_metadata import UpdateImportMetadata
