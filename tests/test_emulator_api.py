"""The emulator's HTTP API: import lifecycle, listing, errors, vector and namespace endpoints, faults."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from pinecone_dataplane import available_versions, latest_version
from pinecone_dataplane._versions import oldest_stable_version
from pinecone_dataplane.emulator import Faults, ManualClock, running_emulator, write_dataset

from .emulator_support import client, violations

NAMESPACES = {"articles": 300, "__default__": 200}
# A closed connection reads as an early EOF, or as a reset when the request was still unread.
CONNECTION_CLOSED = (httpx.RemoteProtocolError, httpx.ReadError)
TOTAL = sum(NAMESPACES.values())


@pytest.fixture
def bucket(tmp_path: Path) -> Path:
    """A bucket root holding s3://bucket/catalog (two namespaces, 500 records) and s3://bucket/empty."""
    write_dataset(tmp_path / "bucket" / "catalog", NAMESPACES, files_per_namespace=2)
    (tmp_path / "bucket" / "empty").mkdir()
    return tmp_path


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("version", available_versions())
def test_import_lifecycle_camel_case(bucket: Path, version: str) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock, records_per_second=100, pending_seconds=1) as emulator:
        api = client(emulator.url, emulator.api_key, version=version)
        started = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog", "errorMode": {"onError": "abort"}})
        assert started.status_code == 200
        import_id = started.json()["id"]
        clock.settle()
        pending = api.get(f"/bulk/imports/{import_id}").json()
        assert (pending["status"], pending["percentComplete"], pending["recordsImported"]) == (
            "Pending",
            0,
            0,
        )
        assert "finishedAt" not in pending

        clock.advance(1)
        assert api.get(f"/bulk/imports/{import_id}").json()["status"] == "InProgress"
        clock.advance(2)
        halfway = api.get(f"/bulk/imports/{import_id}").json()
        assert halfway["status"] == "InProgress"
        assert halfway["recordsImported"] == 200
        assert halfway["percentComplete"] == pytest.approx(40.0)

        clock.advance(60)
        done = api.get(f"/bulk/imports/{import_id}").json()
        assert done["status"] == "Completed"
        assert (done["percentComplete"], done["recordsImported"]) == (100.0, TOTAL)
        # Pending 1 s, then 500 records at 100 per second.
        assert parse_time(done["finishedAt"]) - parse_time(done["createdAt"]) == timedelta(seconds=6)
        assert "error" not in done

        stats = api.post("/describe_index_stats", json={}).json()
        assert stats["namespaces"] == {"__default__": {"vectorCount": 200}, "articles": {"vectorCount": 300}}
        assert (stats["totalVectorCount"], stats["dimension"]) == (TOTAL, 8)


@pytest.mark.parametrize("version", available_versions())
def test_import_lifecycle_snake_case(bucket: Path, version: str) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock, casing="snake", records_per_second=200) as emulator:
        api = client(emulator.url, emulator.api_key, version=version, check=False)
        started = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog", "error_mode": {"on_error": "continue"}})
        import_id = started.json()["id"]
        clock.advance(1)
        running = api.get(f"/bulk/imports/{import_id}").json()
        assert set(running) == {"id", "uri", "status", "created_at", "percent_complete", "records_imported"}
        assert (running["status"], running["records_imported"]) == ("InProgress", 200)
        clock.advance(2)
        done = api.get(f"/bulk/imports/{import_id}").json()
        assert (done["status"], done["records_imported"], done["percent_complete"]) == (
            "Completed",
            TOTAL,
            100.0,
        )
        assert "finished_at" in done
        stats = api.post("/describe_index_stats", json={}).json()
        # Field names change; namespace names (user data) do not.
        assert stats["namespaces"]["__default__"] == {"vector_count": 200}
        assert stats["total_vector_count"] == TOTAL
        listed = api.get("/bulk/imports", params={"limit": 1}).json()
        assert listed["data"][0]["records_imported"] == TOTAL
        fetched = api.get("/vectors/fetch", params={"ids": "articles-00000007", "namespace": "articles"}).json()
        assert fetched["vectors"]["articles-00000007"]["metadata"] == {"n": 7, "group": "delta"}
        assert fetched["usage"] == {"read_units": 1}


def test_listing_is_newest_first_with_opaque_tokens(bucket: Path) -> None:
    with running_emulator(bucket_root=bucket, clock=ManualClock()) as emulator:
        api = client(emulator.url, emulator.api_key)
        started = [api.post("/bulk/imports", json={"uri": "s3://bucket/empty"}).json()["id"] for _ in range(7)]
        seen, token, pages = [], None, 0
        while True:
            params = {"limit": 3} | ({"paginationToken": token} if token else {})
            page = api.get("/bulk/imports", params=params).json()
            pages += 1
            seen += [item["id"] for item in page["data"]]
            token = page.get("pagination", {}).get("next")
            if token is None:
                break
            assert token not in started  # not simply the next id
        assert seen == list(reversed(started))
        assert pages == 3
        assert emulator.imports_started == 7
        assert api.get("/bulk/imports").json()["data"][0]["id"] == started[-1]  # default limit: all 7


def test_ended_imports_fail_for_a_missing_source_and_a_taken_namespace(bucket: Path) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key)
        missing = api.post("/bulk/imports", json={"uri": "s3://bucket/nowhere"}).json()["id"]
        empty = api.post("/bulk/imports", json={"uri": "s3://bucket/empty"}).json()["id"]
        first = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        clock.settle()
        second = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        clock.settle()
        models = {id_: api.get(f"/bulk/imports/{id_}").json() for id_ in (missing, empty, first, second)}
        assert models[first]["status"] == "Completed"
        for id_, words in {
            missing: "s3://bucket/nowhere is not a directory",
            empty: "holds no namespace directories",
            second: "namespace '__default__' already holds records",
        }.items():
            assert models[id_]["status"] == "Failed"
            assert words in models[id_]["error"]
            assert "finishedAt" in models[id_]
        assert api.post("/describe_index_stats", json={}).json()["totalVectorCount"] == TOTAL

        for namespace in NAMESPACES:
            assert api.delete(f"/namespaces/{namespace}").json() == {}
        third = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        clock.settle()
        assert api.get(f"/bulk/imports/{third}").json()["recordsImported"] == TOTAL


def test_cancel_stops_at_the_next_batch_and_keeps_what_was_written(bucket: Path) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock, records_per_second=100) as emulator:
        api = client(emulator.url, emulator.api_key)
        import_id = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        clock.advance(1.5)
        assert api.delete(f"/bulk/imports/{import_id}").json() == {}
        cancelled = api.get(f"/bulk/imports/{import_id}").json()
        assert cancelled["status"] == "Cancelled"
        assert cancelled["recordsImported"] == 150
        assert parse_time(cancelled["finishedAt"]) - parse_time(cancelled["createdAt"]) == timedelta(seconds=1.5)
        clock.advance(60)
        assert api.get(f"/bulk/imports/{import_id}").json() == cancelled
        stats = api.post("/describe_index_stats", json={}).json()
        assert stats["totalVectorCount"] == 150
        # Cancelling again, or cancelling a finished import, changes nothing.
        assert api.delete(f"/bulk/imports/{import_id}").status_code == 200
        assert api.get(f"/bulk/imports/{import_id}").json() == cancelled


def test_cancelling_a_completed_import_is_a_no_op(bucket: Path) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key)
        import_id = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        clock.settle()
        before = api.get(f"/bulk/imports/{import_id}").json()
        assert before["status"] == "Completed"
        assert api.delete(f"/bulk/imports/{import_id}").status_code == 200
        assert api.get(f"/bulk/imports/{import_id}").json() == before


def test_error_modes_on_bad_records(tmp_path: Path) -> None:
    write_dataset(tmp_path / "b" / "bad", {"docs": 100}, files_per_namespace=2, bad_records=5)
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key)
        kept = api.post("/bulk/imports", json={"uri": "s3://b/bad", "errorMode": {"onError": "continue"}})
        clock.settle()
        continued = api.get(f"/bulk/imports/{kept.json()['id']}").json()
        assert (continued["status"], continued["recordsImported"]) == ("Completed", 95)
        assert "error" not in continued  # set only on a Failed import

        api.delete("/namespaces/docs")
        stopped = api.post("/bulk/imports", json={"uri": "s3://b/bad", "errorMode": {"onError": "ABORT"}})
        clock.settle()
        aborted = api.get(f"/bulk/imports/{stopped.json()['id']}").json()
        assert aborted["status"] == "Failed"
        # The first file (50 good records) was written before the bad row 0 of the second.
        assert aborted["recordsImported"] == 50
        assert aborted["error"] == (
            "file s3://b/bad/docs/part-0001.parquet, row 0: values has 9 numbers but the index dimension is 8"
        )


