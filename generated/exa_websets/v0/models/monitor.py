from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

from ..models.monitor_object import MonitorObject
from ..models.monitor_status import MonitorStatus

if TYPE_CHECKING:
    from ..models.monitor_behavior import MonitorBehavior
    from ..models.monitor_cadence import MonitorCadence
    from ..models.monitor_metadata import MonitorMetadata
    from ..models.monitor_run import MonitorRun
    from .monitor_behavior import MonitorBehaviorDict
    from .monitor_cadence import MonitorCadenceDict


T = TypeVar("T", bound="Monitor")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "websetId",
    "cadence",
    "behavior",
    "lastRun",
    "nextRunAt",
    "metadata",
    "createdAt",
    "updatedAt",
    attributes=(
        "id",
        "object_",
        "status",
        "webset_id",
        "cadence",
        "behavior",
        "last_run",
        "next_run_at",
        "metadata",
        "created_at",
        "updated_at",
    ),
    required=(
        "id",
        "object",
        "status",
        "websetId",
        "cadence",
        "behavior",
        "lastRun",
        "nextRunAt",
        "metadata",
        "createdAt",
        "updatedAt",
    ),
    nullable=(
        "lastRun",
        "nextRunAt",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class Monitor:
    """
    Attributes:
        id (str): Identifier of the Monitor.
        object_ (MonitorObject): Kind of object, always `monitor`. Passed as ``object`` in keyword arguments and dicts.
        status (MonitorStatus): Where the Monitor stands.
        webset_id (str): Webset the Monitor belongs to.
        cadence (MonitorCadence):
        behavior (MonitorBehavior):
        last_run (MonitorRun | None): The Monitor's latest run.
        next_run_at (datetime.datetime | None): When the Monitor runs next.
        metadata (MonitorMetadata): Your own string pairs, stored with the object.
        created_at (datetime.datetime): Time of the Monitor's creation.
        updated_at (datetime.datetime): Time of the Monitor's last change.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    object_: MonitorObject
    status: MonitorStatus
    webset_id: str
    cadence: MonitorCadence
    behavior: MonitorBehavior
    last_run: MonitorRun | None
    next_run_at: datetime.datetime | None
    metadata: MonitorMetadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status.value

        webset_id = self.webset_id

        cadence = self.cadence.to_dict()

        behavior = self.behavior.to_dict()

        last_run: dict[str, Any] | None
        if isinstance(self.last_run, MonitorRun):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        next_run_at: None | str
        if isinstance(self.next_run_at, datetime.datetime):
            next_run_at = _core.format_datetime(self.next_run_at)
        else:
            next_run_at = self.next_run_at

        metadata = self.metadata.to_dict()

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "websetId": webset_id,
                "cadence": cadence,
                "behavior": behavior,
                "lastRun": last_run,
                "nextRunAt": next_run_at,
                "metadata": metadata,
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

        object_ = MonitorObject(src_values[1])

        status = MonitorStatus(src_values[2])

        webset_id = src_values[3]

        cadence = MonitorCadence.from_dict(src_values[4])

        behavior = MonitorBehavior.from_dict(src_values[5])

        def _parse_last_run(data: object) -> MonitorRun | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_run_type_0 = MonitorRun.from_dict(data)

                return last_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitorRun | None, data)

        last_run = _parse_last_run(src_values[6])

        def _parse_next_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = _core.parse_datetime(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_run_at = _parse_next_run_at(src_values[7])

        metadata = MonitorMetadata.from_dict(src_values[8])

        created_at = _core.parse_datetime(src_values[9])

        updated_at = _core.parse_datetime(src_values[10])

        monitor = cls.__new__(cls)
        monitor.id = id
        monitor.object_ = object_
        monitor.status = status
        monitor.webset_id = webset_id
        monitor.cadence = cadence
        monitor.behavior = behavior
        monitor.last_run = last_run
        monitor.next_run_at = next_run_at
        monitor.metadata = metadata
        monitor.created_at = created_at
        monitor.updated_at = updated_at

        monitor.additional_properties = d
        return monitor

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


class MonitorDict(TypedDict, total=False):
    """Monitor as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[MonitorObject | Literal["monitor"]]
    status: Required[MonitorStatus | Literal["enabled", "disabled"]]
    webset_id: Required[str]
    cadence: Required[MonitorCadence | MonitorCadenceDict]
    behavior: Required[MonitorBehavior | MonitorBehaviorDict]
    last_run: Required[MonitorRun | None]
    next_run_at: Required[datetime.datetime | None]
    metadata: Required[MonitorMetadata | Mapping[str, Any]]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]


from ..models.monitor_behavior import MonitorBehavior
from ..models.monitor_cadence import MonitorCadence
from ..models.monitor_metadata import MonitorMetadata
from ..models.monitor_run import MonitorRun
