from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
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

from ..models.event_type import EventType
from ..models.webhook_webhook_status import WebhookWebhookStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_metadata import WebhookMetadata


T = TypeVar("T", bound="Webhook")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "events",
    "url",
    "secret",
    "createdAt",
    "updatedAt",
    "metadata",
    attributes=(
        "id",
        "object_",
        "status",
        "events",
        "url",
        "secret",
        "created_at",
        "updated_at",
        "metadata",
    ),
    required=(
        "id",
        "object",
        "status",
        "events",
        "url",
        "secret",
        "createdAt",
        "updatedAt",
    ),
    nullable=("secret",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class Webhook:
    """
    Attributes:
        id (str): Identifier of the Webhook.
        object_ (Literal['webhook']):  Default: 'webhook'. Passed as ``object`` in keyword arguments and dicts.
        status (WebhookWebhookStatus): Where the Webhook stands.
        events (list[EventType]): Kinds of event delivered. Limits: at least 1 items.
        url (str): Address the events are POSTed to.
        secret (None | str): Key for checking the signature of deliveries; given only in the answer to creation.
        created_at (datetime.datetime): Time of the Webhook's creation.
        updated_at (datetime.datetime): Time of the Webhook's last change.
        metadata (WebhookMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    status: WebhookWebhookStatus
    events: list[EventType]
    url: str
    secret: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webhook"] = "webhook"
    metadata: WebhookMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        url = self.url

        secret: None | str
        secret = self.secret

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "events": events,
                "url": url,
                "secret": secret,
                "createdAt": created_at,
                "updatedAt": updated_at,
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
        id = src_values[0]

        object_ = cast(Literal["webhook"], src_values[1])
        if object_ != "webhook":
            raise ValueError(f"object must match const 'webhook', got '{object_}'")

        status = WebhookWebhookStatus(src_values[2])

        events = []
        _events = src_values[3]
        for events_item_data in _events:
            events_item = EventType(events_item_data)

            events.append(events_item)

        url = src_values[4]

        def _parse_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        secret = _parse_secret(src_values[5])

        created_at = _core.parse_datetime(src_values[6])

        updated_at = _core.parse_datetime(src_values[7])

        _metadata = src_values[8]
        metadata: WebhookMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = WebhookMetadata.from_dict(_metadata)

        webhook = cls.__new__(cls)
        webhook.id = id
        webhook.object_ = object_
        webhook.status = status
        webhook.events = events
        webhook.url = url
        webhook.secret = secret
        webhook.created_at = created_at
        webhook.updated_at = updated_at
        webhook.metadata = metadata

        webhook.additional_properties = d
        return webhook

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


class WebhookDict(TypedDict, total=False):
    """Webhook as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["webhook"]]
    status: Required[WebhookWebhookStatus | Literal["active", "inactive"]]
    events: Required[
        Sequence[
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
    ]
    url: Required[str]
    secret: Required[None | str]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
    metadata: WebhookMetadata | Mapping[str, Any]


from ..models.webhook_metadata import WebhookMetadata
