"""The core driven by a second vendor's profile (Exa Websets'), against a real HTTP server on loopback.

No Exa client is generated here: a client of the core named by Exa's profile sends the requests a generated
one would, so what is checked is the core alone: the credential header and no version header, cursor pages
ended by ``hasMore``, the replay table, the error tree, and waiting on an import by its statuses and failure
fields.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from apiwire import errors, pagination, waiting
from apiwire._client import AsyncClient, SyncClient
from apiwire._core import OPERATION, json_body
from exa_websets._profile import PROFILE

KEY = "exa-test-key-0123456789"
IMPORTS = PROFILE.long_running["imports"]


@dataclass
class FakeExa:
    """Exa's imports as far as these tests need: a listing by cursor, reads of one import, a create."""

    items: list[dict[str, Any]] = field(default_factory=list)
    # Each read of import "imp_1" answers the next of these (the last one again once they run out).
    states: list[dict[str, Any]] = field(default_factory=list)
    # Statuses to answer before the real answer, per "METHOD path".
    failures: dict[str, list[int]] = field(default_factory=dict)
    page_without_cursor: bool = False
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def answer(self, method: str, target: str, headers: dict[str, str]) -> tuple[int, Any]:
        self.seen.append((method, target, headers))
        url = urlsplit(target)
        pending = self.failures.get(f"{method} {url.path}")
        if pending:
            return pending.pop(0), {"message": f"unavailable, key {headers.get('x-api-key')}"}
        if headers.get("x-api-key") != KEY:
            return 401, {"message": "bad key"}
        if method == "GET" and url.path == "/v0/imports":
            return 200, self._page(parse_qs(url.query))
        if method == "GET" and url.path == "/v0/imports/imp_1":
            state = self.states.pop(0) if len(self.states) > 1 else self.states[0]
            return 200, {"id": "imp_1", "object": "import", **state}
        if method == "POST" and url.path == "/v0/imports":
            return 201, {"id": "imp_1", "status": "pending"}
        return 404, {"message": f"no route {url.path}"}

    def _page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        start = int(query.get("cursor", ["0"])[0])
        size = int(query.get("limit", ["2"])[0])
        data = self.items[start : start + size]
        more = start + size < len(self.items)
        if self.page_without_cursor:
            return {"data": data, "hasMore": more, "nextCursor": None}
        # The last page still names a cursor: hasMore false is what ends the listing.
        return {"data": data, "hasMore": more, "nextCursor": str(start + size)}