def test_vectors_and_namespaces_show_what_was_loaded(bucket: Path) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock, dimension=8) as emulator:
        api = client(emulator.url, emulator.api_key)
        api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"})
        clock.settle()
        fetched = api.get("/vectors/fetch", params={"ids": ["__default__-00000003", "absent"]}).json()
        assert fetched["namespace"] == "__default__"
        assert list(fetched["vectors"]) == ["__default__-00000003"]
        record = fetched["vectors"]["__default__-00000003"]
        assert len(record["values"]) == 8
        assert record["metadata"] == {"n": 3, "group": "delta"}

        ids, token = [], None
        while True:
            params = {"namespace": "articles", "prefix": "articles-000001", "limit": 40}
            page = api.get("/vectors/list", params=params | ({"paginationToken": token} if token else {})).json()
            ids += [item["id"] for item in page["vectors"]]
            token = page.get("pagination", {}).get("next")
            if token is None:
                break
        assert ids == [f"articles-{n:08d}" for n in range(100, 200)]

        # The latest version (2026-07) sends 64-bit counts as decimal strings, as its spec declares.
        listed = api.get("/namespaces", params={"limit": 1}).json()
        assert listed["namespaces"] == [{"name": "__default__", "record_count": "200"}]
        rest = api.get("/namespaces", params={"paginationToken": listed["pagination"]["next"]}).json()
        assert rest["namespaces"] == [{"name": "articles", "record_count": "300"}]
        assert "pagination" not in rest
        assert api.get("/namespaces/articles").json() == {"name": "articles", "record_count": "300"}
        older = client(emulator.url, emulator.api_key, version="2026-04").get("/namespaces/articles").json()
        assert older == {"name": "articles", "record_count": 300}
        assert api.delete("/namespaces/articles").json() == {}
        assert api.get("/namespaces/articles").status_code == 404
        assert api.post("/describe_index_stats", json={}).json()["totalVectorCount"] == 200


def test_namespace_list_total_count_follows_the_version(bucket: Path) -> None:
    with running_emulator(bucket_root=bucket, clock=ManualClock()) as emulator:
        emulator.state.store.upsert("x", {})
        answers = {
            version: client(emulator.url, emulator.api_key, version=version).get("/namespaces").json()
            for version in available_versions()
            if version >= "2025-04"  # the first with namespace operations
        }
    # Only versions whose spec has the field get it; the spec check in the client enforces the rest.
    assert "total_count" in answers["2026-04"]
    assert "total_count" not in answers["2025-04"]


OLDER = {"X-Pinecone-Api-Version": "2026-04"}


