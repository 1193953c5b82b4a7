"""A hostile server on loopback against the SDK: the key goes only to its own origin, reads are bounded in size
and time, text from the server is cleaned, and what held (deep and invalid JSON, bounded retries, a start
sent once) still holds.

The server is real (a socket on 127.0.0.1, a port the OS chose, HTTP/1.1 written by hand), so that redirects,
cookies, lying Content-Lengths and trickling bodies go through httpx and httpcore as they would in use.
"""

from __future__ import annotations

import gc
import importlib
import json
import logging
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from apiwire._http.policy import RETRY_AFTER_CAP
from pinecone_dataplane import errors, v2026_04
from pinecone_dataplane._http.limits import CAPS, SMALL

from .hostile_server import HostileServer, Script, Seen, endless, key_echoes, response

KEY = "probe-key-0123456789abcdef"
IMPORT = {"id": "1", "uri": "s3://bucket/data", "status": "InProgress", "percentComplete": 10.0}


def client(server: HostileServer, **options: Any) -> Any:
    options.setdefault("max_retries", 0)
    return v2026_04.Client(host=server.url, api_key=KEY, **options)


@pytest.fixture
def elsewhere() -> Iterator[HostileServer]:
    """Another origin (another loopback address): it must never be sent anything."""
    with HostileServer(lambda seen: [response(200, IMPORT)], host="127.0.0.2") as server:
        yield server


def shows_key(*texts: str) -> bool:
    return any(KEY in text for text in texts)


