from collections.abc import Mapping
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_documents_request import ListDocumentsRequest
from ...models.list_documents_response import ListDocumentsResponse
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("list_documents", ({}, {}, []))


def _get_kwargs(
    namespace: str,
    *,
    body: ListDocumentsRequest | dict[str, Any],
    x_pinecone_api_version: str = "2026-07",
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
        "method": "post",
        "url": "/namespaces/{namespace}/documents/list".format(
            namespace=_core.path_segment(namespace, "namespace"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "list_documents"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListDocumentsResponse | str | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListDocumentsResponse)
            return response_200

    if response.status_code == 400:
        with _core.parsing(response):
            response_400 = _core.model_body(response, ErrorResponse)
            return response_400

    if response.status_code == 401:
        with _core.parsing(response):
            response_401 = response.text
            return response_401

    if 400 <= response.status_code <= 499:
        with _core.parsing(response):
            response_4xx = _core.model_body(response, ErrorResponse)
            return response_4xx

    if 500 <= response.status_code <= 599:
        with _core.parsing(response):
            response_5xx = _core.model_body(response, ErrorResponse)
            return response_5xx

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListDocumentsResponse | str]:
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
    body: ListDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> Response[ErrorResponse | ListDocumentsResponse | str]:
    """List documents

     Lists document IDs in a namespace, sorted bytewise (C collation), 100 per page unless `limit` is
    set, optionally only those sharing a prefix.

    Args:
        namespace (str): Namespace to list.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (ListDocumentsRequest): Body of `list_documents`. Its fields are the attributes of
            ``ListDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ErrorResponse | ListDocumentsResponse | str]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
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
    body: ListDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> ErrorResponse | ListDocumentsResponse | str | None:
    """List documents

     Lists document IDs in a namespace, sorted bytewise (C collation), 100 per page unless `limit` is
    set, optionally only those sharing a prefix.

    Args:
        namespace (str): Namespace to list.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (ListDocumentsRequest): Body of `list_documents`. Its fields are the attributes of
            ``ListDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ErrorResponse | ListDocumentsResponse | str
    """

    return sync_detailed(
        namespace=namespace,
        client=client,
        body=body,
        x_pinecone_api_version=x_pinecone_api_version,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> Response[ErrorResponse | ListDocumentsResponse | str]:
    """List documents

     Lists document IDs in a namespace, sorted bytewise (C collation), 100 per page unless `limit` is
    set, optionally only those sharing a prefix.

    Args:
        namespace (str): Namespace to list.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (ListDocumentsRequest): Body of `list_documents`. Its fields are the attributes of
            ``ListDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ErrorResponse | ListDocumentsResponse | str]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
        x_pinecone_api_version=x_pinecone_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> ErrorResponse | ListDocumentsResponse | str | None:
    """List documents

     Lists document IDs in a namespace, sorted bytewise (C collation), 100 per page unless `limit` is
    set, optionally only those sharing a prefix.

    Args:
        namespace (str): Namespace to list.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (ListDocumentsRequest): Body of `list_documents`. Its fields are the attributes of
            ``ListDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ErrorResponse | ListDocumentsResponse | str
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            body=body,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ListDocumentsResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, ListDocumentsResponse)
            return response_200

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "prefix": "prefix",
    "limit": "limit",
    "pagination_token": "pagination_token",
}
_REQUIRED_FIELDS = ()


def _request(
    namespace: str,
    body: ListDocumentsRequest | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        namespace,
        body=_core.request_body(
            ListDocumentsRequest,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="list",
        ),
    )
