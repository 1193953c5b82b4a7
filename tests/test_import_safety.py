"""Import safety through the client and the command line: validate a source before, verify it after, and one
import per start when the answer to the start is lost. Against the emulator on loopback, with real Parquet files.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyarrow.parquet as pq
import pytest

from pinecone_dataplane import errors
from pinecone_dataplane._versions import module_name
from pinecone_dataplane.cli import main
from pinecone_dataplane.emulator import running_emulator, write_dataset
from pinecone_dataplane.sources import validate_source

from .conftest import spec_versions


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Any]:
    with running_emulator(bucket_root=tmp_path) as running:
        yield running


def _dataset(root: Path, name: str, *, bad_records: int = 0) -> str:
    return write_dataset(root / name, {"docs": 40, "__default__": 10}, bad_records=bad_records).as_uri()


def _bad_ids(uri: str) -> set[tuple[str, str]]:
    """The (namespace, id) of every row a clean check names, read back from the files themselves."""
    found = set()
    for problem in validate_source(uri, dimension=8, full=True).problems:
        if problem.row is not None:
            table = pq.read_table(problem.file.removeprefix("file://"), columns=["id"])
            identifier = table.column("id")[problem.row].as_py()
            if identifier:
                found.add((Path(problem.file.removeprefix("file://")).parent.name, identifier))
    return found


class LoseStartAnswer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The network between the client and the emulator, losing the answer to the first import start.

    ``send_it`` decides whether the start reaches the emulator before the answer is lost.
    """

    def __init__(self, *, send_it: bool) -> None:
        self.send_it = send_it
        self.lost = 0
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _lose(self, request: httpx.Request) -> bool:
        if request.method == "POST" and request.url.path == "/bulk/imports" and not self.lost:
            self.lost += 1
            return True
        return False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._lose(request):
            if self.send_it:
                self._sync.handle_request(request).read()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._lose(request):
            if self.send_it:
                await (await self._async.handle_async_request(request)).aread()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return await self._async.handle_async_request(request)


@pytest.mark.parametrize("version", spec_versions())
def test_a_lost_answer_to_a_start_returns_the_one_import_it_started(
    version: str, emulator: Any, tmp_path: Path
) -> None:
    package = importlib.import_module(module_name(version))
    uri = _dataset(tmp_path, "lost")
    network = LoseStartAnswer(send_it=True)
    with package.Client(emulator.url, emulator.api_key, http_client=httpx.Client(transport=network)) as client:
        started = client.imports.start(uri, error_mode="continue")
        assert network.lost == 1
        assert emulator.imports_started == 1
        assert client.imports.describe(started.id).uri == uri

    async def asynchronously() -> str:
        again = _dataset(tmp_path, "lost-async")
        network = LoseStartAnswer(send_it=True)
        http = httpx.AsyncClient(transport=network)
        async with package.AsyncClient(emulator.url, emulator.api_key, http_client=http) as client:
            started = await client.imports.start(again, error_mode="continue")
            return (await client.imports.describe(started.id)).uri or ""

    assert asyncio.run(asynchronously()).endswith("lost-async")
    assert emulator.imports_started == 2


def test_a_start_lost_before_the_service_saw_it_says_none_was_started(emulator: Any, tmp_path: Path) -> None:
    from pinecone_dataplane import v2026_04

    uri = _dataset(tmp_path, "never")
    http = httpx.Client(transport=LoseStartAnswer(send_it=False))
    with (
        v2026_04.Client(emulator.url, emulator.api_key, http_client=http) as client,
        pytest.raises(errors.ImportNotStartedError, match="imports list") as refused,
    ):
        client.imports.start(uri)
    assert isinstance(refused.value.__cause__, errors.ApiTimeoutError)
    assert refused.value.uri == uri
    assert emulator.imports_started == 0


def test_a_lost_start_never_mistakes_an_earlier_import_of_the_same_uri_for_its_own(tmp_path: Path) -> None:
    from pinecone_dataplane import v2026_04
    from pinecone_dataplane.emulator import ManualClock

    # The service's clock starts an hour behind this machine's: the first import of the URI is an hour old.
    clock = ManualClock(start=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1))
    uri = _dataset(tmp_path, "again")
    with running_emulator(bucket_root=tmp_path, clock=clock) as emulator:
        with v2026_04.Client(emulator.url, emulator.api_key) as client:
            earlier = client.imports.start(uri, error_mode="continue").id
        clock.settle()

        # The start never reached the service: the hour-old import of the URI is not the one this call made.
        unsent = httpx.Client(transport=LoseStartAnswer(send_it=False))
        with (
            v2026_04.Client(emulator.url, emulator.api_key, http_client=unsent) as client,
            pytest.raises(errors.ImportNotStartedError),
        ):
            client.imports.start(uri, error_mode="continue")

        async def unsent_async() -> None:
            http = httpx.AsyncClient(transport=LoseStartAnswer(send_it=False))
            async with v2026_04.AsyncClient(emulator.url, emulator.api_key, http_client=http) as client:
                await client.imports.start(uri, error_mode="continue")

        with pytest.raises(errors.ImportNotStartedError):
            asyncio.run(unsent_async())
        assert emulator.imports_started == 1

        # The service's clock catches up; a start whose answer is lost after it arrived returns its own import.
        clock.advance((datetime.datetime.now(datetime.UTC) - clock.now()).total_seconds())
        sent = httpx.Client(transport=LoseStartAnswer(send_it=True))
        with v2026_04.Client(emulator.url, emulator.api_key, http_client=sent) as client:
            started = client.imports.start(uri, error_mode="continue").id
        assert emulator.imports_started == 2
        assert started != earlier


