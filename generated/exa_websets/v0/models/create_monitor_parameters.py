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
    from ..models.create_monitor_parameters_behavior import (
        CreateMonitorParametersBehavior,
    )
    from ..models.create_monitor_parameters_cadence import (
        CreateMonitorParametersCadence,
    )
    from ..models.create_monitor_parameters_metadata import (
        CreateMonitorParametersMetadata,
    )
    from .create_monitor_parameters_behavior import CreateMonitorParametersBehaviorDict
    from .create_monitor_parameters_cadence import CreateMonitorParametersCadenceDict


T = TypeVar("T", bound="CreateMonitorParameters")

_FIELDS = _core.JsonFields(
    "websetId",
    "cadence",
    "behavior",
    "metadata",
    attributes=(
        "webset_id",
        "cadence",
        "behavior",
        "metadata",
    ),
    required=(
        "websetId",
        "cadence",
        "behavior",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "cadence": ("model", "CreateMonitorParametersCadence"),
    "behavior": ("model", "CreateMonitorParametersBehavior"),
    "metadata": ("model", "CreateMonitorParametersMetadata"),
}


@_attrs_define
class CreateMonitorParameters:
    """
    Attributes:
        webset_id (str): Webset the Monitor refreshes.
        cadence (CreateMonitorParametersCadence): The Monitor's schedule.
        behavior (CreateMonitorParametersBehavior): What the Monitor does when it runs.
        metadata (CreateMonitorParametersMetadata | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    webset_id: str
    cadence: CreateMonitorParametersCadence
    behavior: CreateMonitorParametersBehavior
    metadata: CreateMonitorParametersMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webset_id = self.webset_id

        cadence = self.cadence.to_dict()

        behavior = self.behavior.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "websetId": webset_id,
                "cadence": cadence,
                "behavior": behavior,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        webset_id = src_values[0]

        cadence = CreateMonitorParametersCadence.from_dict(src_values[1])

        behavior = CreateMonitorParametersBehavior.from_dict(src_values[2])

        _metadata = src_values[3]
        metadata: CreateMonitorParametersMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateMonitorParametersMetadata.from_dict(_metadata)

        create_monitor_parameters = cls.__new__(cls)
        create_monitor_parameters.webset_id = webset_id
        create_monitor_parameters.cadence = cadence
        create_monitor_parameters.behavior = behavior
        create_monitor_parameters.metadata = metadata

        create_monitor_parameters.additional_properties = d
        return create_monitor_parameters

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


class CreateMonitorParametersDict(TypedDict, total=False):
    """CreateMonitorParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    webset_id: Required[str]
    cadence: Required[
        CreateMonitorParametersCadence | CreateMonitorParametersCadenceDict
    ]
    behavior: Required[
        CreateMonitorParametersBehavior | CreateMonitorParametersBehaviorDict
    ]
    metadata: CreateMonitorParametersMetadata | Mapping[str, Any]


from ..models.create_monitor_parameters_behavior import CreateMonitorParametersBehavior
from ..models.create_monitor_parameters_cadence import CreateMonitorParametersCadence
from ..models.create_monitor_parameters_metadata import CreateMonitorParametersMetadata
