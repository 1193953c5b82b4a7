from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.webset_enrichment import WebsetEnrichment
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get(
    "websets_enrichments_delete", ({}, {}, [])
)


def _get_kwargs(
    webset: str,
    id: str,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "webset": webset,
            "id": id,
        },
    )

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v0/websets/{webset}/enrichments/{id}".format(
            webset=_core.path_segment(webset, "webset"),
            id=_core.path_segment(id, "id"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "websets_enrichments_delete"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebsetEnrichment | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, WebsetEnrichment)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebsetEnrichment]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebsetEnrichment]:
    """Remove an Enrichment

     Removes an Enrichment: its running work stops and the results it produced are no longer served.

    Args:
        webset (str): Webset id or externalId.
        id (str): Enrichment id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[WebsetEnrichment]
    """

    kwargs = _get_kwargs(
        webset=webset,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WebsetEnrichment | None:
    """Remove an Enrichment

     Removes an Enrichment: its running work stops and the results it produced are no longer served.

    Args:
        webset (str): Webset id or externalId.
        id (str): Enrichment id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        WebsetEnrichment
    """

    return sync_detailed(
        webset=webset,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebsetEnrichment]:
    """Remove an Enrichment

     Removes an Enrichment: its running work stops and the results it produced are no longer served.

    Args:
        webset (str): Webset id or externalId.
        id (str): Enrichment id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[WebsetEnrichment]
    """

    kwargs = _get_kwargs(
        webset=webset,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> WebsetEnrichment | None:
    """Remove an Enrichment

     Removes an Enrichment: its running work stops and the results it produced are no longer served.

    Args:
        webset (str): Webset id or externalId.
        id (str): Enrichment id.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        WebsetEnrichment
    """

    return (
        await asyncio_detailed(
            webset=webset,
            id=id,
            client=client,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> WebsetEnrichment:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, WebsetEnrichment)
            return response_200

    raise _core.unexpected_status(response)
