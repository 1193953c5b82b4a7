from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.list_response import ListResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("list_vectors", ({}, {}, []))


def _get_kwargs(
    *,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2025-10",
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "prefix": prefix,
            "limit": limit,
            "paginationToken": pagination_token,
            "namespace": namespace,
        },
    )
    headers: dict[str, Any] = {}
    headers["X-Pinecone-Api-Version"] = x_pinecone_api_version

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["limit"] = limit

    params["paginationToken"] = pagination_token

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vectors/list",
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "list_vectors"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponse | RpcStatus | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListResponse)
            return response_200

    if response.status_code == 400:
        with _core.parsing(response):
            response_400 = _core.model_body(response, RpcStatus)
            return response_400

    if 400 <= response.status_code <= 499:
        with _core.parsing(response):
            response_4xx = _core.model_body(response, RpcStatus)
            return response_4xx

    if 500 <= response.status_code <= 599:
        with _core.parsing(response):
            response_5xx = _core.model_body(response, RpcStatus)
            return response_5xx

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponse | RpcStatus]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2025-10",
) -> Response[ListResponse | RpcStatus]:
    """List record IDs by prefix

     Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
    collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
    indexes only.

    Args:
        prefix (str | Unset): Only IDs starting with this prefix are listed; values with spaces
            are rejected.
        limit (int | Unset): Page size: most IDs returned per page. Default: 100.
        pagination_token (str | Unset): Token for resuming a listing from the previous page.
        namespace (str | Unset): Namespace to list; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2025-10'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
        pagination_token=pagination_token,
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2025-10",
) -> ListResponse | RpcStatus | None:
    """List record IDs by prefix

     Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
    collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
    indexes only.

    Args:
        prefix (str | Unset): Only IDs starting with this prefix are listed; values with spaces
            are rejected.
        limit (int | Unset): Page size: most IDs returned per page. Default: 100.
        pagination_token (str | Unset): Token for resuming a listing from the previous page.
        namespace (str | Unset): Namespace to list; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2025-10'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        prefix=prefix,
        limit=limit,
        pagination_token=pagination_token,
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2025-10",
) -> Response[ListResponse | RpcStatus]:
    """List record IDs by prefix

     Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
    collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
    indexes only.

    Args:
        prefix (str | Unset): Only IDs starting with this prefix are listed; values with spaces
            are rejected.
        limit (int | Unset): Page size: most IDs returned per page. Default: 100.
        pagination_token (str | Unset): Token for resuming a listing from the previous page.
        namespace (str | Unset): Namespace to list; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2025-10'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ListResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        limit=limit,
        pagination_token=pagination_token,
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2025-10",
) -> ListResponse | RpcStatus | None:
    """List record IDs by prefix

     Lists record IDs in one namespace, optionally only those sharing a prefix, sorted bytewise (C
    collation), 100 per page unless `limit` is set; a `pagination_token` means more remain. Serverless
    indexes only.

    Args:
        prefix (str | Unset): Only IDs starting with this prefix are listed; values with spaces
            are rejected.
        limit (int | Unset): Page size: most IDs returned per page. Default: 100.
        pagination_token (str | Unset): Token for resuming a listing from the previous page.
        namespace (str | Unset): Namespace to list; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2025-10'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ListResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            prefix=prefix,
            limit=limit,
            pagination_token=pagination_token,
            namespace=namespace,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ListResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListResponse)
            return response_200

    raise _core.unexpected_status(response)


from ...models.list_item import ListItem


def page_items(page: ListResponse) -> list[ListItem]:
    """The items of one page of this listing (``page.vectors``): what ``paginate`` yields."""
    return page.vectors or []
