from collections.abc import Mapping
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.describe_index_stats_request import DescribeIndexStatsRequest
from ...models.index_description import IndexDescription
from ...models.rpc_status import RpcStatus
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get(
    "describe_index_stats", ({}, {}, [])
)


def _get_kwargs(
    *,
    body: DescribeIndexStatsRequest | dict[str, Any],
    x_pinecone_api_version: str = "2026-04",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Pinecone-Api-Version"] = x_pinecone_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/describe_index_stats",
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "describe_index_stats"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndexDescription | RpcStatus | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, IndexDescription)
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
) -> Response[IndexDescription | RpcStatus]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeIndexStatsRequest,
    x_pinecone_api_version: str = "2026-04",
) -> Response[IndexDescription | RpcStatus]:
    """Describe index statistics

     Returns index statistics such as per-namespace vector counts, dimension and fullness; fullness only
    matters for pod-based indexes, since serverless ones scale on their own.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (DescribeIndexStatsRequest): Body of a describe-index-stats call. Its fields are the
            attributes of ``DescribeIndexStatsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[IndexDescription | RpcStatus]
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
    body: DescribeIndexStatsRequest,
    x_pinecone_api_version: str = "2026-04",
) -> IndexDescription | RpcStatus | None:
    """Describe index statistics

     Returns index statistics such as per-namespace vector counts, dimension and fullness; fullness only
    matters for pod-based indexes, since serverless ones scale on their own.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (DescribeIndexStatsRequest): Body of a describe-index-stats call. Its fields are the
            attributes of ``DescribeIndexStatsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        IndexDescription | RpcStatus
    """

    return sync_detailed(
        client=client,
        body=body,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeIndexStatsRequest,
    x_pinecone_api_version: str = "2026-04",
) -> Response[IndexDescription | RpcStatus]:
    """Describe index statistics

     Returns index statistics such as per-namespace vector counts, dimension and fullness; fullness only
    matters for pod-based indexes, since serverless ones scale on their own.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (DescribeIndexStatsRequest): Body of a describe-index-stats call. Its fields are the
            attributes of ``DescribeIndexStatsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[IndexDescription | RpcStatus]
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
    body: DescribeIndexStatsRequest,
    x_pinecone_api_version: str = "2026-04",
) -> IndexDescription | RpcStatus | None:
    """Describe index statistics

     Returns index statistics such as per-namespace vector counts, dimension and fullness; fullness only
    matters for pod-based indexes, since serverless ones scale on their own.

    Args:
        x_pinecone_api_version (str):  Default: '2026-04'.
        body (DescribeIndexStatsRequest): Body of a describe-index-stats call. Its fields are the
            attributes of ``DescribeIndexStatsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        IndexDescription | RpcStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> IndexDescription:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, IndexDescription)
            return response_200

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "filter": "filter",
}
_REQUIRED_FIELDS = ()


def _request(
    body: DescribeIndexStatsRequest | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        body=_core.request_body(
            DescribeIndexStatsRequest,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="describe_index_stats",
        ),
    )
