"""One import per start when the start's answer is lost: which import is the one this call made.

The service is a MockTransport that carries the start out (or not) and then loses its answer, and lists
imports stamped relative to this machine's clock. tests/test_import_safety.py does the same against the
emulator on loopback.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pinecone_dataplane import errors, v2025_04, v2026_04

URI = "s3://bucket/data"
KEY = "test-key-3b1f"
NOW = datetime.datetime.now


def stamp(seconds_from_now: float, *, zone: bool = True) -> str:
    moment = NOW(datetime.UTC) + datetime.timedelta(seconds=seconds_from_now)
    return moment.isoformat().replace("+00:00", "Z") if zone else moment.replace(tzinfo=None).isoformat()


def imported(id_: str, created: str | None, uri: str = URI) -> dict[str, Any]:
    return {"id": id_, "uri": uri, "status": "InProgress", **({"createdAt": created} if created else {})}


class Service:
    """Loses the answer to every start (``failure`` is what the client sees) and lists ``listed``, or answers
    the listing with ``listing`` when given."""

    def __init__(
        self,
        listed: list[dict[str, Any]],
        failure: Callable[[httpx.Request], httpx.Response],
        listing: Callable[[httpx.Request], httpx.Response] | None = None,
    ) -> None:
        self.listed = listed
        self.failure = failure
        self.listing = listing
        self.methods: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        if request.method == "POST":
            return self.failure(request)
        if self.listing is not None:
            return self.listing(request)
        return httpx.Response(200, json={"data": self.listed})


def timed_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("the answer was lost", request=request)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def unavailable(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503, json={"error": {"code": "UNAVAILABLE", "message": "try later"}})


def unreadable(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"{not json")


def started(face: str, service: Service, version: Any = v2026_04) -> Any:
    """What ``imports.start(URI)`` returns, through the sync or the async client."""
    if face == "sync":
        http = httpx.Client(transport=httpx.MockTransport(service))
        with version.Client(host="idx.example.io", api_key=KEY, max_retries=0, http_client=http) as client:
            return client.imports.start(URI)

    async def start_async() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(service))
        async with version.AsyncClient(host="idx.example.io", api_key=KEY, max_retries=0, http_client=http) as client:
            return await client.imports.start(URI)

    return asyncio.run(start_async())


def start(face: str, service: Service, version: Any = v2026_04) -> str:
    return str(started(face, service, version).id)


FACES = ["sync", "async"]


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("failure", [timed_out, unavailable, unreadable], ids=lambda failure: failure.__name__)
def test_the_import_of_the_uri_created_since_the_start_is_returned_once_with_a_warning(
    face: str, failure: Any, caplog: pytest.LogCaptureFixture
) -> None:
    service = Service(
        [
            imported("older", stamp(-3600)),
            imported("other-uri", stamp(1), uri="s3://bucket/other"),
            imported("sorts-first", stamp(1), uri="s3://bucket/a"),
            imported("mine", stamp(0)),
            imported("unstamped", None),
        ],
        failure,
    )
    with caplog.at_level(logging.WARNING, logger="pinecone_dataplane"):
        found = started(face, service)
    # What a start returns when its answer arrives: the version's started-import model.
    assert (type(found), found.id) == (v2026_04.models.StartImportResponse, "mine")
    assert service.methods == ["POST", "GET"]  # listed, never sent again
    (warning,) = caplog.records
    assert "import mine of it was created since" in warning.getMessage()
    assert "no second import was started" in warning.getMessage()


@pytest.mark.parametrize("face", FACES)
def test_an_import_of_the_uri_created_before_the_start_is_not_taken_for_it(face: str) -> None:
    # An hour-old import of the same URI, and one stamped just outside the 10 s of clock skew allowed.
    service = Service([imported("older", stamp(-3600)), imported("just-before", stamp(-10.5))], timed_out)
    with pytest.raises(errors.ImportNotStartedError, match="imports list") as caught:
        start(face, service)
    assert caught.value.uri == URI
    assert isinstance(caught.value.__cause__, errors.ApiTimeoutError)


@pytest.mark.parametrize("face", FACES)
def test_the_clock_skew_allowed_counts_an_import_stamped_a_little_before_the_start(face: str) -> None:
    service = Service([imported("older", stamp(-3600)), imported("skewed", stamp(-5))], timed_out)
    assert start(face, service) == "skewed"


@pytest.mark.parametrize("face", FACES)
def test_of_several_imports_created_since_the_newest_is_returned(face: str) -> None:
    listed = [imported("first", stamp(-2)), imported("newest", stamp(2)), imported("second", stamp(0))]
    service = Service(listed, timed_out)
    assert start(face, service) == "newest"


def test_a_timestamp_without_a_zone_is_read_as_utc() -> None:
    # In UTC it is now; read as local time anywhere east or west of UTC it would not be.
    service = Service([imported("older", stamp(-3600, zone=False)), imported("mine", stamp(0, zone=False))], timed_out)
    assert start("sync", service) == "mine"


@pytest.mark.parametrize("face", FACES)
def test_a_start_that_never_connected_is_its_own_error_and_nothing_is_listed(face: str) -> None:
    service = Service([imported("mine", stamp(0))], refused)
    with pytest.raises(errors.ApiConnectionError) as caught:
        start(face, service)
    assert not isinstance(caught.value, errors.ImportNotStartedError)
    assert service.methods == ["POST"]


@pytest.mark.parametrize("face", FACES)
def test_when_listing_fails_too_the_starts_own_failure_is_raised(face: str) -> None:
    service = Service([imported("mine", stamp(0))], timed_out, listing=unavailable)
    with pytest.raises(errors.ApiTimeoutError) as caught:
        start(face, service)
    assert service.methods == ["POST", "GET"]
    assert caught.value.__cause__ is None  # the listing's failure says nothing the start's does not
    assert caught.value.__suppress_context__


@pytest.mark.parametrize("face", FACES)
def test_a_refused_start_is_not_looked_for(face: str) -> None:
    def bad_request(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": {"code": "INVALID_ARGUMENT", "message": "bad uri"}})

    service = Service([imported("mine", stamp(0))], bad_request)
    with pytest.raises(errors.BadRequestError, match="bad uri"):
        start(face, service)
    assert service.methods == ["POST"]


def test_an_import_listed_without_an_id_is_not_returned() -> None:
    service = Service([{"uri": URI, "createdAt": stamp(0), "status": "Pending"}], timed_out)
    with pytest.raises(errors.ImportNotStartedError):
        start("sync", service)


def test_every_version_recovers_the_same_way() -> None:
    service = Service([imported("older", stamp(-3600)), imported("mine", stamp(0))], timed_out)
    assert start("sync", service, v2025_04) == "mine"


def test_the_window_starts_exactly_ten_seconds_before_the_start_was_sent() -> None:
    from pinecone_dataplane._lib.imports import started_since
    from pinecone_dataplane.v2026_04.models import ImportModel

    sent_at = datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.UTC)

    def at(id_: str, seconds: float) -> Any:
        return ImportModel(id=id_, uri=URI, created_at=sent_at + datetime.timedelta(seconds=seconds))

    edge, outside, inside = at("edge", -10), at("outside", -10.000001), at("inside", -9.999999)
    assert started_since([outside], URI, sent_at) is None
    assert started_since([outside, edge], URI, sent_at) is edge
    assert started_since([edge, inside], URI, sent_at) is inside
    # Two stamped alike: the first listed stays.
    twin = at("twin", -9.999999)
    assert started_since([inside, twin], URI, sent_at) is inside