# ---------------------------------------------------------------- redirects and the one send path


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("level", [logging.WARNING, logging.DEBUG], ids=["quiet", "debug"])
@pytest.mark.parametrize("follow", [False, True], ids=["default", "follow_redirects"])
def test_a_redirect_to_another_origin_is_refused_and_nothing_reaches_it(
    status: int, level: int, follow: bool, elsewhere: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(level)
    target = f"{elsewhere.url}/bulk/imports?key={KEY}"
    with HostileServer(lambda seen: [response(status, b"", reason="Moved", headers={"Location": target})]) as server:
        http = httpx.Client(follow_redirects=follow)
        with client(server, http_client=http) as sdk:
            for call in (lambda: sdk.imports.describe("1"), lambda: sdk.imports.start("s3://bucket/data")):
                with pytest.raises(errors.RedirectError) as refused:
                    call()
                assert refused.value.status_code == status
                assert refused.value.location == f"{elsewhere.url}/bulk/imports?key=[API key]"
                assert elsewhere.url in str(refused.value)
                assert not shows_key(str(refused.value), repr(refused.value))
    assert elsewhere.requests == []
    assert [seen.method for seen in server.requests] == ["GET", "POST"]  # the start was sent once


def test_a_scheme_or_port_change_is_another_origin(elsewhere: HostileServer) -> None:
    with HostileServer(lambda seen: []) as own:
        port = own.url.rsplit(":", 1)[1]
    for location in (f"https://127.0.0.1:{port}/bulk/imports/1", "http://127.0.0.1:1/bulk/imports/1"):
        moved = response(307, b"", headers={"Location": location})
        with (
            HostileServer(lambda seen, moved=moved: [moved]) as server,
            client(server, http_client=httpx.Client(follow_redirects=True)) as sdk,
            pytest.raises(errors.RedirectError),
        ):
            sdk.imports.describe("1")


def test_a_request_for_another_origin_through_the_clients_httpx_client_gets_no_key(elsewhere: HostileServer) -> None:
    with HostileServer(lambda seen: [response(200, IMPORT)]) as server, client(server) as sdk:
        http = sdk.raw.get_httpx_client()
        with pytest.raises(ValueError, match=r"refusing to send the API key to http://127\.0\.0\.2"):
            http.get(f"{elsewhere.url}/bulk/imports/1")
    assert elsewhere.requests == []


def exchange(level: int, caplog: pytest.LogCaptureFixture, *, follow: bool) -> list[tuple[str, str, str | None]]:
    """Three describes against a server that sets a cookie and redirects within its origin once: what it saw."""
    caplog.set_level(level)
    first = response(200, IMPORT, headers={"Set-Cookie": "session=abc; Path=/"})
    moved = response(307, b"", headers={"Location": "/bulk/imports/2"})
    outcomes = []
    with (
        HostileServer(Script([first, moved, response(200, IMPORT)])) as server,
        client(server, http_client=httpx.Client(follow_redirects=follow)) as sdk,
    ):
        for _ in range(3):
            try:
                outcomes.append(sdk.imports.describe("1").id)
            except errors.ApiError as error:
                outcomes.append(type(error).__name__)
    return [(seen.path, seen.headers.get("api-key", ""), seen.headers.get("cookie")) for seen in server.requests] + [
        tuple(outcomes)  # type: ignore[list-item]
    ]


@pytest.mark.parametrize("follow", [False, True], ids=["default", "follow_redirects"])
def test_cookies_redirects_and_headers_are_the_same_whatever_the_log_level(
    follow: bool, caplog: pytest.LogCaptureFixture
) -> None:
    quiet = exchange(logging.WARNING, caplog, follow=follow)
    debug = exchange(logging.DEBUG, caplog, follow=follow)
    assert quiet == debug
    # httpx keeps a server's cookie and sends it back to that origin, whichever path a request takes.
    assert quiet[1][2] == "session=abc"
    # A redirect within the origin is followed only by a client that follows redirects (with its key).
    assert [path for path, _, _ in quiet[:-1]] == (
        ["/bulk/imports/1", "/bulk/imports/1", "/bulk/imports/2", "/bulk/imports/1"]
        if follow
        else ["/bulk/imports/1", "/bulk/imports/1", "/bulk/imports/1"]
    )
    assert all(key == KEY for _, key, _ in quiet[:-1])
    assert any(record.name == "httpx" and "HTTP Request" in record.getMessage() for record in caplog.records)


# ---------------------------------------------------------------- text from the server


ECHOES = key_echoes(KEY)


@pytest.mark.parametrize("echo", sorted(set(ECHOES) - {"created-at"}))
def test_the_key_echoed_by_the_server_is_replaced_in_the_error(echo: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with HostileServer(ECHOES[echo]) as server, client(server) as sdk, pytest.raises(errors.ApiError) as raised:
        sdk.imports.describe("1")
    error = raised.value
    import traceback

    texts = [str(error), repr(error), repr(vars(error)), "".join(traceback.format_exception(error))]
    texts += [record.getMessage() for record in caplog.records]
    assert not shows_key(*texts)
    if error.body:
        assert not shows_key(json.dumps(json.loads(error.body), ensure_ascii=False))
    assert any(record.name.startswith("httpcore") for record in caplog.records)  # the headers were logged


def test_the_key_in_a_successful_answer_is_replaced_before_anything_reads_it(caplog: pytest.LogCaptureFixture) -> None:
    with HostileServer(ECHOES["created-at"]) as server, client(server) as sdk:
        model = sdk.imports.describe("1")
    assert model.created_at == "[API key]"  # a timestamp no parser reads: kept as text, the key replaced
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert warnings == ["timestamp '[API key]' is not a date and time; keeping it as text"]


# ---------------------------------------------------------------- answers bounded in size


def peak_while(call: Any) -> tuple[BaseException, int]:
    """The error ``call`` raises and the memory it took at most, once its modules are imported."""
    with pytest.raises(errors.ApiError):
        call()
    gc.collect()
    tracemalloc.start()
    try:
        try:
            call()
        except errors.ApiError as error:
            raised: BaseException = error
        else:
            raise AssertionError("no error")
        return raised, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_2_gib_content_length_is_refused_before_the_body_is_read() -> None:
    head = response(200, b"", length=2**31)
    with HostileServer(lambda seen: endless(head, b"x" * 65536)) as server, client(server) as sdk:
        error, peak = peak_while(lambda: sdk.imports.describe("1"))
    assert isinstance(error, errors.ResponseTooLargeError)
    assert (error.size, error.limit) == (2**31, CAPS["describe_bulk_import"])
    assert "max_response_bytes" in str(error)
    assert peak < SMALL


@pytest.mark.parametrize(
    ("call", "chunk", "cap"),
    [
        # A list page of ten million {} (30 MB), streamed without a length.
        (lambda sdk: sdk.imports.list_page(), b"{}," * 10_000, CAPS["list_bulk_imports"]),
        # Ten million matches for a query of one.
        (lambda sdk: sdk.vectors.query(top_k=1, vector=[0.1]), b'{"id":"a","score":1},' * 1000, None),
    ],
    ids=["list-page", "query-top-k-1"],
)
def test_a_body_without_a_length_is_stopped_at_the_cap(call: Any, chunk: bytes, cap: int | None) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
    with HostileServer(lambda seen: endless(head + b'{"data": [', chunk)) as server, client(server) as sdk:
        error, peak = peak_while(lambda: call(sdk))
    assert isinstance(error, errors.ResponseTooLargeError)
    assert error.size > error.limit
    if cap is not None:
        assert error.limit == cap
    else:
        assert error.limit < SMALL  # one match of a query without values or metadata
    assert peak < 3 * error.limit + SMALL  # the chunks read, then joined: never the whole stream


def test_a_compressed_body_is_measured_as_it_unpacks() -> None:
    import zlib

    packer = zlib.compressobj(wbits=31)  # gzip
    blank = b" " * SMALL
    bomb = b"".join(packer.compress(blank) for _ in range(200)) + packer.flush()  # 200 MiB in about 200 KB
    with (
        HostileServer(lambda seen: [response(200, bomb, headers={"Content-Encoding": "gzip"})]) as server,
        client(server) as sdk,
    ):
        error, peak = peak_while(lambda: sdk.imports.describe("1"))
    assert isinstance(error, errors.ResponseTooLargeError)
    assert error.limit == CAPS["describe_bulk_import"] < error.size
    assert peak < 4 * SMALL  # unpacked a piece at a time, and stopped at the cap


def test_max_response_bytes_sets_the_cap_for_every_operation() -> None:
    with HostileServer(lambda seen: [response(200, {**IMPORT, "error": "x" * 5000})]) as server:
        with client(server, max_response_bytes=4096) as sdk, pytest.raises(errors.ResponseTooLargeError) as raised:
            sdk.imports.describe("1")
        assert raised.value.limit == 4096
        with client(server, max_response_bytes=10_000) as sdk:
            assert sdk.imports.describe("1").error == "x" * 5000
    with pytest.raises(ValueError, match="max_response_bytes"):
        v2026_04.Client(host="http://127.0.0.1:1", api_key=KEY, max_response_bytes=0)


def test_a_content_length_longer_than_the_body_is_a_connection_error() -> None:
    with (
        HostileServer(lambda seen: [response(200, b'{"id": "1"}', length=1000)]) as server,
        client(server) as sdk,
        pytest.raises(errors.ApiConnectionError),
    ):
        sdk.imports.describe("1")


def test_a_content_length_shorter_than_the_body_reads_only_what_it_claims() -> None:
    body = json.dumps(IMPORT).encode()
    with (
        HostileServer(lambda seen: [response(200, body + b"garbage", length=len(body) - 5)]) as server,
        client(server) as sdk,
        pytest.raises(errors.ResponseValidationError),
    ):
        sdk.imports.describe("1")


# ---------------------------------------------------------------- answers bounded in time


def trickle(seen: Seen) -> Iterator[bytes | float]:
    """A 200 whose body arrives a byte every 20 ms: every read is in time, the answer never is."""
    return endless(response(200, b"", length=10**6), b" ", pause=0.02)


def test_a_trickling_body_ends_at_the_requests_deadline() -> None:
    with HostileServer(trickle) as server, client(server, timeout=0.5) as sdk:
        with pytest.raises(errors.DeadlineExceededError) as raised:
            sdk.imports.describe("1")
        took = time.monotonic() - server.requests[0].at
    assert raised.value.seconds == pytest.approx(0.5)
    assert "0.5 s" in str(raised.value)
    assert took < 0.5 + 0.5  # the deadline, plus at most one read's timeout


def trickled_headers(seen: Seen) -> Iterator[bytes | float]:
    """A status line and headers a byte every 20 ms, never ending: every read in time, no answer ever."""
    return endless(b"HTTP/1.1 200 OK\r\n", b"X", pause=0.02)


@pytest.mark.parametrize("face", ["sync", "async"])
def test_trickling_headers_end_at_the_requests_deadline(face: str) -> None:
    import asyncio

    async def describe(url: str) -> None:
        async with v2026_04.AsyncClient(host=url, api_key=KEY, timeout=0.5, max_retries=0) as sdk:
            await sdk.imports.describe("1")

    def sync_describe(url: str) -> None:
        with v2026_04.Client(host=url, api_key=KEY, timeout=0.5, max_retries=0) as sdk:
            sdk.imports.describe("1")

    call = sync_describe if face == "sync" else lambda url: asyncio.run(describe(url))
    with HostileServer(trickled_headers) as server, pytest.raises(errors.DeadlineExceededError):
        call(server.url)
    assert time.monotonic() - server.requests[0].at < 0.5 + 0.5


def test_a_trickling_body_ends_at_the_async_requests_deadline() -> None:
    import asyncio

    async def describe(url: str) -> None:
        async with v2026_04.AsyncClient(host=url, api_key=KEY, timeout=0.5, max_retries=0) as sdk:
            await sdk.imports.describe("1")

    with HostileServer(trickle) as server, pytest.raises(errors.DeadlineExceededError):
        asyncio.run(describe(server.url))


def test_wait_returns_by_its_timeout_plus_one_polls_deadline_against_a_trickling_server() -> None:
    with HostileServer(trickle) as server, client(server, timeout=1.0, max_retries=2) as sdk:
        importlib.import_module("pinecone_dataplane.v2026_04.api.bulk_operations.describe_bulk_import")  # as used
        started = time.monotonic()
        with pytest.raises(errors.WaitTimeoutError) as raised:
            sdk.imports.wait("1", timeout=1.5, poll_interval=0.05)
        took = time.monotonic() - started
    assert "did not finish within 1.5 s" in str(raised.value)
    assert took < 1.5 + 1.0


# ---------------------------------------------------------------- what held, still holding


@pytest.mark.parametrize(
    "body",
    [b'{"id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", b'{"id": "1", ', b"\xff\xfe not json"],
    ids=["deep", "truncated", "invalid"],
)
def test_deep_and_invalid_json_is_a_typed_error(body: bytes) -> None:
    with (
        HostileServer(lambda seen: [response(200, body)]) as server,
        client(server) as sdk,
        pytest.raises(errors.ResponseValidationError),
    ):
        sdk.imports.describe("1")


def test_503s_with_a_huge_retry_after_stay_bounded_and_a_start_is_sent_once() -> None:
    unavailable = response(503, {"message": "busy"}, reason="Service Unavailable", headers={"Retry-After": "1e9"})

    def answer(seen: Seen) -> list[bytes]:
        listing = seen.method == "GET" and seen.path.split("?")[0] == "/bulk/imports"
        return [response(200, {"data": []}) if listing else unavailable]

    with HostileServer(answer) as server, client(server, max_retries=3) as sdk:
        pauses: list[float] = []
        sdk._transport._sleep = pauses.append
        with pytest.raises(errors.ServerError):
            sdk.imports.describe("1")
        assert pauses == [RETRY_AFTER_CAP] * 3
        with pytest.raises(errors.ImportNotStartedError):
            sdk.imports.start("s3://bucket/data")
    assert [seen.method for seen in server.requests].count("POST") == 1