@pytest.fixture
def exa() -> Iterator[tuple[FakeExa, str]]:
    fake = FakeExa()

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            status, body = fake.answer(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
            content = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PATCH = do_DELETE = _reply

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll: shutting the server down waits for the loop to notice (half a second by default).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class ExaClient(SyncClient):
    PROFILE = PROFILE
    API_VERSION: ClassVar[str] = "0"


class AsyncExaClient(AsyncClient):
    PROFILE = PROFILE
    API_VERSION: ClassVar[str] = "0"


def request(method: str, url: str, operation: str, **extra: Any) -> dict[str, Any]:
    """A request as a generated function builds it: its method, path, parameters and operation."""
    return {"method": method, "url": url, "extensions": {OPERATION: operation}, **extra}


def list_page(client: ExaClient, cursor: str | None, limit: int = 2) -> Any:
    params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
    return json_body(client._send(request("GET", "/v0/imports", "imports_list", params=params)))


def test_a_client_named_by_the_profile_sends_its_key_header_and_no_version_header(exa, monkeypatch) -> None:
    fake, url = exa
    fake.items = [{"id": "imp_1"}]
    monkeypatch.setenv("EXA_API_KEY", KEY)
    with ExaClient(url) as client:
        assert list_page(client, None)["data"] == [{"id": "imp_1"}]
    (_, _, headers) = fake.seen[0]
    assert headers["x-api-key"] == KEY
    assert "api-key" not in headers
    assert not any("version" in name for name in headers)
    assert headers["user-agent"].startswith("exa-websets/")


def test_without_a_key_the_message_names_the_profiles_variable(monkeypatch) -> None:
    monkeypatch.delenv("EXA_API_KEY", raising=False)
    with pytest.raises(ValueError, match=r"no API key: pass api_key=\.\.\. or set EXA_API_KEY"):
        ExaClient("http://127.0.0.1:1")


def test_the_base_url_comes_from_the_profiles_variable_then_its_default(monkeypatch) -> None:
    monkeypatch.delenv("EXA_BASE_URL", raising=False)
    assert ExaClient(api_key=KEY).base_url == "https://api.exa.ai/websets"
    monkeypatch.setenv("EXA_BASE_URL", "http://127.0.0.1:8080/websets")
    assert ExaClient(api_key=KEY).base_url == "http://127.0.0.1:8080/websets"


def test_cursor_pages_are_followed_until_has_more_is_false(exa) -> None:
    fake, url = exa
    fake.items = [{"id": f"imp_{number}"} for number in range(5)]
    with ExaClient(url, KEY) as client:
        pager = pagination.SyncPager(
            lambda cursor: list_page(client, cursor),
            lambda page: page["data"],
            pagination=PROFILE.pagination["imports_list"],
        )
        assert [item["id"] for item in pager] == [f"imp_{number}" for number in range(5)]
    # Three pages, each asking from the cursor the last one gave; none after the page saying hasMore false.
    assert [target for _, target, _ in fake.seen] == [
        "/v0/imports?limit=2",
        "/v0/imports?limit=2&cursor=2",
        "/v0/imports?limit=2&cursor=4",
    ]


def test_more_pages_promised_without_a_cursor_is_a_bad_answer_not_a_short_listing(exa) -> None:
    fake, url = exa
    fake.items = [{"id": f"imp_{number}"} for number in range(3)]
    fake.page_without_cursor = True
    with ExaClient(url, KEY) as client:
        pager = pagination.SyncPager(
            lambda cursor: list_page(client, cursor),
            lambda page: page["data"],
            pagination=PROFILE.pagination["imports_list"],
        )
        with pytest.raises(errors.ResponseValidationError, match="another page follows but sends no cursor"):
            list(pager)


@pytest.mark.parametrize(
    ("first", "items"),
    [
        ({"data": [1, 2], "hasMore": 0, "nextCursor": "2"}, [1, 2, 3]),  # 0 is not false: no page is dropped
        ({"data": [1, 2], "hasMore": 1}, [1, 2]),  # 1 is not true: the listing ends, as without hasMore
    ],
)
def test_a_has_more_that_is_not_a_boolean_is_read_as_absent_and_the_cursor_decides(
    first: dict[str, Any], items: list[int]
) -> None:
    pages = {None: first, "2": {"data": [3], "hasMore": False}}
    pager = pagination.SyncPager(
        pages.__getitem__, lambda page: page["data"], pagination=PROFILE.pagination["imports_list"]
    )
    assert list(pager) == items


@pytest.mark.parametrize("data", ["imp_1", {"id": "imp_1"}, 1])
def test_a_page_whose_items_are_not_a_list_is_a_bad_answer(data: object) -> None:
    pager = pagination.SyncPager(
        lambda cursor: {"data": data, "hasMore": False},
        lambda page: page["data"],
        pagination=PROFILE.pagination["imports_list"],
    )
    with pytest.raises(errors.ResponseValidationError, match="a page of dict holds no list of items"):
        list(pager)


def test_the_cores_paginate_takes_the_client_and_profile_by_keyword_only() -> None:
    from exa_websets.v0 import Client
    from exa_websets.v0.api.imports import imports_list

    client = Client(api_key=KEY, base_url="http://127.0.0.1:9")  # nothing is sent: the call is refused first
    for face in (pagination.paginate, pagination.apaginate):
        with pytest.raises(TypeError, match="positional"):
            face(imports_list, client, PROFILE)


def test_async_cursor_pages_with_a_limit_stop_fetching_once_it_is_reached(exa) -> None:
    fake, url = exa
    fake.items = [{"id": f"imp_{number}"} for number in range(6)]

    async def scenario() -> list[str]:
        async with AsyncExaClient(url, KEY) as client:

            async def fetch(cursor: str | None) -> Any:
                params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
                return json_body(await client._send(request("GET", "/v0/imports", "imports_list", params=params)))

            pager = pagination.AsyncPager(
                fetch, lambda page: page["data"], pagination=PROFILE.pagination["imports_list"], limit=3
            )
            return [item["id"] async for item in pager]

    assert asyncio.run(scenario()) == ["imp_0", "imp_1", "imp_2"]
    assert len(fake.seen) == 2


def test_a_read_is_retried_and_a_create_never_is(exa) -> None:
    fake, url = exa
    fake.states = [{"status": "pending"}]
    fake.failures = {"GET /v0/imports/imp_1": [503], "POST /v0/imports": [503]}
    with ExaClient(url, KEY) as client:
        client._transport._sleep = lambda seconds: None
        read = client._send(request("GET", "/v0/imports/imp_1", "imports_get"))
        assert json_body(read)["status"] == "pending"
        with pytest.raises(errors.ServerError) as raised:
            client._send(request("POST", "/v0/imports", "imports_create", content=b"{}"))
    assert [(method, target) for method, target, _ in fake.seen] == [
        ("GET", "/v0/imports/imp_1"),
        ("GET", "/v0/imports/imp_1"),
        ("POST", "/v0/imports"),
    ]
    # The server echoed the key in its message: the error shows it redacted, read from Exa's credential header.
    assert raised.value.status_code == 503
    assert KEY not in str(raised.value)
    assert KEY not in raised.value.body
    assert "unavailable, key [API key]" in str(raised.value)


def test_an_error_status_is_its_class_of_the_tree_with_the_bodys_message(exa) -> None:
    _, url = exa
    with ExaClient(url, KEY) as client, pytest.raises(errors.NotFoundError) as raised:
        client._send(request("GET", "/v0/imports/imp_missing/x", "imports_get"))
    assert raised.value.message == "no route /v0/imports/imp_missing/x"


def poll_import(client: ExaClient) -> Any:
    return json_body(client._send(request("GET", "/v0/imports/imp_1", "imports_get")))


def test_waiting_on_an_import_reads_its_statuses_until_completed(exa) -> None:
    fake, url = exa
    fake.states = [{"status": "pending"}, {"status": "processing"}, {"status": "processing"}, {"status": "completed"}]
    seen: list[str] = []
    pauses: list[float] = []
    steps = waiting.waiting(
        "import imp_1",
        IMPORTS,
        timeout=60,
        poll_interval=None,
        on_progress=lambda model: seen.append(model["status"]),
        raise_on_failure=True,
        clock=lambda: 0.0,
    )
    with ExaClient(url, KEY) as client:
        done = waiting.wait_sync(steps, lambda: poll_import(client), pauses.append)
    assert done["status"] == "completed"
    assert seen == ["pending", "processing", "completed"]  # reported once per change
    assert pauses == [1.0, 1.5, 2.25]  # no progress field: the schedule alone


def test_a_failed_import_raises_with_the_profiles_failure_fields(exa) -> None:
    fake, url = exa
    fake.states = [
        {"status": "processing"},
        {"status": "failed", "failedReason": "invalid_format", "failedMessage": "row 3 has no url"},
    ]

    async def scenario() -> Any:
        async with AsyncExaClient(url, KEY) as client:

            async def poll() -> Any:
                return json_body(await client._send(request("GET", "/v0/imports/imp_1", "imports_get")))

            async def pause(seconds: float) -> None:
                pass

            steps = waiting.waiting(
                "import imp_1",
                IMPORTS,
                timeout=None,
                poll_interval=5,
                on_progress=None,
                raise_on_failure=True,
                clock=lambda: 0.0,
            )
            return await waiting.wait_async(steps, poll, pause)

    with pytest.raises(errors.OperationFailedError) as raised:
        asyncio.run(scenario())
    assert str(raised.value) == "import imp_1 ended failed: invalid_format: row 3 has no url"
    assert raised.value.reasons == {"failedReason": "invalid_format", "failedMessage": "row 3 has no url"}
    assert raised.value.model["status"] == "failed"


def test_a_wait_past_its_timeout_names_the_last_status() -> None:
    readings = iter([0.0, 0.0, 0.0, 30.0, 30.0])
    steps = waiting.waiting(
        "import imp_1",
        IMPORTS,
        timeout=10,
        poll_interval=None,
        on_progress=None,
        raise_on_failure=True,
        clock=lambda: next(readings),
    )
    with pytest.raises(
        errors.WaitTimeoutError, match=r"import imp_1 did not finish within 10 s \(last status pending\)"
    ):
        waiting.wait_sync(steps, lambda: {"status": "pending"}, lambda seconds: None)


def test_waiting_names_the_operation_and_takes_every_option_by_keyword_only() -> None:
    options = {"poll_interval": None, "on_progress": None, "raise_on_failure": False, "clock": lambda: 0.0}
    steps = waiting.waiting(what="import imp_1", operation=IMPORTS, timeout=None, **options)
    assert waiting.wait_sync(steps, lambda: {"status": "completed"}, lambda seconds: None) == {"status": "completed"}
    with pytest.raises(TypeError, match="positional"):
        waiting.waiting("import imp_1", IMPORTS, None, **options)
