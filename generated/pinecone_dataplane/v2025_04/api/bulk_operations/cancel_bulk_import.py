from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.cancel_import_response import CancelImportResponse
from ...models.rpc_status import RpcStatus
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("cancel_bulk_import", ({}, {}, []))


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "id": id,
        },
    )

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/bulk/imports/{id}".format(
            id=_core.path_segment(id, "id"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "cancel_bulk_import"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelImportResponse | RpcStatus | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, CancelImportResponse)
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
) -> Response[CancelImportResponse | RpcStatus]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelImportResponse | RpcStatus]:
    """Cancel a bulk import

     Stops an import that is still running; imports that already finished are left unchanged.

    Args:
        id (str): ID of the import. Limits: 1 to 1000 characters.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[CancelImportResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelImportResponse | RpcStatus | None:
    """Cancel a bulk import

     Stops an import that is still running; imports that already finished are left unchanged.

    Args:
        id (str): ID of the import. Limits: 1 to 1000 characters.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        CancelImportResponse | RpcStatus
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CancelImportResponse | RpcStatus]:
    """Cancel a bulk import

     Stops an import that is still running; imports that already finished are left unchanged.

    Args:
        id (str): ID of the import. Limits: 1 to 1000 characters.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[CancelImportResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CancelImportResponse | RpcStatus | None:
    """Cancel a bulk import

     Stops an import that is still running; imports that already finished are left unchanged.

    Args:
        id (str): ID of the import. Limits: 1 to 1000 characters.

    Raises:
        pinecone_dataplane.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        CancelImportResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> CancelImportResponse:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, CancelImportResponse)
            return response_200

    raise _core.unexpected_status(response)
