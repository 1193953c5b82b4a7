"""Pinecone's listings paged as its profile says: by a ``paginationToken`` the last page leaves out.

``client.imports.list()``, ``client.vectors.list()`` and ``client.namespaces.list()`` return a
:class:`SyncPager` (an :class:`AsyncPager` on an AsyncClient): iterate it for the items, or call
``pages()`` for the typed pages. ``paginate``/``apaginate`` do the same for a generated list function.
The paging itself is the core's (:mod:`apiwire.pagination`).

One meaning of ``limit`` everywhere: the most items a call returns. A listing's ``limit`` counts items
across all its pages; ``page_size`` is how many each request asks for (the API's own ``limit``
parameter). A ``list_page`` call returns one page, so there the two are the same.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, TypeVar

from apiwire import pagination as _core
from apiwire.pagination import Listing, check_limit, page_size

from .._profile import PROFILE

__all__ = ["AsyncPager", "Listing", "SyncPager", "apaginate", "check_limit", "page_size", "paginate"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

# Every Pinecone listing names its next page alike (2026-07's documents listing takes the token in its body).
_BY_TOKEN = PROFILE.pagination["list_bulk_imports"]


class SyncPager(_core.SyncPager[PageT, ItemT]):
    """Every item of a listing: ``for item in pager``; ``pager.pages()`` yields the pages themselves.

    Nothing is fetched until iteration starts; each iteration starts again from the first page. With
    ``limit``, iteration yields at most that many items and ``pages()`` stops after the page that reaches it.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], PageT],
        items: Callable[[PageT], Sequence[ItemT] | None],
        *,
        limit: int | None = None,
    ) -> None:
        super().__init__(fetch, items, pagination=_BY_TOKEN, limit=limit, types=PROFILE.error_types)


class AsyncPager(_core.AsyncPager[PageT, ItemT]):
    """Every item of a listing: ``async for item in pager``; ``pager.pages()`` yields the pages themselves.

    ``limit`` as for :class:`SyncPager`.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None],
        *,
        limit: int | None = None,
    ) -> None:
        super().__init__(fetch, items, pagination=_BY_TOKEN, limit=limit, types=PROFILE.error_types)


def paginate(
    operation: Listing[ItemT],
    *,
    client: Any,
    limit: int | None = None,
    page_size: int | None = None,
    **params: Any,
) -> Iterator[ItemT]:
    """Yield the items of every page of ``operation`` (a generated module such as ``list_bulk_imports``).

    ``limit`` is the most items yielded in all, ``page_size`` the items each request asks for; ``params``
    are the listing's own arguments (``namespace``, ``prefix``...), checked before anything is sent.

    >>> from pinecone_dataplane.v2026_04.api.bulk_operations import list_bulk_imports
    >>> for model in paginate(list_bulk_imports, client=client, limit=250, page_size=100): ...
    """
    return _core.paginate(operation, client=client, profile=PROFILE, limit=limit, page_size=page_size, **params)


def apaginate(
    operation: Listing[ItemT],
    *,
    client: Any,
    limit: int | None = None,
    page_size: int | None = None,
    **params: Any,
) -> AsyncIterator[ItemT]:
    """Asynchronous :func:`paginate`: ``async for item in apaginate(list_bulk_imports, client=client)``."""
    return _core.apaginate(operation, client=client, profile=PROFILE, limit=limit, page_size=page_size, **params)
