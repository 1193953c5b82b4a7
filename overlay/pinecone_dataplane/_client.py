"""Pinecone's clients on the core's: its profile, and the base URL called ``host`` (one index's).

Each version's generated ``Client`` derives from :class:`SyncClient` (and ``AsyncClient`` from
:class:`AsyncClient`) and adds its resources (``client.imports``, ``client.vectors``...); sending, retries
and errors are the core's (:mod:`apiwire._client`), as Pinecone's profile states them.
"""

from __future__ import annotations

from typing import ClassVar

import apiwire._client
from apiwire._http.settings import SettingNames

from ._profile import PROFILE

_KEYWORDS = SettingNames(base_url="pass host=...")


class _PineconeClient:
    PROFILE = PROFILE
    SETTING_NAMES: ClassVar[SettingNames] = _KEYWORDS
    _URL_NAME: ClassVar[str] = "host"
    base_url: str

    @property
    def host(self) -> str:
        """The index's base URL (``https://my-index-abc123.svc.pinecone.io``)."""
        return self.base_url


class SyncClient(_PineconeClient, apiwire._client.SyncClient):
    """Blocking client for one API version. Use as a context manager, or call ``close()``."""


class AsyncClient(_PineconeClient, apiwire._client.AsyncClient):
    """Asynchronous client for one API version. Use with ``async with``, or await ``aclose()``."""
