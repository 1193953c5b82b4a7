from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="ImportModel")

_FIELDS = _core.JsonFields(
    "id",
    "uri",
    "status",
    "createdAt",
    "finishedAt",
    "percentComplete",
    "recordsImported",
    "error",
    attributes=(
        "id",
        "uri",
        "status",
        "created_at",
        "finished_at",
        "percent_complete",
        "records_imported",
        "error",
    ),
    required=(),
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
        id (str | None): ID of the import. Limits: 1 to 1000 characters.
        uri (str | None): Source location of the imported data.
        status (str | None): Current state of the import: `Pending`, `InProgress`, `Failed`, `Completed` or `Cancelled`.
        created_at (datetime.datetime | None): When the import started.
        finished_at (datetime.datetime | None): When the import ended.
        percent_complete (float | None): Progress so far, in percent. Limits: 0.0 to 100.0.
        records_imported (int | None): Count of records imported successfully.
        error (str | None): Failure message, set when the import failed.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str | Unset = UNSET
    uri: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    percent_complete: float | Unset = UNSET
    records_imported: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uri = self.uri

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _core.format_datetime(self.created_at)

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = _core.format_datetime(self.finished_at)

        percent_complete = self.percent_complete

        records_imported = self.records_imported

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if percent_complete is not UNSET:
            field_dict["percentComplete"] = percent_complete
        if records_imported is not UNSET:
            field_dict["recordsImported"] = records_imported
        if error is not UNSET:
            field_dict["error"] = error

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

        _created_at = src_values[3]
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = _core.parse_datetime(_created_at)

        _finished_at = src_values[4]
        finished_at: datetime.datetime | Unset
        if _finished_at is UNSET:
            finished_at = UNSET
        else:
            finished_at = _core.parse_datetime(_finished_at)

        percent_complete = src_values[5]

        _records_imported = src_values[6]
        records_imported: int | Unset
        if _records_imported is UNSET:
            records_imported = UNSET
        else:
            records_imported = _core.parse_integer(_records_imported)

        error = src_values[7]

        import_model = cls.__new__(cls)
        import_model.id = id
        import_model.uri = uri
        import_model.status = status
        import_model.created_at = created_at
        import_model.finished_at = finished_at
        import_model.percent_complete = percent_complete
        import_model.records_imported = records_imported
        import_model.error = error

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

    id: str
    uri: str
    status: str
    created_at: datetime.datetime
    finished_at: datetime.datetime
    percent_complete: float
    records_imported: int
    error: str
