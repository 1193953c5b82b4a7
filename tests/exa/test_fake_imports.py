"""The fake of Exa's imports over raw HTTP: the workflow, its failures, the listing, and what it refuses."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from exa_websets.emulator import ManualClock, RunningEmulator, running_emulator

from .conftest import PROCESSING_SECONDS, create_body, csv_file

COMPANIES = csv_file("Acme,https://acme.example", "Globex,globex.example/about", "Initech,http://initech.example")


def created(api: httpx.Client, data: bytes = COMPANIES, **extra: Any) -> dict[str, Any]:
    response = api.post("/v0/imports", json=create_body(data, **extra))
    assert response.status_code == 201, response.text
    return dict(response.json())


def upload(body: dict[str, Any], data: bytes, **headers: str) -> httpx.Response:
    return httpx.put(body["uploadUrl"], content=data, headers={"Content-Type": "text/csv", **headers})


def when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def test_an_import_goes_from_pending_through_processing_to_completed(
    fake: RunningEmulator, clock: ManualClock, api: httpx.Client, check_schema: Any
) -> None:
    answer = created(api, title="Prospects", metadata={"team": "sales"})
    check_schema(answer, "CreateImportResponse")
    assert answer["status"] == "pending"
    assert (answer["title"], answer["metadata"], answer["count"]) == ("Prospects", {"team": "sales"}, 3)
    # The file goes to another origin (another port, like an object store), valid for an hour.
    api_origin, store = urlsplit(fake.url), urlsplit(answer["uploadUrl"])
    assert (store.hostname, store.port) != (api_origin.hostname, api_origin.port)
    assert when(answer["uploadValidUntil"]) - when(answer["createdAt"]) == timedelta(hours=1)
    assert api.get(f"/v0/imports/{answer['id']}").json()["status"] == "pending"

    assert upload(answer, COMPANIES).status_code == 200
    processing = api.get(f"/v0/imports/{answer['id']}").json()
    check_schema(processing, "Import")
    assert processing["status"] == "processing"

    clock.advance(PROCESSING_SECONDS - 0.5)
    assert api.get(f"/v0/imports/{answer['id']}").json()["status"] == "processing"
    clock.advance(0.5)
    completed = api.get(f"/v0/imports/{answer['id']}").json()
    check_schema(completed, "Import")
    assert completed["status"] == "completed"
    assert (completed["count"], completed["failedReason"], completed["failedMessage"]) == (3, None, None)
    assert when(completed["updatedAt"]) - when(completed["createdAt"]) == timedelta(seconds=PROCESSING_SECONDS)


def test_the_upload_url_refuses_a_request_carrying_the_api_key(fake: RunningEmulator, api: httpx.Client) -> None:
    answer = created(api)
    refused = upload(answer, COMPANIES, **{"x-api-key": fake.api_key})
    assert refused.status_code == 400
    assert "x-api-key" in refused.text
    assert fake.api_key not in refused.text
    assert api.get(f"/v0/imports/{answer['id']}").json()["status"] == "pending"  # the file was not taken


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ((b"", 1), ("invalid_file_content", "empty")),
        ((b"name,url\n", 1), ("invalid_file_content", "no data rows")),
        ((csv_file("Acme,https://acme.example,extra"), 1), ("invalid_format", "row 2 has 3 columns, the header row 2")),
        ((b"name,url\n\xff\xfe,https://acme.example\n", 1), ("invalid_format", "not UTF-8")),
        ((b'name,url\n"Acme,https://acme.example\n', 1), ("invalid_format", "not valid CSV")),
        ((COMPANIES, 2), ("invalid_file_content", "3 data rows, more than the count of 2")),
        ((csv_file("Acme,not a url", header="name,site"), 1), ("missing_identifier", "no column holds a URL")),
    ],
    ids=["empty", "header only", "ragged row", "not UTF-8", "unclosed quote", "more rows than count", "no URL"],
)
def test_a_bad_file_fails_the_import_with_its_reason(
    clock: ManualClock, api: httpx.Client, check_schema: Any, given: tuple[bytes, int], expected: tuple[str, str]
) -> None:
    (data, count), (reason, message) = given, expected
    answer = api.post("/v0/imports", json=create_body(data or b"x", count=count)).json()
    assert upload(answer, data).status_code == 200
    clock.advance(PROCESSING_SECONDS)
    failed = api.get(f"/v0/imports/{answer['id']}").json()
    check_schema(failed, "Import")
    assert (failed["status"], failed["failedReason"]) == ("failed", reason)
    assert message in failed["failedMessage"]
    assert when(failed["failedAt"]) - when(failed["createdAt"]) == timedelta(seconds=PROCESSING_SECONDS)


def test_the_key_column_is_the_one_csv_identifier_names(clock: ManualClock, api: httpx.Client) -> None:
    data = csv_file("https://acme.example,https://blog.acme.example", "https://globex.example,no blog")
    named_second = created(api, data, csv={"identifier": 1})
    upload(named_second, data)
    named_first = created(api, data, csv={"identifier": 0})
    upload(named_first, data)
    past_the_end = created(api, data, csv={"identifier": 2})
    upload(past_the_end, data)
    clock.advance(PROCESSING_SECONDS)
    outcome = {
        name: api.get(f"/v0/imports/{body['id']}").json()
        for name, body in (("second", named_second), ("first", named_first), ("past", past_the_end))
    }
    assert outcome["first"]["status"] == "completed"
    assert outcome["second"]["failedReason"] == "missing_identifier"
    assert "row 3 has no URL in the key column 1" in outcome["second"]["failedMessage"]
    assert "only 2 columns" in outcome["past"]["failedMessage"]


def test_an_upload_is_taken_once_within_its_time_and_size(clock: ManualClock, api: httpx.Client) -> None:
    answer = created(api)
    too_big = upload(answer, COMPANIES + b"Hooli,https://hooli.example\n")
    assert too_big.status_code == 413
    assert f"size of {len(COMPANIES)} bytes" in too_big.text
    assert upload(answer, COMPANIES).status_code == 200
    assert upload(answer, COMPANIES).status_code == 409  # one file per import

    late = created(api)
    clock.advance(3600.5)
    expired = upload(late, COMPANIES)
    assert expired.status_code == 403
    assert "expired" in expired.text

    forged = created(api)
    assert httpx.put(forged["uploadUrl"].replace("signature=", "signature=x"), content=COMPANIES).status_code == 403


def test_a_file_larger_than_the_fakes_cap_is_refused_at_creation() -> None:
    with running_emulator(max_file_bytes=100) as fake:
        answer = httpx.post(
            f"{fake.url}/v0/imports", headers={"x-api-key": fake.api_key}, json=create_body(COMPANIES * 10)
        )
    assert answer.status_code == 400
    assert "size must be at most 100 bytes" in answer.json()["error"]


def test_listing_pages_through_every_import_newest_first(api: httpx.Client, check_schema: Any) -> None:
    ids = [created(api)["id"] for _ in range(5)]
    pages, cursor = [], None
    while True:
        response = api.get("/v0/imports", params={"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        page = response.json()
        check_schema(page, "ListImportsResponse")
        pages.append([item["id"] for item in page["data"]])
        assert page["hasMore"] is (page["nextCursor"] is not None)
        cursor = page["nextCursor"]
        if cursor is None:
            break
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [import_id for page in pages for import_id in page] == ids[::-1]
    assert len(api.get("/v0/imports").json()["data"]) == 5  # 25 by default


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": "25.0"}, "limit must be a whole number from 1 to 200 in digits, not '25.0'"),
        ({"limit": "0"}, "from 1 to 200"),
        ({"limit": "201"}, "from 1 to 200"),
        ({"cursor": "not-a-cursor"}, "cursor is not one this server handed out"),
    ],
)
def test_a_bad_limit_or_cursor_is_refused_naming_it(api: httpx.Client, params: dict[str, str], message: str) -> None:
    response = api.get("/v0/imports", params=params)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_an_import_is_updated_and_deleted(clock: ManualClock, api: httpx.Client, check_schema: Any) -> None:
    answer = created(api, title="Draft", metadata={"team": "sales"})
    clock.advance(10)
    changed = api.patch(f"/v0/imports/{answer['id']}", json={"title": "Final", "metadata": {"quarter": "Q3"}})
    assert changed.status_code == 200
    check_schema(changed.json(), "Import")
    assert (changed.json()["title"], changed.json()["metadata"]) == ("Final", {"quarter": "Q3"})
    assert when(changed.json()["updatedAt"]) - when(answer["createdAt"]) == timedelta(seconds=10)
    assert api.patch(f"/v0/imports/{answer['id']}", json={}).json()["title"] == "Final"  # nothing asked, nothing lost

    deleted = api.delete(f"/v0/imports/{answer['id']}")
    assert deleted.status_code == 200
    check_schema(deleted.json(), "Import")
    assert deleted.json()["title"] == "Final"
    gone = api.get(f"/v0/imports/{answer['id']}")
    assert gone.status_code == 404
    assert gone.json()["tag"] == "NOT_FOUND"
    assert api.delete(f"/v0/imports/{answer['id']}").status_code == 404
    assert upload(answer, COMPANIES).status_code == 403  # its upload URL went with it
    assert answer["id"] not in [item["id"] for item in api.get("/v0/imports").json()["data"]]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"title": 3}, "title must be a string"),
        ({"title": None}, "title must be a string, not None"),
        ({"metadata": {"team": 1}}, "metadata must be an object of strings"),
        ({"status": "completed"}, "unknown fields ['status']"),
    ],
)
def test_a_bad_update_is_refused_naming_the_field(api: httpx.Client, body: dict[str, Any], message: str) -> None:
    answer = created(api)
    response = api.patch(f"/v0/imports/{answer['id']}", json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert api.get(f"/v0/imports/{answer['id']}").json()["title"] == answer["title"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "json"}, "format must be 'csv'"),
        ({"size": -1}, "size must be a whole number from 0"),
        ({"count": 2.5}, "count must be a whole number from 0"),
        ({"count": True}, "count must be a whole number from 0"),
        ({"entity": {"type": "planet"}}, "entity must be an object whose type is one of"),
        ({"entity": {"type": "custom"}}, "a custom entity needs a description of 2 to 200 characters"),
        ({"metadata": {"note": "x" * 1001}}, "at most 1000 characters"),
        ({"csv": {"identifier": -1}}, "csv.identifier must be a column number from 0"),
        ({"csv": {"identifier": None}}, "csv.identifier must be a column number from 0, not None"),
        ({"title": None}, "title must be a string, not None"),
        ({"webset": "ws_1"}, "unknown fields ['webset']"),
    ],
)
def test_a_bad_creation_is_refused_naming_the_field(
    fake: RunningEmulator, api: httpx.Client, change: dict[str, Any], message: str
) -> None:
    response = api.post("/v0/imports", json={**create_body(COMPANIES), **change})
    assert response.status_code == 400
    assert response.json()["tag"] == "INVALID_REQUEST_BODY"
    assert message in response.json()["error"]
    assert len(fake.state.imports) == 0


def test_a_missing_field_or_a_body_that_is_not_an_object_is_refused(api: httpx.Client) -> None:
    missing = api.post("/v0/imports", json={"format": "csv", "entity": {"type": "person"}})
    assert missing.status_code == 400
    assert "missing required fields ['size', 'count']" in missing.json()["error"]
    for content in (b"[]", b"{", "\u00e9".encode("latin-1")):
        response = api.post("/v0/imports", content=content)
        assert response.status_code == 400
        assert response.json()["tag"] == "INVALID_REQUEST_BODY"


def test_a_custom_entity_keeps_its_description(api: httpx.Client, check_schema: Any) -> None:
    entity = {"type": "custom", "description": "Independent bookshops"}
    answer = created(api, entity=entity)
    check_schema(answer, "CreateImportResponse")
    assert api.get(f"/v0/imports/{answer['id']}").json()["entity"] == entity


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/v0/imports"),
        ("GET", "/v0/imports"),
        ("GET", "/v0/imports/x"),
        ("PATCH", "/v0/imports/x"),
        ("DELETE", "/v0/imports/x"),
    ],
)
@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_every_operation_wants_the_api_key(fake: RunningEmulator, method: str, path: str, key: str | None) -> None:
    headers = {"x-api-key": key} if key else {}
    response = httpx.request(method, fake.url + path, headers=headers, json={})
    assert response.status_code == 401
    body = response.json()
    assert body["tag"] == "UNAUTHORIZED"
    assert body["requestId"] == response.headers["X-Request-Id"]
    assert "x-api-key" in body["error"] if key is None else "not valid" in body["error"]
    assert fake.state.requests[f"{method} /websets{path}"] == 1
    assert len(fake.state.imports) == 0


def test_every_answer_names_its_request(api: httpx.Client) -> None:
    ok, missing = api.get("/v0/imports"), api.get("/v0/imports/unknown")
    assert ok.headers["X-Request-Id"].startswith("req_")
    assert missing.headers["X-Request-Id"] != ok.headers["X-Request-Id"]
    assert missing.json()["requestId"] == missing.headers["X-Request-Id"]


def test_other_paths_and_methods_are_refused_in_exas_error_shape(api: httpx.Client) -> None:
    elsewhere = api.get("/v0/websets")
    assert (elsewhere.status_code, elsewhere.json()["tag"]) == (404, "NOT_FOUND")
    wrong_method = api.put("/v0/imports", json={})
    assert (wrong_method.status_code, wrong_method.headers["Allow"]) == (405, "GET, POST")
    assert httpx.get(created(api)["uploadUrl"]).status_code == 405


def test_reads_are_bounded() -> None:
    with running_emulator(max_body_bytes=64) as fake:
        response = httpx.post(
            f"{fake.url}/v0/imports",
            headers={"x-api-key": fake.api_key},
            json={**create_body(COMPANIES), "title": "x" * 100},
        )
        assert response.status_code == 413
        assert "over 64 bytes" in response.json()["error"]
        assert len(fake.state.imports) == 0


def test_only_loopback_host_names_are_served(api: httpx.Client) -> None:
    rebound = api.get("/v0/imports", headers={"Host": "attacker.example"})
    assert rebound.status_code == 403
    assert "attacker.example" in rebound.json()["error"]
    assert api.get("/v0/imports", headers={"Host": "localhost"}).status_code == 200


def test_the_manual_clock_moves_only_forward() -> None:
    clock = ManualClock()
    start = clock.now()
    clock.advance(1.5)
    assert clock.now() - start == timedelta(seconds=1.5)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)


def test_the_command_serves_both_origins_with_the_key_from_the_environment() -> None:
    with running_emulator(subprocess=True, processing_seconds=0) as fake:
        api = httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key})
        answer = created(api)
        assert answer["uploadUrl"].startswith(fake.upload_origin + "/")
        assert upload(answer, COMPANIES).status_code == 200
        assert api.get(f"/v0/imports/{answer['id']}").json()["status"] == "completed"  # processing takes 0 s
        assert httpx.get(f"{fake.url}/v0/imports").status_code == 401
        with pytest.raises(RuntimeError, match="subprocess"):
            _ = fake.state


def test_the_command_refuses_a_negative_duration() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exa_websets.emulator", "--processing-seconds", "-1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "--processing-seconds must be 0 or more" in result.stderr


@pytest.mark.parametrize("face", ["api", "uploads"])
def test_a_caller_that_leaves_mid_body_is_forgotten_without_an_error_in_the_log(
    caplog: pytest.LogCaptureFixture, face: str
) -> None:
    with caplog.at_level(logging.WARNING), running_emulator() as fake:
        api = httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key})
        answer = created(api)  # its file may have up to len(COMPANIES) bytes, more than the 50 declared below
        target = urlsplit(answer["uploadUrl"] if face == "uploads" else f"{fake.url}/v0/imports")
        key = f"x-api-key: {fake.api_key}\r\n" if face == "api" else ""
        method = "PUT" if face == "uploads" else "POST"
        head = f"{method} {target.path}?{target.query} HTTP/1.1\r\nHost: 127.0.0.1\r\n{key}Content-Length: 50\r\n\r\n"
        assert target.hostname is not None
        with socket.create_connection((target.hostname, target.port), timeout=10) as connection:
            connection.sendall(head.encode() + b"name,url\nAcme,")
        assert api.get(f"/v0/imports/{answer['id']}").json()["status"] == "pending"
        assert len(fake.state.imports) == 1
    # Stopping waits for the abandoned request, so whatever it logged is in by now.
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []
