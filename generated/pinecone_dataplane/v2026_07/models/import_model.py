from __future__ import annotations

import datetime
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
    from ..models.import_validation_result import ImportValidationResult
    from .import_validation_result import ImportValidationResultDict


T = TypeVar("T", bound="ImportModel")

_FIELDS = _core.JsonFields(
    "id",
    "uri",
    "status",
    "createdAt",
    "percentComplete",
    "recordsImported",
    "finishedAt",
    "error",
    "validationResult",
    attributes=(
        "id",
        "uri",
        "status",
        "created_at",
        "percent_complete",
        "records_imported",
        "finished_at",
        "error",
        "validation_result",
    ),
    required=(
        "id",
        "uri",
        "status",
        "createdAt",
        "percentComplete",
        "recordsImported",
    ),
    aliases={
        "createdAt": (
            "startedAt",
            "started_at",
        ),
    },
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class ImportModel:
    """An import operation.

    Attributes:
        id (str): ID of the import. Limits: 1 to 1000 characters.
        uri (str): Source location of the imported data.
        status (str): Current state of the import: `Pending`, `InProgress`, `Failed`, `Completed` or `Cancelled`.
        created_at (datetime.datetime): When the import started.
        percent_complete (float): Progress so far, in percent. Limits: 0.0 to 100.0.
        records_imported (int): Count of records imported successfully. Limits: at least 0.
        finished_at (datetime.datetime | None): When the import ended.
        error (str | None): Failure message, set when the import failed.
        validation_result (ImportValidationResult | None): Counts from validating the import's records; present once
            validation has run.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    uri: str
    status: str
    created_at: datetime.datetime
    percent_complete: float
    records_imported: int
    finished_at: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    validation_result: ImportValidationResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uri = self.uri

        status = self.status

        created_at = _core.format_datetime(self.created_at)

        percent_complete = self.percent_complete

        records_imported = self.records_imported

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = _core.format_datetime(self.finished_at)

        error = self.error

        validation_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_result, Unset):
            validation_result = self.validation_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uri": uri,
                "status": status,
                "createdAt": created_at,
                "percentComplete": percent_complete,
                "recordsImported": records_imported,
            }
        )
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if error is not UNSET:
            field_dict["error"] = error
        if validation_result is not UNSET:
            field_dict["validationResult"] = validation_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        id = src_values[0]

        uri = src_values[1]

        status = src_values[2]

        created_at = _core.parse_datetime(src_values[3])

        percent_complete = src_values[4]

        records_imported = _core.parse_integer(src_values[5])

        _finished_at = src_values[6]
        finished_at: datetime.datetime | Unset
        if _finished_at is UNSET:
            finished_at = UNSET
        else:
            finished_at = _core.parse_datetime(_finished_at)

        error = src_values[7]

        _validation_result = src_values[8]
        validation_result: ImportValidationResult | Unset
        if _validation_result is UNSET:
            validation_result = UNSET
        else:
            validation_result = ImportValidationResult.from_dict(_validation_result)

        import_model = cls.__new__(cls)
        import_model.id = id
        import_model.uri = uri
        import_model.status = status
        import_model.created_at = created_at
        import_model.percent_complete = percent_complete
        import_model.records_imported = records_imported
        import_model.finished_at = finished_at
        import_model.error = error
        import_model.validation_result = validation_result

        import_model.additional_properties = d
        return import_model

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


class ImportModelDict(TypedDict, total=False):
    """ImportModel as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    uri: Required[str]
    status: Required[str]
    created_at: Required[datetime.datetime]
    percent_complete: Required[float]
    records_imported: Required[int]
    finished_at: datetime.datetime
    error: str
    validation_result: ImportValidationResult | ImportValidationResultDict


from ..models.import_validation_result import ImportValidationResult
