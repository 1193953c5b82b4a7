"""Paginated listings: every item of every page, pages fetched as iteration reaches them, by token or by cursor.

A listing method returns a :class:`SyncPager` (an :class:`AsyncPager` on an AsyncClient): iterate it for the
items, or call ``pages()`` for the typed pages. ``paginate``/``apaginate`` do the same for a generated list
function. How a page names the next is the profile's :class:`~apiwire.profile.Pagination` for the listing: the
field holding the next token or cursor (its absence ends the listing) and, for an API that states it, the field
saying whether another page exists. The bookkeeping (:class:`_Cursor`) is written once for both faces.

One meaning of ``limit`` everywhere: the most items a call returns. A listing's ``limit`` counts items
across all its pages; ``page_size`` is how many each request asks for (the API's own ``limit``
parameter). A ``list_page`` call returns one page, so there the two are the same.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from ._core import field_at, snake_case
from .errors import DEFAULT_TYPES, ErrorTypes

if TYPE_CHECKING:
    from .profile import ApiProfile, Pagination

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class _Cursor:
    """Where a listing is: the token to ask for next, and the tokens seen (a server repeating one would loop)."""

    def __init__(self, pagination: Pagination, types: ErrorTypes) -> None:
        self._pagination = pagination
        self._types = types
        self.token: str | None = None
        self.done = False
        self._seen: set[str] = set()

    def advance(self, page: object) -> None:
        token = field_at(page, self._pagination.next)
        token = token if isinstance(token, str) and token else None
        more = None if self._pagination.has_more is None else field_at(page, self._pagination.has_more)
        if more is True and token is None:
            # Ending here would drop every later page without a word.
            raise self._types.validation(
                f"the server says another page follows but sends no {self._pagination.request_parameter}",
                body=repr(page),
            )
        if more is False:
            token = None
        if token is not None and token in self._seen:
            raise self._types.validation(f"the server sent pagination token {token!r} twice", body=repr(page))
        if token is not None:
            self._seen.add(token)
        self.token = token
        self.done = token is None


def _items(page: object, items: Sequence[ItemT] | None, types: ErrorTypes) -> Sequence[ItemT]:
    if items is None:  # a page without its list: no items
        return ()
    if isinstance(items, str) or not isinstance(items, Sequence):
        raise types.validation(f"a page of {type(page).__name__} holds no list of items", body=repr(page))
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
        pagination: Pagination,
        limit: int | None = None,
        types: ErrorTypes = DEFAULT_TYPES,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._pagination = pagination
        self._types = types
        self._limit = check_limit(limit)

    def pages(self) -> Iterator[PageT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._pagination, self._types)
        while not cursor.done and not budget.spent:
            page = self._fetch(cursor.token)
            cursor.advance(page)
            budget.take(_items(page, self._items(page), self._types))
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._pagination, self._types)
        while not cursor.done and not budget.spent:
            page = self._fetch(cursor.token)
            cursor.advance(page)
            yield from budget.take(_items(page, self._items(page), self._types))


class AsyncPager(Generic[PageT, ItemT]):
    """Every item of a listing: ``async for item in pager``; ``pager.pages()`` yields the pages themselves.

    ``limit`` as for :class:`SyncPager`.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None],
        *,
        pagination: Pagination,
        limit: int | None = None,
        types: ErrorTypes = DEFAULT_TYPES,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._pagination = pagination
        self._types = types
        self._limit = check_limit(limit)

    async def pages(self) -> AsyncIterator[PageT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._pagination, self._types)
        while not cursor.done and not budget.spent:
            page = await self._fetch(cursor.token)
            cursor.advance(page)
            budget.take(_items(page, self._items(page), self._types))
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        budget = _Budget(self._limit)
        cursor = _Cursor(self._pagination, self._types)
        while not cursor.done and not budget.spent:
            page = await self._fetch(cursor.token)
            cursor.advance(page)
            for item in budget.take(_items(page, self._items(page), self._types)):
                yield item


# ------------------------------------------------------------- generated functions, by module


ListedT_co = TypeVar("ListedT_co", covariant=True)


class Listing(Protocol[ListedT_co]):
    """A generated listing module (``api.<tag>.<listing operation>``): its ``page_items`` says
    what one of its pages holds, and so what :func:`paginate` yields (a module satisfies this protocol)."""

    def page_items(self, page: Any, /) -> Sequence[ListedT_co]: ...


