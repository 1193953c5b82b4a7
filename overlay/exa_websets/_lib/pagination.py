"""Exa's listings paged as its profile says: by the ``nextCursor`` of a page while it says ``hasMore``.

``client.imports.list()``, ``client.websets.list()``... return a :class:`SyncPager` (an :class:`AsyncPager`
on an AsyncClient): iterate it for the items, or call ``pages()`` for the typed pages. The paging itself is
the core's (:mod:`apiwire.pagination`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from apiwire import pagination as _core
from apiwire.pagination import check_limit, page_size

from .._profile import PROFILE

__all__ = ["AsyncPager", "SyncPager", "check_limit", "page_size"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

# Every Exa listing takes a cursor and answers {data, hasMore, nextCursor}.
_BY_CURSOR = PROFILE.pagination["imports_list"]


class SyncPager(_core.SyncPager[PageT, ItemT]):
    """Every item of a listing: ``for item in pager``; ``pager.pages()`` yields the pages themselves."""

    def __init__(
        self,
        fetch: Callable[[str | None], PageT],
        items: Callable[[PageT], Sequence[ItemT] | None],
        *,
        limit: int | None = None,
    ) -> None:
        super().__init__(fetch, items, pagination=_BY_CURSOR, limit=limit, types=PROFILE.error_types)


class AsyncPager(_core.AsyncPager[PageT, ItemT]):
    """Every item of a listing: ``async for item in pager``; ``pager.pages()`` yields the pages themselves."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None],
        *,
        limit: int | None = None,
    ) -> None:
        super().__init__(fetch, items, pagination=_BY_CURSOR, limit=limit, types=PROFILE.error_types)
