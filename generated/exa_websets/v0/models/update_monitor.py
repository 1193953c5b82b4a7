from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_monitor_status import UpdateMonitorStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_behavior import MonitorBehavior
    from ..models.monitor_cadence import MonitorCadence
    from ..models.update_monitor_metadata import UpdateMonitorMetadata
    from .monitor_behavior import MonitorBehaviorDict
    from .monitor_cadence import MonitorCadenceDict


T = TypeVar("T", bound="UpdateMonitor")

_FIELDS = _core.JsonFields(
    "status",
    "metadata",
    "cadence",
    "behavior",
    attributes=(
        "status",
        "metadata",
        "cadence",
        "behavior",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "status": ("enum", "UpdateMonitorStatus"),
    "metadata": ("model", "UpdateMonitorMetadata"),
    "cadence": ("model", "MonitorCadence"),
    "behavior": ("model", "MonitorBehavior"),
}


@_attrs_define
class UpdateMonitor:
    """
    Attributes:
        status (UpdateMonitorStatus | None): Whether the Monitor runs.
        metadata (UpdateMonitorMetadata | None):
        cadence (MonitorCadence | None):
        behavior (MonitorBehavior | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    status: UpdateMonitorStatus | Unset = UNSET
    metadata: UpdateMonitorMetadata | Unset = UNSET
    cadence: MonitorCadence | Unset = UNSET
    behavior: MonitorBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        cadence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cadence, Unset):
            cadence = self.cadence.to_dict()

        behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cadence is not UNSET:
            field_dict["cadence"] = cadence
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _status = src_values[0]
        status: UpdateMonitorStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = UpdateMonitorStatus(_status)

        _metadata = src_values[1]
        metadata: UpdateMonitorMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = UpdateMonitorMetadata.from_dict(_metadata)

        _cadence = src_values[2]
        cadence: MonitorCadence | Unset
        if _cadence is UNSET:
            cadence = UNSET
        else:
            cadence = MonitorCadence.from_dict(_cadence)

        _behavior = src_values[3]
        behavior: MonitorBehavior | Unset
        if _behavior is UNSET:
            behavior = UNSET
        else:
            behavior = MonitorBehavior.from_dict(_behavior)

        update_monitor = cls.__new__(cls)
        update_monitor.status = status
        update_monitor.metadata = metadata
        update_monitor.cadence = cadence
        update_monitor.behavior = behavior

        update_monitor.additional_properties = d
        return update_monitor

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


class UpdateMonitorDict(TypedDict, total=False):
    """UpdateMonitor as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    status: UpdateMonitorStatus | Literal["enabled", "disabled"]
    metadata: UpdateMonitorMetadata | Mapping[str, Any]
    cadence: MonitorCadence | MonitorCadenceDict
    behavior: MonitorBehavior | MonitorBehaviorDict


from ..models.monitor_behavior import MonitorBehavior
from ..models.monitor_cadence import MonitorCadence
from ..models.update_monitor_metadata import UpdateMonitorMetadata
