"""The API key kept out of everything a user or a log collector sees: the one place text from a server is cleaned.

A hostile or misconfigured server (or a proxy) can echo the key in a reason phrase, a header, a JSON body
(escaped, so only the decoded text shows it), a value a parse error quotes, a timestamp a warning logs.
Every error built from a response goes through :func:`without_key`; every log record of this SDK, httpx,
httpcore and the HTTP/2 libraries goes through :class:`KeyFilter`, which knows the keys of every live client.
"""

from __future__ import annotations

import json
import logging
import re
import weakref
from typing import TYPE_CHECKING, Any

from ._extensions import sent_key

if TYPE_CHECKING:
    import httpx

    from ..profile import ApiProfile

# What is shown where the server echoed the API key.
REDACTED = "[API key]"
# A key this long is replaced wherever it occurs, inside a longer word too: a server could otherwise show it
# by gluing a letter to it, and no text holds eight given characters by chance. A shorter key (a test key
# such as "k") is replaced only where it stands as a whole token, so that ordinary words are left alone.
MIN_SUBSTRING_LENGTH = 8
_TOKEN_CHARACTER = r"[A-Za-z0-9_\-]"
# Whose log records are cleaned (with each vendor's package, see filter_logs): child loggers are listed because a
# logger's filters see only its own records.
LOGGERS = (
    "apiwire",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
    "h2",
    "h2.connection",
)

# Every live client's key, by the object that holds it (its transport): the log filter has no request to ask.
_keys: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


def redact(text: str, key: str | None) -> str:
    """``text`` with ``key`` replaced: every occurrence of a long key, a short one where it is a whole token."""
    if not key or key not in text:
        return text
    if len(key) >= MIN_SUBSTRING_LENGTH:
        return text.replace(key, REDACTED)
    return re.sub(rf"(?<!{_TOKEN_CHARACTER}){re.escape(key)}(?!{_TOKEN_CHARACTER})", REDACTED, text)


def redact_bytes(content: bytes, key: str) -> bytes:
    """An answer's bytes with ``key`` replaced as :func:`redact` would in its text, before anything reads them."""
    secret = key.encode()
    if secret not in content:
        return content
    if len(key) >= MIN_SUBSTRING_LENGTH:
        return content.replace(secret, REDACTED.encode())
    pattern = rf"(?<!{_TOKEN_CHARACTER}){re.escape(key)}(?!{_TOKEN_CHARACTER})".encode()
    return re.sub(pattern, REDACTED.encode(), content)


def redact_all(text: str) -> str:
    """``text`` with the key of every live client replaced (for text that no request ties to one key)."""
    for key in set(_keys.values()):
        text = redact(text, key)
    return text


def remember_key(holder: object, key: str) -> None:
    """Have ``key`` replaced in log records while ``holder`` lives."""
    _keys[holder] = key


def _redact_json(value: Any, key: str) -> Any:
    if isinstance(value, str):
        return redact(value, key)
    if isinstance(value, list):
        return [_redact_json(item, key) for item in value]
    if isinstance(value, dict):
        return {redact(str(name), key): _redact_json(item, key) for name, item in value.items()}
    return value


def _decoded_without_key(body: str, key: str) -> str:
    # JSON escapes ("\u0070...") hide the key from a search of the raw text; what decoding reveals is what a
    # reader of the message would see, so a body whose decoded strings hold the key is written out again.
    if "\\u" not in body and "\\/" not in body:
        return body
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        return body
    if key not in json.dumps(parsed, ensure_ascii=False):
        return body
    return json.dumps(_redact_json(parsed, key), ensure_ascii=False)


def head_without_key(
    request: httpx.Request, response: httpx.Response, profile: ApiProfile | None = None
) -> tuple[httpx.Headers, str]:
    """The response's headers and reason phrase with the request's API key replaced (its body unread); the key
    is in the credential header of ``profile``, else of the request's."""
    import httpx  # loaded already: every response comes from it

    key = sent_key(request, profile)
    if not key:
        return response.headers, response.reason_phrase
    headers = httpx.Headers([(name, redact(value, key)) for name, value in response.headers.multi_items()])
    return headers, redact(response.reason_phrase, key)


def without_key(
    request: httpx.Request, response: httpx.Response, profile: ApiProfile | None = None
) -> tuple[str, httpx.Headers, str]:
    """The response's text, headers and reason phrase with the request's API key replaced (as for
    :func:`head_without_key`)."""
    key = sent_key(request, profile)
    headers, reason = head_without_key(request, response, profile)
    body = _decoded_without_key(redact(response.text, key), key) if key else response.text
    return body, headers, reason


class KeyFilter(logging.Filter):
    """Replaces every live client's key in a record's message (arguments merged in) and formatted traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _keys:
            return True
        message = record.getMessage()
        cleaned = redact_all(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_text:
            record.exc_text = redact_all(record.exc_text)
        return True


_FILTER = KeyFilter()


def filter_logs(*packages: str) -> None:
    """Install the key filter on every logger that may write text from a server, and on the loggers of
    ``packages`` (once each; repeated calls add nothing)."""
    for name in (*LOGGERS, *packages):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
