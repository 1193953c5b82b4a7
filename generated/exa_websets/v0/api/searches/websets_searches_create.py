from collections.abc import Mapping
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.create_webset_search_parameters import CreateWebsetSearchParameters
from ...models.webset_search import WebsetSearch
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get(
    "websets_searches_create", ({}, {}, [])
)


def _get_kwargs(
    webset: str,
    *,
    body: CreateWebsetSearchParameters | dict[str, Any],
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "webset": webset,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/websets/{webset}/searches".format(
            webset=_core.path_segment(webset, "webset"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "websets_searches_create"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebsetSearch | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, WebsetSearch)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebsetSearch]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebsetSearchParameters,
) -> Response[WebsetSearch]:
    """Start a Search

     Runs a new search on a Webset; by default the Items already found are checked against the new
    criteria.

    Args:
        webset (str): Webset id.
        body (CreateWebsetSearchParameters):  Its fields are the attributes of
            ``CreateWebsetSearchParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[WebsetSearch]
    """

    kwargs = _get_kwargs(
        webset=webset,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebsetSearchParameters,
) -> WebsetSearch | None:
    """Start a Search

     Runs a new search on a Webset; by default the Items already found are checked against the new
    criteria.

    Args:
        webset (str): Webset id.
        body (CreateWebsetSearchParameters):  Its fields are the attributes of
            ``CreateWebsetSearchParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        WebsetSearch
    """

    return sync_detailed(
        webset=webset,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebsetSearchParameters,
) -> Response[WebsetSearch]:
    """Start a Search

     Runs a new search on a Webset; by default the Items already found are checked against the new
    criteria.

    Args:
        webset (str): Webset id.
        body (CreateWebsetSearchParameters):  Its fields are the attributes of
            ``CreateWebsetSearchParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[WebsetSearch]
    """

    kwargs = _get_kwargs(
        webset=webset,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webset: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebsetSearchParameters,
) -> WebsetSearch | None:
    """Start a Search

     Runs a new search on a Webset; by default the Items already found are checked against the new
    criteria.

    Args:
        webset (str): Webset id.
        body (CreateWebsetSearchParameters):  Its fields are the attributes of
            ``CreateWebsetSearchParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        WebsetSearch
    """

    return (
        await asyncio_detailed(
            webset=webset,
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> WebsetSearch:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, WebsetSearch)
            return response_200

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "count": "count",
    "query": "query",
    "entity": "entity",
    "criteria": "criteria",
    "exclude": "exclude",
    "scope": "scope",
    "recall": "recall",
    "behavior": "behavior",
    "metadata": "metadata",
}
_REQUIRED_FIELDS = (
    "count",
    "query",
)


def _request(
    webset: str,
    body: CreateWebsetSearchParameters | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        webset,
        body=_core.request_body(
            CreateWebsetSearchParameters,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="create",
        ),
    )
