"""What the emulator serves before it reads a request: loopback ``Host`` names only, and bounded sizes.

The caps sit above the largest request the specs allow, so no legitimate request meets them:

- the request target (path and query): a fetch of 1000 ids of 512 characters, every character
  percent-encoded (``&ids=`` and three bytes each), plus 64 KiB for the path and the other parameters;
- the headers: 64 KiB together, four times what h11 and most servers allow by default;
- the body: an upsert of 1000 vectors of the index's dimension, each at its largest JSON: an id of 512
  characters all escaped (``\\u0001``, six bytes each), every value 25 bytes (``-1.2345678901234567e-38, ``),
  the sparse values' 1000 entries, and 40 KB of metadata sent three times as long (``ensure_ascii`` JSON
  writes a 4-byte character in 12 bytes); plus 2 MiB, the service's cap on the requests whose spec states one.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from ._imports import MAX_ID_LENGTH, MAX_METADATA_BYTES
from ._vectors import MAX_IDS, MAX_SPARSE_ENTRIES, MAX_VECTORS_PER_UPSERT

MAX_TARGET_BYTES = MAX_IDS * (len("&ids=") + 3 * MAX_ID_LENGTH) + (64 << 10)
MAX_HEADER_BYTES = 64 << 10
# What uvicorn's h11 parser may buffer of a request's head (request line and headers): past it the connection
# is answered 400 and closed; below it, the app answers 414 or 431 naming the cap.
MAX_HEAD_BYTES = MAX_TARGET_BYTES + MAX_HEADER_BYTES + (1 << 10)

_VALUE_BYTES = 25
_SPARSE_ENTRY_BYTES = len("4294967295, ") + _VALUE_BYTES
_VECTOR_FRAME_BYTES = 256  # field names, quotes, brackets and commas of one vector
_STATED_REQUEST_CAP = 2 << 20


def max_body_bytes(dimension: int | None) -> int:
    """The body cap of an index of this ``dimension`` (None: a sparse index)."""
    per_vector = (
        6 * MAX_ID_LENGTH
        + _VALUE_BYTES * (dimension or 0)
        + _SPARSE_ENTRY_BYTES * MAX_SPARSE_ENTRIES
        + 3 * MAX_METADATA_BYTES
        + _VECTOR_FRAME_BYTES
    )
    return MAX_VECTORS_PER_UPSERT * per_vector + _STATED_REQUEST_CAP


def header_bytes(headers: Iterable[tuple[bytes, bytes]]) -> int:
    """The size of the headers on the wire (``name: value`` and CRLF each)."""
    return sum(len(name) + len(value) + 4 for name, value in headers)


def host_name(host: str) -> str:
    """The name in a ``Host`` header, without the port and the brackets of an IPv6 address; lower case."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def is_loopback(name: str) -> bool:
    """``localhost`` (and names under it, which browsers resolve to loopback themselves), 127.0.0.0/8, ::1."""
    name = name.rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_allowed(host: str | None, allowed: frozenset[str]) -> bool:
    """Whether a request with this ``Host`` header is served: a loopback name, one of ``allowed``, or any
    name when ``allowed`` holds ``*``. A page on another site whose name was rebound to 127.0.0.1 sends
    its own name, so it is refused."""
    if "*" in allowed:
        return True
    if host is None:
        return False
    name = host_name(host)
    return is_loopback(name) or name in allowed
