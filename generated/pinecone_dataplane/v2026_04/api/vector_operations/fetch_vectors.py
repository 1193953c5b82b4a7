from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.fetch_response import FetchResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("fetch_vectors", ({}, {}, []))


def _get_kwargs(
    *,
    ids: list[str],
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2026-04",
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "ids": ids,
            "namespace": namespace,
        },
    )
    headers: dict[str, Any] = {}
    headers["X-Pinecone-Api-Version"] = x_pinecone_api_version

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids"] = json_ids

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vectors/fetch",
        "params": params,
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "fetch_vectors"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FetchResponse | RpcStatus | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, FetchResponse)
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
) -> Response[FetchResponse | RpcStatus]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str],
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2026-04",
) -> Response[FetchResponse | RpcStatus]:
    """Fetch records by ID

     Returns records (values and/or metadata) for the given IDs in one namespace. On on-demand indexes
    this can be slower because values come from object storage; a query with `includeValues` false may
    suit metadata- or ID-only needs.

    Args:
        ids (list[str]): IDs to fetch; values with spaces are rejected.
        namespace (str | Unset): Namespace to read from; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[FetchResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        ids=ids,
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
    ids: list[str],
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2026-04",
) -> FetchResponse | RpcStatus | None:
    """Fetch records by ID

     Returns records (values and/or metadata) for the given IDs in one namespace. On on-demand indexes
    this can be slower because values come from object storage; a query with `includeValues` false may
    suit metadata- or ID-only needs.

    Args:
        ids (list[str]): IDs to fetch; values with spaces are rejected.
        namespace (str | Unset): Namespace to read from; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        FetchResponse | RpcStatus
    """

    return sync_detailed(
        client=client,
        ids=ids,
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str],
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2026-04",
) -> Response[FetchResponse | RpcStatus]:
    """Fetch records by ID

     Returns records (values and/or metadata) for the given IDs in one namespace. On on-demand indexes
    this can be slower because values come from object storage; a query with `includeValues` false may
    suit metadata- or ID-only needs.

    Args:
        ids (list[str]): IDs to fetch; values with spaces are rejected.
        namespace (str | Unset): Namespace to read from; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[FetchResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        ids=ids,
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str],
    namespace: str | Unset = UNSET,
    x_pinecone_api_version: str = "2026-04",
) -> FetchResponse | RpcStatus | None:
    """Fetch records by ID

     Returns records (values and/or metadata) for the given IDs in one namespace. On on-demand indexes
    this can be slower because values come from object storage; a query with `includeValues` false may
    suit metadata- or ID-only needs.

    Args:
        ids (list[str]): IDs to fetch; values with spaces are rejected.
        namespace (str | Unset): Namespace to read from; the default namespace when omitted.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        FetchResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            namespace=namespace,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> FetchResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, FetchResponse)
            return response_200

    raise _core.unexpected_status(response)