def _raw(client: Any) -> Any:
    # Accept a Client/AsyncClient as well as the generated client it configures.
    return getattr(client, "raw", client)


def _operation_name(operation: object) -> str:
    return str(getattr(operation, "__name__", operation)).rsplit(".", 1)[-1]


def _list_of(page: Any, operation: Listing[ItemT], pagination: Pagination, types: ErrorTypes) -> Sequence[ItemT]:
    fields = getattr(type(page), "_json_fields", None)
    if fields is None or pagination.next[0] not in fields.names:
        raise types.validation(
            f"{_operation_name(operation)} returned {type(page).__name__}, not a page of results",
            body=repr(page),
        )
    return operation.page_items(page)


def _listing(operation: Listing[Any], function: str, profile: ApiProfile) -> tuple[Pagination, str]:
    """How ``operation`` pages, and the keyword its generated ``function`` takes the next page's token by."""
    module = cast(ModuleType, operation)
    pagination = profile.pagination.get(_operation_name(operation))
    if pagination is None or not hasattr(module, "page_items") or not hasattr(module, function):
        example = min(profile.pagination, default="a listing")
        raise TypeError(f"paginate() takes a generated listing module ({example}...), got {_operation_name(operation)}")
    return pagination, snake_case(pagination.request_parameter)


def _request_params(
    operation: Listing[Any], function: str, token: str, params: dict[str, Any], *, limit: int | None, size: int | None
) -> dict[str, Any]:
    """``params`` for the generated ``function`` of ``operation``, checked now rather than at the first page."""
    import inspect

    module = cast(ModuleType, operation)
    accepted = set(inspect.signature(getattr(module, function)).parameters) - {"client", token}
    unknown = sorted(set(params) - accepted)
    if unknown:
        raise TypeError(
            f"paginate({_operation_name(operation)}) got an unexpected keyword argument {unknown[0]!r}; "
            f"it takes {', '.join(sorted(accepted | {'limit', 'page_size'}))}"
        )
    # The generated function's own `limit` is the page size; ours counts items in all.
    asked = page_size(check_limit(limit), size, module)
    return params if asked is None else {**params, "limit": asked}


def paginate(
    operation: Listing[ItemT],
    *,
    client: Any,
    profile: ApiProfile,
    limit: int | None = None,
    page_size: int | None = None,
    **params: Any,
) -> Iterator[ItemT]:
    """Yield the items of every page of ``operation`` (a generated listing module), paged as ``profile`` says.

    ``limit`` is the most items yielded in all, ``page_size`` the items each request asks for; ``params``
    are the listing's own arguments, checked before anything is sent.
    """
    pagination, token_keyword = _listing(operation, "sync", profile)
    params = _request_params(operation, "sync", token_keyword, params, limit=limit, size=page_size)
    sync = cast(ModuleType, operation).sync
    types = profile.error_types

    def fetch(token: str | None) -> Any:
        return sync(client=_raw(client), **params, **({token_keyword: token} if token else {}))

    pager = SyncPager(
        fetch,
        lambda page: _list_of(page, operation, pagination, types),
        pagination=pagination,
        limit=limit,
        types=types,
    )
    return iter(pager)


def apaginate(
    operation: Listing[ItemT],
    *,
    client: Any,
    profile: ApiProfile,
    limit: int | None = None,
    page_size: int | None = None,
    **params: Any,
) -> AsyncIterator[ItemT]:
    """Asynchronous :func:`paginate`: ``async for item in apaginate(listing, client=client, profile=PROFILE)``."""
    pagination, token_keyword = _listing(operation, "asyncio", profile)
    params = _request_params(operation, "asyncio", token_keyword, params, limit=limit, size=page_size)
    asyncio = cast(ModuleType, operation).asyncio
    types = profile.error_types

    async def fetch(token: str | None) -> Any:
        return await asyncio(client=_raw(client), **params, **({token_keyword: token} if token else {}))

    pager = AsyncPager(
        fetch,
        lambda page: _list_of(page, operation, pagination, types),
        pagination=pagination,
        limit=limit,
        types=types,
    )
    return aiter(pager)
