"""paginate/apaginate follow pagination.next across pages of every generated list operation."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from pinecone_dataplane import apaginate, errors, paginate, v2025_04, v2026_04
from pinecone_dataplane.v2026_04.api.bulk_operations import list_bulk_imports
from pinecone_dataplane.v2026_04.api.namespace_operations import list_namespaces_operation
from pinecone_dataplane.v2026_04.api.vector_operations import list_vectors

KEY = "k-123"


def pages_server(key: str, pages: list[list[Any]]) -> tuple[Any, list[httpx.Request]]:
    """Serves ``pages`` in order; page i's token is 't{i}'."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        token = request.url.params.get("paginationToken")
        index = 0 if token is None else int(token[1:])
        body: dict[str, Any] = {key: pages[index]}
        if index + 1 < len(pages):
            body["pagination"] = {"next": f"t{index + 1}"}
        return httpx.Response(200, json=body)

    return handler, seen


def client_for(handler: Any, version: Any = v2026_04) -> Any:
    return version.Client(host="h.io", api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_imports_across_several_pages_including_an_empty_one():
    handler, seen = pages_server("data", [[{"id": "1"}, {"id": "2"}], [], [{"id": "3"}]])
    ids = [model.id for model in paginate(list_bulk_imports, client=client_for(handler), page_size=2)]
    assert ids == ["1", "2", "3"]
    assert [r.url.params.get("paginationToken") for r in seen] == [None, "t1", "t2"]
    assert all(r.url.params["limit"] == "2" for r in seen)


def test_vectors_and_namespaces_use_their_own_item_lists():
    handler, _ = pages_server("vectors", [[{"id": "a"}], [{"id": "b"}]])
    assert [v.id for v in paginate(list_vectors, client=client_for(handler), namespace="ns")] == ["a", "b"]
    handler, _ = pages_server("namespaces", [[{"name": "x"}], [{"name": "y"}]])
    assert [n.name for n in paginate(list_namespaces_operation, client=client_for(handler))] == ["x", "y"]


def test_an_empty_first_page_yields_nothing():
    handler, seen = pages_server("data", [[]])
    assert list(paginate(list_bulk_imports, client=client_for(handler))) == []
    assert len(seen) == 1


def test_limit_counts_items_in_all_and_stops_fetching_early():
    handler, seen = pages_server("data", [[{"id": "1"}, {"id": "2"}], [{"id": "3"}, {"id": "4"}], [{"id": "5"}]])
    ids = [m.id for m in paginate(list_bulk_imports, client=client_for(handler), limit=3, page_size=2)]
    assert ids == ["1", "2", "3"]
    assert len(seen) == 2
    with pytest.raises(ValueError, match="limit must be a whole number of 1 or more"):
        list(paginate(list_bulk_imports, client=client_for(handler), limit=-1))


def test_a_limit_alone_asks_for_no_more_than_it_needs_within_the_specs_maximum():
    handler, seen = pages_server("data", [[{"id": str(n)} for n in range(5)]])
    assert len(list(paginate(list_bulk_imports, client=client_for(handler), limit=5))) == 5
    assert seen[0].url.params["limit"] == "5"
    handler, seen = pages_server("data", [[{"id": "1"}]])
    list(paginate(list_bulk_imports, client=client_for(handler), limit=250))
    assert seen[0].url.params["limit"] == "100"  # the spec's maximum page


def test_the_typed_list_methods_read_limit_as_items_in_all_and_page_size_per_request():
    handler, seen = pages_server("data", [[{"id": "1"}, {"id": "2"}], [{"id": "3"}, {"id": "4"}], [{"id": "5"}]])
    client = client_for(handler)
    assert [m.id for m in client.imports.list(limit=3, page_size=2)] == ["1", "2", "3"]
    assert [r.url.params["limit"] for r in seen] == ["2", "2"]
    assert len(list(client.imports.list(limit=3).pages())) == 2  # up to the page that reaches three
    with pytest.raises(ValueError, match="limit"):
        client.imports.list(limit=-1)


def test_a_limit_of_0_is_refused_by_the_pager_as_by_list_page_and_the_command_line():
    handler, seen = pages_server("data", [[{"id": "1"}]])
    client = client_for(handler)
    with pytest.raises(ValueError, match="limit must be a whole number of 1 or more"):
        list(client.imports.list(limit=0))
    with pytest.raises(ValueError, match="limit must be a whole number of 1 or more"):
        paginate(list_bulk_imports, client=client, limit=0)
    assert seen == []  # refused before anything was sent


def test_a_misspelt_argument_of_paginate_names_paginate_and_the_listing():
    handler, seen = pages_server("vectors", [[{"id": "a"}]])
    with pytest.raises(TypeError, match=r"paginate\(list_vectors\) got an unexpected keyword argument 'namespac'"):
        paginate(list_vectors, client=client_for(handler), namespac="docs")
    with pytest.raises(TypeError, match="takes a generated listing module"):
        paginate(errors, client=client_for(handler))  # type: ignore[arg-type]
    assert seen == []


def test_a_token_sent_twice_is_an_error_not_an_endless_loop():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [{"id": "1"}], "pagination": {"next": "same"}})

    with pytest.raises(errors.ResponseValidationError, match="twice"):
        list(paginate(list_bulk_imports, client=client_for(handler)))


