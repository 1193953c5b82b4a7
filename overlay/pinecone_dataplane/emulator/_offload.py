"""Running an endpoint on a worker thread, away from the event loop that serves every connection."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run_to_end(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never suspends (an endpoint whose request body is already read) to its end.

    The endpoints are coroutines only to await the body, which Starlette keeps once read: driven here on a
    worker thread, they run like plain functions, with no event loop of their own to make or close.
    """
    try:
        coroutine.send(None)
    except StopIteration as finished:
        return finished.value  # type: ignore[no-any-return]
    coroutine.close()
    raise RuntimeError("an endpoint run off the event loop waited for I/O; it must be answered on the loop")
