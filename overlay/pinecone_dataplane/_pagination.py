"""Iterate every item of a paginated generated list operation, fetching pages as needed.

Works with any generated operation whose response has a ``pagination.next`` token and one list of
items: ``list_bulk_imports`` (``data``), ``list_vectors`` (``vectors``), ``list_namespaces_operation``
(``namespaces``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import attrs

from .errors import ResponseValidationError


def _raw(client: Any) -> Any:
    # Accept the overlay's Client/AsyncClient as well as the generated client it configures.
    return getattr(client, "raw", client)


def _items_and_next(page: Any, operation: ModuleType) -> tuple[list[Any], str | None]:
    if not attrs.has(type(page)) or not hasattr(page, "pagination"):
        raise ResponseValidationError(
            f"{operation.__name__.rsplit('.', 1)[-1]} returned {type(page).__name__}, not a page of results",
            body=repr(page),
        )
    items: list[Any] = []
    for field in attrs.fields(type(page)):
        value = getattr(page, field.name)
        if field.name != "additional_properties" and isinstance(value, list):
            items = value
    # The generator names the `next` property `next_` (it would shadow a builtin).
    token = getattr(page.pagination, "next_", None)
    return items, token if isinstance(token, str) and token else None


class _Pager:
    """Token bookkeeping shared by the sync and async iterators."""

    def __init__(self, operation: ModuleType, max_items: int | None) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be 0 or more, got {max_items}")
        self.operation = operation
        self.remaining = max_items
        self.token: str | None = None
        self._seen: set[str] = set()

    @property
    def wants_more(self) -> bool:
        return self.remaining is None or self.remaining > 0

    def params(self, params: dict[str, Any]) -> dict[str, Any]:
        return {**params, "pagination_token": self.token} if self.token else params

    def take(self, page: Any) -> list[Any]:
        items, token = _items_and_next(page, self.operation)
        if token is not None and token in self._seen:
            raise ResponseValidationError(f"the server sent pagination token {token!r} twice", body=repr(page))
        if token is not None:
            self._seen.add(token)
        self.token = token
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
        return items

    @property
    def done(self) -> bool:
        return self.token is None or not self.wants_more


def paginate(operation: ModuleType, *, client: Any, max_items: int | None = None, **params: Any) -> Iterator[Any]:
    """Yield every item of every page of ``operation`` (a generated module such as ``list_bulk_imports``).

    >>> from pinecone_dataplane import v2026_04, paginate
    >>> from pinecone_dataplane.v2026_04.api.bulk_operations import list_bulk_imports
    >>> for model in paginate(list_bulk_imports, client=client, limit=100): ...
    """
    pager = _Pager(operation, max_items)
    while pager.wants_more:
        yield from pager.take(operation.sync(client=_raw(client), **pager.params(params)))
        if pager.done:
            return


async def apaginate(
    operation: ModuleType, *, client: Any, max_items: int | None = None, **params: Any
) -> AsyncIterator[Any]:
    """Asynchronous :func:`paginate`: ``async for item in apaginate(list_bulk_imports, client=client)``."""
    pager = _Pager(operation, max_items)
    while pager.wants_more:
        for item in pager.take(await operation.asyncio(client=_raw(client), **pager.params(params))):
            yield item
        if pager.done:
            return
