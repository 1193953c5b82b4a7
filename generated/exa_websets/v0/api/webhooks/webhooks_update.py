from collections.abc import Mapping
from typing import Any, cast

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.update_webhook_parameters import UpdateWebhookParameters
from ...models.webhook import Webhook
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("webhooks_update", ({}, {}, []))


def _get_kwargs(
    id: str,
    *,
    body: UpdateWebhookParameters | dict[str, Any],
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "id": id,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v0/webhooks/{id}".format(
            id=_core.path_segment(id, "id"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "webhooks_update"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Webhook | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, Webhook)
            return response_200

    if response.status_code == 404:
        with _core.parsing(response):
            response_404 = cast(Any, None)
            return response_404

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Webhook]:
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
    body: UpdateWebhookParameters,
) -> Response[Any | Webhook]:
    """Change a Webhook

     Changes a Webhook's events, URL or metadata.

    Args:
        id (str): Webhook id.
        body (UpdateWebhookParameters):  Its fields are the attributes of
            ``UpdateWebhookParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Any | Webhook]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookParameters,
) -> Any | Webhook | None:
    """Change a Webhook

     Changes a Webhook's events, URL or metadata.

    Args:
        id (str): Webhook id.
        body (UpdateWebhookParameters):  Its fields are the attributes of
            ``UpdateWebhookParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Any | Webhook
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookParameters,
) -> Response[Any | Webhook]:
    """Change a Webhook

     Changes a Webhook's events, URL or metadata.

    Args:
        id (str): Webhook id.
        body (UpdateWebhookParameters):  Its fields are the attributes of
            ``UpdateWebhookParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Any | Webhook]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookParameters,
) -> Any | Webhook | None:
    """Change a Webhook

     Changes a Webhook's events, URL or metadata.

    Args:
        id (str): Webhook id.
        body (UpdateWebhookParameters):  Its fields are the attributes of
            ``UpdateWebhookParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Any | Webhook
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> Webhook:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, Webhook)
            return response_200

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "events": "events",
    "url": "url",
    "metadata": "metadata",
}
_REQUIRED_FIELDS = ()


def _request(
    id: str,
    body: UpdateWebhookParameters | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        id,
        body=_core.request_body(
            UpdateWebhookParameters,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="update",
        ),
    )
