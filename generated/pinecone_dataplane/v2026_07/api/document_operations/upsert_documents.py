from collections.abc import Mapping
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.upsert_documents_request import UpsertDocumentsRequest
from ...models.upsert_documents_response import UpsertDocumentsResponse
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("upsert_documents", ({}, {}, []))


def _get_kwargs(
    namespace: str,
    *,
    body: UpsertDocumentsRequest | dict[str, Any],
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
        "url": "/namespaces/{namespace}/documents/upsert".format(
            namespace=_core.path_segment(namespace, "namespace"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "upsert_documents"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpsertDocumentsResponse | str | None:
    if response.status_code == 202:
        with _core.parsing(response):
            response_202 = _core.model_body(response, UpsertDocumentsResponse)
            return response_202

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
) -> Response[ErrorResponse | UpsertDocumentsResponse | str]:
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
    body: UpsertDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> Response[ErrorResponse | UpsertDocumentsResponse | str]:
    """Upsert documents

     Writes documents to a namespace. Each has an `_id` and at least one field of the index schema; other
    fields are kept as metadata.

    Args:
        namespace (str): Namespace to write to.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (UpsertDocumentsRequest): Body of `upsert_documents`. Its fields are the attributes
            of ``UpsertDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ErrorResponse | UpsertDocumentsResponse | str]
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
    body: UpsertDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> ErrorResponse | UpsertDocumentsResponse | str | None:
    """Upsert documents

     Writes documents to a namespace. Each has an `_id` and at least one field of the index schema; other
    fields are kept as metadata.

    Args:
        namespace (str): Namespace to write to.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (UpsertDocumentsRequest): Body of `upsert_documents`. Its fields are the attributes
            of ``UpsertDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ErrorResponse | UpsertDocumentsResponse | str
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
    body: UpsertDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> Response[ErrorResponse | UpsertDocumentsResponse | str]:
    """Upsert documents

     Writes documents to a namespace. Each has an `_id` and at least one field of the index schema; other
    fields are kept as metadata.

    Args:
        namespace (str): Namespace to write to.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (UpsertDocumentsRequest): Body of `upsert_documents`. Its fields are the attributes
            of ``UpsertDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[ErrorResponse | UpsertDocumentsResponse | str]
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
    body: UpsertDocumentsRequest,
    x_pinecone_api_version: str = "2026-07",
) -> ErrorResponse | UpsertDocumentsResponse | str | None:
    """Upsert documents

     Writes documents to a namespace. Each has an `_id` and at least one field of the index schema; other
    fields are kept as metadata.

    Args:
        namespace (str): Namespace to write to.
        x_pinecone_api_version (str):  Default: '2026-07'.
        body (UpsertDocumentsRequest): Body of `upsert_documents`. Its fields are the attributes
            of ``UpsertDocumentsRequest``.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        ErrorResponse | UpsertDocumentsResponse | str
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            client=client,
            body=body,
            x_pinecone_api_version=x_pinecone_api_version,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> UpsertDocumentsResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 202:
        with _core.parsing(response):
            response_202 = _core.model_body(response, UpsertDocumentsResponse)
            return response_202

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "documents": "documents",
}
_REQUIRED_FIELDS = ("documents",)


def _request(
    namespace: str,
    body: UpsertDocumentsRequest | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        namespace,
        body=_core.request_body(
            UpsertDocumentsRequest,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="upsert",
        ),
    )
