from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
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
    from ..models.import_completed_event import ImportCompletedEvent
    from ..models.import_created_event import ImportCreatedEvent
    from ..models.monitor_created_event import MonitorCreatedEvent
    from ..models.monitor_deleted_event import MonitorDeletedEvent
    from ..models.monitor_run_completed_event import MonitorRunCompletedEvent
    from ..models.monitor_run_created_event import MonitorRunCreatedEvent
    from ..models.monitor_updated_event import MonitorUpdatedEvent
    from ..models.webset_created_event import WebsetCreatedEvent
    from ..models.webset_deleted_event import WebsetDeletedEvent
    from ..models.webset_idle_event import WebsetIdleEvent
    from ..models.webset_item_created_event import WebsetItemCreatedEvent
    from ..models.webset_item_enriched_event import WebsetItemEnrichedEvent
    from ..models.webset_paused_event import WebsetPausedEvent
    from ..models.webset_search_canceled_event import WebsetSearchCanceledEvent
    from ..models.webset_search_completed_event import WebsetSearchCompletedEvent
    from ..models.webset_search_created_event import WebsetSearchCreatedEvent
    from ..models.webset_search_updated_event import WebsetSearchUpdatedEvent


T = TypeVar("T", bound="ListEventsResponse")

_FIELDS = _core.JsonFields(
    "data",
    "hasMore",
    "nextCursor",
    attributes=(
        "data",
        "has_more",
        "next_cursor",
    ),
    required=(
        "data",
        "hasMore",
        "nextCursor",
    ),
    nullable=("nextCursor",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class ListEventsResponse:
    """
    Attributes:
        data (list[ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent |
            MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent |
            WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent |
            WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]):
            This page's events.
        has_more (bool): Whether another page follows.
        next_cursor (None | str): The `cursor` of the next page; null on the last one.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    data: list[
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent
    ]
    has_more: bool
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if (
                isinstance(data_item_data, WebsetCreatedEvent)
                or isinstance(data_item_data, WebsetDeletedEvent)
                or isinstance(data_item_data, WebsetIdleEvent)
                or isinstance(data_item_data, WebsetPausedEvent)
                or isinstance(data_item_data, WebsetItemCreatedEvent)
                or isinstance(data_item_data, WebsetItemEnrichedEvent)
                or isinstance(data_item_data, WebsetSearchCreatedEvent)
                or isinstance(data_item_data, WebsetSearchUpdatedEvent)
                or isinstance(data_item_data, WebsetSearchCanceledEvent)
                or isinstance(data_item_data, WebsetSearchCompletedEvent)
                or isinstance(data_item_data, ImportCreatedEvent)
                or isinstance(data_item_data, ImportCompletedEvent)
                or isinstance(data_item_data, MonitorCreatedEvent)
                or isinstance(data_item_data, MonitorUpdatedEvent)
                or isinstance(data_item_data, MonitorDeletedEvent)
                or isinstance(data_item_data, MonitorRunCreatedEvent)
            ):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "hasMore": has_more,
                "nextCursor": next_cursor,
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
        data = []
        _data = src_values[0]
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                ImportCompletedEvent
                | ImportCreatedEvent
                | MonitorCreatedEvent
                | MonitorDeletedEvent
                | MonitorRunCompletedEvent
                | MonitorRunCreatedEvent
                | MonitorUpdatedEvent
                | WebsetCreatedEvent
                | WebsetDeletedEvent
                | WebsetIdleEvent
                | WebsetItemCreatedEvent
                | WebsetItemEnrichedEvent
                | WebsetPausedEvent
                | WebsetSearchCanceledEvent
                | WebsetSearchCompletedEvent
                | WebsetSearchCreatedEvent
                | WebsetSearchUpdatedEvent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_created_event = (
                        WebsetCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_created_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_deleted_event = (
                        WebsetDeletedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_deleted_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_idle_event = (
                        WebsetIdleEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_idle_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_paused_event = (
                        WebsetPausedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_paused_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_item_created_event = (
                        WebsetItemCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_item_created_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_item_enriched_event = (
                        WebsetItemEnrichedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_item_enriched_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_search_created_event = (
                        WebsetSearchCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_search_created_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_search_updated_event = (
                        WebsetSearchUpdatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_search_updated_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_search_canceled_event = (
                        WebsetSearchCanceledEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_search_canceled_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_webset_search_completed_event = (
                        WebsetSearchCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_event_webset_search_completed_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_import_created_event = (
                        ImportCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_import_created_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_import_completed_event = (
                        ImportCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_event_import_completed_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_monitor_created_event = (
                        MonitorCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_monitor_created_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_monitor_updated_event = (
                        MonitorUpdatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_monitor_updated_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_monitor_deleted_event = (
                        MonitorDeletedEvent.from_dict(data)
                    )

                    return componentsschemas_event_monitor_deleted_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_event_monitor_run_created_event = (
                        MonitorRunCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_event_monitor_run_created_event
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_monitor_run_completed_event = (
                    MonitorRunCompletedEvent.from_dict(data)
                )

                return componentsschemas_event_monitor_run_completed_event

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        has_more = src_values[1]

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(src_values[2])

        list_events_response = cls.__new__(cls)
        list_events_response.data = data
        list_events_response.has_more = has_more
        list_events_response.next_cursor = next_cursor

        list_events_response.additional_properties = d
        return list_events_response

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


class ListEventsResponseDict(TypedDict, total=False):
    """ListEventsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    data: Required[
        Sequence[
            ImportCompletedEvent
            | ImportCreatedEvent
            | MonitorCreatedEvent
            | MonitorDeletedEvent
            | MonitorRunCompletedEvent
            | MonitorRunCreatedEvent
            | MonitorUpdatedEvent
            | WebsetCreatedEvent
            | WebsetDeletedEvent
            | WebsetIdleEvent
            | WebsetItemCreatedEvent
            | WebsetItemEnrichedEvent
            | WebsetPausedEvent
            | WebsetSearchCanceledEvent
            | WebsetSearchCompletedEvent
            | WebsetSearchCreatedEvent
            | WebsetSearchUpdatedEvent
        ]
    ]
    has_more: Required[bool]
    next_cursor: Required[None | str]


from ..models.import_completed_event import ImportCompletedEvent
from ..models.import_created_event import ImportCreatedEvent
from ..models.monitor_created_event import MonitorCreatedEvent
from ..models.monitor_deleted_event import MonitorDeletedEvent
from ..models.monitor_run_completed_event import MonitorRunCompletedEvent
from ..models.monitor_run_created_event import MonitorRunCreatedEvent
from ..models.monitor_updated_event import MonitorUpdatedEvent
from ..models.webset_created_event import WebsetCreatedEvent
from ..models.webset_deleted_event import WebsetDeletedEvent
from ..models.webset_idle_event import WebsetIdleEvent
from ..models.webset_item_created_event import WebsetItemCreatedEvent
from ..models.webset_item_enriched_event import WebsetItemEnrichedEvent
from ..models.webset_paused_event import WebsetPausedEvent
from ..models.webset_search_canceled_event import WebsetSearchCanceledEvent
from ..models.webset_search_completed_event import WebsetSearchCompletedEvent
from ..models.webset_search_created_event import WebsetSearchCreatedEvent
from ..models.webset_search_updated_event import WebsetSearchUpdatedEvent
