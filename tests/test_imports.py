"""client.imports: start, describe, cancel, list, list_page and wait, sync and async, both API versions."""

from __future__ import annotations

import asyncio
import importlib
import io
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pinecone_dataplane import errors
from pinecone_dataplane._lib.imports import AsyncImports, SyncImports
from pinecone_dataplane._versions import module_name


def client_class(version: str) -> Any:
    return importlib.import_module(module_name(version)).Client


def async_client_class(version: str) -> Any:
    return importlib.import_module(module_name(version)).AsyncClient


VERSIONS = ["2025-04", "2026-04"]
KEY = "test-key-3b1f"
Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """Records every request; answers with ``respond`` (a handler)."""

    def __init__(self, respond: Handler) -> None:
        self.respond = respond
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)

    @property
    def polls(self) -> int:
        return sum(1 for request in self.requests if request.method == "GET")


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        # Ten minutes of waiting cost 37 polls: a wait that pauses this often is polling in a loop.
        assert len(self.sleeps) < 1000, "the wait keeps polling"
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def sync_client(version: str, server: Server, max_retries: int = 0) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(server))
    client = client_class(version)(host="idx.example.io", api_key=KEY, max_retries=max_retries, http_client=http)
    client._transport._sleep = lambda seconds: None
    return client


def async_client(version: str, server: Server) -> Any:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    return async_client_class(version)(host="idx.example.io", api_key=KEY, max_retries=0, http_client=http)


def model(**fields: Any) -> dict[str, Any]:
    return {"id": "101", "uri": "s3://bucket/data", **fields}


def reply(body: Any, status: int = 200) -> Handler:
    return lambda request: httpx.Response(status, json=body)


# ---------------------------------------------------------------- start


@pytest.mark.parametrize("version", VERSIONS)
def test_start_sends_the_spec_spelling_and_returns_the_id(version: str) -> None:
    server = Server(reply({"id": "101"}))
    started = sync_client(version, server).imports.start(
        "s3://bucket/data", error_mode="Continue", integration_id="int-1"
    )
    assert started.id == "101"
    (request,) = server.requests
    assert (request.method, request.url.path) == ("POST", "/bulk/imports")
    assert json.loads(request.content) == {
        "uri": "s3://bucket/data",
        "errorMode": {"onError": "continue"},
        "integrationId": "int-1",
    }
    assert request.headers["X-Pinecone-Api-Version"] == version


@pytest.mark.parametrize("version", VERSIONS)
def test_start_sends_only_what_was_given(version: str) -> None:
    server = Server(reply({"id": "101"}))
    sync_client(version, server).imports.start("gs://bucket/data")
    assert json.loads(server.requests[0].content) == {"uri": "gs://bucket/data"}


@pytest.mark.parametrize("version", VERSIONS)
def test_start_takes_the_enum_member(version: str) -> None:
    enum = importlib.import_module("pinecone_dataplane.v2025_04.models.import_error_mode_on_error")
    server = Server(reply({"id": "101"}))
    sync_client(version, server).imports.start("s3://b/d", error_mode=enum.ImportErrorModeOnError.ABORT)
    assert json.loads(server.requests[0].content)["errorMode"] == {"onError": "abort"}


@pytest.mark.parametrize(
    ("arguments", "named", "allowed"),
    [
        ({"uri": ""}, "uri", "at most 1500"),
        ({"uri": "s" * 1501}, "uri", "at most 1500"),
        ({"uri": "s3://b/d", "error_mode": "skip"}, "error_mode", "'continue', 'abort'"),
        ({"uri": "s3://b/d", "error_mode": 1}, "error_mode", "'continue', 'abort'"),
        ({"uri": "s3://b/d", "integration_id": "i" * 1001}, "integration_id", "at most 1000"),
    ],
)
def test_start_refuses_bad_arguments_before_any_request(arguments: dict[str, Any], named: str, allowed: str) -> None:
    server = Server(reply({"id": "101"}))
    uri = arguments.pop("uri")
    with pytest.raises(ValueError, match=named) as refused:
        sync_client("2026-04", server).imports.start(uri, **arguments)
    assert allowed in str(refused.value)
    assert server.requests == []


def test_start_at_the_limits_is_sent() -> None:
    server = Server(reply({"id": "101"}))
    sync_client("2026-04", server).imports.start("s" * 1500, integration_id="i" * 1000)
    assert len(server.requests) == 1


def test_start_is_sent_once_even_when_the_server_fails() -> None:
    server = Server(reply({"error": {"code": "UNAVAILABLE", "message": "try later"}}, status=503))
    with pytest.raises(errors.ServerError, match="try later"):  # listing fails too: the start's own error
        sync_client("2026-04", server, max_retries=2).imports.start("s3://b/d")
    assert [request.method for request in server.requests].count("POST") == 1


# ---------------------------------------------------------------- describe and cancel


@pytest.mark.parametrize("version", VERSIONS)
def test_describe_returns_the_model(version: str) -> None:
    server = Server(reply(model(status="InProgress", percentComplete=42.5, recordsImported=1000)))
    described = sync_client(version, server).imports.describe("101")
    assert (described.id, described.status, described.percent_complete, described.records_imported) == (
        "101",
        "InProgress",
        42.5,
        1000,
    )
    assert server.requests[0].url.raw_path == b"/bulk/imports/101"


@pytest.mark.parametrize("version", VERSIONS)
def test_cancel_sends_delete_and_returns_the_empty_answer(version: str) -> None:
    server = Server(reply({}))
    assert sync_client(version, server).imports.cancel("101").to_dict() == {}
    (request,) = server.requests
    assert (request.method, request.url.raw_path) == ("DELETE", b"/bulk/imports/101")


@pytest.mark.parametrize(
    ("id_", "path"),
    [
        ("../vectors/delete?x", b"/bulk/imports/..%2Fvectors%2Fdelete%3Fx"),
        ("a/b#c", b"/bulk/imports/a%2Fb%23c"),
        ("50%", b"/bulk/imports/50%25"),
        ("...", b"/bulk/imports/..."),
        ("..", b"/bulk/imports/%2E%2E"),
        (".", b"/bulk/imports/%2E"),
        ("x\r\nX-Injected: 1", b"/bulk/imports/x%0D%0AX-Injected%3A%201"),
        ("imp\u00f6rt", b"/bulk/imports/imp%C3%B6rt"),
    ],
)
@pytest.mark.parametrize("verb", ["describe", "cancel"])
def test_ids_are_percent_encoded_into_one_path_segment(verb: str, id_: str, path: bytes) -> None:
    server = Server(reply(model() if verb == "describe" else {}))
    getattr(sync_client("2026-04", server).imports, verb)(id_)
    (request,) = server.requests
    assert request.url.raw_path == path
    assert "X-Injected" not in request.headers


@pytest.mark.parametrize("id_", ["", "i" * 1001, None, 101])
@pytest.mark.parametrize("verb", ["describe", "cancel", "wait"])
def test_bad_ids_are_refused_before_any_request(verb: str, id_: Any) -> None:
    server = Server(reply(model()))
    with pytest.raises(ValueError, match="id"):
        getattr(sync_client("2026-04", server).imports, verb)(id_)
    assert server.requests == []


def test_an_id_of_1000_characters_is_sent() -> None:
    server = Server(reply(model()))
    sync_client("2026-04", server).imports.describe("i" * 1000)
    assert server.requests[0].url.raw_path == b"/bulk/imports/" + b"i" * 1000


def test_describe_of_an_unknown_import_raises_not_found() -> None:
    server = Server(reply({"error": {"code": "NOT_FOUND", "message": "import 9 not found"}}, status=404))
    with pytest.raises(errors.NotFoundError, match="import 9 not found"):
        sync_client("2026-04", server).imports.describe("9")


# ---------------------------------------------------------------- list and list_page


