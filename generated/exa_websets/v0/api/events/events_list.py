import datetime
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.events_list_types_item import EventsListTypesItem
from ...models.list_events_response import ListEventsResponse
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("events_list", ({}, {}, []))


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "cursor": cursor,
            "limit": limit,
            "types": types,
            "createdBefore": created_before,
            "createdAfter": created_after,
        },
    )

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = _core.format_datetime(created_before)
    params["createdBefore"] = json_created_before

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = _core.format_datetime(created_after)
    params["createdAfter"] = json_created_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/events",
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "events_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListEventsResponse | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListEventsResponse)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListEventsResponse]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[ListEventsResponse]:
    """List your events

     One page of the events of your account; follow `nextCursor` for more.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most events per page. The service's default: 25. Limits: 1 to 200.
        types (list[EventsListTypesItem] | Unset): Only events of these kinds.
        created_before (datetime.datetime | Unset): Only events created at or before this ISO 8601
            time (UTC).
        created_after (datetime.datetime | Unset): Only events created at or after this ISO 8601
            time (UTC).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListEventsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        types=types,
        created_before=created_before,
        created_after=created_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> ListEventsResponse | None:
    """List your events

     One page of the events of your account; follow `nextCursor` for more.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most events per page. The service's default: 25. Limits: 1 to 200.
        types (list[EventsListTypesItem] | Unset): Only events of these kinds.
        created_before (datetime.datetime | Unset): Only events created at or before this ISO 8601
            time (UTC).
        created_after (datetime.datetime | Unset): Only events created at or after this ISO 8601
            time (UTC).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListEventsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        types=types,
        created_before=created_before,
        created_after=created_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[ListEventsResponse]:
    """List your events

     One page of the events of your account; follow `nextCursor` for more.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most events per page. The service's default: 25. Limits: 1 to 200.
        types (list[EventsListTypesItem] | Unset): Only events of these kinds.
        created_before (datetime.datetime | Unset): Only events created at or before this ISO 8601
            time (UTC).
        created_after (datetime.datetime | Unset): Only events created at or after this ISO 8601
            time (UTC).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListEventsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        types=types,
        created_before=created_before,
        created_after=created_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> ListEventsResponse | None:
    """List your events

     One page of the events of your account; follow `nextCursor` for more.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most events per page. The service's default: 25. Limits: 1 to 200.
        types (list[EventsListTypesItem] | Unset): Only events of these kinds.
        created_before (datetime.datetime | Unset): Only events created at or before this ISO 8601
            time (UTC).
        created_after (datetime.datetime | Unset): Only events created at or after this ISO 8601
            time (UTC).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            types=types,
            created_before=created_before,
            created_after=created_after,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ListEventsResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListEventsResponse)
            return response_200

    raise _core.unexpected_status(response)
