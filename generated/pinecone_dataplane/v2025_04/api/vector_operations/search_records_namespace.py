from collections.abc import Mapping
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.rpc_status import RpcStatus
from ...models.search_records_request import SearchRecordsRequest
from ...models.search_records_response import SearchRecordsResponse
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get(
    "search_records_namespace", ({}, {}, [])
)


def _get_kwargs(
    namespace: str,
    *,
    body: SearchRecordsRequest | dict[str, Any],
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "namespace": namespace,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/records/namespaces/{namespace}/search".format(
            namespace=_core.path_segment(namespace, "namespace"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "search_records_namespace"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RpcStatus | SearchRecordsResponse | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, SearchRecordsResponse)
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
) -> Response[RpcStatus | SearchRecordsResponse]:
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
    body: SearchRecordsRequest,
) -> Response[RpcStatus | SearchRecordsResponse]:
    """Search records

     Finds the records closest to a query text, vector or record ID, with scores, optionally reranked;
    text queries need an index with integrated embedding.

    Args:
        namespace (str): Namespace to search in.
        body (SearchRecordsRequest): Search request for records in one namespace. Its fields are
            the attributes of ``SearchRecordsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

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
        namespace (str): Namespace to search in.
        body (SearchRecordsRequest): Search request for records in one namespace. Its fields are
            the attributes of ``SearchRecordsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

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
        namespace (str): Namespace to search in.
        body (SearchRecordsRequest): Search request for records in one namespace. Its fields are
            the attributes of ``SearchRecordsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

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
        namespace (str): Namespace to search in.
        body (SearchRecordsRequest): Search request for records in one namespace. Its fields are
            the attributes of ``SearchRecordsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

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


def _parse_success(response: httpx.Response) -> SearchRecordsResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, SearchRecordsResponse)
            return response_200

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "query": "query",
    "fields": "fields",
    "rerank": "rerank",
}
_REQUIRED_FIELDS = ("query",)


def _request(
    namespace: str,
    body: SearchRecordsRequest | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        namespace,
        body=_core.request_body(
            SearchRecordsRequest,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="search",
        ),
    )
