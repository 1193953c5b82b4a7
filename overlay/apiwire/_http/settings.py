"""A client's settings from its arguments, then the environment its profile names: base URL, API key, timeout."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ..profile import ApiProfile

_LOOPBACK_NAMES = frozenset({"localhost"})


@dataclass(frozen=True)
class SettingNames:
    """How messages tell the caller to give each setting: Python's keywords here, its options in a CLI."""

    base_url: str = "pass base_url=..."
    api_key: str = "pass api_key=..."
    allow_insecure: str = "pass allow_insecure=True"


KEYWORDS = SettingNames()


def user_agent(profile: ApiProfile) -> str:
    return f"{profile.user_agent} python/{sys.version_info.major}.{sys.version_info.minor}"


def resolve_base_url(
    profile: ApiProfile, base_url: str | None, allow_insecure: bool, names: SettingNames = KEYWORDS
) -> str:
    """The API's base URL: ``base_url``, else the profile's variable, else its default; https:// unless plain
    http is allowed."""
    if base_url is None:
        base_url = os.environ.get(profile.base_url_variable) or profile.default_base_url
    if not base_url or not base_url.strip():
        raise ValueError(f"no {profile.base_url_name}: {names.base_url} or set {profile.base_url_variable}")
    base_url = base_url.strip().rstrip("/")
    url = base_url if "://" in base_url else f"https://{base_url}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{profile.base_url_name} must be an https:// URL or a bare hostname, got {base_url!r}")
    if parts.username is not None or parts.password is not None:
        # Credentials in the URL would be echoed wherever the URL is shown; the API key is the credential.
        raise ValueError(f"{profile.base_url_name} must not contain a user name or password; the API key authenticates")
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


def resolve_api_key(profile: ApiProfile, api_key: str | None, names: SettingNames = KEYWORDS) -> str:
    """``api_key`` or the profile's key variable, refused when it could inject a header (never echoed)."""
    variable = profile.credential.key_variable
    api_key = api_key if api_key is not None else os.environ.get(variable)
    if not api_key:
        raise ValueError(f"no API key: {names.api_key} or set {variable}")
    if any(char in api_key for char in "\r\n\0"):
        raise ValueError("the API key contains a line break or NUL character; check how it was read")
    return api_key


def check_timeout(timeout: object) -> float:
    # httpx reads None as "wait forever": every request must have connect and read timeouts.
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        raise ValueError(f"timeout must be a number of seconds greater than 0, got {timeout!r}")
    return float(timeout)


def check_cap(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_response_bytes must be a number of bytes greater than 0, got {value!r}")
    return value
