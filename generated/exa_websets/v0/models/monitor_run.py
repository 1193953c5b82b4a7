from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitor_run_object import MonitorRunObject
from ..models.monitor_run_status import MonitorRunStatus
from ..models.monitor_run_type import MonitorRunType

T = TypeVar("T", bound="MonitorRun")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "monitorId",
    "type",
    "completedAt",
    "failedAt",
    "failedReason",
    "canceledAt",
    "createdAt",
    "updatedAt",
    attributes=(
        "id",
        "object_",
        "status",
        "monitor_id",
        "type_",
        "completed_at",
        "failed_at",
        "failed_reason",
        "canceled_at",
        "created_at",
        "updated_at",
    ),
    required=(
        "id",
        "object",
        "status",
        "monitorId",
        "type",
        "completedAt",
        "failedAt",
        "failedReason",
        "canceledAt",
        "createdAt",
        "updatedAt",
    ),
    nullable=(
        "completedAt",
        "failedAt",
        "failedReason",
        "canceledAt",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class MonitorRun:
    """
    Attributes:
        id (str): Identifier of the run.
        object_ (MonitorRunObject): Kind of object, always `monitor_run`. Passed as ``object`` in keyword arguments and
            dicts.
        status (MonitorRunStatus): Where the run stands.
        monitor_id (str): Monitor this run belongs to.
        type_ (MonitorRunType): What the run does. Passed as ``type`` in keyword arguments and dicts.
        completed_at (datetime.datetime | None): When the run finished.
        failed_at (datetime.datetime | None): Time the run failed.
        failed_reason (None | str): Why the run failed.
        canceled_at (datetime.datetime | None): Time the run was canceled.
        created_at (datetime.datetime): Time of the run's creation.
        updated_at (datetime.datetime): Time of the run's last change.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    object_: MonitorRunObject
    status: MonitorRunStatus
    monitor_id: str
    type_: MonitorRunType
    completed_at: datetime.datetime | None
    failed_at: datetime.datetime | None
    failed_reason: None | str
    canceled_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status.value

        monitor_id = self.monitor_id

        type_ = self.type_.value

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = _core.format_datetime(self.completed_at)
        else:
            completed_at = self.completed_at

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = _core.format_datetime(self.failed_at)
        else:
            failed_at = self.failed_at

        failed_reason: None | str
        failed_reason = self.failed_reason

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = _core.format_datetime(self.canceled_at)
        else:
            canceled_at = self.canceled_at

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "monitorId": monitor_id,
                "type": type_,
                "completedAt": completed_at,
                "failedAt": failed_at,
                "failedReason": failed_reason,
                "canceledAt": canceled_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        id = src_values[0]

        object_ = MonitorRunObject(src_values[1])

        status = MonitorRunStatus(src_values[2])

        monitor_id = src_values[3]

        type_ = MonitorRunType(src_values[4])

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = _core.parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(src_values[5])

        def _parse_failed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = _core.parse_datetime(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failed_at = _parse_failed_at(src_values[6])

        def _parse_failed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failed_reason = _parse_failed_reason(src_values[7])

        def _parse_canceled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = _core.parse_datetime(data)

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        canceled_at = _parse_canceled_at(src_values[8])

        created_at = _core.parse_datetime(src_values[9])

        updated_at = _core.parse_datetime(src_values[10])

        monitor_run = cls.__new__(cls)
        monitor_run.id = id
        monitor_run.object_ = object_
        monitor_run.status = status
        monitor_run.monitor_id = monitor_id
        monitor_run.type_ = type_
        monitor_run.completed_at = completed_at
        monitor_run.failed_at = failed_at
        monitor_run.failed_reason = failed_reason
        monitor_run.canceled_at = canceled_at
        monitor_run.created_at = created_at
        monitor_run.updated_at = updated_at

        monitor_run.additional_properties = d
        return monitor_run

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


class MonitorRunDict(TypedDict, total=False):
    """MonitorRun as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[MonitorRunObject | Literal["monitor_run"]]
    status: Required[
        MonitorRunStatus
        | Literal["created", "running", "completed", "canceled", "failed"]
    ]
    monitor_id: Required[str]
    type: Required[MonitorRunType | Literal["search", "refresh"]]
    completed_at: Required[datetime.datetime | None]
    failed_at: Required[datetime.datetime | None]
    failed_reason: Required[None | str]
    canceled_at: Required[datetime.datetime | None]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
