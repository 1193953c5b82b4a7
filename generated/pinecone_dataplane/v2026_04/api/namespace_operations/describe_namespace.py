from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.namespace_description import NamespaceDescription
from ...models.rpc_status import RpcStatus
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("describe_namespace", ({}, {}, []))


def _get_kwargs(
    namespace: str,
    *,
    x_pinecone_api_version: str = "2026-04",
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "namespace": namespace,
        },
    )
    headers: dict[str, Any] = {}
    headers["X-Pinecone-Api-Version"] = x_pinecone_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/namespaces/{namespace}".format(
            namespace=_core.path_segment(namespace, "namespace"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "describe_namespace"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NamespaceDescription | RpcStatus | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, NamespaceDescription)
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
) -> Response[NamespaceDescription | RpcStatus]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> Response[NamespaceDescription | RpcStatus]:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str): Name of the namespace to look up.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[NamespaceDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> NamespaceDescription | RpcStatus | None:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str): Name of the namespace to look up.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        NamespaceDescription | RpcStatus
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> Response[NamespaceDescription | RpcStatus]:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str): Name of the namespace to look up.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[NamespaceDescription | RpcStatus]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    x_pinecone_api_version: str = "2026-04",
) -> NamespaceDescription | RpcStatus | None:
    """Get namespace details

     Returns the vector count and other details of one serverless-index namespace. Not available for pod-
    based indexes.

    Args:
        namespace (str): Name of the namespace to look up.
        x_pinecone_api_version (str):  Default: '2026-04'.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        NamespaceDescription | RpcStatus
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> NamespaceDescription:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, NamespaceDescription)
            return response_200

    raise _core.unexpected_status(response)