def pages(*batches: list[str]) -> Handler:
    """Serve ids in pages; page n carries token "t<n+1>" while more remain."""

    def respond(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("paginationToken")
        index = int(token[1:]) if token else 0
        body: dict[str, Any] = {"data": [model(id=id_, status="Completed") for id_ in batches[index]]}
        if index + 1 < len(batches):
            body["pagination"] = {"next": f"t{index + 1}"}
        return httpx.Response(200, json=body)

    return respond


@pytest.mark.parametrize("version", VERSIONS)
def test_list_follows_every_page(version: str) -> None:
    server = Server(pages(["1", "2"], ["3"], [], ["4"]))
    ids = [item.id for item in sync_client(version, server).imports.list(page_size=2)]
    assert ids == ["1", "2", "3", "4"]
    assert [dict(request.url.params) for request in server.requests] == [
        {"limit": "2"},
        {"limit": "2", "paginationToken": "t1"},
        {"limit": "2", "paginationToken": "t2"},
        {"limit": "2", "paginationToken": "t3"},
    ]


def test_list_of_no_imports_is_empty() -> None:
    server = Server(reply({"data": []}))
    assert list(sync_client("2026-04", server).imports.list()) == []
    assert dict(server.requests[0].url.params) == {}  # the service's default page size


@pytest.mark.parametrize("limit", [0, 101, True, "5", 2.0])
def test_list_refuses_a_bad_limit_when_called(limit: Any) -> None:
    server = Server(reply({"data": []}))
    imports = sync_client("2026-04", server).imports
    with pytest.raises(ValueError, match="page_size must be a whole number from 1 to 100"):
        imports.list(page_size=limit)
    with pytest.raises(ValueError, match="limit must be an integer from 1 to 100"):
        imports.list_page(limit=limit)
    assert server.requests == []


@pytest.mark.parametrize("limit", [-1, True, "5", 2.0])
def test_list_refuses_a_bad_limit_of_items_in_all(limit: Any) -> None:
    server = Server(reply({"data": []}))
    with pytest.raises(ValueError, match="limit must be a whole number of 1 or more"):
        sync_client("2026-04", server).imports.list(limit=limit)
    assert server.requests == []


@pytest.mark.parametrize("version", VERSIONS)
def test_list_page_returns_one_page_and_its_token(version: str) -> None:
    server = Server(pages(["1", "2"], ["3"]))
    imports = sync_client(version, server).imports
    first = imports.list_page(limit=2)
    assert [item.id for item in first.data] == ["1", "2"]
    second = imports.list_page(limit=2, pagination_token=first.pagination.next_)
    assert [item.id for item in second.data] == ["3"]
    assert dict(server.requests[1].url.params) == {"limit": "2", "paginationToken": "t1"}


def test_list_page_refuses_an_empty_token() -> None:
    server = Server(reply({"data": []}))
    with pytest.raises(ValueError, match="pagination_token"):
        sync_client("2026-04", server).imports.list_page(pagination_token="")
    assert server.requests == []


# ---------------------------------------------------------------- wait


def timeline(clock: FakeClock, *, ends_at: float, status: str = "Completed", **extra: Any) -> Handler:
    """An import that runs from clock 0 to ``ends_at`` seconds, then has ``status``."""

    def respond(request: httpx.Request) -> httpx.Response:
        if clock.now >= ends_at:
            return httpx.Response(200, json=model(status=status, percentComplete=100.0, recordsImported=600, **extra))
        share = clock.now / ends_at
        return httpx.Response(
            200, json=model(status="InProgress", percentComplete=round(100 * share), recordsImported=int(600 * share))
        )

    return respond


def imports_with(clock: FakeClock, server: Server, version: str = "2026-04") -> Any:
    client = sync_client(version, server)
    return type(client.imports)(client, clock=clock, sleep=clock.sleep)


@pytest.mark.parametrize("version", VERSIONS)
def test_wait_backs_off_towards_the_cap(version: str) -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=600))
    final = imports_with(clock, server, version).wait("101")
    assert final.status == "Completed"
    assert clock.sleeps[:9] == pytest.approx([1, 1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625, 17.0859375, 20])
    assert set(clock.sleeps[8:-1]) == {20}
    # The last pause is cut short: from the progress so far, the import should end sooner than 20 s.
    assert 1 <= clock.sleeps[-1] < 20
    assert 600 <= clock.now < 605
    # A ten-minute import: the first poll at once, then the schedule above -- tens of requests.
    assert server.polls == 37


