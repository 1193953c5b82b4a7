from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="MonitorCadence")

_FIELDS = _core.JsonFields(
    "cron",
    "timezone",
    attributes=(
        "cron",
        "timezone",
    ),
    required=("cron",),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class MonitorCadence:
    """
    Attributes:
        cron (str): When to run: a five-field Unix cron expression firing at most once a day.
        timezone (str | None): IANA time zone the cron expression is read in, such as `Europe/Paris`. Default:
            'Etc/UTC'.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    cron: str
    timezone: str | Unset = "Etc/UTC"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron": cron,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        cron = src_values[0]

        timezone = src_values[1]

        monitor_cadence = cls.__new__(cls)
        monitor_cadence.cron = cron
        monitor_cadence.timezone = timezone

        monitor_cadence.additional_properties = d
        return monitor_cadence

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


class MonitorCadenceDict(TypedDict, total=False):
    """MonitorCadence as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    cron: Required[str]
    timezone: str
