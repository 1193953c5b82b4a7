from typing import Any

import httpx
from pinecone_dataplane import _runtime

from ...client import AuthenticatedClient, Client
from ...models.rpc_status import RpcStatus
from ...models.search_records_request import SearchRecordsRequest
from ...models.search_records_response import SearchRecordsResponse
from ...types import Response


def _get_kwargs(
    namespace: str,
    *,
    body: SearchRecordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/records/namespaces/{_runtime.path_segment(namespace)}/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RpcStatus | SearchRecordsResponse | None:
    if response.status_code == 200:
        with _runtime.parsing(response):
            response_200 = SearchRecordsResponse.from_dict(_runtime.json_body(response))

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
) -> Response[RpcStatus | SearchRecordsResponse]:
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
    body: SearchRecordsRequest,
) -> Response[RpcStatus | SearchRecordsResponse]:
    """Search records

     Finds the records closest to a query text, vector or record ID, with scores, optionally reranked;
    text queries need an index with integrated embedding.

    Args:
        namespace (str):
        body (SearchRecordsRequest): Search request for records in one namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RpcStatus | SearchRecordsResponse]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> RpcStatus | SearchRecordsResponse | None:
    """Search records

     Finds the records closest to a query text, vector or record ID, with scores, optionally reranked;
    text queries need an index with integrated embedding.

    Args:
        namespace (str):
        body (SearchRecordsRequest): Search request for records in one namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RpcStatus | SearchRecordsResponse
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> Response[RpcStatus | SearchRecordsResponse]:
    """Search records

     Finds the records closest to a query text, vector or record ID, with scores, optionally reranked;
    text queries need an index with integrated embedding.

    Args:
        namespace (str):
        body (SearchRecordsRequest): Search request for records in one namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RpcStatus | SearchRecordsResponse]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRecordsRequest,
) -> RpcStatus | SearchRecordsResponse | None:
    """Search records

     Finds the records closest to a query text, vector or record ID, with scores, optionally reranked;
    text queries need an index with integrated embedding.

    Args:
        namespace (str):
        body (SearchRecordsRequest): Search request for records in one namespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RpcStatus | SearchRecordsResponse
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            body=body,
        )
    ).parsed
