"""Client and AsyncClient: the generated client of one API version, configured by the overlay.

``client.raw`` is the generated ``Client`` whose httpx clients (sync and async) send through the
overlay's transport, so calling any generated function with it gets the credentials, the version
header, retries and typed errors.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from functools import cache, cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self
from urllib.parse import urlsplit

import httpx

from ._transport import VERSION_HEADER, OverlayTransport
from ._versions import generated_package, module_attribute

if TYPE_CHECKING:
    from ._imports import AsyncImports, Imports

HOST_VARIABLE = "PINECONE_INDEX_HOST"
API_KEY_VARIABLE = "PINECONE_API_KEY"
_LOOPBACK_NAMES = frozenset({"localhost"})


def _user_agent() -> str:
    from . import __version__

    return f"pinecone-dataplane/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"


def _resolve_host(host: str | None, allow_insecure: bool) -> str:
    host = host if host is not None else os.environ.get(HOST_VARIABLE)
    if not host or not host.strip():
        raise ValueError(f"no index host: pass host=... or set {HOST_VARIABLE}")
    host = host.strip().rstrip("/")
    url = host if "://" in host else f"https://{host}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"host must be an https:// URL or a bare hostname, got {host!r}")
    if parts.username is not None or parts.password is not None:
        # Credentials in the URL would be echoed wherever the host is shown; the API key is the credential.
        raise ValueError("host must not contain a user name or password; the API key authenticates")
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ValueError(
            f"refusing to send the API key in clear text to {parts.hostname}: use https://, "
            "or pass allow_insecure=True if this network is trusted"
        )
    return url


def _is_loopback(hostname: str) -> bool:
    if hostname in _LOOPBACK_NAMES:
        return True
    import ipaddress  # only plain-http hosts get here

    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def _resolve_api_key(api_key: str | None) -> str:
    api_key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not api_key:
        raise ValueError(f"no API key: pass api_key=... or set {API_KEY_VARIABLE}")
    if any(char in api_key for char in "\r\n\0"):
        # Checked here so that the key can never be used to inject headers; not echoed.
        raise ValueError("the API key contains a line break or NUL character; check how it was read")
    return api_key


def _check_timeout(timeout: object) -> float:
    # httpx reads None as "wait forever": every request must have connect and read timeouts.
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        raise ValueError(f"timeout must be a number of seconds greater than 0, got {timeout!r}")
    return float(timeout)


class _BaseClient:
    """Shared construction of Client and AsyncClient; one subclass pair per API version."""

    API_VERSION: ClassVar[str]
    _http_client_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]

    def __init__(
        self,
        host: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.host = _resolve_host(host, allow_insecure)
        self._transport = OverlayTransport(
            api_key=_resolve_api_key(api_key), api_version=self.API_VERSION, max_retries=max_retries
        )
        self._timeout = _check_timeout(timeout)
        self._http_client = http_client
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            raise TypeError(
                f"http_client must be an {self._http_client_type.__name__}, got {type(http_client).__name__}"
            )
        self._raw: Any = None
        self._building_raw = threading.Lock()

    @property
    def raw(self) -> Any:
        """The generated client of this version, sending through the overlay.

        Built on first use (the generated package and attrs are not needed to create a client), once,
        even when several threads make their first request together.
        """
        if self._raw is None:
            with self._building_raw:
                if self._raw is None:
                    self._raw = self._build_raw()
        return self._raw

    def _build_raw(self) -> Any:
        headers = {VERSION_HEADER: self.API_VERSION, "User-Agent": _user_agent()}
        generated_client = importlib.import_module(f"{generated_package(self.API_VERSION)}.client")
        raw = generated_client.Client(
            base_url=self.host,
            headers=headers,
            timeout=httpx.Timeout(self._timeout),
            httpx_args={"transport": self._transport},
            raise_on_unexpected_status=True,
        )
        # Without a caller's client, httpx builds one as it would for anyone (proxies from HTTPS_PROXY,
        # ALL_PROXY and NO_PROXY become mounts), and it is taken over the same way.
        self._adopt(raw, self._http_client or self._http_client_type(), headers)
        return raw

    def _adopt(self, raw: Any, http_client: httpx.Client | httpx.AsyncClient, headers: dict[str, str]) -> None:
        # A caller's httpx client keeps its connection settings (proxies, TLS, limits); its transport and
        # every mount (proxies are mounts) are wrapped so that they still get credentials, retries and
        # typed errors. httpx keeps them in _transport and _mounts; there is no public accessor.
        if isinstance(http_client._transport, OverlayTransport):
            # Sharing would send one client's key to the other's host.
            raise ValueError("this httpx client already serves another pinecone_dataplane client; give each its own")
        mounts: dict[Any, Any] = http_client._mounts
        for pattern, mounted in mounts.items():
            if mounted is not None:
                mounts[pattern] = self._transport.around(mounted)
        if isinstance(http_client, httpx.Client):
            self._transport._sync_inner = http_client._transport
            raw.set_httpx_client(http_client)
        else:
            self._transport._async_inner = http_client._transport
            raw.set_async_httpx_client(http_client)
        http_client._transport = self._transport
        http_client.base_url = httpx.URL(self.host)
        http_client.headers.update(headers)
        http_client.timeout = httpx.Timeout(self._timeout)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} api_version={self.API_VERSION!r} host={self.host!r}>"


class SyncClient(_BaseClient):
    """Blocking client for one API version. Use as a context manager, or call ``close()``."""

    _http_client_type = httpx.Client

    @cached_property
    def imports(self) -> Imports:
        """Start, watch, list and cancel bulk imports."""
        from ._imports import Imports

        return Imports(self)

    def upsert_records(self, namespace: str, records: Any) -> None:
        """Upsert text records as newline-delimited JSON (the operation the generator cannot make)."""
        from ._records import upsert_records

        upsert_records(self.raw, namespace, records)

    def close(self) -> None:
        """Close the connections; the client sends nothing afterwards."""
        if self._raw is not None:
            self._raw.get_httpx_client().close()  # with its transport and mounts

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """Asynchronous client for one API version. Use with ``async with``, or await ``aclose()``."""

    _http_client_type = httpx.AsyncClient

    @cached_property
    def imports(self) -> AsyncImports:
        """Start, watch, list and cancel bulk imports (awaitable)."""
        from ._imports import AsyncImports

        return AsyncImports(self)

    async def upsert_records(self, namespace: str, records: Any) -> None:
        """Upsert text records as newline-delimited JSON (the operation the generator cannot make)."""
        from ._records import async_upsert_records

        await async_upsert_records(self.raw, namespace, records)

    async def aclose(self) -> None:
        """Close the connections; the client sends nothing afterwards."""
        if self._raw is not None:
            await self._raw.get_async_httpx_client().aclose()  # with its transport and mounts

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


@cache
def client_class(version: str) -> type[SyncClient]:
    return type("Client", (SyncClient,), {"API_VERSION": version, "__module__": _facade_module(version)})


@cache
def async_client_class(version: str) -> type[AsyncClient]:
    return type("AsyncClient", (AsyncClient,), {"API_VERSION": version, "__module__": _facade_module(version)})


def _facade_module(version: str) -> str:
    return f"pinecone_dataplane.{module_attribute(version)}"
