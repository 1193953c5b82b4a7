from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_parameters_metadata import (
        UpdateWebhookParametersMetadata,
    )


T = TypeVar("T", bound="UpdateWebhookParameters")

_FIELDS = _core.JsonFields(
    "events",
    "url",
    "metadata",
    attributes=(
        "events",
        "url",
        "metadata",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class UpdateWebhookParameters:
    """
    Attributes:
        events (list[EventType] | None): Kinds of event to deliver. Limits: 1 to 19 items.
        url (str | None): Address the events are POSTed to.
        metadata (UpdateWebhookParametersMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    events: list[EventType] | Unset = UNSET
    url: str | Unset = UNSET
    metadata: UpdateWebhookParametersMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        url = self.url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if url is not UNSET:
            field_dict["url"] = url
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
        _events = src_values[0]
        events: list[EventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EventType(events_item_data)

                events.append(events_item)

        url = src_values[1]

        _metadata = src_values[2]
        metadata: UpdateWebhookParametersMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = UpdateWebhookParametersMetadata.from_dict(_metadata)

        update_webhook_parameters = cls.__new__(cls)
        update_webhook_parameters.events = events
        update_webhook_parameters.url = url
        update_webhook_parameters.metadata = metadata

        update_webhook_parameters.additional_properties = d
        return update_webhook_parameters

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


class UpdateWebhookParametersDict(TypedDict, total=False):
    """UpdateWebhookParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    events: Sequence[
        EventType
        | Literal[
            "webset.created",
            "webset.deleted",
            "webset.paused",
            "webset.idle",
            "webset.search.created",
            "webset.search.canceled",
            "webset.search.completed",
            "webset.search.updated",
            "import.created",
            "import.completed",
            "webset.item.created",
            "webset.item.enriched",
            "monitor.created",
            "monitor.updated",
            "monitor.deleted",
            "monitor.run.created",
            "monitor.run.completed",
            "webset.export.created",
            "webset.export.completed",
        ]
    ]
    url: str
    metadata: UpdateWebhookParametersMetadata | Mapping[str, Any]


from ..models.update_webhook_parameters_metadata import UpdateWebhookParametersMetadata
