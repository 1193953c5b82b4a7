from collections.abc import Mapping
from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.create_monitor_parameters import CreateMonitorParameters
from ...models.monitor import Monitor
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("monitors_create", ({}, {}, []))


def _get_kwargs(
    *,
    body: CreateMonitorParameters | dict[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/monitors",
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "monitors_create"},
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    _core.check_arguments(_BODY, _kwargs["json"], _COMBINATIONS)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Monitor | None:
    if response.status_code == 201:
        with _core.parsing(response):
            response_201 = _core.model_body(response, Monitor)
            return response_201

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Monitor]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMonitorParameters,
) -> Response[Monitor]:
    """Schedule a Monitor

     Schedules a Monitor that refreshes a Webset on a cron cadence, without further calls.

    Args:
        body (CreateMonitorParameters):  Its fields are the attributes of
            ``CreateMonitorParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Monitor]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMonitorParameters,
) -> Monitor | None:
    """Schedule a Monitor

     Schedules a Monitor that refreshes a Webset on a cron cadence, without further calls.

    Args:
        body (CreateMonitorParameters):  Its fields are the attributes of
            ``CreateMonitorParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Monitor
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMonitorParameters,
) -> Response[Monitor]:
    """Schedule a Monitor

     Schedules a Monitor that refreshes a Webset on a cron cadence, without further calls.

    Args:
        body (CreateMonitorParameters):  Its fields are the attributes of
            ``CreateMonitorParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[Monitor]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMonitorParameters,
) -> Monitor | None:
    """Schedule a Monitor

     Schedules a Monitor that refreshes a Webset on a cron cadence, without further calls.

    Args:
        body (CreateMonitorParameters):  Its fields are the attributes of
            ``CreateMonitorParameters``.

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Monitor
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> Monitor:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 201:
        with _core.parsing(response):
            response_201 = _core.model_body(response, Monitor)
            return response_201

    raise _core.unexpected_status(response)


# Keyword arguments of the resource method -> the body's JSON names.
_BODY_FIELDS = {
    "webset_id": "websetId",
    "cadence": "cadence",
    "behavior": "behavior",
    "metadata": "metadata",
}
_REQUIRED_FIELDS = (
    "webset_id",
    "cadence",
    "behavior",
)


def _request(
    body: CreateMonitorParameters | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request for a whole body model, or for the body's fields as keyword arguments."""
    return _get_kwargs(
        body=_core.request_body(
            CreateMonitorParameters,
            body,
            fields,
            json_names=_BODY_FIELDS,
            required=_REQUIRED_FIELDS,
            method="create",
        ),
    )