def test_wait_does_not_poll_faster_than_the_first_interval_on_a_wrong_estimate() -> None:
    clock = FakeClock()

    def jumps_then_stalls(request: httpx.Request) -> httpx.Response:
        # Races to 99 % in the first seconds, then takes a minute for the last percent.
        if clock.now >= 60:
            return httpx.Response(200, json=model(status="Completed", percentComplete=100.0))
        return httpx.Response(200, json=model(status="InProgress", percentComplete=min(99.0, 50.0 * clock.now)))

    server = Server(jumps_then_stalls)
    assert imports_with(clock, server).wait("101").status == "Completed"
    assert min(clock.sleeps) >= 1
    assert server.polls < 20


def test_an_import_building_its_index_at_100_percent_is_polled_on_the_growing_schedule() -> None:
    clock = FakeClock()

    def writes_then_builds(request: httpx.Request) -> httpx.Response:
        # Its records are written within a second; it stays InProgress at exactly 100 % until 60 s.
        if clock.now >= 60:
            return httpx.Response(200, json=model(status="Completed", percentComplete=100.0))
        return httpx.Response(200, json=model(status="InProgress", percentComplete=min(100.0, 100.0 * clock.now)))

    imports_with(clock, Server(writes_then_builds)).wait("101")
    # Nothing is left to estimate at 100 %: no pause is cut short, each grows 1.5 times up to 20 s.
    assert clock.sleeps == pytest.approx([1, 1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625, 17.0859375, 20])


@pytest.mark.parametrize("status", ["Pending", "Validating"])
def test_only_an_in_progress_import_at_100_percent_is_taken_for_one_building_its_index(status: str) -> None:
    clock = FakeClock()

    def respond(request: httpx.Request) -> httpx.Response:
        # An import in another state but InProgress that says 100 %: its percentage still estimates its end.
        if clock.now >= 10:
            return httpx.Response(200, json=model(status="Completed", percentComplete=100.0))
        return httpx.Response(200, json=model(status=status, percentComplete=min(100.0, 50.0 * clock.now)))

    imports_with(clock, Server(respond)).wait("101")
    assert clock.sleeps[:3] == pytest.approx([1, 1, 1])


def test_wait_polls_at_once_and_returns_a_finished_import_without_sleeping() -> None:
    clock = FakeClock()
    server = Server(reply(model(status="Completed")))
    assert imports_with(clock, server).wait("101").status == "Completed"
    assert (server.polls, clock.sleeps) == (1, [])


def test_wait_with_poll_interval_keeps_it_fixed() -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=30))
    imports_with(clock, server).wait("101", poll_interval=5)
    assert clock.sleeps == [5] * 6


@pytest.mark.parametrize("status", ["completed", "COMPLETED", "Failed", "failed", "CANCELLED", "Cancelled"])
def test_wait_ends_on_any_terminal_status_in_any_case(status: str) -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=3, status=status))
    assert imports_with(clock, server).wait("101").status == status


def test_wait_continues_through_unknown_statuses() -> None:
    clock = FakeClock()
    statuses = iter(["Pending", "Paused", "InProgress", "Completed"])
    server = Server(lambda request: httpx.Response(200, json=model(status=next(statuses))))
    assert imports_with(clock, server).wait("101").status == "Completed"
    assert server.polls == 4


def test_on_progress_runs_when_status_percent_or_records_change() -> None:
    clock = FakeClock()
    bodies = iter(
        [
            model(status="Pending"),
            model(status="Pending"),
            model(status="InProgress", percentComplete=10.0, recordsImported=5),
            model(status="InProgress", percentComplete=10.0, recordsImported=5),
            model(status="InProgress", percentComplete=10.0, recordsImported=9),
            model(status="InProgress", percentComplete=50.0, recordsImported=9),
            model(status="Completed", percentComplete=50.0, recordsImported=9),
        ]
    )
    server = Server(lambda request: httpx.Response(200, json=next(bodies)))
    seen: list[tuple[Any, ...]] = []
    imports_with(clock, server).wait(
        "101", on_progress=lambda m: seen.append((m.status, m.percent_complete, m.records_imported))
    )
    assert [entry[0] for entry in seen] == ["Pending", "InProgress", "InProgress", "InProgress", "Completed"]
    assert [entry[2] for entry in seen[1:]] == [5, 9, 9, 9]


