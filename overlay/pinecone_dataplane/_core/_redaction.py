"""The API key kept out of errors: some proxies and servers echo request headers in an error page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

API_KEY_HEADER = "Api-Key"
# What an error shows where the server echoed the API key.
REDACTED = "[API key]"
# Shorter keys are test keys ("emulator", "test"): replacing them would rewrite ordinary words in
# messages, and they guard nothing. Pinecone's keys are far longer.
MIN_SECRET_LENGTH = 16
# A key counts only as a whole token: not as part of a longer word, id or key.
_TOKEN_CHARACTER = r"[A-Za-z0-9_\-]"


def redact(text: str, key: str | None) -> str:
    """``text`` with every whole-token occurrence of ``key`` replaced, when ``key`` is long enough to be a secret."""
    if not key or len(key) < MIN_SECRET_LENGTH or key not in text:
        return text
    return re.sub(rf"(?<!{_TOKEN_CHARACTER}){re.escape(key)}(?!{_TOKEN_CHARACTER})", REDACTED, text)


def without_key(request: httpx.Request, response: httpx.Response) -> tuple[str, httpx.Headers]:
    """The response's text and headers with the request's API key replaced."""
    import httpx  # loaded already: every response comes from it

    key = request.headers.get(API_KEY_HEADER)
    body, headers = response.text, response.headers
    if key and len(key) >= MIN_SECRET_LENGTH:
        body = redact(body, key)
        headers = httpx.Headers([(name, redact(value, key)) for name, value in headers.multi_items()])
    return body, headers
