"""The version-independent part of every generated ``Client`` and ``AsyncClient``: settings and sending.

A vendor's package derives its clients from :class:`SyncClient` and :class:`AsyncClient`, naming its
``PROFILE``; each version's generated ``Client`` derives from those and adds its resources. Every request,
through a resource or through a generated function called with ``client.raw``, goes through one httpx
client whose transport adds the credentials and the version header the profile names, retries what is safe
to retry and raises the profile's typed errors (:mod:`apiwire._http.transport`).
"""

from __future__ import annotations

import logging
import re
import threading
import warnings
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

import httpx

from ._core import json_dumps
from ._http.settings import (
    KEYWORDS,
    SettingNames,
    check_cap,
    check_timeout,
    resolve_api_key,
    resolve_base_url,
    user_agent,
)
from ._http.transport import ApiTransport

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .profile import ApiProfile


class _RawClient(Protocol):
    """What the overlay needs of a version's generated ``Client`` (``vYYYY_MM.client.Client``)."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        httpx_args: dict[str, Any],
        raise_on_unexpected_status: bool,
    ) -> None: ...

    def set_httpx_client(self, client: httpx.Client) -> Any: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


_Raw = TypeVar("_Raw", bound=_RawClient)
# httpx logs each request at INFO on this logger (the CLI's --debug shows it); a request sent directly
# writes the same line, so the log level changes what is written and nothing of what is sent.
_httpx_logger = logging.getLogger("httpx")
_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


# What a generated request may hold for _direct to build it; anything else goes through httpx.Client.send.
_DIRECT_KEYS = frozenset({"method", "url", "params", "headers", "content", "extensions"})
# Paths differ by their path parameters (an import id, a namespace): the cache of parsed URLs is bounded.
_URLS_KEPT = 256
_EMPTY_BODY_LENGTH = frozenset({"POST", "PUT", "PATCH"})  # httpx sends Content-Length: 0 for these without a body
# A version with a suffix ("2026-01.alpha", "1.rc2") is a release candidate.
_PRERELEASE = re.compile(r"\.[a-z]+[0-9]*")


class BaseClient(Generic[_Http]):
    """A client of one API version; each version's ``Client.__init__`` documents the arguments."""

    PROFILE: ClassVar[ApiProfile]
    API_VERSION: ClassVar[str]
    # How messages name the arguments: a vendor's package may call its base URL otherwise (``host``).
    SETTING_NAMES: ClassVar[SettingNames] = KEYWORDS
    _URL_NAME: ClassVar[str] = "base_url"  # the base URL's name in the repr
    _http_client_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 2,
        max_response_bytes: int | None = None,
        http_client: _Http | None = None,
        allow_insecure: bool = False,
    ) -> None:
        profile = self.PROFILE
        self.base_url = resolve_base_url(profile, base_url, allow_insecure, self.SETTING_NAMES)
        self._timeout = check_timeout(timeout)
        self._transport = ApiTransport(
            profile=profile,
            api_key=resolve_api_key(profile, api_key, self.SETTING_NAMES),
            api_version=self.API_VERSION,
            max_retries=max_retries,
            host=httpx.URL(self.base_url),
            attempt_timeout=self._timeout,
            max_response_bytes=check_cap(max_response_bytes),
        )
        self._headers = {"User-Agent": user_agent(profile)}
        if profile.version_header is not None:
            self._headers[profile.version_header] = self.API_VERSION
        self._lock = threading.Lock()
        self._base = self.base_url.rstrip("/") + "/"
        self._urls: dict[str, httpx.URL] = {}  # parsed URLs of paths without parameters (see _direct)
        # Request headers -> (the httpx client's headers then, the merged headers); see _merged_headers.
        self._merged: dict[tuple[tuple[str, str], ...], tuple[list[tuple[bytes, bytes]], httpx.Headers]] = {}
        self._http: _Http | None = None
        self._raw_client: Any = None
        if http_client is not None:
            if not isinstance(http_client, self._http_client_type):
                raise TypeError(
                    f"http_client must be an {self._http_client_type.__module__}.{self._http_client_type.__name__}, "
                    f"got {type(http_client).__name__}"
                )
            self._http = self._adopt(http_client)
        if _PRERELEASE.search(self.API_VERSION):
            warnings.warn(
                f"API version {self.API_VERSION} is a release candidate: it may change before it is released",
                FutureWarning,
                stacklevel=3,  # the user's line: above the version's __init__ and this one
            )

    def _adopt(self, http_client: _Http) -> _Http:
        # A caller's httpx client keeps its connection settings (proxies, TLS, limits); its transport and
        # every mount (proxies are mounts) are wrapped so that they still get credentials, retries and
        # typed errors. httpx keeps them in _transport and _mounts; there is no public accessor.
        if isinstance(http_client._transport, ApiTransport):
            # Sharing would send one client's key to the other's host.
            raise ValueError(
                f"this httpx client already serves another {http_client._transport.profile.package} client; "
                "give each its own"
            )
        mounts: Mapping[Any, Any] = http_client._mounts
        for pattern, mounted in list(mounts.items()):
            if mounted is not None:
                http_client._mounts[pattern] = self._transport.around(mounted)
        if isinstance(http_client, httpx.Client):
            self._transport._sync_inner = http_client._transport
        else:
            self._transport._async_inner = http_client._transport
        http_client._transport = self._transport
        http_client.base_url = httpx.URL(self.base_url)
        http_client.headers.update(self._headers)
        http_client.timeout = httpx.Timeout(self._timeout)
        return http_client

    def _httpx(self) -> _Http:
        """The httpx client every request goes through: the caller's, or one made on first use, once.

        Made by httpx as it would for anyone (proxies from HTTPS_PROXY, ALL_PROXY and NO_PROXY become
        mounts), then taken over like a caller's.
        """
        if self._http is None:
            with self._lock:
                if self._http is None:
                    self._http = self._adopt(self._made_http_client())
        return self._http

    def _made_http_client(self) -> _Http:
        if not self.base_url.startswith("http://"):
            return self._http_client_type()  # type: ignore[return-value]
        # Plain http: requests go only to the base URL's origin, never over TLS, so the transport skips loading
        # the CA bundle (a tenth to half a second of CPU per client); proxy mounts keep httpx's defaults.
        transport_type = httpx.HTTPTransport if self._http_client_type is httpx.Client else httpx.AsyncHTTPTransport
        return self._http_client_type(transport=transport_type(verify=False))  # type: ignore[arg-type,return-value]

    def _raw(self, raw_class: type[_Raw]) -> _Raw:
        """The version's generated client, built once, sending through this client's httpx client."""
        if self._raw_client is None:
            http = self._httpx()
            with self._lock:
                if self._raw_client is None:
                    raw = raw_class(
                        self.base_url,
                        headers=dict(self._headers),
                        timeout=httpx.Timeout(self._timeout),
                        # A client the generated one makes for itself (an async one for a sync client's
                        # raw, say) sends through the same transport too.
                        httpx_args={"transport": self._transport},
                        raise_on_unexpected_status=True,
                    )
                    if isinstance(http, httpx.Client):
                        raw.set_httpx_client(http)
                    else:
                        raw.set_async_httpx_client(http)
                    self._raw_client = raw
        raw_client: _Raw = self._raw_client
        return raw_client

    def __repr__(self) -> str:
        return (
            f"<{type(self).__module__}.{type(self).__name__} api_version={self.API_VERSION!r} "
            f"{self._URL_NAME}={self.base_url!r}>"
        )

    def _merged_headers(self, http: _Http, headers: dict[str, str], url: httpx.URL) -> httpx.Headers:
        """The httpx client's headers, Host and a request's own, merged once per set of request headers (a copy
        of a merged ``httpx.Headers`` costs a fiftieth of merging) while the client's headers stay the same."""
        key = tuple(headers.items())
        client_headers = http.headers.raw
        kept = self._merged.get(key)
        if kept is not None and kept[0] == client_headers:
            return kept[1]
        merged = httpx.Headers({"Host": url.netloc.decode("ascii")})
        merged.update(http.headers)
        merged.update(headers)
        if len(self._merged) < _URLS_KEPT:
            self._merged[key] = (client_headers, merged)
        return merged

    def _direct(self, http: _Http, request: dict[str, Any]) -> tuple[httpx.Request, Any] | None:
        """The httpx request for a generated one and the transport for it, when httpx's client would add nothing
        else to it; None otherwise (then the request goes through ``httpx.Client.send``).

        ``send`` also merges cookies, runs auth and event hooks, follows redirects and logs; none of it
        applies to a client with no cookies, auth or hooks that does not follow redirects, and it costs
        about 50 µs a call, a twentieth of a small call (the official SDK skips it too). What the choice
        depends on is the client's configuration alone, never the log level: :meth:`_sent_directly` keeps
        the cookies and writes the log line that ``send`` would. The URL of a path without parameters is
        parsed once.
        """
        if (
            http.is_closed  # send raises as it should
            or http.cookies
            or http.params
            or http.auth is not None
            or http.follow_redirects
            or http.event_hooks["request"]
            or http.event_hooks["response"]
            or request.keys() - _DIRECT_KEYS
        ):
            return None
        content = request.get("content")
        if content is not None and type(content) is not bytes:
            return None  # a stream: httpx frames it
        path: str = request["url"]
        params = request.get("params")
        url = self._urls.get(path) if not params else None
        if url is None:
            url = httpx.URL(f"{self._base}{path.lstrip('/')}", params=params or None)
            if not params and len(self._urls) < _URLS_KEPT:
                self._urls[path] = url
        headers = httpx.Headers(self._merged_headers(http, request.get("headers") or {}, url))
        if content is not None:
            headers["Content-Length"] = str(len(content))
        elif request["method"].upper() in _EMPTY_BODY_LENGTH:
            headers["Content-Length"] = "0"
        extensions = {"timeout": http.timeout.as_dict(), **request.get("extensions", {})}
        body = content or b""
        # A stream given, httpx.Request leaves the headers as they are (Host and Content-Length are set above).
        prepared = httpx.Request(
            request["method"], url, headers=headers, stream=httpx.ByteStream(body), extensions=extensions
        )
        prepared._content = body  # request.content, as httpx would have it
        return prepared, http._transport_for_url(url)

    @staticmethod
    def _sent_directly(http: _Http, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """What ``send`` does after a response, done for one sent directly: its cookies kept (the next request
        then goes through ``send``, which sends them back) and its log line written."""
        response.request = request
        if "set-cookie" in response.headers:
            http.cookies.extract_cookies(response)
        if _httpx_logger.isEnabledFor(logging.INFO):
            _httpx_logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        return response


class SyncClient(BaseClient[httpx.Client]):
    """Blocking client for one API version. Use as a context manager, or call ``close()``."""

    _http_client_type = httpx.Client

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        """Send a request built by a generated operation (``_get_kwargs``): every resource method's one way out."""
        http = self._httpx()
        request = encoded(request)
        direct = self._direct(http, request)
        if direct is None:
            return http.request(**request)
        prepared, transport = direct
        response: httpx.Response = transport.handle_request(prepared)  # the overlay's: retries, errors, body
        return self._sent_directly(http, prepared, response)

    def close(self) -> None:
        """Close the connections; the client sends nothing afterwards."""
        if self._http is not None:
            self._http.close()  # with its transport and mounts

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def encoded(request: dict[str, Any]) -> dict[str, Any]:
    """The request with its JSON body written by orjson: httpx would use the standard library, six times slower."""
    if "json" not in request:
        return request
    body = request.pop("json")
    return {**request, "content": json_dumps(body)}  # the Content-Type the generated request set is kept


class AsyncClient(BaseClient[httpx.AsyncClient]):
    """Asynchronous client for one API version. Use with ``async with``, or await ``aclose()``."""

    _http_client_type = httpx.AsyncClient

    async def _send(self, request: dict[str, Any]) -> httpx.Response:
        """Send a request built by a generated operation; see :meth:`SyncClient._send`."""
        http = self._httpx()
        request = encoded(request)
        direct = self._direct(http, request)
        if direct is None:
            return await http.request(**request)
        prepared, transport = direct
        response: httpx.Response = await transport.handle_async_request(prepared)
        return self._sent_directly(http, prepared, response)

    async def aclose(self) -> None:
        """Close the connections; the client sends nothing afterwards."""
        if self._http is not None:
            await self._http.aclose()  # with its transport and mounts

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