def test_wait_times_out_with_the_last_model_never_sleeping_past_the_deadline() -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=600))
    with pytest.raises(errors.WaitTimeoutError, match="did not finish within 30 s") as timed_out:
        imports_with(clock, server).wait("101", timeout=30)
    assert timed_out.value.last.status == "InProgress"
    assert timed_out.value.last.records_imported > 0
    assert clock.now == pytest.approx(30)
    assert sum(clock.sleeps) <= 30


def test_wait_bounds_each_request_by_the_time_left() -> None:
    clock = FakeClock()
    bounds: list[tuple[float, float]] = []

    def respond(request: httpx.Request) -> httpx.Response:
        bounds.append((request.extensions["timeout"]["read"], 45 - clock.now))
        return timeline(clock, ends_at=600)(request)

    with pytest.raises(errors.WaitTimeoutError):
        imports_with(clock, Server(respond)).wait("101", timeout=45)
    assert len(bounds) > 5
    assert all(read <= left + 1e-6 for read, left in bounds)


def test_a_request_cut_by_the_deadline_is_a_wait_timeout() -> None:
    clock = FakeClock()

    def hang(request: httpx.Request) -> httpx.Response:
        if clock.now > 0:
            clock.now = 10.0  # the request took the rest of the time
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(200, json=model(status="Pending"))

    with pytest.raises(errors.WaitTimeoutError) as timed_out:
        imports_with(clock, Server(hang)).wait("101", timeout=10)
    assert timed_out.value.last.status == "Pending"
    assert isinstance(timed_out.value.__cause__, errors.ApiTimeoutError)


def test_wait_rides_out_a_failed_poll() -> None:
    clock = FakeClock()
    answers = iter([503, 200, 503, 503, 200])

    def respond(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        done = status == 200 and clock.now > 2
        return httpx.Response(status, json=model(status="Completed" if done else "InProgress"))

    assert imports_with(clock, Server(respond)).wait("101").status == "Completed"


def test_wait_gives_up_after_five_failed_polls_in_a_row() -> None:
    clock = FakeClock()
    server = Server(reply({"message": "down"}, status=503))
    with pytest.raises(errors.ServerError):
        imports_with(clock, server).wait("101")
    assert server.polls == 5


def test_wait_stops_at_once_on_a_non_transient_error() -> None:
    clock = FakeClock()
    server = Server(reply({"error": {"code": "NOT_FOUND", "message": "no such import"}}, status=404))
    with pytest.raises(errors.NotFoundError):
        imports_with(clock, server).wait("101")
    assert server.polls == 1


@pytest.mark.parametrize("status", ["Failed", "Cancelled"])
def test_raise_on_failure_raises_import_failed_with_the_server_error(status: str) -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=3, status=status, error="bad parquet file"))
    with pytest.raises(errors.ImportFailedError, match=f"import 101 ended {status}: bad parquet file") as failed:
        imports_with(clock, server).wait("101", raise_on_failure=True)
    assert failed.value.error == "bad parquet file"
    assert failed.value.model.status == status


@pytest.mark.parametrize("error", [None, "", {"code": 3}], ids=["absent", "empty", "an-object"])
def test_a_failed_import_without_an_error_text_is_reported_by_its_status_alone(error: Any) -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=3, status="Failed", **({} if error is None else {"error": error})))
    with pytest.raises(errors.ImportFailedError) as failed:
        imports_with(clock, server).wait("101", raise_on_failure=True)
    assert str(failed.value) == "import 101 ended Failed"
    assert failed.value.error is None
    assert failed.value.model.status == "Failed"


def test_a_failed_import_whose_error_is_a_number_shows_it_as_text() -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=3, status="Failed", error=42))
    with pytest.raises(errors.ImportFailedError) as failed:
        imports_with(clock, server).wait("101", raise_on_failure=True)
    assert str(failed.value) == "import 101 ended Failed: 42"
    assert failed.value.error == "42"


