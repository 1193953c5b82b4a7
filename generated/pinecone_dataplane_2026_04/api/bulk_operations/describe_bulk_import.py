from typing import Any

import httpx
from pinecone_dataplane import _runtime

from ...client import AuthenticatedClient, Client
from ...models.import_model import ImportModel
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    x_pinecone_api_version: str = "2026-04",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Pinecone-Api-Version"] = x_pinecone_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/bulk/imports/{_runtime.path_segment(id)}",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportModel | RpcStatus | None:
    if response.status_code == 200:
        with _runtime.parsing(response):
            response_200 = ImportModel.from_dict(_runtime.json_body(response))

            return response_200

    if response.status_code == 400:
        with _runtime.parsing(response):
            response_400 = RpcStatus.from_dict(_runtime.json_body(response))

            return response_400

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
) -> Response[ImportModel | RpcStatus]:
    return Response(
        status_code=_runtime.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> Response[ImportModel | RpcStatus]:
    """Get import details

     Returns the details of one import operation.

    Args:
        id (str):
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportModel | RpcStatus]
    """

    kwargs = _get_kwargs(
        id=id,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> ImportModel | RpcStatus | None:
    """Get import details

     Returns the details of one import operation.

    Args:
        id (str):
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportModel | RpcStatus
    """

    return sync_detailed(
        id=id,
        client=client,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> Response[ImportModel | RpcStatus]:
    """Get import details

     Returns the details of one import operation.

    Args:
        id (str):
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportModel | RpcStatus]
    """

    kwargs = _get_kwargs(
        id=id,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> ImportModel | RpcStatus | None:
    """Get import details

     Returns the details of one import operation.

    Args:
        id (str):
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportModel | RpcStatus
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed
