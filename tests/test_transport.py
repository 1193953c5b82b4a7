"""Retries, backoff, Retry-After, at-most-once start, and typed errors for every status family."""

from __future__ import annotations

import asyncio
import email.utils
import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from apiwire._http import policy as _transport
from apiwire._http.transport import deadline
from pinecone_dataplane import errors, v2025_04, v2026_04
from pinecone_dataplane._profile import PROFILE
from pinecone_dataplane._versions import module_name
from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import, start_bulk_import
from pinecone_dataplane.v2026_04.api.vector_operations import query_vectors
from pinecone_dataplane.v2026_04.models import QueryRequest, StartImportRequest

from ._spec_examples import call_arguments, generated_operations
from .conftest import spec_versions

KEY = "pc-secret-key-0123456789"


class Recorder:
    """A MockTransport handler replaying a script of responses or exceptions, recording requests."""

    def __init__(self, *script: httpx.Response | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []
        self.timeouts: list[dict[str, float]] = []  # as each request was sent with them

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.timeouts.append(dict(request.extensions["timeout"]))
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        return step


def make_client(recorder: Recorder, *, max_retries: int = 2, version: Any = v2026_04) -> tuple[Any, list[float]]:
    pauses: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = version.Client(host="h.io", api_key=KEY, max_retries=max_retries, http_client=http)
    client._transport._sleep = pauses.append
    client._transport._rng = lambda: 0.5
    return client, pauses


def ok(payload: Any = None) -> httpx.Response:
    return httpx.Response(200, json=payload if payload is not None else {"id": "1"})


def test_backoff_doubles_from_half_a_second_to_eight_with_at_most_a_quarter_off():
    assert [_transport.backoff_delay(n, rng=lambda: 0.0) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]
    assert [_transport.backoff_delay(n, rng=lambda: 1.0) for n in range(5)] == [0.375, 0.75, 1.5, 3, 6]


def test_retry_after_accepts_seconds_and_http_dates():
    assert _transport.retry_after_seconds("3") == 3.0
    assert _transport.retry_after_seconds(" 0.25 ") == 0.25
    date = email.utils.formatdate(1_000_030, usegmt=True)
    assert _transport.retry_after_seconds(date, now=lambda: 1_000_000.0) == 30.0
    assert _transport.retry_after_seconds("-5") == 0.0
    assert _transport.retry_after_seconds("86400") == 60.0  # a server cannot hold a call longer than a minute a try
    assert _transport.retry_after_seconds("60") == 60.0
    assert _transport.retry_after_seconds("soon") is None
    assert _transport.retry_after_seconds(None) is None


def test_get_is_retried_on_5xx_with_backoff_then_raises_server_error():
    recorder = Recorder(httpx.Response(503, text="busy"))
    client, pauses = make_client(recorder)
    with pytest.raises(errors.ServerError) as caught:
        describe_bulk_import.sync("1", client=client.raw)
    assert len(recorder.requests) == 3
    assert pauses == [0.5 * 0.875, 1.0 * 0.875]
    assert caught.value.status_code == 503


def test_retry_after_is_honoured_and_a_429_then_success_returns_the_model():
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "2"}), ok({"id": "1", "status": "Pending"}))
    client, pauses = make_client(recorder)
    assert describe_bulk_import.sync("1", client=client.raw).status == "Pending"
    assert pauses == [2.0]


def test_max_retries_zero_sends_once():
    recorder = Recorder(httpx.Response(500))
    client, pauses = make_client(recorder, max_retries=0)
    with pytest.raises(errors.ServerError):
        describe_bulk_import.sync("1", client=client.raw)
    assert len(recorder.requests) == 1
    assert pauses == []


def test_connection_errors_are_retried_and_raise_api_connection_error():
    recorder = Recorder(httpx.ConnectError("connection refused"))
    client, _ = make_client(recorder)
    with pytest.raises(errors.ApiConnectionError, match="connection refused"):
        describe_bulk_import.sync("1", client=client.raw)
    assert len(recorder.requests) == 3


def start(client: Any) -> Any:
    return start_bulk_import.sync(client=client.raw, body=StartImportRequest(uri="s3://b/p/"))


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.Response(503, headers={"Retry-After": "0"}), errors.ServerError),
        (httpx.Response(500), errors.ServerError),
        (httpx.Response(429), errors.RateLimitError),
        (httpx.ReadTimeout("slow"), errors.ApiTimeoutError),
        (httpx.RemoteProtocolError("server disconnected"), errors.ApiConnectionError),
    ],
)
def test_starting_an_import_is_sent_once_when_the_server_may_have_seen_it(failure, error):
    recorder = Recorder(failure, ok())
    client, _ = make_client(recorder)
    with pytest.raises(error):
        start(client)
    assert len(recorder.requests) == 1


def test_starting_an_import_is_retried_when_the_connection_was_never_made():
    recorder = Recorder(httpx.ConnectError("refused"), ok({"id": "42"}))
    client, _ = make_client(recorder)
    assert start(client).id == "42"
    assert len(recorder.requests) == 2


def test_read_only_posts_are_retried():
    recorder = Recorder(httpx.Response(502), ok({"matches": [], "namespace": ""}))
    client, _ = make_client(recorder)
    query_vectors.sync(client=client.raw, body=QueryRequest(top_k=1))
    assert len(recorder.requests) == 2


def test_upserts_by_id_are_retried_and_a_start_never_is():
    recorder = Recorder(httpx.Response(503), ok({"upsertedCount": 1}))
    client, _ = make_client(recorder)
    assert client.vectors.upsert(vectors=[{"id": "a", "values": [0.1]}]).upserted_count == 1
    assert len(recorder.requests) == 2
    assert _transport.is_replayable(PROFILE.replayable, "upsert_vectors", "POST")
    assert not _transport.is_replayable(PROFILE.replayable, "start_bulk_import", "POST")
    assert not _transport.is_replayable(PROFILE.replayable, "create_namespace", "POST")


def test_deadline_stops_retrying_and_bounds_timeouts():
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": "30"}))
    client, pauses = make_client(recorder, max_retries=5)
    with deadline(5.0), pytest.raises(errors.ServerError):
        describe_bulk_import.sync("1", client=client.raw)
    assert len(recorder.requests) == 1
    assert pauses == []
    assert all(0 < value <= 5.0 for value in recorder.timeouts[0].values())


@pytest.mark.parametrize(
    ("status", "family"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (418, errors.ApiError),
    ],
)
def test_every_status_family_raises_its_error_with_pinecone_fields(status, family):
    body = {"code": 3, "message": "uri must start with s3://", "details": [{"typeUrl": "t", "value": "v"}]}
    client, _ = make_client(Recorder(httpx.Response(status, json=body)), max_retries=0)
    with pytest.raises(family) as caught:
        describe_bulk_import.sync("1", client=client.raw)
    error = caught.value
    assert type(error) is family
    assert (error.status_code, error.code, error.message) == (status, 3, "uri must start with s3://")
    assert error.details == [{"typeUrl": "t", "value": "v"}]
    assert str(error).startswith(f"{status} ")
    assert "uri must start with s3://" in str(error)


def test_pinecone_nested_error_shape_is_understood():
    body = {"error": {"code": "NOT_FOUND", "message": "Import 9 not found"}, "status": 404}
    client, _ = make_client(Recorder(httpx.Response(404, json=body)))
    with pytest.raises(errors.NotFoundError) as caught:
        describe_bulk_import.sync("9", client=client.raw)
    assert (caught.value.code, caught.value.message) == ("NOT_FOUND", "Import 9 not found")


def test_non_json_error_bodies_read_well():
    page = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 2000 + "</body></html>"
    client, _ = make_client(Recorder(httpx.Response(502, text=page)), max_retries=0)
    with pytest.raises(errors.ServerError) as caught:
        describe_bulk_import.sync("1", client=client.raw)
    assert str(caught.value).startswith("502 Bad Gateway: <html><body><h1>502 Bad Gateway</h1>")
    assert len(caught.value.message) == 500
    assert caught.value.body == page

    client, _ = make_client(Recorder(httpx.Response(500, content=b"")), max_retries=0)
    with pytest.raises(errors.ServerError, match=r"500 Internal Server Error: \(empty body\)"):
        describe_bulk_import.sync("1", client=client.raw)


def test_async_face_retries_the_same_way():
    recorder = Recorder(httpx.Response(503), httpx.Response(503), ok({"id": "5"}))
    pauses: list[float] = []

    async def record_pause(seconds: float) -> None:
        pauses.append(seconds)

    from pinecone_dataplane.v2025_04.api.bulk_operations import describe_bulk_import as describe_2025

    async def main() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        client = v2025_04.AsyncClient(host="h.io", api_key=KEY, http_client=http)
        client._transport._async_sleep = record_pause
        client._transport._rng = lambda: 0.0
        async with client:
            return await describe_2025.asyncio("5", client=client.raw)

    assert asyncio.run(main()).id == "5"
    assert pauses == [0.5, 1.0]
    assert [r.headers["X-Pinecone-Api-Version"] for r in recorder.requests] == ["2025-04"] * 3


def test_retry_after_that_is_not_a_finite_number_falls_back_to_backoff():
    assert _transport.retry_after_seconds("nan") is None
    assert _transport.retry_after_seconds("inf") is None
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": "nan"}), ok({"id": "1"}))
    client, pauses = make_client(recorder)
    assert describe_bulk_import.sync("1", client=client.raw).id == "1"
    assert pauses == [0.5 * 0.875]