def test_without_raise_on_failure_a_failed_import_is_returned() -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=3, status="Failed", error="bad parquet file"))
    assert imports_with(clock, server).wait("101").error == "bad parquet file"


def test_raise_on_failure_leaves_a_completed_import_alone() -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=3))
    assert imports_with(clock, server).wait("101", raise_on_failure=True).status == "Completed"


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "60"}, "timeout"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"on_progress": "print"}, "on_progress"),
    ],
)
def test_wait_refuses_bad_arguments_before_any_request(arguments: dict[str, Any], named: str) -> None:
    server = Server(reply(model(status="Completed")))
    with pytest.raises(ValueError, match=named):
        imports_with(FakeClock(), server).wait("101", **arguments)
    assert server.requests == []


@pytest.mark.parametrize(
    ("timeout", "shown"),
    [("60", "'60'"), ("9" * 58, f"'{'9' * 58}'"), ("9" * 59, f"'{'9' * 56}..."), ("9" * 100, f"'{'9' * 56}...")],
)
def test_a_bad_argument_is_shown_whole_up_to_sixty_characters_and_cut_beyond(timeout: str, shown: str) -> None:
    with pytest.raises(ValueError, match="timeout must be a number of seconds") as refused:
        imports_with(FakeClock(), Server(reply(model(status="Completed")))).wait("101", timeout=timeout)
    assert str(refused.value).endswith(f"got {shown}")


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"status": "InProgress", "percentComplete": 100.0}, "InProgress  indexing"),
        ({"status": "inprogress", "percentComplete": 100}, "inprogress  indexing"),
        ({"status": "InProgress", "percentComplete": 99.5}, "InProgress  99.5%"),
        ({"status": "Completed", "percentComplete": 100.0}, "Completed  100.0%"),
        ({"status": "Pending", "percentComplete": 100.0}, "Pending  100.0%"),
        ({"percentComplete": 100.0}, "unknown  100.0%"),
    ],
)
def test_the_wait_progress_line_says_indexing_only_for_an_import_in_progress_at_100_percent(
    fields: dict[str, Any], shown: str
) -> None:
    from pinecone_dataplane.cli._render import Progress
    from pinecone_dataplane.v2026_04.models.import_model import ImportModel

    stream = io.StringIO()
    Progress(stream, live=False, clock=lambda: 0.0, sleep=lambda seconds: None).update(
        ImportModel.from_dict(model(**fields))
    )
    assert stream.getvalue() == f"0:00:00  {shown}\n"


# ---------------------------------------------------------------- the client's attribute and the async face


def test_client_imports_is_one_object_per_client() -> None:
    client = sync_client("2026-04", Server(reply({})))
    assert isinstance(client.imports, SyncImports)
    assert client.imports is client.imports


@pytest.mark.parametrize("version", VERSIONS)
def test_async_twins(version: str) -> None:
    clock = FakeClock()

    def respond(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, json={"id": "101"})
        if request.method == "DELETE":
            return httpx.Response(200, json={})
        if request.url.path == "/bulk/imports":
            return pages(["1", "2"], ["3"])(request)
        return timeline(clock, ends_at=10)(request)

    server = Server(respond)

    async def scenario() -> dict[str, Any]:
        client = async_client(version, server)
        assert isinstance(client.imports, AsyncImports)
        imports = type(client.imports)(client, clock=clock, sleep=clock.async_sleep)
        progress: list[Any] = []
        results = {
            "started": (await imports.start("s3://b/d", error_mode="abort")).id,
            "described": (await imports.describe("101")).status,
            "cancelled": (await imports.cancel("101")).to_dict(),
            "listed": [item.id async for item in imports.list(page_size=2)],
            "page": [item.id for item in (await imports.list_page(limit=2)).data],
            "waited": (await imports.wait("101", on_progress=progress.append)).status,
        }
        with pytest.raises(ValueError, match="id"):
            await imports.describe("")
        with pytest.raises(ValueError, match="page_size"):
            imports.list(page_size=0)
        clock.now = 0.0  # the import starts over, and cannot finish within 5 s
        with pytest.raises(errors.WaitTimeoutError) as timed_out:
            await imports.wait("101", timeout=5)
        results["last"] = timed_out.value.last.status
        results["progress_seen"] = [m.status for m in progress][-1]
        await client.aclose()
        return results

    assert asyncio.run(scenario()) == {
        "started": "101",
        "described": "InProgress",
        "cancelled": {},
        "listed": ["1", "2", "3"],
        "page": ["1", "2"],
        "waited": "Completed",
        "last": "InProgress",
        "progress_seen": "Completed",
    }
    assert json.loads(server.requests[0].content) == {"uri": "s3://b/d", "errorMode": {"onError": "abort"}}
    assert clock.now == pytest.approx(5)  # the second wait stopped at its deadline


