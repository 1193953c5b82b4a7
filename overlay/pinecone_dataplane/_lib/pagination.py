"""Paginated listings: every item of every page, pages fetched as iteration reaches them.

``client.imports.list()``, ``client.vectors.list()`` and ``client.namespaces.list()`` return a
:class:`SyncPager` (an :class:`AsyncPager` on an AsyncClient): iterate it for the items, or call
``pages()`` for the typed pages. ``paginate``/``apaginate`` do the same for a generated list function.
The token bookkeeping (:class:`_Cursor`) is written once for both faces.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar

from ..errors import ResponseValidationError


class _Pagination(Protocol):
    @property
    def next_(self) -> str | None: ...


class Page(Protocol):
    """What every page model has: ``pagination.next_``, the token of the next page (None on the last)."""

    @property
    def pagination(self) -> _Pagination | None: ...


PageT = TypeVar("PageT", bound=Page)
ItemT = TypeVar("ItemT")


class _Cursor:
    """Where a listing is: the token to ask for next, and the tokens seen (a server repeating one would loop)."""

    def __init__(self) -> None:
        self.token: str | None = None
        self.done = False
        self._seen: set[str] = set()

    def advance(self, page: Page) -> None:
        pagination = getattr(page, "pagination", None)
        token = getattr(pagination, "next_", None)
        token = token if isinstance(token, str) and token else None
        if token is not None and token in self._seen:
            raise ResponseValidationError(f"the server sent pagination token {token!r} twice", body=repr(page))
        if token is not None:
            self._seen.add(token)
        self.token = token
        self.done = token is None


def _items(page: object, items: Sequence[ItemT] | None) -> Sequence[ItemT]:
    if items is None:  # a page without its list: no items
        return ()
    if isinstance(items, str) or not isinstance(items, Sequence):
        raise ResponseValidationError(f"a page of {type(page).__name__} holds no list of items", body=repr(page))
    return items


class SyncPager(Generic[PageT, ItemT]):
    """Every item of a listing: ``for item in pager``; ``pager.pages()`` yields the pages themselves.

    Nothing is fetched until iteration starts; each iteration starts again from the first page.
    """

    def __init__(self, fetch: Callable[[str | None], PageT], items: Callable[[PageT], Sequence[ItemT] | None]) -> None:
        self._fetch = fetch
        self._items = items

    def pages(self) -> Iterator[PageT]:
        cursor = _Cursor()
        while not cursor.done:
            page = self._fetch(cursor.token)
            cursor.advance(page)
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from _items(page, self._items(page))


class AsyncPager(Generic[PageT, ItemT]):
    """Every item of a listing: ``async for item in pager``; ``pager.pages()`` yields the pages themselves."""

    def __init__(
        self, fetch: Callable[[str | None], Awaitable[PageT]], items: Callable[[PageT], Sequence[ItemT] | None]
    ) -> None:
        self._fetch = fetch
        self._items = items

    async def pages(self) -> AsyncIterator[PageT]:
        cursor = _Cursor()
        while not cursor.done:
            page = await self._fetch(cursor.token)
            cursor.advance(page)
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in _items(page, self._items(page)):
                yield item


# ------------------------------------------------------------- generated functions, by module


def _raw(client: Any) -> Any:
    # Accept a Client/AsyncClient as well as the generated client it configures.
    return getattr(client, "raw", client)


def _list_of(page: Any, operation: ModuleType) -> Sequence[Any]:
    import attrs  # only these untyped helpers look into a model's fields

    if not attrs.has(type(page)) or not hasattr(page, "pagination"):
        raise ResponseValidationError(
            f"{operation.__name__.rsplit('.', 1)[-1]} returned {type(page).__name__}, not a page of results",
            body=repr(page),
        )
    lists = [
        value
        for field in attrs.fields(type(page))
        if field.name != "additional_properties" and isinstance(value := getattr(page, field.name), list)
    ]
    return lists[-1] if lists else ()


def _limited(max_items: int | None) -> int | None:
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be 0 or more, got {max_items}")
    return max_items


def paginate(operation: ModuleType, *, client: Any, max_items: int | None = None, **params: Any) -> Iterator[Any]:
    """Yield every item of every page of ``operation`` (a generated module such as ``list_bulk_imports``).

    >>> from pinecone_dataplane.v2026_04.api.bulk_operations import list_bulk_imports
    >>> for model in paginate(list_bulk_imports, client=client, limit=100): ...
    """
    remaining = _limited(max_items)

    def fetch(token: str | None) -> Any:
        return operation.sync(client=_raw(client), **params, **({"pagination_token": token} if token else {}))

    if remaining == 0:
        return
    for item in SyncPager(fetch, lambda page: _list_of(page, operation)):
        yield item
        if remaining is not None:
            remaining -= 1
            if remaining == 0:  # before the next page is fetched
                return


async def apaginate(
    operation: ModuleType, *, client: Any, max_items: int | None = None, **params: Any
) -> AsyncIterator[Any]:
    """Asynchronous :func:`paginate`: ``async for item in apaginate(list_bulk_imports, client=client)``."""
    remaining = _limited(max_items)

    async def fetch(token: str | None) -> Any:
        return await operation.asyncio(client=_raw(client), **params, **({"pagination_token": token} if token else {}))

    if remaining == 0:
        return
    async for item in AsyncPager(fetch, lambda page: _list_of(page, operation)):
        yield item
        if remaining is not None:
            remaining -= 1
            if remaining == 0:  # before the next page is fetched
                return
