"""The API key kept out of errors: some proxies and servers echo request headers in an error page."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

API_KEY_HEADER = "Api-Key"
# What an error shows where the server echoed the API key.
REDACTED = "[API key]"


def without_key(request: httpx.Request, response: httpx.Response) -> tuple[str, httpx.Headers]:
    """The response's text and headers with the request's API key replaced."""
    import httpx  # loaded already: every response comes from it

    key = request.headers.get(API_KEY_HEADER)
    body, headers = response.text, response.headers
    if key:
        body = body.replace(key, REDACTED)
        headers = httpx.Headers([(name, value.replace(key, REDACTED)) for name, value in headers.multi_items()])
    return body, headers
