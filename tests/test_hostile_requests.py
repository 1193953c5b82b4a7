"""Pagination tokens, ours or the server's, travel as one query value: they cannot change the path or add headers.

(Ids and namespaces in the path, keys with line breaks and plain http are covered in test_imports.py and
test_client.py.)
"""

from __future__ import annotations

import string
from typing import Any

import httpx
import pytest

from pinecone_dataplane import paginate, v2025_04, v2026_04

KEY = "hostile-requests-key-9c4b"
TOKENS = [
    "a/b/../../vectors/delete",
    "..",
    "x?limit=1&paginationToken=evil",
    "frag#ment",
    "100%25%zz",
    "line\r\nX-Injected: yes",
    "only\nLF",
    "only\rCR",
    "tab\tand space",
    "n\u00f6n-\u00e4scii \u2603 \U0001f600",
    "\u202eright-to-left",
]
# What the request line may hold: a space, CR or LF would end the target, '#' would start a fragment.
WIRE_SAFE = frozenset(string.ascii_letters + string.digits + "-._~%/?=&+")
FACADES = [v2025_04, v2026_04]


class Pages:
    """Answers list calls with one item per page, handing out ``tokens`` as the next page's token."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = len(self.requests) - 1
        body: dict[str, Any] = {"data": [{"id": str(page)}]}
        if page < len(self.tokens):
            body["pagination"] = {"next": self.tokens[page]}
        return httpx.Response(200, json=body)


def client(facade: Any, handler: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return facade.Client(host="index.example.io", api_key=KEY, http_client=http)


def assert_one_query_value(request: httpx.Request, token: str) -> None:
    assert request.url.path == "/bulk/imports"
    assert request.url.params.get_list("paginationToken") == [token]
    assert set(request.url.params) <= {"paginationToken", "limit"}
    assert not request.url.fragment
    assert set(request.url.raw_path.decode("ascii")) <= WIRE_SAFE
    assert "x-injected" not in request.headers
    assert all("\r" not in value and "\n" not in value for value in request.headers.values())


@pytest.mark.parametrize("facade", FACADES, ids=lambda facade: facade.API_VERSION)
@pytest.mark.parametrize("token", TOKENS)
def test_a_token_we_pass_is_one_query_value(facade: Any, token: str) -> None:
    pages = Pages([])
    client(facade, pages).imports.list_page(limit=5, pagination_token=token)
    (request,) = pages.requests
    assert_one_query_value(request, token)


@pytest.mark.parametrize("facade", FACADES, ids=lambda facade: facade.API_VERSION)
def test_tokens_the_server_hands_out_are_sent_back_as_one_query_value(facade: Any) -> None:
    pages = Pages(TOKENS)
    ids = [model.id for model in client(facade, pages).imports.list()]
    assert ids == [str(page) for page in range(len(TOKENS) + 1)]
    for request, token in zip(pages.requests[1:], TOKENS, strict=True):
        assert_one_query_value(request, token)


def test_paginate_sends_the_servers_tokens_as_they_came() -> None:
    from pinecone_dataplane.v2026_04.api.bulk_operations import list_bulk_imports

    pages = Pages(TOKENS[:3])
    items = list(paginate(list_bulk_imports, client=client(v2026_04, pages)))
    assert len(items) == 4
    for request, token in zip(pages.requests[1:], TOKENS, strict=False):
        assert_one_query_value(request, token)
