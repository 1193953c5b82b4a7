"""A client's settings from its arguments, then the environment: host, API key, timeout, User-Agent."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from .._version import __version__

HOST_VARIABLE = "PINECONE_INDEX_HOST"
API_KEY_VARIABLE = "PINECONE_API_KEY"
_LOOPBACK_NAMES = frozenset({"localhost"})


@dataclass(frozen=True)
class SettingNames:
    """How messages tell the caller to give each setting: Python's keywords here, its options in the CLI."""

    host: str = "pass host=..."
    api_key: str = "pass api_key=..."
    allow_insecure: str = "pass allow_insecure=True"


KEYWORDS = SettingNames()


def user_agent() -> str:
    return f"pinecone-dataplane/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}"


def resolve_host(host: str | None, allow_insecure: bool, names: SettingNames = KEYWORDS) -> str:
    """The index's base URL: ``host`` or PINECONE_INDEX_HOST, https:// unless plain http is allowed."""
    host = host if host is not None else os.environ.get(HOST_VARIABLE)
    if not host or not host.strip():
        raise ValueError(f"no index host: {names.host} or set {HOST_VARIABLE}")
    host = host.strip().rstrip("/")
    url = host if "://" in host else f"https://{host}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"host must be an https:// URL or a bare hostname, got {host!r}")
    if parts.username is not None or parts.password is not None:
        # Credentials in the URL would be echoed wherever the host is shown; the API key is the credential.
        raise ValueError("host must not contain a user name or password; the API key authenticates")
    if parts.scheme == "http" and not allow_insecure and not is_loopback(parts.hostname):
        raise ValueError(
            f"refusing to send the API key in clear text to {parts.hostname}: use https://, "
            f"or {names.allow_insecure} if this network is trusted"
        )
    return url


def is_loopback(hostname: str) -> bool:
    if hostname in _LOOPBACK_NAMES:
        return True
    import ipaddress  # only plain-http hosts get here

    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def resolve_api_key(api_key: str | None, names: SettingNames = KEYWORDS) -> str:
    """``api_key`` or PINECONE_API_KEY, refused when it could inject a header (never echoed)."""
    api_key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not api_key:
        raise ValueError(f"no API key: {names.api_key} or set {API_KEY_VARIABLE}")
    if any(char in api_key for char in "\r\n\0"):
        raise ValueError("the API key contains a line break or NUL character; check how it was read")
    return api_key


def check_timeout(timeout: object) -> float:
    # httpx reads None as "wait forever": every request must have connect and read timeouts.
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        raise ValueError(f"timeout must be a number of seconds greater than 0, got {timeout!r}")
    return float(timeout)
