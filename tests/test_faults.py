"""Faults: whole workflows against a failing emulator, a server that is down, timeouts and wait()'s deadline.

The short fault campaign runs here; ``make soak`` runs hundreds of workflows (soak/).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from typing import Any

import httpx
import pytest

from pinecone_dataplane import errors, v2026_04
from pinecone_dataplane._versions import module_name
from pinecone_dataplane.emulator import Faults, running_emulator, write_dataset
from soak.campaign import (
    BUCKET,
    FACADES,
    CountingTransport,
    Counts,
    Plan,
    Report,
    Setup,
    campaign,
    give_up_bound,
    run_async,
    run_sync,
    server_down,
)

from ._spec_examples import call_arguments, generated_operations
from .conftest import spec_versions

KEY = "faults-key-0f9e"


def version_id(facade: Any) -> str:
    return facade.API_VERSION


# ---------------------------------------------------------------- the short campaign


def test_workflows_under_faults_end_as_planned_and_no_import_starts_twice(tmp_path):
    # 503s (half with a short Retry-After, half without), 100-500 ms latency, dropped connections and
    # lost responses, for every version and both faces, once each; kept small because latency is real time.
    # Beside them, 400 vectors written by upsert_many 10 a request (40 upserts: some meet a fault, and a batch
    # the client gives up on is reported and sent again), fetched and queried, by every version and face.
    workflows = 2 * len(FACADES)
    figures = campaign(tmp_path, workflows, Setup(retry_after=0.25, concurrency=8, upsert_batch=10), vectors=400)
    assert figures.wrong == []
    assert figures.right == figures.workflows == workflows
    assert figures.imports_started == workflows
    assert figures.duplicates == 0
    assert figures.faults_injected["fail"] > 0
    assert figures.retries > 0
    assert figures.vectors_right == figures.vector_workflows == 2 * 2 * len(FACADES)
    assert figures.vectors_stored == figures.vectors_planned == 400
    assert figures.vectors_written == 400  # the results' counts: each vector once
    assert figures.vector_duplicates == 0
    assert figures.upsert_attempts > figures.upsert_calls >= 40


class FaultsOffAfterTheFirstError(Report):
    """Turns the emulator's faults off once the client has raised, so that only the first start meets one."""

    def __init__(self, faults: Faults) -> None:
        super().__init__()
        self._faults = faults

    def error(self, step: str, error: BaseException) -> None:
        super().error(step, error)
        self._faults.fail_rate = self._faults.drop_rate = self._faults.lost_response_rate = 0.0


# fault -> (the error start raises, whether the server had started the import)
START_FAULTS = {
    "lost_response_rate": (errors.ApiConnectionError, True),
    "drop_rate": (errors.ApiConnectionError, False),
    "fail_rate": (errors.ServerError, False),
}


@pytest.mark.parametrize("face", ["sync", "async"])
@pytest.mark.parametrize("facade", FACADES, ids=version_id)
@pytest.mark.parametrize("fault", sorted(START_FAULTS))
def test_a_start_that_fails_is_reported_never_resent_and_never_doubled(tmp_path, fault, facade, face):
    error, server_started_it = START_FAULTS[fault]
    plan = Plan(0, facade.API_VERSION, face, records=50, bad_records=0, error_mode="continue")
    write_dataset(tmp_path / BUCKET / "workflow-0", {"ns-0": 50})
    with running_emulator(bucket_root=tmp_path, faults=Faults(**{fault: 1.0})) as emulator:
        report = FaultsOffAfterTheFirstError(emulator.faults)
        if face == "sync":
            with facade.Client(host=emulator.url, api_key=emulator.api_key) as client:
                verdict = run_sync(client, plan, report)
        else:
            verdict = asyncio.run(_run_async(facade, emulator, plan, report))
        assert verdict is None
        assert report.reported == {f"start: {error.__name__}": 1}
        assert report.found_after_error == int(server_started_it)
        # The client sent the failed start once; the workflow sent it again only when listing showed no import.
        assert emulator.requests["POST /bulk/imports"] == 1 + (not server_started_it)
        assert emulator.imports_started == 1


async def _run_async(facade: Any, emulator: Any, plan: Plan, report: Report) -> str | None:
    async with facade.AsyncClient(host=emulator.url, api_key=emulator.api_key) as client:
        return await run_async(client, plan, report)


# ---------------------------------------------------------------- a server that is down


def counted(facade: Any, url: str, counts: Counts, **options: Any) -> tuple[Any, list[float]]:
    """A client of ``url`` counting the attempts it sends and recording its retry pauses instead of sleeping."""
    http = httpx.Client(transport=CountingTransport(counts), event_hooks={"request": [counts.call]})
    client = facade.Client(host=url, api_key=KEY, http_client=http, **options)
    pauses: list[float] = []
    client._transport._sleep = pauses.append
    return client, pauses


def call(client: Any, verb: str) -> Any:
    return client.imports.start("s3://bucket/data") if verb == "start" else client.imports.describe("1")


