"""Import semantics as the service has them: the default error mode, when ``error`` is set, the validation
counts, Azure Blob URIs, the indexing phase; and the version table, the metric and the access log."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from pinecone_dataplane import available_versions
from pinecone_dataplane.emulator import Faults, ManualClock, Settings, _app, running_emulator, write_dataset
from pinecone_dataplane.emulator._cli import build_parser
from pinecone_dataplane.emulator._imports import SourceError, resolve_source
from pinecone_dataplane.emulator._server import command_line
from pinecone_dataplane.emulator._shapes import shape_of

from .emulator_support import client


@pytest.fixture
def bucket(tmp_path: Path) -> Path:
    """s3://b/bad: 100 records in two files, 5 of them bad (the first at row 0 of the second file)."""
    write_dataset(tmp_path / "b" / "bad", {"docs": 100}, files_per_namespace=2, bad_records=5)
    return tmp_path


def test_without_an_error_mode_an_import_aborts_at_the_first_bad_record(bucket: Path) -> None:
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key)
        for body in ({"uri": "s3://b/bad"}, {"uri": "s3://b/bad", "errorMode": {}}):
            import_id = api.post("/bulk/imports", json=body).json()["id"]
            clock.settle()
            model = api.get(f"/bulk/imports/{import_id}").json()
            assert (model["status"], model["recordsImported"]) == ("Failed", 50), body
            assert model["error"].endswith("row 0: values has 9 numbers but the index dimension is 8")
            api.delete("/namespaces/docs")


def test_validation_counts_in_the_versions_that_declare_them(bucket: Path) -> None:
    """``validationResult`` belongs to 2026-07; the counts are kept whatever version is asked."""
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key)
        kept = api.post("/bulk/imports", json={"uri": "s3://b/bad", "errorMode": {"onError": "continue"}}).json()
        clock.settle()
        for version in available_versions():
            model = client(emulator.url, emulator.api_key, version=version).get(f"/bulk/imports/{kept['id']}").json()
            if shape_of(version).import_validation_result:
                assert model["validationResult"] == {"importSuccesses": 95, "importErrors": 5}
            else:
                assert "validationResult" not in model
            assert "error" not in model
        job = emulator.state.job(kept["id"])
        assert job is not None
        assert job.model(shape_of("2026-07"))["validationResult"] == {"importSuccesses": 95, "importErrors": 5}

        api.delete("/namespaces/docs")
        aborted = api.post("/bulk/imports", json={"uri": "s3://b/bad", "errorMode": {"onError": "abort"}}).json()
        missing = api.post("/bulk/imports", json={"uri": "s3://b/absent"}).json()
        clock.settle()
        failed = emulator.state.job(aborted["id"])
        assert failed is not None
        assert failed.model(shape_of("2026-07"))["validationResult"] == {"importSuccesses": 50, "importErrors": 1}
        never_read = emulator.state.job(missing["id"])
        assert never_read is not None
        assert "validationResult" not in never_read.model(shape_of("2026-07"))


def test_the_version_table() -> None:
    assert shape_of("2025-10") == shape_of("2026-04")
    assert not shape_of("2025-04").update_by_filter
    assert shape_of("2025-10").update_by_filter
    assert shape_of("2026-04").list_limit is None
    newest = shape_of("2026-07")
    assert (newest.import_validation_result, newest.list_limit, newest.counts_as_strings) == (True, 100, True)
    assert newest.records_errors_as_error_response
    assert newest.fetch_by_metadata_needs_filter


def test_azure_blob_uris_read_the_container_under_the_bucket_root(tmp_path: Path) -> None:
    write_dataset(tmp_path / "container" / "prefix" / "catalog", {"ns": 12})
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key)
        uri = "https://myaccount.blob.core.windows.net/container/prefix/catalog"
        import_id = api.post("/bulk/imports", json={"uri": uri}).json()["id"]
        clock.settle()
        model = api.get(f"/bulk/imports/{import_id}").json()
        assert (model["status"], model["recordsImported"], model["uri"]) == ("Completed", 12, uri)
    root = tmp_path.resolve()
    assert resolve_source("https://a.blob.core.windows.net/c/p/q", tmp_path).path == root / "c" / "p" / "q"
    for uri, words in [
        ("https://a.blob.core.windows.net/", "names no bucket"),
        ("https://a.blob.core.windows.net/c/../../etc", "leaves its bucket"),
        ("https://example.com/c/p", "unsupported URI scheme 'https'"),
        ("https://blob.core.windows.net/c/p", "unsupported URI scheme 'https'"),
    ]:
        with pytest.raises(SourceError, match=words):
            resolve_source(uri, tmp_path)
    with pytest.raises(SourceError, match="Azure Blob Storage URIs need the emulator to be started with a bucket root"):
        resolve_source("https://a.blob.core.windows.net/c/p", None)


