"""Path parameters (an import id, a namespace) as one literal URL path segment."""

from __future__ import annotations

from urllib.parse import quote  # already loaded with httpx


def path_segment(value: object, name: str) -> str:
    """``value`` as one URL path segment: reserved characters percent-encoded, and dot segments too.

    ``quote`` leaves "." and ".." as they are, and URL resolution then turns them into steps up the
    path (``/namespaces/..`` would address ``/``); encoded, they stay a literal id or namespace. An empty
    value would address the collection instead of one of its members, so it is refused (ValueError naming
    the argument), as is a value that is not a string.
    """
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r:.60}")
    segment = quote(value, safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment
