from __future__ import annotations

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

if TYPE_CHECKING:
    from ..models.monitor_behavior_config import MonitorBehaviorConfig
    from .monitor_behavior_config import MonitorBehaviorConfigDict


T = TypeVar("T", bound="MonitorBehavior")

_FIELDS = _core.JsonFields(
    "type",
    "config",
    attributes=(
        "type_",
        "config",
    ),
    required=(
        "type",
        "config",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class MonitorBehavior:
    """
    Attributes:
        type_ (Literal['search']):  Default: 'search'. Passed as ``type`` in keyword arguments and dicts.
        config (MonitorBehaviorConfig): The search each run makes; unset fields take the last search's query, entity and
            criteria.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    config: MonitorBehaviorConfig
    type_: Literal["search"] = "search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "config": config,
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
        type_ = cast(Literal["search"], src_values[0])
        if type_ != "search":
            raise ValueError(f"type must match const 'search', got '{type_}'")

        config = MonitorBehaviorConfig.from_dict(src_values[1])

        monitor_behavior = cls.__new__(cls)
        monitor_behavior.type_ = type_
        monitor_behavior.config = config

        monitor_behavior.additional_properties = d
        return monitor_behavior

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


class MonitorBehaviorDict(TypedDict, total=False):
    """MonitorBehavior as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    type: Required[Literal["search"]]
    config: Required[MonitorBehaviorConfig | MonitorBehaviorConfigDict]


from ..models.monitor_behavior_config import MonitorBehaviorConfig
