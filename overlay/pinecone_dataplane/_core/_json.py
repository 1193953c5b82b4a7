"""Response bodies as JSON: orjson when it is installed, the standard library for what orjson refuses."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

# orjson's error for a malformed body costs about 12 times the body in memory; past this size the
# standard library (about 1 times) reads it, so a hostile multi-megabyte body stays cheap.
_FAST_JSON_LARGEST = 1 << 20


def json_body(response: httpx.Response) -> Any:
    """The response body as JSON: read by orjson when it is installed (about twice as fast), else the standard library.

    What orjson refuses and the standard library reads (NaN, a byte order mark, UTF-16, lone surrogates)
    is handed to the standard library, so the fast reader never rejects a body the slow one accepts.
    """
    content = response.content
    loads = _fast_loads()
    if loads is not None and len(content) <= _FAST_JSON_LARGEST:
        try:
            return loads(content)
        except ValueError:
            pass
    return json.loads(content)


@cache
def _fast_loads() -> Callable[[bytes], Any] | None:
    try:
        from orjson import loads  # imported on the first response, not with every generated model
    except ModuleNotFoundError:
        return None
    return cast("Callable[[bytes], Any]", loads)
