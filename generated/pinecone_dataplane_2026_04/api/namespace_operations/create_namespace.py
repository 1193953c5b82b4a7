from typing import Any

import httpx
from pinecone_dataplane import _runtime

from ...client import AuthenticatedClient, Client
from ...models.create_namespace_request import CreateNamespaceRequest
from ...models.namespace_description import NamespaceDescription
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    *,
    body: CreateNamespaceRequest,
    x_pinecone_api_version: str = "2026-04",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Pinecone-Api-Version"] = x_pinecone_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/namespaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NamespaceDescription | RpcStatus | None:
    if response.status_code == 200:
        with _runtime.parsing(response):
            response_200 = NamespaceDescription.from_dict(_runtime.json_body(response))

            return response_200

    if response.status_code == 400:
        with _runtime.parsing(response):
            response_400 = RpcStatus.from_dict(_runtime.json_body(response))

            return response_400

    if response.status_code == 409:
        with _runtime.parsing(response):
            response_409 = RpcStatus.from_dict(_runtime.json_body(response))

            return response_409

    if 400 <= response.status_code <= 499:
        with _runtime.parsing(response):
            response_4xx = RpcStatus.from_dict(_runtime.json_body(response))

            return response_4xx

    if 500 <= response.status_code <= 599:
        with _runtime.parsing(response):
            response_5xx = RpcStatus.from_dict(_runtime.json_body(response))

            return response_5xx

    if client.raise_on_unexpected_status:
        raise _runtime.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NamespaceDescription | RpcStatus]:
    return Response(
        status_code=_runtime.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNamespaceRequest,
    x_pinecone_api_version: str = "2026-04",
) -> Response[NamespaceDescription | RpcStatus]:
    """Add a namespace

     Adds a namespace to a serverless index. Not available for pod-based indexes.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (CreateNamespaceRequest): Body of a create-namespace call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NamespaceDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNamespaceRequest,
    x_pinecone_api_version: str = "2026-04",
) -> NamespaceDescription | RpcStatus | None:
    """Add a namespace

     Adds a namespace to a serverless index. Not available for pod-based indexes.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (CreateNamespaceRequest): Body of a create-namespace call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NamespaceDescription | RpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNamespaceRequest,
    x_pinecone_api_version: str = "2026-04",
) -> Response[NamespaceDescription | RpcStatus]:
    """Add a namespace

     Adds a namespace to a serverless index. Not available for pod-based indexes.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (CreateNamespaceRequest): Body of a create-namespace call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NamespaceDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNamespaceRequest,
    x_pinecone_api_version: str = "2026-04",
) -> NamespaceDescription | RpcStatus | None:
    """Add a namespace

     Adds a namespace to a serverless index. Not available for pod-based indexes.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (CreateNamespaceRequest): Body of a create-namespace call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NamespaceDescription | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed
