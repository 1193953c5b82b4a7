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
    from ..models.import_error_mode import ImportErrorMode
    from .import_error_mode import ImportErrorModeDict


T = TypeVar("T", bound="StartImportRequest")

_FIELDS = _core.JsonFields(
    "uri",
    "integrationId",
    "errorMode",
    attributes=(
        "uri",
        "integration_id",
        "error_mode",
    ),
    required=("uri",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "errorMode": ("model", "ImportErrorMode"),
}


@_attrs_define
class StartImportRequest:
    """Body of a start-import call.

    Attributes:
        uri (str): Location (bucket or container plus directory) of the Parquet files and namespaces to import, on S3,
            Google Cloud Storage or Azure Blob Storage. Limits: 1 to 1500 characters.
        integration_id (str | None): ID of the storage integration used to read the source data. Limits: at most 1000
            characters.
        error_mode (ImportErrorMode | None): What to do when the import hits an error.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    uri: str
    integration_id: str | Unset = UNSET
    error_mode: ImportErrorMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        integration_id = self.integration_id

        error_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_mode, Unset):
            error_mode = self.error_mode.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
            }
        )
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if error_mode is not UNSET:
            field_dict["errorMode"] = error_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        uri = src_values[0]

        integration_id = src_values[1]

        _error_mode = src_values[2]
        error_mode: ImportErrorMode | Unset
        if _error_mode is UNSET:
            error_mode = UNSET
        else:
            error_mode = ImportErrorMode.from_dict(_error_mode)

        start_import_request = cls.__new__(cls)
        start_import_request.uri = uri
        start_import_request.integration_id = integration_id
        start_import_request.error_mode = error_mode

        start_import_request.additional_properties = d
        return start_import_request

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


class StartImportRequestDict(TypedDict, total=False):
    """StartImportRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    uri: Required[str]
    integration_id: str
    error_mode: ImportErrorMode | ImportErrorModeDict


from ..models.import_error_mode import ImportErrorMode