def test_start_without_a_uri_is_a_type_error_naming_it() -> None:
    server = Server(reply({"id": "101"}))
    with pytest.raises(TypeError, match=r"start\(\) missing required keyword argument 'uri'"):
        sync_client("2026-04", server).imports.start(None)  # type: ignore[arg-type]
    assert server.requests == []


def test_start_and_wait_take_their_options_by_keyword_only() -> None:
    server = Server(reply(model(status="Completed")))
    imports = sync_client("2026-04", server).imports
    with pytest.raises(TypeError):
        imports.start("s3://b/d", "continue")  # type: ignore[misc]
    with pytest.raises(TypeError):
        imports.wait("101", 5)  # type: ignore[misc]
    with pytest.raises(TypeError):
        type(imports)(imports._client, time.monotonic)  # type: ignore[misc]
    asynchronous = async_client("2026-04", server).imports
    with pytest.raises(TypeError):
        asynchronous.start("s3://b/d", "continue")  # type: ignore[misc]
    with pytest.raises(TypeError):
        asynchronous.wait("101", 5)  # type: ignore[misc]
    with pytest.raises(TypeError):
        type(asynchronous)(asynchronous._client, time.monotonic)  # type: ignore[misc]
    assert server.requests == []


def test_wait_takes_a_timeout_and_a_poll_interval_under_a_second() -> None:
    clock = FakeClock()
    server = Server(timeline(clock, ends_at=1))
    assert imports_with(clock, server).wait("101", timeout=1.5, poll_interval=0.5).status == "Completed"
    assert clock.sleeps == [0.5, 0.5]


def test_a_poll_that_answers_after_the_deadline_ends_the_wait() -> None:
    clock = FakeClock()

    def slow(request: httpx.Request) -> httpx.Response:
        clock.now += 3  # each describe takes 3 s
        return httpx.Response(200, json=model(status="InProgress", percentComplete=10.0))

    server = Server(slow)
    with pytest.raises(errors.WaitTimeoutError, match="did not finish within 5 s"):
        imports_with(clock, server).wait("101", timeout=5)
    assert (server.polls, clock.sleeps) == (2, [1])


def scripted(clock: FakeClock, statuses: list[int], *, seconds_each: float = 0.0) -> Server:
    """Answers each poll with the next status (200: InProgress at 10 %, then Completed once the script ends)."""
    answers = iter(statuses)

    def respond(request: httpx.Request) -> httpx.Response:
        clock.now += seconds_each
        status = next(answers, None)
        if status is None:
            return httpx.Response(200, json=model(status="Completed", percentComplete=100.0))
        return httpx.Response(status, json=model(status="InProgress", percentComplete=10.0))

    return Server(respond)


def test_a_good_poll_starts_the_count_of_failed_polls_again() -> None:
    clock = FakeClock()
    server = scripted(clock, [503] * 4 + [200] + [503] * 4)
    assert imports_with(clock, server).wait("101").status == "Completed"
    clock = FakeClock()
    server = scripted(clock, [200] + [503] * 5)
    with pytest.raises(errors.ServerError):
        imports_with(clock, server).wait("101")
    assert server.polls == 6


