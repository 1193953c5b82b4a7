from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_webset_item_response import ListWebsetItemResponse
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("websets_items_list", ({}, {}, []))


def _get_kwargs(
    webset: str,
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    source_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "webset": webset,
            "cursor": cursor,
            "limit": limit,
            "sourceId": source_id,
        },
    )

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["sourceId"] = source_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/websets/{webset}/items".format(
            webset=_core.path_segment(webset, "webset"),
        ),
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "websets_items_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListWebsetItemResponse | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListWebsetItemResponse)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWebsetItemResponse]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    source_id: str | Unset = UNSET,
) -> Response[ListWebsetItemResponse]:
    """List a Webset's Items

     One page of a Webset's Items; follow `nextCursor` for more.

    Args:
        webset (str): Webset id or externalId.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Items per page. The service's default: 20. Limits: 1 to 100.
        source_id (str | Unset): Only Items that came from this source.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListWebsetItemResponse]
    """

    kwargs = _get_kwargs(
        webset=webset,
        cursor=cursor,
        limit=limit,
        source_id=source_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    source_id: str | Unset = UNSET,
) -> ListWebsetItemResponse | None:
    """List a Webset's Items

     One page of a Webset's Items; follow `nextCursor` for more.

    Args:
        webset (str): Webset id or externalId.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Items per page. The service's default: 20. Limits: 1 to 100.
        source_id (str | Unset): Only Items that came from this source.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListWebsetItemResponse
    """

    return sync_detailed(
        webset=webset,
        client=client,
        cursor=cursor,
        limit=limit,
        source_id=source_id,
    ).parsed


async def asyncio_detailed(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    source_id: str | Unset = UNSET,
) -> Response[ListWebsetItemResponse]:
    """List a Webset's Items

     One page of a Webset's Items; follow `nextCursor` for more.

    Args:
        webset (str): Webset id or externalId.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Items per page. The service's default: 20. Limits: 1 to 100.
        source_id (str | Unset): Only Items that came from this source.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListWebsetItemResponse]
    """

    kwargs = _get_kwargs(
        webset=webset,
        cursor=cursor,
        limit=limit,
        source_id=source_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    source_id: str | Unset = UNSET,
) -> ListWebsetItemResponse | None:
    """List a Webset's Items

     One page of a Webset's Items; follow `nextCursor` for more.

    Args:
        webset (str): Webset id or externalId.
        cursor (str | Unset): Where to resume: the `nextCursor` of the previous page. Limits: at
            least 1 characters.
        limit (float | Unset): Most Items per page. The service's default: 20. Limits: 1 to 100.
        source_id (str | Unset): Only Items that came from this source.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListWebsetItemResponse
    """

    return (
        await asyncio_detailed(
            webset=webset,
            client=client,
            cursor=cursor,
            limit=limit,
            source_id=source_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ListWebsetItemResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListWebsetItemResponse)
            return response_200

    raise _core.unexpected_status(response)


from ...models.webset_item import WebsetItem


def page_items(page: ListWebsetItemResponse) -> list[WebsetItem]:
    """The items of one page of this listing (``page.data``): what ``paginate`` yields."""
    return page.data or []
