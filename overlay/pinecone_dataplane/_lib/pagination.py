"""Pinecone's paginated listings: the core's pagers (:mod:`apiwire.pagination`) for the typed methods, and
``paginate``/``apaginate`` for a generated list function.

One meaning of ``limit`` everywhere: the most items a call returns. A listing's ``limit`` counts items
across all its pages; ``page_size`` is how many each request asks for (the API's own ``limit``
parameter). A ``list_page`` call returns one page, so there the two are the same.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

from apiwire.pagination import AsyncPager, SyncPager, check_limit, page_size

from ..errors import TYPES, ResponseValidationError

__all__ = ["AsyncPager", "Listing", "SyncPager", "apaginate", "check_limit", "page_size", "paginate"]

ItemT = TypeVar("ItemT")


ListedT_co = TypeVar("ListedT_co", covariant=True)


class Listing(Protocol[ListedT_co]):
    """A generated listing module (``api.bulk_operations.list_bulk_imports``...): its ``page_items`` says
    what one of its pages holds, and so what :func:`paginate` yields (a module satisfies this protocol)."""

    def page_items(self, page: Any, /) -> Sequence[ListedT_co]: ...


def _raw(client: Any) -> Any:
    # Accept a Client/AsyncClient as well as the generated client it configures.
    return getattr(client, "raw", client)


def _operation_name(operation: object) -> str:
    return str(getattr(operation, "__name__", operation)).rsplit(".", 1)[-1]


def _list_of(page: Any, operation: Listing[ItemT]) -> Sequence[ItemT]:
    import attrs  # only this check looks into a model's fields

    if not attrs.has(type(page)) or not hasattr(page, "pagination"):
        raise ResponseValidationError(
            f"{_operation_name(operation)} returned {type(page).__name__}, not a page of results",
            body=repr(page),
        )
    return operation.page_items(page)


def _request_params(
    operation: Listing[Any], function: str, params: dict[str, Any], limit: int | None, size: int | None
) -> dict[str, Any]:
    """``params`` for the generated ``function`` of ``operation``, checked now rather than at the first page."""
    import inspect

    module = cast(ModuleType, operation)
    if not hasattr(module, "page_items") or not hasattr(module, function):
        raise TypeError(
            f"paginate() takes a generated listing module (list_bulk_imports...), got {_operation_name(operation)}"
        )
    accepted = set(inspect.signature(getattr(module, function)).parameters) - {"client", "pagination_token"}
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
    params = _request_params(operation, "sync", params, limit, page_size)
    sync = cast(ModuleType, operation).sync

    def fetch(token: str | None) -> Any:
        return sync(client=_raw(client), **params, **({"pagination_token": token} if token else {}))

    return iter(SyncPager(fetch, lambda page: _list_of(page, operation), limit=limit, errors=TYPES))


def apaginate(
    operation: Listing[ItemT],
    *,
    client: Any,
    limit: int | None = None,
    page_size: int | None = None,
    **params: Any,
) -> AsyncIterator[ItemT]:
    """Asynchronous :func:`paginate`: ``async for item in apaginate(list_bulk_imports, client=client)``."""
    params = _request_params(operation, "asyncio", params, limit, page_size)
    asyncio = cast(ModuleType, operation).asyncio

    async def fetch(token: str | None) -> Any:
        return await asyncio(client=_raw(client), **params, **({"pagination_token": token} if token else {}))

    return aiter(AsyncPager(fetch, lambda page: _list_of(page, operation), limit=limit, errors=TYPES))
