"""JSON in both directions: orjson and msgspec, the standard library only for what they refuse to read.

Request bodies are written by orjson. Response bodies are read by orjson up to 1 MiB and by msgspec past
that: orjson sets aside about twelve times the size of its input while it parses (measured), which a
multi-megabyte answer must not cost, and msgspec reads the same bodies nearly as fast at about two and a
half times their size (a query answer of 100 vectors of 1536 floats: 12 ms and 15x, 14 ms and 2.6x, the
standard library 31 ms and 3.6x).
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    import httpx
    import msgspec

LARGE = 1 << 20
# What may follow the end of a JSON object or array in a body (UTF-16 puts a NUL on either side of a byte).
_TRAILING = b" \t\r\n\x00"
_CLOSERS = (b"}", b"]")


@cache
def _large_reader() -> msgspec.json.Decoder[Any]:
    import msgspec  # on the first large answer: most clients never read one, and start-up stays cheap

    return msgspec.json.Decoder()


def json_body(response: httpx.Response) -> Any:
    """The response body as JSON.

    What the fast readers refuse and the standard library reads (NaN, a byte order mark, UTF-16, lone
    surrogates) is handed to the standard library, so they never reject a body the slow one accepts. A large
    body that cannot be a whole object or array (one cut off midway, the usual broken large body) is refused
    before it is parsed: any parser would first build most of it, at several times its size, only to fail.
    """
    content = response.content
    if len(content) <= LARGE:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            return json.loads(content)
    if not whole_json(content):
        raise json.JSONDecodeError(f"the body ends before its JSON does ({len(content)} bytes)", "", 0)
    try:
        return _large_reader().decode(content)
    except ValueError:  # msgspec.DecodeError is one
        return json.loads(content)


def whole_json(content: bytes) -> bool:
    """Whether a body could be a whole JSON object or array: one cut off midway ends in neither."""
    return content.rstrip(_TRAILING)[-1:] in _CLOSERS


def json_dumps(value: Any) -> bytes:
    """A request body: compact UTF-8 JSON (NaN and infinities refused, as the service does)."""
    return orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY)  # numpy arrays of values too
