"""Paginated listings: every item of every page, pages fetched as iteration reaches them.

A generated listing method (``client.<resource>.list()``) returns a :class:`SyncPager` (an
:class:`AsyncPager` on an AsyncClient): iterate it for the items, or call ``pages()`` for the typed pages.
A page names the next one by a token (``page.pagination.next_``, the default) or by a cursor that the
generated code reads for the pager (``next_token``). The token bookkeeping (:class:`_Cursor`) is written
once for both faces; a page the client cannot follow raises the vendor's ``ResponseValidationError``
(``errors``, its profile's error types).

One meaning of ``limit`` everywhere: the most items a call returns. A listing's ``limit`` counts items
across all its pages; ``page_size`` is how many each request asks for (the API's own ``limit``
parameter). A ``list_page`` call returns one page, so there the two are the same.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from types import ModuleType
from typing import Any, Generic, TypeVar

from .errors import DEFAULT_TYPES, ErrorTypes

# A page model: by default its next page's token is ``page.pagination.next_`` (see ``next_page_token``); a
# listing paged by cursor passes its pager how to read its own (``next_cursor`` while ``has_more``).
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def next_page_token(page: Any) -> str | None:
    """A page's token of the next page as most listings give it: ``page.pagination.next_``."""
    token = getattr(getattr(page, "pagination", None), "next_", None)
    return token if isinstance(token, str) else None


class _Cursor:
    """Where a listing is: the token to ask for next, and the tokens seen (a server repeating one would loop)."""

    def __init__(self, next_token: Callable[[Any], str | None], errors: ErrorTypes) -> None:
        self.token: str | None = None
        self.done = False
        self._seen: set[str] = set()
        self._next_token = next_token
        self._errors = errors

    def advance(self, page: object) -> None:
        token = self._next_token(page)
        token = token if isinstance(token, str) and token else None
        if token is not None and token in self._seen:
            raise self._errors.validation(f"the server sent pagination token {token!r} twice", body=repr(page))
        if token is not None:
            self._seen.add(token)
        self.token = token
        self.done = token is None


def _items(page: object, items: Sequence[ItemT] | None, errors: ErrorTypes) -> Sequence[ItemT]:
    if items is None:  # a page without its list: no items
        return ()
    if isinstance(items, str) or not isinstance(items, Sequence):
        raise errors.validation(f"a page of {type(page).__name__} holds no list of items", body=repr(page))
    return items


def check_limit(limit: object) -> int | None:
    """``limit`` (the most items a listing yields in all) if it is None or a whole number of 1 or more.

    0 is refused, as the API's page ``limit`` and the command line's ``--limit`` refuse it: a listing that
    would yield nothing is a mistake, not a request.
    """
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a whole number of 1 or more (the most items in all), got {limit!r}")
    return limit


def page_size(limit: int | None, size: int | None, operation: ModuleType) -> int | None:
    """Items per request: ``size`` if given, else no more than ``limit`` needs, within the spec's maximum."""
    maximum = _page_maximum(operation)
    if size is not None:
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= (maximum or size):
            bounds = f"from 1 to {maximum}" if maximum else "of 1 or more"
            raise ValueError(f"page_size must be a whole number {bounds}, got {size!r}")
        return size
    if not limit:
        return None
    return limit if maximum is None else min(limit, maximum)


def _page_maximum(operation: ModuleType) -> int | None:
    """The largest ``limit`` the version's spec lets ``operation`` (a generated module) ask for in one page."""
    import importlib

    package, _, path = operation.__name__.partition(".api.")
    constraints = importlib.import_module(f"{package}._constraints").OPERATIONS
    parameters, fields, _rules = constraints.get(path.rpartition(".")[2], ({}, {}, []))
    maximum = {**fields, **parameters}.get("limit", {}).get("maximum")
    return maximum if isinstance(maximum, int) else None


class _Budget:
    """How many more items a listing may yield (None: no limit); pages stop being fetched once it is spent."""

    def __init__(self, limit: int | None) -> None:
        self.left = check_limit(limit)

    @property
    def spent(self) -> bool:
        return self.left == 0

    def take(self, items: Sequence[ItemT]) -> Sequence[ItemT]:
        if self.left is None:
            return items
        taken = items[: self.left]
        self.left -= len(taken)
        return taken


class SyncPager(Generic[PageT, ItemT]):
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
        next_token: Callable[[PageT], str | None] = next_page_token,
        errors: ErrorTypes = DEFAULT_TYPES,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._limit = check_limit(limit)
        self._next_token = next_token
        self._errors = errors

    def pages(self) -> Iterator[PageT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._next_token, self._errors)
        while not cursor.done and not budget.spent:
            page = self._fetch(cursor.token)
            cursor.advance(page)
            budget.take(_items(page, self._items(page), self._errors))
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._next_token, self._errors)
        while not cursor.done and not budget.spent:
            page = self._fetch(cursor.token)
            cursor.advance(page)
            yield from budget.take(_items(page, self._items(page), self._errors))


class AsyncPager(Generic[PageT, ItemT]):
    """Every item of a listing: ``async for item in pager``; ``pager.pages()`` yields the pages themselves.

    ``limit`` as for :class:`SyncPager`.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None],
        *,
        limit: int | None = None,
        next_token: Callable[[PageT], str | None] = next_page_token,
        errors: ErrorTypes = DEFAULT_TYPES,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._limit = check_limit(limit)
        self._next_token = next_token
        self._errors = errors

    async def pages(self) -> AsyncIterator[PageT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._next_token, self._errors)
        while not cursor.done and not budget.spent:
            page = await self._fetch(cursor.token)
            cursor.advance(page)
            budget.take(_items(page, self._items(page), self._errors))
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._next_token, self._errors)
        while not cursor.done and not budget.spent:
            page = await self._fetch(cursor.token)
            cursor.advance(page)
            for item in budget.take(_items(page, self._items(page), self._errors)):
                yield item
