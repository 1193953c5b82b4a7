"""exa_websets.v0 as its users call it: the generated client, the import verbs, errors and retries.

Requests are answered by ``httpx.MockTransport`` here; the whole import workflow runs against the loopback
fake of Exa's imports in tests/exa/test_websets_workflow.py.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import exa_websets
from exa_websets import errors, v0
from exa_websets._lib import imports as import_verbs

KEY = "exa-test-key-7c1f"
ROOT = Path(__file__).resolve().parents[1]
IMPORT = {
    "id": "import_1",
    "object": "import",
    "status": "pending",
    "format": "csv",
    "entity": {"type": "company"},
    "title": "Companies",
    "count": 2,
    "metadata": {},
    "failedReason": None,
    "failedAt": None,
    "failedMessage": None,
    "createdAt": "2026-04-01T10:00:00Z",
    "updatedAt": "2026-04-01T10:00:00Z",
}


def client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> v0.Client:
    return v0.Client(KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)


def test_the_key_defaults_to_exa_api_key_and_goes_as_x_api_key_without_a_version_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EXA_API_KEY", KEY)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=IMPORT)

    with v0.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler))) as exa:
        assert exa.imports.get("import_1").id == "import_1"
    (request,) = seen
    assert str(request.url) == "https://api.exa.ai/websets/v0/imports/import_1"
    assert request.headers["x-api-key"] == KEY
    assert not [name for name in request.headers if "version" in name.lower()]
    assert KEY not in repr(exa)


def test_a_page_limit_goes_on_the_wire_as_given() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"data": [], "hasMore": False, "nextCursor": None})

    with client(handler) as exa:
        exa.imports.list_page(limit=25)
        exa.imports.list_page()
    assert seen[0].params["limit"] == "25"
    assert "limit" not in seen[1].params  # the service's default is not sent as 25.0


def test_list_follows_next_cursor_while_has_more() -> None:
    pages = {
        None: {"data": [{**IMPORT, "id": "a"}, {**IMPORT, "id": "b"}], "hasMore": True, "nextCursor": "c2"},
        "c2": {"data": [{**IMPORT, "id": "c"}], "hasMore": False, "nextCursor": "c3"},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    with client(handler) as exa:
        assert [imp.id for imp in exa.imports.list()] == ["a", "b", "c"]
        assert [imp.id for imp in exa.imports.list(limit=2)] == ["a", "b"]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (503, errors.ServerError),
    ],
)
def test_each_status_raises_its_error_with_exas_message(status: int, error: type[errors.ApiError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"requestId": "r1", "error": f"said {status}", "tag": "TAG"})

    with client(handler, max_retries=0) as exa, pytest.raises(error) as raised:
        exa.imports.get("import_1")
    assert raised.value.status_code == status
    assert raised.value.message == f"said {status}"
    assert isinstance(raised.value, errors.ExaWebsetsError)


def test_reads_are_retried_and_creates_are_not() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503, json={"error": "busy"})

    with client(handler, max_retries=2) as exa:
        with pytest.raises(errors.ServerError):
            exa.imports.get("import_1")
        assert calls == ["GET", "GET", "GET"]
        calls.clear()
        with pytest.raises(errors.ServerError):
            exa.websets.create(search={"query": "AI startups in Berlin"})
        assert calls == ["POST"]


def test_the_key_never_appears_in_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": f"bad key {request.headers['x-api-key']}"})

    with client(handler) as exa, pytest.raises(errors.UnauthorizedError) as raised:
        exa.imports.get("import_1")
    assert KEY not in str(raised.value)
    assert KEY not in repr(raised.value)
    assert KEY not in raised.value.body


@pytest.mark.parametrize(
    ("csv", "rows"),
    [
        ("url\nhttps://a.example\nhttps://b.example\n", 2),
        (b"\xef\xbb\xbfname,url\nA,https://a.example", 1),
        ('name,url\n"A, Inc",https://a.example\n\n', 1),
    ],
)
def test_a_csv_is_read_from_text_or_bytes_and_counted_below_its_header(csv: str | bytes, rows: int) -> None:
    assert import_verbs.read_csv(csv).rows == rows


def test_a_csv_is_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "companies.csv"
    path.write_text("url\nhttps://a.example\n")
    assert import_verbs.read_csv(path) == import_verbs.CsvFile(path.read_bytes(), 1)


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("companies.csv", r"looks like a file name: pass pathlib.Path\('companies.csv'\)"),
        ("url\n", "no rows below its header"),
        (b"url\n\xff\xfe\n", "must be UTF-8"),
        (12, None),
    ],
)
def test_a_bad_csv_is_refused_before_anything_is_sent(csv: object, message: str | None) -> None:
    if message is None:
        with pytest.raises(TypeError, match="path"):
            import_verbs.read_csv(csv)
    else:
        with pytest.raises(ValueError, match=message):
            import_verbs.read_csv(csv)


def test_an_upload_url_over_plain_http_elsewhere_is_refused() -> None:
    class Created:
        id = "import_1"
        upload_url = "http://uploads.example/put/1"

    file = import_verbs.CsvFile(b"url\nhttps://a.example\n", 1)
    with pytest.raises(errors.UploadError, match="plain http") as raised:
        import_verbs.upload_request(Created(), file, allow_insecure=False)
    assert raised.value.import_id == "import_1"
    request = import_verbs.upload_request(Created(), file, allow_insecure=True)
    assert "x-api-key" not in request.headers


def test_a_failed_upload_names_the_import_and_its_status() -> None:
    answer = httpx.Response(403, text="signature expired")
    with pytest.raises(errors.UploadError, match="import_1: the upload answered 403: signature expired") as raised:
        import_verbs.upload_outcome("import_1", answer, attempt=0)
    assert raised.value.status_code == 403
    assert import_verbs.upload_outcome("import_1", httpx.Response(503), attempt=0) is False
    with pytest.raises(errors.UploadError):
        import_verbs.upload_outcome("import_1", httpx.Response(503), attempt=import_verbs.UPLOAD_ATTEMPTS - 1)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def waiting_client(states: list[dict[str, Any]], clock: Clock) -> v0.Client:
    answers = iter(states)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(answers))

    exa = client(handler)
    exa.imports._clock = clock
    exa.imports._sleep = clock.sleep
    return exa


def test_wait_backs_off_reports_each_status_and_returns_the_completed_import() -> None:
    clock = Clock()
    states = [IMPORT, {**IMPORT, "status": "processing"}, {**IMPORT, "status": "processing"}]
    states.append({**IMPORT, "status": "completed"})
    seen: list[str] = []
    with waiting_client(states, clock) as exa:
        done = exa.imports.wait("import_1", on_progress=lambda imp: seen.append(str(imp.status)))
    assert str(done.status) == "completed"
    assert seen == ["pending", "processing", "completed"]
    assert clock.pauses == [1.0, 1.5, 2.25]


def test_wait_raises_the_failure_with_its_reason_and_message() -> None:
    failed = {**IMPORT, "status": "failed", "failedReason": "invalid_format", "failedMessage": "row 3 has no URL"}
    with waiting_client([failed], Clock()) as exa, pytest.raises(errors.ImportFailedError) as raised:
        exa.imports.wait("import_1")
    assert raised.value.failed_reason == "invalid_format"
    assert raised.value.failed_message == "row 3 has no URL"
    assert "invalid_format: row 3 has no URL" in str(raised.value)
    with waiting_client([failed], Clock()) as exa:
        assert str(exa.imports.wait("import_1", raise_on_failure=False).status) == "failed"


def test_wait_stops_at_its_deadline_with_the_last_import() -> None:
    clock = Clock()
    with waiting_client([IMPORT] * 10, clock) as exa, pytest.raises(errors.WaitTimeoutError) as raised:
        exa.imports.wait("import_1", timeout=3, poll_interval=2)
    assert raised.value.last.id == "import_1"
    assert clock.now == 3.0


def test_every_generated_module_of_every_vendor_imports() -> None:
    import pinecone_dataplane

    packages = [exa_websets, pinecone_dataplane]
    failed = {}
    count = 0
    for package in packages:
        for found in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".v" not in found.name or any(part in found.name for part in (".emulator", ".cli", "._diff")):
                continue
            count += 1
            try:
                importlib.import_module(found.name)
            except Exception as error:  # every failure listed, not just the first
                failed[found.name] = repr(error)
    assert not failed, json.dumps(failed, indent=1)
    assert count > 400  # both vendors' api/ and models/ modules were walked
