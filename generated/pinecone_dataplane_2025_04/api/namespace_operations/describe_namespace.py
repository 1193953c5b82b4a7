from typing import Any

import httpx
from pinecone_dataplane import _runtime

from ...client import AuthenticatedClient, Client
from ...models.namespace_description import NamespaceDescription
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    namespace: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/namespaces/{_runtime.path_segment(namespace)}",
    }

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
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NamespaceDescription | RpcStatus]:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NamespaceDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
) -> NamespaceDescription | RpcStatus | None:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NamespaceDescription | RpcStatus
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NamespaceDescription | RpcStatus]:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NamespaceDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
) -> NamespaceDescription | RpcStatus | None:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NamespaceDescription | RpcStatus
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
        )
    ).parsed