def error_cases(bucket: Path) -> list[tuple[str, str, dict, int, str]]:
    long_id = "9" * 1001
    return [
        ("GET", "/bulk/imports", {"params": {"limit": 0}}, 400, "limit must be an integer from 1 to 100"),
        ("GET", "/bulk/imports", {"params": {"limit": 101}}, 400, "limit must be an integer from 1 to 100"),
        ("GET", "/bulk/imports", {"params": {"limit": "ten"}}, 400, "limit must be an integer"),
        ("GET", "/bulk/imports", {"params": {"limit": ""}}, 400, "limit must be an integer"),
        (
            "GET",
            "/bulk/imports",
            {"params": {"paginationToken": "not a token"}},
            400,
            "invalid pagination token",
        ),
        ("GET", "/bulk/imports/404", {}, 404, "import '404' not found"),
        ("DELETE", "/bulk/imports/404", {}, 404, "import '404' not found"),
        ("GET", f"/bulk/imports/{long_id}", {}, 400, "an import id is 1 to 1000 characters long"),
        ("POST", "/bulk/imports", {"content": b"{nope"}, 400, "not valid JSON"),
        ("POST", "/bulk/imports", {"json": ["s3://bucket/catalog"]}, 400, "must be a JSON object"),
        ("POST", "/bulk/imports", {"json": {}}, 400, "uri is required"),
        (
            "POST",
            "/bulk/imports",
            {"json": {"uri": "s3://b/" + "x" * 1500}},
            400,
            "uri must be a non-empty string of at most 1500",
        ),
        ("POST", "/bulk/imports", {"json": {"uri": "ftp://host/dir"}}, 400, "unsupported URI scheme 'ftp'"),
        ("POST", "/bulk/imports", {"json": {"uri": "file://host/dir"}}, 400, "not one on 'host'"),
        ("POST", "/bulk/imports", {"json": {"uri": "s3://bucket/../../etc"}}, 400, "leaves its bucket"),
        (
            "POST",
            "/bulk/imports",
            {"json": {"uri": "s3://bucket/catalog", "errorMode": {"onError": "retry"}}},
            400,
            "errorMode.onError must be 'continue' or 'abort'",
        ),
        (
            "POST",
            "/bulk/imports",
            {"json": {"uri": "s3://bucket/catalog", "integrationId": 7}},
            400,
            "integrationId must be a string",
        ),
        ("POST", "/describe_index_stats", {"json": {"filter": {"a": 1}}}, 400, "do not support filtering"),
        ("POST", "/describe_index_stats", {}, 400, "a JSON object request body is required"),
        ("GET", "/vectors/fetch", {}, 400, "ids is required"),
        ("GET", "/vectors/fetch", {"params": {"ids": "a b"}}, 400, "ids must not contain spaces"),
        ("GET", "/vectors/list", {"params": {"limit": -1}}, 400, "limit must be an integer from 1 to"),
        # Limits end where the spec's integer format does: int64 for vectors, int32 for namespaces.
        # 2026-07 (the default) states 1 to 100; the older versions only the integer's range.
        ("GET", "/vectors/list", {"params": {"limit": 101}}, 400, "from 1 to 100"),
        ("GET", "/namespaces", {"params": {"limit": 101}}, 400, "from 1 to 100"),
        ("GET", "/vectors/list", {"params": {"limit": 2**63}, "headers": OLDER}, 400, "from 1 to 9223372036854775807"),
        ("GET", "/namespaces", {"params": {"limit": 2**31}, "headers": OLDER}, 400, "from 1 to 2147483647"),
        (
            "GET",
            "/vectors/fetch",
            {"params": {"ids": ["a"] * 1001}},
            400,
            "ids holds 1001 IDs; the limit is 1000 per request",
        ),
        ("GET", "/vectors/fetch", {"params": {"ids": ["é"]}}, 400, "ids: ASCII of at most 512 characters"),
        ("GET", "/vectors/list", {"params": {"prefix": "p" * 513}}, 400, "prefix: ASCII of at most 512"),
        (
            "GET",
            "/vectors/list",
            {"params": {"paginationToken": "aW1wb3J0czox"}},
            400,
            "invalid pagination token",
        ),
        ("GET", "/namespaces/nothing-here", {}, 404, "namespace 'nothing-here' not found"),
        ("DELETE", "/namespaces/nothing-here", {}, 404, "namespace 'nothing-here' not found"),
        ("GET", "/search", {}, 404, "no such endpoint: GET /search"),
        ("GET", "/query", {}, 405, "GET is not allowed on /query"),
        ("PUT", "/bulk/imports", {}, 405, "PUT is not allowed on /bulk/imports"),
    ]


def test_every_error_is_an_rpc_status_with_the_services_code(bucket: Path) -> None:
    with running_emulator(bucket_root=bucket, clock=ManualClock()) as emulator:
        api = client(emulator.url, emulator.api_key, check=False)
        for method, path, options, status, words in error_cases(bucket):
            answer = api.request(method, path, **options)
            assert answer.status_code == status, (method, path, answer.text)
            body = answer.json()
            assert set(body) == {"code", "message", "details"}
            assert isinstance(body["code"], int)
            assert body["details"] == []
            assert words in body["message"], (method, path, body)
        assert emulator.imports_started == 0


def test_a_method_not_allowed_lists_every_method_of_the_path(bucket: Path) -> None:
    with running_emulator(bucket_root=bucket, clock=ManualClock()) as emulator:
        api = client(emulator.url, emulator.api_key, check=False)
        allowed = {
            path: set(api.request("OPTIONS", path).headers["Allow"].split(", "))
            for path in ("/bulk/imports", "/bulk/imports/1", "/namespaces/ns", "/describe_index_stats")
        }
    assert allowed == {
        "/bulk/imports": {"GET", "HEAD", "POST"},
        "/bulk/imports/1": {"GET", "HEAD", "DELETE"},
        "/namespaces/ns": {"GET", "HEAD", "DELETE"},
        "/describe_index_stats": {"POST"},
    }


def test_authentication_and_version_header(bucket: Path) -> None:
    with running_emulator(bucket_root=bucket, api_key="right-key") as emulator:
        # 2026-07 documents its 401 as text; the older versions as an rpcStatus.
        anonymous = httpx.get(f"{emulator.url}/bulk/imports", headers={"X-Pinecone-Api-Version": "2026-07"})
        assert (anonymous.status_code, anonymous.text) == (401, "missing Api-Key header")
        assert anonymous.headers["content-type"].startswith("text/plain")
        unversioned = httpx.get(f"{emulator.url}/bulk/imports")
        assert (unversioned.status_code, unversioned.json()["message"]) == (401, "missing Api-Key header")
        older = {"X-Pinecone-Api-Version": "2026-04"}
        wrong = httpx.get(f"{emulator.url}/bulk/imports", headers={"Api-Key": "wrong-key", **older})
        assert (wrong.status_code, wrong.json()) == (
            401,
            {"code": 16, "message": "invalid API key", "details": []},
        )
        unknown = client(emulator.url, "right-key", version="1999-01", check=False).get("/bulk/imports")
        assert unknown.status_code == 400
        assert unknown.json()["message"].startswith("unsupported API version '1999-01'")
        for version in available_versions():
            assert client(emulator.url, "right-key", version=version).get("/bulk/imports").status_code == 200
        # Counted once the key and the version are accepted: the refused requests leave no trace.
        assert emulator.requests["GET /bulk/imports"] == len(available_versions())


