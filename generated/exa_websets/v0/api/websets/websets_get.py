from typing import Any, cast

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.get_webset_response import GetWebsetResponse
from ...models.websets_get_expand_item import WebsetsGetExpandItem
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("websets_get", ({}, {}, []))


def _get_kwargs(
    id: str,
    *,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "id": id,
            "expand": expand,
        },
    )

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/websets/{id}".format(
            id=_core.path_segment(id, "id"),
        ),
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "websets_get"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWebsetResponse | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, GetWebsetResponse)
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
) -> Response[Any | GetWebsetResponse]:
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
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Response[Any | GetWebsetResponse]:
    """Read a Webset

    Args:
        id (str): Webset id, or the externalId you gave it.
        expand (list[WebsetsGetExpandItem] | Unset): Related resources to include in the answer.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Any | GetWebsetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Any | GetWebsetResponse | None:
    """Read a Webset

    Args:
        id (str): Webset id, or the externalId you gave it.
        expand (list[WebsetsGetExpandItem] | Unset): Related resources to include in the answer.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Any | GetWebsetResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Response[Any | GetWebsetResponse]:
    """Read a Webset

    Args:
        id (str): Webset id, or the externalId you gave it.
        expand (list[WebsetsGetExpandItem] | Unset): Related resources to include in the answer.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Any | GetWebsetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Any | GetWebsetResponse | None:
    """Read a Webset

    Args:
        id (str): Webset id, or the externalId you gave it.
        expand (list[WebsetsGetExpandItem] | Unset): Related resources to include in the answer.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Any | GetWebsetResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            expand=expand,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> GetWebsetResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, GetWebsetResponse)
            return response_200

    raise _core.unexpected_status(response)
