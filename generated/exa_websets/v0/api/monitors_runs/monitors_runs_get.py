from typing import Any

import httpx
from apiwire import _core

from ..._constraints import OPERATIONS as _OPERATIONS
from ...client import AuthenticatedClient, Client
from ...models.monitor_run import MonitorRun
from ...types import Response

# The spec's constraints on this operation's arguments (its path and query parameters, its body's fields,
# which of them go together).
_PARAMETERS, _BODY, _COMBINATIONS = _OPERATIONS.get("monitors_runs_get", ({}, {}, []))


def _get_kwargs(
    monitor: str,
    id: str,
) -> dict[str, Any]:
    _core.check_arguments(
        _PARAMETERS,
        {
            "monitor": monitor,
            "id": id,
        },
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/monitors/{monitor}/runs/{id}".format(
            monitor=_core.path_segment(monitor, "monitor"),
            id=_core.path_segment(id, "id"),
        ),
        # Names the operation for the transport, which decides by it whether a request may be sent again.
        "extensions": {_core.OPERATION: "monitors_runs_get"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonitorRun | None:
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, MonitorRun)
            return response_200

    if client.raise_on_unexpected_status:
        raise _core.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MonitorRun]:
    return Response(
        status_code=_core.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MonitorRun]:
    """Read a Monitor run

     One run of a Monitor.

    Args:
        monitor (str): Monitor id.
        id (str):

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[MonitorRun]
    """

    kwargs = _get_kwargs(
        monitor=monitor,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MonitorRun | None:
    """Read a Monitor run

     One run of a Monitor.

    Args:
        monitor (str): Monitor id.
        id (str):

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        MonitorRun
    """

    return sync_detailed(
        monitor=monitor,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MonitorRun]:
    """Read a Monitor run

     One run of a Monitor.

    Args:
        monitor (str): Monitor id.
        id (str):

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        Response[MonitorRun]
    """

    kwargs = _get_kwargs(
        monitor=monitor,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MonitorRun | None:
    """Read a Monitor run

     One run of a Monitor.

    Args:
        monitor (str): Monitor id.
        id (str):

    Raises:
        exa_websets.errors.ApiError: An error status (its subclass: ``BadRequestError``, ``NotFoundError``...),
            or no response (``ApiConnectionError``), when the client is a ``Client``'s ``raw``.
        ValueError: An argument breaks a limit the spec states; raised before anything is sent.

    Returns:
        MonitorRun
    """

    return (
        await asyncio_detailed(
            monitor=monitor,
            id=id,
            client=client,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> MonitorRun:
    """The body of a successful response (the transport has raised for error statuses)."""
    if response.status_code == 200:
        with _core.parsing(response):
            response_200 = _core.model_body(response, MonitorRun)
            return response_200

    raise _core.unexpected_status(response)
