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

from ..models.webhook_attempt_event_type import WebhookAttemptEventType

if TYPE_CHECKING:
    from ..models.webhook_attempt_response_headers import WebhookAttemptResponseHeaders


T = TypeVar("T", bound="WebhookAttempt")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "eventId",
    "eventType",
    "webhookId",
    "url",
    "successful",
    "responseHeaders",
    "responseBody",
    "responseStatusCode",
    "attempt",
    "attemptedAt",
    attributes=(
        "id",
        "object_",
        "event_id",
        "event_type",
        "webhook_id",
        "url",
        "successful",
        "response_headers",
        "response_body",
        "response_status_code",
        "attempt",
        "attempted_at",
    ),
    required=(
        "id",
        "object",
        "eventId",
        "eventType",
        "webhookId",
        "url",
        "successful",
        "responseHeaders",
        "responseBody",
        "responseStatusCode",
        "attempt",
        "attemptedAt",
    ),
    nullable=("responseBody",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebhookAttempt:
    """
    Attributes:
        id (str): Identifier of the attempt.
        object_ (Literal['webhook_attempt']):  Default: 'webhook_attempt'. Passed as ``object`` in keyword arguments and
            dicts.
        event_id (str): Event delivered.
        event_type (WebhookAttemptEventType): Kind of the event delivered.
        webhook_id (str): Webhook that made the attempt.
        url (str): Address the attempt was sent to.
        successful (bool): Whether the delivery succeeded.
        response_headers (WebhookAttemptResponseHeaders): Headers the receiver answered with.
        response_body (None | str): Body the receiver answered with.
        response_status_code (float): Status code the receiver answered with.
        attempt (float): Which try this was, from 1.
        attempted_at (datetime.datetime): When the attempt was made.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    event_id: str
    event_type: WebhookAttemptEventType
    webhook_id: str
    url: str
    successful: bool
    response_headers: WebhookAttemptResponseHeaders
    response_body: None | str
    response_status_code: float
    attempt: float
    attempted_at: datetime.datetime
    object_: Literal["webhook_attempt"] = "webhook_attempt"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        event_id = self.event_id

        event_type = self.event_type.value

        webhook_id = self.webhook_id

        url = self.url

        successful = self.successful

        response_headers = self.response_headers.to_dict()

        response_body: None | str
        response_body = self.response_body

        response_status_code = self.response_status_code

        attempt = self.attempt

        attempted_at = _core.format_datetime(self.attempted_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "eventId": event_id,
                "eventType": event_type,
                "webhookId": webhook_id,
                "url": url,
                "successful": successful,
                "responseHeaders": response_headers,
                "responseBody": response_body,
                "responseStatusCode": response_status_code,
                "attempt": attempt,
                "attemptedAt": attempted_at,
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

        object_ = cast(Literal["webhook_attempt"], src_values[1])
        if object_ != "webhook_attempt":
            raise ValueError(
                f"object must match const 'webhook_attempt', got '{object_}'"
            )

        event_id = src_values[2]

        event_type = WebhookAttemptEventType(src_values[3])

        webhook_id = src_values[4]

        url = src_values[5]

        successful = src_values[6]

        response_headers = WebhookAttemptResponseHeaders.from_dict(src_values[7])

        def _parse_response_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response_body = _parse_response_body(src_values[8])

        response_status_code = src_values[9]

        attempt = src_values[10]

        attempted_at = _core.parse_datetime(src_values[11])

        webhook_attempt = cls.__new__(cls)
        webhook_attempt.id = id
        webhook_attempt.object_ = object_
        webhook_attempt.event_id = event_id
        webhook_attempt.event_type = event_type
        webhook_attempt.webhook_id = webhook_id
        webhook_attempt.url = url
        webhook_attempt.successful = successful
        webhook_attempt.response_headers = response_headers
        webhook_attempt.response_body = response_body
        webhook_attempt.response_status_code = response_status_code
        webhook_attempt.attempt = attempt
        webhook_attempt.attempted_at = attempted_at

        webhook_attempt.additional_properties = d
        return webhook_attempt

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


class WebhookAttemptDict(TypedDict, total=False):
    """WebhookAttempt as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["webhook_attempt"]]
    event_id: Required[str]
    event_type: Required[
        WebhookAttemptEventType
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
    webhook_id: Required[str]
    url: Required[str]
    successful: Required[bool]
    response_headers: Required[WebhookAttemptResponseHeaders | Mapping[str, Any]]
    response_body: Required[None | str]
    response_status_code: Required[float]
    attempt: Required[float]
    attempted_at: Required[datetime.datetime]


from ..models.webhook_attempt_response_headers import WebhookAttemptResponseHeaders