def test_validate_asks_the_index_for_its_dimension_and_names_each_bad_row(emulator: Any, tmp_path: Path) -> None:
    from pinecone_dataplane import v2026_04

    clean, dirty = _dataset(tmp_path, "clean"), _dataset(tmp_path, "dirty", bad_records=3)
    with v2026_04.Client(emulator.url, emulator.api_key) as client:
        assert client.imports.validate(clean).ok
        report = client.imports.validate(dirty, full=True)
    assert not report.ok
    assert {problem.kind.value for problem in report.problems} == {
        "wrong_dimension",
        "metadata_not_json",
        "metadata_not_object",
    }
    assert all(problem.file.startswith(dirty) and problem.row is not None for problem in report.problems)


@pytest.mark.parametrize("full", [False, True])
def test_verify_after_a_continue_import_names_exactly_the_skipped_records(
    emulator: Any, tmp_path: Path, full: bool
) -> None:
    from pinecone_dataplane import v2026_04

    uri = _dataset(tmp_path, "partial", bad_records=3)
    with v2026_04.Client(emulator.url, emulator.api_key) as client:
        started = client.imports.start(uri, error_mode="continue")
        client.imports.wait(started.id, poll_interval=0.01, timeout=30)
        result = client.imports.verify(started.id, full=full)
    assert not result.ok
    assert {(count.namespace, count.expected, count.missing) for count in result.counts.namespaces} == {
        ("docs", 40, 3),
        ("__default__", 10, 0),
    }
    assert set(result.missing or ()) == (_bad_ids(uri) if full else set())


def test_verify_of_a_clean_import_finds_everything_async(emulator: Any, tmp_path: Path) -> None:
    from pinecone_dataplane import v2026_04

    uri = _dataset(tmp_path, "whole")

    async def scenario() -> Any:
        async with v2026_04.AsyncClient(emulator.url, emulator.api_key) as client:
            started = await client.imports.start(uri)
            await client.imports.wait(started.id, poll_interval=0.01, timeout=30)
            return await client.imports.verify(started.id, full=True)

    result = asyncio.run(scenario())
    assert result.ok
    assert result.missing == ()
    assert result.counts.expected == 50


def _cli(emulator: Any, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--host", emulator.url, "--api-key", emulator.api_key, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_validates_verifies_and_refuses_to_start_a_bad_source(
    emulator: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean, dirty = _dataset(tmp_path, "cli-clean"), _dataset(tmp_path, "cli-dirty", bad_records=3)
    assert _cli(emulator, capsys, "imports", "validate", clean)[0] == 0

    code, out, _ = _cli(emulator, capsys, "imports", "validate", dirty, "--full")
    assert code == 5
    assert "wrong_dimension" in out
    assert "would not import cleanly" in out

    code, out, _ = _cli(emulator, capsys, "--json", "imports", "validate", dirty, "--dimension", "8")
    assert code == 5
    assert json.loads(out)["ok"] is False

    code, _, err = _cli(emulator, capsys, "imports", "start", dirty, "--validate")
    assert code == 5
    assert "not started" in err
    assert emulator.imports_started == 0

    code, out, _ = _cli(emulator, capsys, "--json", "imports", "start", dirty, "--error-mode", "continue", "--wait")
    import_id = json.loads(out)["id"]
    missing_out = tmp_path / "missing.tsv"
    code, out, err = _cli(emulator, capsys, "imports", "verify", import_id, "--full", "--missing-out", str(missing_out))
    assert code == 5
    assert "records are missing" in out
    lines = missing_out.read_text().splitlines()
    assert {tuple(line.split("\t")) for line in lines} == _bad_ids(dirty)


def test_an_unreadable_source_is_one_clear_message(
    emulator: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli(emulator, capsys, "imports", "validate", "ftp://example.invalid/data", "--dimension", "8")
    assert code == 1
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_validate_of_a_missing_local_path_says_it_does_not_exist(
    emulator: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = (tmp_path / "does" / "not" / "exist").as_uri()
    code, out, err = _cli(emulator, capsys, "imports", "validate", missing, "--dimension", "8")
    assert code == 1
    assert out == ""
    assert f"{missing} does not exist" in err
    assert "0 files" not in err


def test_validate_counts_one_file_in_the_singular_and_thousands_with_separators(
    emulator: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = write_dataset(tmp_path / "one", {"docs": 1200}, files_per_namespace=1).as_uri()
    code, out, _ = _cli(emulator, capsys, "imports", "validate", one, "--dimension", "8")
    assert code == 0
    assert f"source {one}: 1 file, 1,200 rows" in out


def test_verify_of_a_cancelled_import_says_it_was_cancelled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pinecone_dataplane import v2026_07

    uri = _dataset(tmp_path, "cancelled")
    with (
        running_emulator(bucket_root=tmp_path, pending_seconds=600) as emulator,
        v2026_07.Client(emulator.url, emulator.api_key) as client,
    ):
        started = client.imports.start(uri)
        client.imports.cancel(started.id)
        result = client.imports.verify(started.id)
        code, out, _ = _cli(emulator, capsys, "imports", "verify", started.id)
    assert not result.ok
    assert result.problems[0] == "the import is Cancelled, not Completed: it did not write every record"
    assert code == 5
    assert "problem: the import is Cancelled, not Completed" in out
