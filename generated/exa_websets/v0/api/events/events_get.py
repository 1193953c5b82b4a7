from typing import Any, cast

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.import_completed_event import ImportCompletedEvent
from ...models.import_created_event import ImportCreatedEvent
from ...models.monitor_created_event import MonitorCreatedEvent
from ...models.monitor_deleted_event import MonitorDeletedEvent
from ...models.monitor_run_completed_event import MonitorRunCompletedEvent
from ...models.monitor_run_created_event import MonitorRunCreatedEvent
from ...models.monitor_updated_event import MonitorUpdatedEvent
from ...models.webset_created_event import WebsetCreatedEvent
from ...models.webset_deleted_event import WebsetDeletedEvent
from ...models.webset_idle_event import WebsetIdleEvent
from ...models.webset_item_created_event import WebsetItemCreatedEvent
from ...models.webset_item_enriched_event import WebsetItemEnrichedEvent
from ...models.webset_paused_event import WebsetPausedEvent
from ...models.webset_search_canceled_event import WebsetSearchCanceledEvent
from ...models.webset_search_completed_event import WebsetSearchCompletedEvent
from ...models.webset_search_created_event import WebsetSearchCreatedEvent
from ...models.webset_search_updated_event import WebsetSearchUpdatedEvent
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("events_get", ({}, {}, []))


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "id": id,
        },
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/events/{id}".format(
            id=_core.path_segment(id, "id"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "events_get"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ImportCompletedEvent
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
    | None
):
    if response.status_code == 200:
        with _core.parsing(response):

            def _parse_response_200(
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

            response_200 = _parse_response_200(_core.json_body(response))

            return response_200

    if response.status_code == 404:
        with _core.parsing(response):
            response_404 = cast(Any, None)
            return response_404

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ImportCompletedEvent
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
]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | ImportCompletedEvent
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
]:
    """Read an event

     One event. A Webhook delivers events as they happen.

    Args:
        id (str): Event id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | ImportCompletedEvent
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
    | None
):
    """Read an event

     One event. A Webhook delivers events as they happen.

    Args:
        id (str): Event id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | ImportCompletedEvent
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
]:
    """Read an event

     One event. A Webhook delivers events as they happen.

    Args:
        id (str): Event id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | ImportCompletedEvent
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
    | None
):
    """Read an event

     One event. A Webhook delivers events as they happen.

    Args:
        id (str): Event id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


def _parse_success(
    response: httpx.Response,
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
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):

            def _parse_response_200(
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

            response_200 = _parse_response_200(_core.json_body(response))

            return response_200

    raise _core.unexpected_status(response)