@pytest.mark.parametrize("max_retries", [0, 2, 5])
@pytest.mark.parametrize("verb", ["describe", "start"])
def test_with_nothing_listening_a_call_gives_up_within_the_policys_bound(verb, max_retries):
    counts = Counts()
    with server_down("refused") as url:
        client, pauses = counted(v2026_04, url, counts, max_retries=max_retries)
        with client, pytest.raises(errors.ApiConnectionError):
            call(client, verb)
    # The connection was never made, so even a start is sent again: the server cannot have seen it.
    assert counts.attempts == max_retries + 1
    assert len(pauses) == max_retries
    assert sum(pauses) <= give_up_bound(max_retries, timeout=0.0)


def test_the_bound_with_the_default_policy_is_half_a_second_plus_one_plus_the_timeouts():
    assert give_up_bound(2, timeout=0.0) == 1.5
    assert give_up_bound(2, timeout=30.0) == 1.5 + 3 * 30.0
    assert give_up_bound(6, timeout=0.0) == 0.5 + 1 + 2 + 4 + 8 + 8


@pytest.mark.parametrize(("verb", "attempts"), [("describe", [3]), ("start", [1, 3])])
def test_a_server_that_never_answers_times_out_on_every_attempt(verb, attempts):
    counts = Counts()
    seen: list[httpx.Request] = []
    with server_down("silent") as url:
        client, _ = counted(v2026_04, url, counts, max_retries=2, timeout=0.1)
        client.raw.get_httpx_client().event_hooks["request"].append(seen.append)
        with client, pytest.raises(errors.ApiTimeoutError) as timed_out:
            call(client, verb)
    # A start that reached the server is never sent again: its imports are listed instead (three tries,
    # timing out too), and the start's own timeout is raised. A describe is sent up to max_retries times more.
    assert counts.attempts == sum(attempts)
    assert [request.method for request in seen] == (["POST", "GET"] if verb == "start" else ["GET"])
    assert seen[0].method in str(timed_out.value)
    assert seen[0].extensions["timeout"]["connect"] == seen[0].extensions["timeout"]["read"] == 0.1


# ---------------------------------------------------------------- timeouts on every request


@pytest.mark.parametrize("version", spec_versions())
@pytest.mark.parametrize("own_http_client", [False, True], ids=["default", "own httpx client without timeouts"])
def test_every_request_has_connect_and_read_timeouts(version, own_http_client, load_spec):
    spec = load_spec(version)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201 if request.url.path.endswith("/upsert") else 200, json={})

    facade = importlib.import_module(module_name(version))
    http = httpx.Client(transport=httpx.MockTransport(handler), timeout=None if own_http_client else 5.0)
    client = facade.Client(host="index.example.io", api_key=KEY, http_client=http, timeout=7.5)
    package = f"pinecone_dataplane.v{version.replace('-', '_')}"
    for _method, _path, operation, module in generated_operations(spec, package):
        with contextlib.suppress(errors.ResponseValidationError):  # only the request matters here
            module.sync_detailed(client=client.raw, **call_arguments(spec, operation, module))
    client.records.upsert("docs", [{"_id": "1", "text": "a"}])
    assert len(seen) == len(generated_operations(spec, package)) + 1
    for request in seen:
        timeouts = request.extensions["timeout"]
        assert (timeouts["connect"], timeouts["read"]) == (7.5, 7.5), request.url.path


@pytest.mark.parametrize("timeout", [None, 0, -1.0, float("inf"), float("nan"), "30", True])
def test_a_client_without_a_finite_positive_timeout_is_refused(timeout):
    with pytest.raises(ValueError, match="timeout must be a number of seconds greater than 0"):
        v2026_04.Client(host="index.example.io", api_key=KEY, timeout=timeout)


@pytest.mark.parametrize("face", ["sync", "async"])
def test_wait_keeps_its_deadline_when_a_request_hangs(tmp_path, face):
    write_dataset(tmp_path / "bucket" / "data", {"ns": 10})
    with running_emulator(bucket_root=tmp_path) as emulator:
        facade = v2026_04
        if face == "sync":
            with facade.Client(host=emulator.url, api_key=emulator.api_key) as client:
                started = client.imports.start("s3://bucket/data")
                emulator.join_imports()
                # The import is Completed, but every answer now comes later than wait() may wait.
                emulator.faults.latency = (0.6, 0.6)
                with pytest.raises(errors.WaitTimeoutError) as timed_out:
                    client.imports.wait(started.id, timeout=0.3)
        else:

            async def scenario() -> tuple[Any, pytest.ExceptionInfo[errors.WaitTimeoutError]]:
                async with facade.AsyncClient(host=emulator.url, api_key=emulator.api_key) as client:
                    started = await client.imports.start("s3://bucket/data")
                    emulator.join_imports()
                    emulator.faults.latency = (0.6, 0.6)
                    with pytest.raises(errors.WaitTimeoutError) as timed_out:
                        await client.imports.wait(started.id, timeout=0.3)
                    return started, timed_out

            started, timed_out = asyncio.run(scenario())
        # Had the hanging request been allowed to finish, wait() would have returned the Completed import.
        assert timed_out.value.last is None
        assert isinstance(timed_out.value.__cause__, errors.ApiTimeoutError)
        assert emulator.requests[f"GET /bulk/imports/{started.id}"] >= 1