def test_apaginate_with_the_async_client_and_the_raw_client():
    from pinecone_dataplane.v2025_04.api.bulk_operations import list_bulk_imports as list_2025

    handler, seen = pages_server("data", [[{"id": "1"}], [{"id": "2"}]])

    async def main() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with v2025_04.AsyncClient(host="h.io", api_key=KEY, http_client=http) as client:
            return [m.id async for m in apaginate(list_2025, client=client.raw)]

    assert asyncio.run(main()) == ["1", "2"]
    assert all(r.headers["X-Pinecone-Api-Version"] == "2025-04" for r in seen)


def test_the_async_pagers_count_limit_in_items_too():
    handler, seen = pages_server("data", [[{"id": "1"}, {"id": "2"}], [{"id": "3"}, {"id": "4"}]])

    async def listed() -> tuple[list[Any], list[Any]]:
        async with v2026_04.AsyncClient(
            host="h.io", api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
        ) as client:
            typed = [m.id async for m in client.imports.list(limit=3, page_size=2)]
            raw = [m.id async for m in apaginate(list_bulk_imports, client=client, limit=1)]
        return typed, raw

    assert asyncio.run(listed()) == (["1", "2", "3"], ["1"])
    assert [r.url.params["limit"] for r in seen] == ["2", "2", "1"]


def test_pages_yields_every_page_sync_and_async_and_stops_after_the_page_that_reaches_the_limit():
    handler, seen = pages_server("data", [[{"id": "1"}, {"id": "2"}], [], [{"id": "3"}, {"id": "4"}]])

    async def async_pages(limit: int | None) -> list[list[str]]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with v2026_04.AsyncClient(host="h.io", api_key=KEY, http_client=http) as client:
            return [[m.id for m in page.data] async for page in client.imports.list(limit=limit, page_size=2).pages()]

    client = client_for(handler)
    every = [["1", "2"], [], ["3", "4"]]
    assert [[m.id for m in page.data] for page in client.imports.list(page_size=2).pages()] == every
    assert asyncio.run(async_pages(None)) == every
    assert [r.url.params.get("paginationToken") for r in seen[-3:]] == [None, "t1", "t2"]
    seen.clear()
    assert [[m.id for m in page.data] for page in client.imports.list(limit=3, page_size=2).pages()] == every
    assert asyncio.run(async_pages(3)) == every
    assert asyncio.run(async_pages(2)) == every[:1]
    assert len(seen) == 7


@pytest.mark.parametrize("size", [1, 100])
def test_page_size_from_one_to_the_specs_maximum_is_what_each_request_asks_for(size: int) -> None:
    handler, seen = pages_server("data", [[{"id": "1"}]])
    assert [m.id for m in client_for(handler).imports.list(page_size=size)] == ["1"]
    assert [m.id for m in paginate(list_bulk_imports, client=client_for(handler), page_size=size)] == ["1"]
    assert [r.url.params["limit"] for r in seen] == [str(size), str(size)]


@pytest.mark.parametrize("size", [0, 101, -1, True, 2.0, "2"])
def test_a_page_size_outside_one_to_the_specs_maximum_is_refused_before_any_request(size: Any) -> None:
    handler, seen = pages_server("data", [[{"id": "1"}]])
    with pytest.raises(ValueError, match=r"page_size must be a whole number from 1 to 100, got"):
        client_for(handler).imports.list(page_size=size)
    with pytest.raises(ValueError, match=r"page_size must be a whole number from 1 to 100, got"):
        list(paginate(list_bulk_imports, client=client_for(handler), page_size=size))
    assert seen == []