@pytest.mark.parametrize("version", spec_versions())
def test_the_retry_policy_states_every_operation_of_every_version(version):
    # A new operation must be classified on purpose: a POST that is not listed is never sent twice.
    api = Path(importlib.import_module(module_name(version)).__file__).parent / "api"
    operations = {path.stem for path in api.glob("*/*.py") if path.stem != "__init__"}
    assert operations - set(PROFILE.replayable) == set()


def test_a_request_naming_no_operation_is_judged_by_its_method():
    assert _transport.is_replayable(PROFILE.replayable, None, "GET")
    assert _transport.is_replayable(PROFILE.replayable, None, "DELETE")
    assert not _transport.is_replayable(PROFILE.replayable, None, "POST")
    # So is one naming an operation the policy does not list (a version newer than the policy).
    assert _transport.is_replayable(PROFILE.replayable, "an_operation_added_later", "get")
    assert not _transport.is_replayable(PROFILE.replayable, "an_operation_added_later", "POST")


# A second request could start a second import or fail as the first one's duplicate: these are sent once.
SENT_ONCE = {"start_bulk_import", "create_namespace"}


@pytest.mark.parametrize("version", spec_versions())
def test_after_a_5xx_every_operation_is_sent_again_but_a_start_and_a_create(version, load_spec):
    spec = load_spec(version)
    package = importlib.import_module(module_name(version))
    operations = generated_operations(spec, module_name(version))
    names = {module.__name__.rsplit(".", 1)[1] for *_, module in operations}
    assert "start_bulk_import" in names
    assert ("create_namespace" in names) == (version >= "2025-10")
    for method, path, operation, module in operations:
        gone = httpx.Response(404, json={"error": {"code": "NOT_FOUND", "message": "gone"}})
        recorder = Recorder(httpx.Response(503), gone)
        client, _ = make_client(recorder, max_retries=1, version=package)
        once = module.__name__.rsplit(".", 1)[1] in SENT_ONCE
        with pytest.raises(errors.ServerError if once else errors.NotFoundError):
            module.sync_detailed(client=client.raw, **call_arguments(spec, operation, module))
        assert len(recorder.requests) == (1 if once else 2), f"{method} {path}"
    recorder = Recorder(httpx.Response(503), httpx.Response(201, json={}))
    client, _ = make_client(recorder, max_retries=1, version=package)
    client.records.upsert("docs", [{"_id": "1", "text": "a"}])
    assert len(recorder.requests) == 2  # records upserted by id: sent again too


def test_each_retry_is_logged_with_its_pause(caplog):
    caplog.set_level("DEBUG", logger="pinecone_dataplane")
    client, _ = make_client(Recorder(httpx.Response(503), ok({"id": "1"})))
    describe_bulk_import.sync("1", client=client.raw)
    (record,) = [r for r in caplog.records if r.name == "pinecone_dataplane"]
    assert record.getMessage() == "retry 1 of 2 for GET /bulk/imports/1 after 503, in 0.44 s"


class HalfAnswering:
    """A loopback server that sends a status line, headers and part of the body, then drops or stalls."""

    def __init__(self, *, stall: bool) -> None:
        import socket
        import threading

        self.listener = socket.create_server(("127.0.0.1", 0))
        self.connections = 0
        self._stall = stall
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _serve(self) -> None:
        import threading

        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: Any) -> None:
        with connection:
            connection.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            connection.sendall(head + b'{"id"')
            if self._stall:
                self._release.wait()

    def close(self) -> None:
        self._release.set()
        self.listener.close()


@pytest.mark.parametrize(("stall", "error"), [(False, errors.ApiConnectionError), (True, errors.ApiTimeoutError)])
def test_a_body_cut_off_or_stalled_is_a_typed_error_and_retried_when_safe(stall, error):
    server = HalfAnswering(stall=stall)
    try:
        client = v2026_04.Client(host=server.url, api_key=KEY, max_retries=1, timeout=0.5)
        client._transport._sleep = lambda seconds: None
        with pytest.raises(error):
            describe_bulk_import.sync("1", client=client.raw)
        assert server.connections == 2  # a GET is sent again
        with pytest.raises(error):
            start(client)
        assert server.connections == 3  # a start is not
    finally:
        server.close()


@pytest.mark.parametrize(("status", "sent"), [(429, 2), (499, 1), (500, 2), (599, 2), (404, 1)])
def test_a_read_is_sent_again_after_a_429_or_any_5xx_and_not_after_another_status(status, sent):
    recorder = Recorder(httpx.Response(status), ok({"id": "1"}))
    client, _ = make_client(recorder, max_retries=1)
    if sent == 2:
        assert describe_bulk_import.sync("1", client=client.raw).id == "1"
    else:
        with pytest.raises(errors.ApiError) as caught:
            describe_bulk_import.sync("1", client=client.raw)
        assert caught.value.status_code == status
    assert len(recorder.requests) == sent
