"""The base of every generated resource (``client.vectors``...): the client it sends through."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ._client import AsyncClient, SyncClient


class SyncResource:
    """A group of operations of a blocking client."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        return self._client._send(request)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource:
    """A group of operations of an asyncio client: every method is awaitable."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _send(self, request: dict[str, Any]) -> httpx.Response:
        return await self._client._send(request)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