def test_a_page_size_without_a_specs_maximum_needs_only_to_be_one_or_more() -> None:
    handler, seen = pages_server("vectors", [[{"id": "a"}]])
    assert [v.id for v in paginate(list_vectors, client=client_for(handler), namespace="ns", page_size=5000)] == ["a"]
    assert seen[0].url.params["limit"] == "5000"
    with pytest.raises(ValueError, match=r"page_size must be a whole number of 1 or more, got 0"):
        list(paginate(list_vectors, client=client_for(handler), namespace="ns", page_size=0))


def test_paginating_an_operation_that_is_not_a_listing_is_refused_before_anything_is_sent() -> None:
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    handler, seen = pages_server("data", [[{"id": "1"}]])
    with pytest.raises(
        TypeError,
        match=r"^paginate\(\) takes a generated listing module \(list_bulk_imports...\), got describe_bulk_import$",
    ):
        list(paginate(describe_bulk_import, client=client_for(handler), id="1"))
    assert seen == []


def test_paginating_another_apis_listing_is_refused_before_anything_is_sent() -> None:
    from exa_websets.v0.api.imports import imports_list  # a listing, but of Exa's API: not in Pinecone's table

    handler, seen = pages_server("data", [[{"id": "1"}]])
    with pytest.raises(
        TypeError, match=r"^paginate\(\) takes a generated listing module \(list_bulk_imports...\), got imports_list$"
    ):
        list(paginate(imports_list, client=client_for(handler)))
    assert seen == []


def test_paginate_takes_the_client_and_its_options_by_keyword_only() -> None:
    handler, _ = pages_server("data", [[{"id": "1"}]])
    with pytest.raises(TypeError):
        list(paginate(list_bulk_imports, client_for(handler)))  # type: ignore[misc]
    with pytest.raises(TypeError):
        apaginate(list_bulk_imports, client_for(handler))  # type: ignore[misc]


@pytest.mark.parametrize("limit", [True, 2.0, "3", -1, 0])
def test_a_limit_that_is_not_a_whole_number_of_1_or_more_is_refused(limit: Any) -> None:
    handler, seen = pages_server("data", [[{"id": "1"}]])
    with pytest.raises(ValueError, match=r"limit must be a whole number of 1 or more \(the most items in all\), got"):
        client_for(handler).imports.list(limit=limit)
    assert seen == []


def test_a_next_token_that_is_not_text_ends_the_listing_after_its_page() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "paginationToken" in request.url.params:
            return httpx.Response(200, json={"data": [{"id": "2"}]})
        return httpx.Response(200, json={"data": [{"id": "1"}], "pagination": {"next": 5}})

    assert [m.id for m in client_for(handler).imports.list()] == ["1"]


def test_a_listing_named_as_text_or_misspelt_twice_is_refused_with_what_paginate_takes() -> None:
    handler, seen = pages_server("data", [[{"id": "1"}]])
    client = client_for(handler)
    with pytest.raises(
        TypeError, match=r"takes a generated listing module \(list_bulk_imports...\), got list_bulk_imp$"
    ):
        paginate("list_bulk_imp", client=client)  # type: ignore[arg-type]
    with pytest.raises(TypeError) as raised:
        paginate(list_bulk_imports, client=client, zeta=1, alpha=2)  # two wrong: the first in order is named
    assert str(raised.value) == (
        "paginate(list_bulk_imports) got an unexpected keyword argument 'alpha'; "
        "it takes limit, page_size, x_pinecone_api_version"
    )
    assert seen == []


def test_a_generated_client_made_by_hand_answering_an_error_model_is_refused_as_not_a_page() -> None:
    from pinecone_dataplane.v2026_04.client import Client as GeneratedClient

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"code": 3, "message": "bad request"})

    raw = GeneratedClient(base_url="http://h.io")  # without our transport, a 400 is parsed into its model
    raw.set_httpx_client(httpx.Client(base_url="http://h.io", transport=httpx.MockTransport(handler)))
    with pytest.raises(errors.ResponseValidationError, match=r"^list_bulk_imports returned RpcStatus, not a page"):
        list(paginate(list_bulk_imports, client=raw))