def test_a_failed_poll_before_the_deadline_is_ridden_out_and_one_after_it_ends_the_wait() -> None:
    clock = FakeClock()
    assert imports_with(clock, scripted(clock, [503, 503])).wait("101", timeout=60).status == "Completed"
    clock = FakeClock()
    server = scripted(clock, [503] * 4, seconds_each=2.5)
    with pytest.raises(errors.WaitTimeoutError, match=r"within 2 s \(no status received\)") as caught:
        imports_with(clock, server).wait("101", timeout=2)
    assert isinstance(caught.value.__cause__, errors.ServerError)
    assert server.polls == 1


def test_a_poll_answered_exactly_at_the_deadline_ends_the_wait_there() -> None:
    clock = FakeClock()
    server = scripted(clock, [200] * 5, seconds_each=3)
    with pytest.raises(errors.WaitTimeoutError, match=r"within 7 s \(last status InProgress\)"):
        imports_with(clock, server).wait("101", timeout=7)
    assert (server.polls, clock.sleeps, clock.now) == (2, [1], 7)


def test_a_sleep_that_overruns_the_deadline_ends_the_wait_without_another_poll() -> None:
    clock = FakeClock()
    server = scripted(clock, [200] * 5)

    def oversleep(seconds: float) -> None:
        clock.sleeps.append(seconds)
        clock.now += seconds + 10

    imports = type(sync_client("2026-04", server).imports)(sync_client("2026-04", server), clock=clock, sleep=oversleep)
    with pytest.raises(errors.WaitTimeoutError):
        imports.wait("101", timeout=5)
    assert server.polls == 1


def test_a_clock_that_stands_still_or_a_percentage_that_falls_keeps_the_schedule() -> None:
    # A coarse clock can read the same twice; a percentage going back says nothing of when the import ends.
    rising = iter(range(50, 100))
    server = Server(lambda request: httpx.Response(200, json=model(status="InProgress", percentComplete=next(rising))))
    # Each reading a float of its own, as time.monotonic returns: equal, never the same object.
    readings = iter([float(text) for text in ["1000"] * 6 + ["2000"] * 100])
    sleeps: list[float] = []
    imports = type(sync_client("2026-04", server).imports)(
        sync_client("2026-04", server), clock=lambda: next(readings), sleep=sleeps.append
    )
    with pytest.raises(errors.WaitTimeoutError):
        imports.wait("101", timeout=500)
    assert sleeps[:2] == [1.0, 1.5]
    clock = FakeClock()
    falling = iter([60.0, 40.0, 20.0])

    def respond(request: httpx.Request) -> httpx.Response:
        percent = next(falling, None)
        if percent is None:
            return httpx.Response(200, json=model(status="Completed", percentComplete=100.0))
        return httpx.Response(200, json=model(status="InProgress", percentComplete=percent))

    imports_with(clock, Server(respond)).wait("101")
    assert clock.sleeps == pytest.approx([1, 1.5, 2.25])


def test_the_async_wait_rides_out_a_failed_poll_and_returns_a_failed_import() -> None:
    clock = FakeClock()
    answers = iter([503, 200])

    def respond(request: httpx.Request) -> httpx.Response:
        status = next(answers, 200)
        return httpx.Response(status, json=model(status="Failed", error="bad parquet file"))

    async def scenario() -> Any:
        client = async_client("2026-04", Server(respond))
        imports = type(client.imports)(client, clock=clock, sleep=clock.async_sleep)
        return await imports.wait("101")

    assert asyncio.run(scenario()).error == "bad parquet file"
    assert clock.sleeps == [1]


@pytest.mark.parametrize(("status", "percent"), [("InProgress", 99.5), (None, 100.0)])
def test_an_import_short_of_100_percent_or_without_a_status_still_has_its_end_estimated(
    status: str | None, percent: float
) -> None:
    clock = FakeClock()

    def respond(request: httpx.Request) -> httpx.Response:
        if clock.now >= 10:
            return httpx.Response(200, json=model(status="Completed", percentComplete=100.0))
        fields = {"percentComplete": 0.0 if clock.now < 1 else percent, **({"status": status} if status else {})}
        return httpx.Response(200, json=model(**fields))

    imports_with(clock, Server(respond)).wait("101")
    assert clock.sleeps[:2] == [1, 1]  # the second pause cut to when 0 -> 99.5 % in a second says it ends
