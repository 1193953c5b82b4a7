"""Exa's clients on the core's: its profile, and the constructor Exa's users know (the key first).

Each version's generated ``Client`` derives from :class:`SyncClient` (and ``AsyncClient`` from
:class:`AsyncClient`) and adds its resources (``client.websets``, ``client.imports``...); sending, retries
and errors are the core's (:mod:`apiwire._client`), as Exa's profile states them.
"""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx

import apiwire._client

from ._profile import PROFILE

_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


class _ExaClient(Generic[_Http]):
    PROFILE = PROFILE

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        max_response_bytes: int | None = None,
        http_client: _Http | None = None,
        allow_insecure: bool = False,
    ) -> None:
        """Connect to the Websets API; nothing is sent until the first call.

        Args:
            api_key: default ``EXA_API_KEY``. Sent as ``x-api-key`` to the base URL's origin only, never to an
                import's ``uploadUrl``; never shown in a repr, an error or a log line.
            base_url: default ``EXA_BASE_URL``, else ``https://api.exa.ai/websets``. Plain
                ``http://`` is refused for anything but loopback unless ``allow_insecure=True``.
            timeout: seconds each attempt of a request may take in all, from connecting to the last byte of
                its answer.
            max_retries: how many times a failed request that is safe to repeat is sent again (reads,
                updates, deletes and cancels; never a create).
            max_response_bytes: the largest answer accepted; a larger one raises ``ResponseTooLargeError``
                without being read past the cap.
            http_client: an httpx client of your own (proxies, TLS, limits), taken over by this client.
            allow_insecure: allow plain ``http://`` to a host that is not loopback.
        """
        # The import upload's rule too: plain http only to loopback unless allowed.
        self.allow_insecure = allow_insecure
        super().__init__(  # type: ignore[call-arg]  # the core's BaseClient, after this class in the MRO
            base_url,
            api_key,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            http_client=http_client,
            allow_insecure=allow_insecure,
        )


class SyncClient(_ExaClient[httpx.Client], apiwire._client.SyncClient):
    """Blocking client for one API version. Use as a context manager, or call ``close()``."""


class AsyncClient(_ExaClient[httpx.AsyncClient], apiwire._client.AsyncClient):
    """Asynchronous client for one API version. Use with ``async with``, or await ``aclose()``."""