def test_a_namespace_being_imported_cannot_be_deleted(bucket: Path) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock, records_per_second=100) as emulator:
        api = client(emulator.url, emulator.api_key)
        import_id = api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        clock.advance(1)
        conflict = api.delete("/namespaces/__default__")
        assert conflict.status_code == 409
        assert f"being written by import {import_id}" in conflict.json()["message"]
        api.delete(f"/bulk/imports/{import_id}")
        clock.settle()
        assert api.delete("/namespaces/__default__").status_code == 200


def test_injected_faults(bucket: Path) -> None:
    faults = Faults(fail_rate=1.0, retry_after=2.0, seed=7)
    with running_emulator(bucket_root=bucket, faults=faults, clock=ManualClock()) as emulator:
        api = client(emulator.url, emulator.api_key)
        failed = api.get("/bulk/imports")
        assert (failed.status_code, failed.headers["Retry-After"], failed.json()["code"]) == (503, "2", 14)
        emulator.faults.retry_after = None
        assert "Retry-After" not in api.get("/bulk/imports").headers

        emulator.faults.fail_rate = 0.0
        emulator.faults.drop_rate = 1.0
        with pytest.raises(CONNECTION_CLOSED):
            api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"})
        assert emulator.imports_started == 0  # dropped before it was handled

        emulator.faults.drop_rate = 0.0
        emulator.faults.lost_response_rate = 1.0
        with pytest.raises(CONNECTION_CLOSED):
            api.post("/bulk/imports", json={"uri": "s3://bucket/catalog"})
        assert emulator.imports_started == 1  # handled, answer lost

        emulator.faults.lost_response_rate = 0.0
        emulator.faults.latency = (0.001, 0.002)
        assert api.get("/bulk/imports").status_code == 200
        assert emulator.faults_injected == {"fail": 2, "drop": 1, "lost_response": 1, "latency": 1}


def test_faults_are_validated() -> None:
    with pytest.raises(ValueError, match="fail_rate must be between 0 and 1"):
        Faults(fail_rate=1.5)
    with pytest.raises(ValueError, match="latency must be"):
        Faults(latency=(0.5, 0.1))


def test_the_key_stays_out_of_reprs(bucket: Path) -> None:
    with running_emulator(api_key="sk-very-secret") as emulator:
        assert "sk-very-secret" not in repr(emulator)
        assert "sk-very-secret" not in repr(emulator.settings)
        assert emulator.api_key == "sk-very-secret"


def test_a_request_naming_no_version_is_served_by_the_oldest_stable_one(bucket: Path) -> None:
    oldest = oldest_stable_version()
    assert oldest != latest_version()
    with running_emulator(bucket_root=bucket) as emulator:
        unversioned = httpx.Client(base_url=emulator.url, headers={"Api-Key": emulator.api_key})
        oldest_client = client(emulator.url, emulator.api_key, version=oldest, check=False)
        for versioned in oldest_client, client(emulator.url, emulator.api_key, check=False):
            # Listing namespaces differs between the oldest and the newest version (total_count).
            same = unversioned.get("/namespaces").text == versioned.get("/namespaces").text
            assert same == (versioned.headers["X-Pinecone-Api-Version"] == oldest)


def test_the_spec_check_catches_shape_errors() -> None:
    """The check every answer above went through: it must reject what the spec does not allow."""
    model = {"$ref": "#/components/schemas/ImportModel"}
    good = {
        "id": "1",
        "uri": "s3://b/p",
        "status": "Completed",
        "percentComplete": 100.0,
        "recordsImported": 5,
        "createdAt": "2025-01-01T00:00:00.000Z",
    }
    assert list(violations(latest_version(), model, good)) == []
    bad = good | {"createdAt": "2025-01-01T00:00:00", "recordsImported": "5", "percent_complete": 1.0}
    found = list(violations(latest_version(), model, bad))
    assert len(found) == 3, found
