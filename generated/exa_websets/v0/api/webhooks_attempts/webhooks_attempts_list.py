from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_webhook_attempts_response import ListWebhookAttemptsResponse
from ...models.webhooks_attempts_list_event_type import WebhooksAttemptsListEventType
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get(
    "webhooks_attempts_list", ({}, {}, [])
)


def _get_kwargs(
    id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "id": id,
            "cursor": cursor,
            "limit": limit,
            "eventType": event_type,
            "successful": successful,
        },
    )

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["eventType"] = json_event_type

    params["successful"] = successful

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/webhooks/{id}/attempts".format(
            id=_core.path_segment(id, "id"),
        ),
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "webhooks_attempts_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListWebhookAttemptsResponse | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListWebhookAttemptsResponse)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWebhookAttemptsResponse]:
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
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> Response[ListWebhookAttemptsResponse]:
    """List a Webhook's delivery attempts

     One page of a Webhook's delivery attempts, newest first.

    Args:
        id (str): Webhook id.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most attempts per page. The service's default: 25. Limits: 1 to
            200.
        event_type (WebhooksAttemptsListEventType | Unset): Only attempts that delivered this kind
            of event.
        successful (bool | Unset): Only attempts that succeeded (true) or failed (false).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListWebhookAttemptsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        successful=successful,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> ListWebhookAttemptsResponse | None:
    """List a Webhook's delivery attempts

     One page of a Webhook's delivery attempts, newest first.

    Args:
        id (str): Webhook id.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most attempts per page. The service's default: 25. Limits: 1 to
            200.
        event_type (WebhooksAttemptsListEventType | Unset): Only attempts that delivered this kind
            of event.
        successful (bool | Unset): Only attempts that succeeded (true) or failed (false).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListWebhookAttemptsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        successful=successful,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> Response[ListWebhookAttemptsResponse]:
    """List a Webhook's delivery attempts

     One page of a Webhook's delivery attempts, newest first.

    Args:
        id (str): Webhook id.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most attempts per page. The service's default: 25. Limits: 1 to
            200.
        event_type (WebhooksAttemptsListEventType | Unset): Only attempts that delivered this kind
            of event.
        successful (bool | Unset): Only attempts that succeeded (true) or failed (false).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListWebhookAttemptsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        successful=successful,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> ListWebhookAttemptsResponse | None:
    """List a Webhook's delivery attempts

     One page of a Webhook's delivery attempts, newest first.

    Args:
        id (str): Webhook id.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most attempts per page. The service's default: 25. Limits: 1 to
            200.
        event_type (WebhooksAttemptsListEventType | Unset): Only attempts that delivered this kind
            of event.
        successful (bool | Unset): Only attempts that succeeded (true) or failed (false).

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListWebhookAttemptsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cursor=cursor,
            limit=limit,
            event_type=event_type,
            successful=successful,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ListWebhookAttemptsResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListWebhookAttemptsResponse)
            return response_200

    raise _core.unexpected_status(response)


from ...models.webhook_attempt import WebhookAttempt


def page_items(page: ListWebhookAttemptsResponse) -> list[WebhookAttempt]:
    """The items of one page of this listing (``page.data``): what ``paginate`` yields."""
    return page.data or []
