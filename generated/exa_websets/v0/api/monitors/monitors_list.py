from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_monitors_response import ListMonitorsResponse
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("monitors_list", ({}, {}, []))


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    webset_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "cursor": cursor,
            "limit": limit,
            "websetId": webset_id,
        },
    )

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["websetId"] = webset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/monitors",
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "monitors_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListMonitorsResponse | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListMonitorsResponse)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMonitorsResponse]:
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
    webset_id: str | Unset = UNSET,
) -> Response[ListMonitorsResponse]:
    """List your Monitors

     One page of your Monitors, optionally those of one Webset.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Monitors per page. The service's default: 25. Limits: 1 to
            200.
        webset_id (str | Unset): Only the Monitors of this Webset.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListMonitorsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        webset_id=webset_id,
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
    webset_id: str | Unset = UNSET,
) -> ListMonitorsResponse | None:
    """List your Monitors

     One page of your Monitors, optionally those of one Webset.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Monitors per page. The service's default: 25. Limits: 1 to
            200.
        webset_id (str | Unset): Only the Monitors of this Webset.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListMonitorsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        webset_id=webset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    webset_id: str | Unset = UNSET,
) -> Response[ListMonitorsResponse]:
    """List your Monitors

     One page of your Monitors, optionally those of one Webset.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Monitors per page. The service's default: 25. Limits: 1 to
            200.
        webset_id (str | Unset): Only the Monitors of this Webset.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListMonitorsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        webset_id=webset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    webset_id: str | Unset = UNSET,
) -> ListMonitorsResponse | None:
    """List your Monitors

     One page of your Monitors, optionally those of one Webset.

    Args:
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Monitors per page. The service's default: 25. Limits: 1 to
            200.
        webset_id (str | Unset): Only the Monitors of this Webset.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListMonitorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            webset_id=webset_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ListMonitorsResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListMonitorsResponse)
            return response_200

    raise _core.unexpected_status(response)


from ...models.monitor import Monitor


def page_items(page: ListMonitorsResponse) -> list[Monitor]:
    """The items of one page of this listing (``page.data``): what ``paginate`` yields."""
    return page.data or []