def test_a_finished_import_stays_in_progress_at_100_percent_while_indexing(tmp_path: Path) -> None:
    write_dataset(tmp_path / "b" / "catalog", {"ns": 200})
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock, records_per_second=100, indexing_seconds=30) as emulator:
        api = client(emulator.url, emulator.api_key)
        import_id = api.post("/bulk/imports", json={"uri": "s3://b/catalog"}).json()["id"]
        clock.advance(2)
        indexing = api.get(f"/bulk/imports/{import_id}").json()
        assert (indexing["status"], indexing["percentComplete"], indexing["recordsImported"]) == (
            "InProgress",
            100.0,
            200,
        )
        assert "finishedAt" not in indexing
        # The records are there to query while the index is built.
        assert api.post("/describe_index_stats", json={}).json()["totalVectorCount"] == 200
        clock.advance(29.5)
        assert api.get(f"/bulk/imports/{import_id}").json()["status"] == "InProgress"
        clock.advance(0.5)
        done = api.get(f"/bulk/imports/{import_id}").json()
        assert (done["status"], done["finishedAt"]) == ("Completed", "2025-01-01T00:00:32.000Z")

        # Cancelling while indexing ends the import there.
        api.delete("/namespaces/ns")
        second = api.post("/bulk/imports", json={"uri": "s3://b/catalog"}).json()["id"]
        clock.advance(10)
        api.delete(f"/bulk/imports/{second}")
        clock.advance(60)
        assert api.get(f"/bulk/imports/{second}").json()["status"] == "Cancelled"


def test_settings_check_the_metric() -> None:
    assert Settings(api_key="k").metric == "cosine"
    assert Settings(api_key="k", vector_type="sparse").metric == "dotproduct"
    with pytest.raises(ValueError, match="metric must be one of cosine, euclidean, dotproduct"):
        Settings(api_key="k", metric="hamming")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="a sparse index uses the dotproduct metric, not cosine"):
        Settings(api_key="k", vector_type="sparse", metric="cosine")
    with pytest.raises(ValueError, match="indexing_seconds must not be negative"):
        Settings(api_key="k", indexing_seconds=-1)


def test_the_access_log_prints_one_line_per_request() -> None:
    command = [
        *(sys.executable, "-m", "pinecone_dataplane.emulator"),
        *("--api-key", "log-key", "--access-log", "--metric", "euclidean"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    headers = {"Api-Key": "log-key"}
    assert httpx.post(f"{url}/describe_index_stats", json={}, headers=headers).json()["metric"] == "euclidean"
    assert httpx.get(f"{url}/vectors/list", params={"limit": 0}, headers=headers).status_code == 400
    assert httpx.get(f"{url}/vectors/list").status_code == 401
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=20)
    lines = err.splitlines()
    assert len(lines) == 3, err
    assert lines[0].startswith("127.0.0.1:")
    assert '"POST /describe_index_stats HTTP/1.1" 200 ' in lines[0]
    assert '"GET /vectors/list?limit=0 HTTP/1.1" 400 ' in lines[1]
    assert '"GET /vectors/list HTTP/1.1" 401 ' in lines[2]
    assert all(line.endswith("ms") for line in lines)
    assert "log-key" not in err


def test_a_version_shaped_like_2026_07_gets_its_answers(bucket: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The table is all a version needs: 2026-07's entry, served under 2026-04's name (2026-07 has no
    generated package yet), changes the answers of every endpoint it concerns."""
    monkeypatch.setattr(_app, "shape_of", lambda version: shape_of("2026-07"))
    clock = ManualClock()
    with running_emulator(bucket_root=bucket, clock=clock) as emulator:
        api = client(emulator.url, emulator.api_key, version="2026-04", check=False)
        started = api.post("/bulk/imports", json={"uri": "s3://b/bad", "errorMode": {"onError": "continue"}}).json()
        clock.settle()
        model = api.get(f"/bulk/imports/{started['id']}").json()
        assert model["validationResult"] == {"importSuccesses": 95, "importErrors": 5}
        assert api.get("/bulk/imports").json()["data"][0]["validationResult"]["importErrors"] == 5
        assert api.get("/namespaces/docs").json()["record_count"] == "95"
        assert api.get("/namespaces").json()["namespaces"] == [{"name": "docs", "record_count": "95"}]
        for path in ("/vectors/list", "/namespaces"):
            too_many = api.get(path, params={"limit": 101})
            assert too_many.status_code == 400
            assert "limit must be an integer from 1 to 100, not 101" in too_many.json()["message"]
            assert api.get(path, params={"limit": 100}).status_code == 200


def test_the_command_line_carries_every_setting() -> None:
    """running_emulator(subprocess=True) passes settings as options: each one must come back as it was."""
    settings = Settings(
        api_key="k",
        dimension=5,
        metric="euclidean",
        casing="snake",
        records_per_second=12.5,
        pending_seconds=1.5,
        indexing_seconds=600.0,
        batch_size=77,
        embedding_field="chunk_text",
        document_schema={"fields": {"title": {"type": "string", "full_text_search": {}}}},
        allowed_hosts=frozenset({"emulator.internal", "Other.Example"}),
        max_body_bytes=4096,
    )
    args = build_parser().parse_args(command_line(settings, Faults(), 0))
    assert (args.embedding_field, args.document_schema) == (settings.embedding_field, settings.document_schema)
    assert (args.dimension, args.metric, args.casing, args.batch_size) == (5, "euclidean", "snake", 77)
    assert (args.records_per_second, args.pending_seconds, args.indexing_seconds) == (12.5, 1.5, 600.0)
    assert (sorted(args.allow_host), args.max_body_bytes) == (["emulator.internal", "other.example"], 4096)
