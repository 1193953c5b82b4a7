"""A fault campaign: whole bulk-import and vector workflows against an emulator that fails, delays and drops
requests.

Each workflow starts an import of its own dataset, waits for it, finds it in the listing and describes it,
as a careful user would script it: a start that raises is reported (it is never retried by the client,
because the server may have started the import) and is followed by a listing, which either shows the
import or shows that starting again is safe. Every figure comes from a counter: the emulator's
(imports started, faults injected, requests by path) and a counting transport under each client (calls
made, attempts sent, so retries).

Vector workflows write their own namespace's vectors with ``upsert_many`` (batches several at a time), then
fetch and query them, for every API version and face; upserts are idempotent by id, so the client sends a
batch again after a lost answer too, and the batches ``upsert_many`` reports as failed are passed back to it
until none is left. With the faults off, every vector must be stored once, with its values and metadata, and
the results' counts must add up to the vectors planned: none counted twice, none missing.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from apiwire._http.policy import BACKOFF_CAP, BACKOFF_INITIAL
from pinecone_dataplane import available_versions, errors, v2026_04
from pinecone_dataplane._lib.imports import index_counts
from pinecone_dataplane._versions import is_prerelease, module_name
from pinecone_dataplane.emulator import Faults, running_emulator, write_dataset

# Every stable version generated: a new spec is soaked without editing this list.
FACADES = tuple(
    importlib.import_module(module_name(version)) for version in available_versions() if not is_prerelease(version)
)
FACES = ("sync", "async")
BUCKET = "soak-bucket"
# How often a workflow tries a step again after the client raised; a careful script's patience.
ATTEMPTS = 10
POLL_INTERVAL = 0.05
WAIT_TIMEOUT = 120.0
DIMENSION = 8  # the emulator's default
UPSERT_BATCH = 100
FETCH_BATCH = 100  # ids travel in the query string
QUERIES = 10  # per vector workflow
VECTOR_CONCURRENCY = 8  # batches at a time, per vector workflow
UPSERT = "POST /vectors/upsert"


def give_up_bound(max_retries: int, timeout: float) -> float:
    """Longest a call may take against a server that is down: every attempt's timeout plus the pauses between.

    Jitter only shortens a pause, so the pauses sum to at most 0.5 + 1 + 2 ... (capped at 8 s each).
    """
    pauses = sum(min(BACKOFF_CAP, BACKOFF_INITIAL * 2.0**attempt) for attempt in range(max_retries))
    return pauses + (max_retries + 1) * timeout


@dataclass(frozen=True)
class Plan:
    """One workflow: what it imports and what it must end with."""

    number: int
    version: str
    face: str
    records: int
    bad_records: int
    error_mode: str

    @property
    def uri(self) -> str:
        return f"s3://{BUCKET}/workflow-{self.number}"

    @property
    def status(self) -> str:
        return "Failed" if self.error_mode == "abort" and self.bad_records else "Completed"

    @property
    def records_imported(self) -> int:
        # write_dataset puts the first bad record in row 0, so an aborted import writes nothing.
        return 0 if self.status == "Failed" else self.records - self.bad_records


def plans(workflows: int, seed: int) -> list[Plan]:
    rng = random.Random(seed)
    combinations = itertools.cycle(itertools.product((facade.API_VERSION for facade in FACADES), FACES))
    result = []
    for number in range(workflows):
        version, face = next(combinations)
        records = rng.randint(20, 300)
        bad = rng.choice((0, 0, 1, 3))
        mode = "abort" if bad and rng.random() < 0.3 else "continue"
        result.append(Plan(number, version, face, records, bad, mode))
    return result


@dataclass(frozen=True)
class VectorPlan:
    """One vector workflow: ``count`` vectors of its own namespace, with values and metadata from its number."""

    number: int
    version: str
    face: str
    count: int
    batch: int = UPSERT_BATCH

    @property
    def namespace(self) -> str:
        return f"vectors-{self.number}"

    def id(self, n: int) -> str:
        return f"{self.namespace}-{n:06d}"

    def ids(self) -> list[str]:
        return [self.id(n) for n in range(self.count)]

    def vector(self, n: int) -> dict[str, Any]:
        # Multiples of 1/1024 are exact in float32, so what is fetched back compares equal.
        rng = random.Random(self.number * 1_000_003 + n)
        values = [rng.randint(-1024, 1024) / 1024 for _ in range(DIMENSION)]
        metadata = {"n": n, "workflow": self.number, "parity": "even" if n % 2 == 0 else "odd"}
        return {"id": self.id(n), "values": values, "metadata": metadata}

    def vectors(self) -> Iterator[dict[str, Any]]:
        """Made as upsert_many reads them."""
        return (self.vector(n) for n in range(self.count))


def vector_plans(vectors: int, rounds: int, batch: int) -> list[list[VectorPlan]]:
    """``vectors`` in all, split evenly over each round's workflows (one per version and face), upserted
    ``batch`` at a time."""
    combinations = list(itertools.product((facade.API_VERSION for facade in FACADES), FACES))
    workflows = rounds * len(combinations)
    per_workflow, extra = divmod(vectors, workflows)
    numbered = itertools.count()
    result = []
    for _ in range(rounds):
        result.append(
            [
                VectorPlan(number, version, face, per_workflow + (1 if number < extra else 0), batch)
                for (version, face), number in zip(combinations, numbered, strict=False)
            ]
        )
    return [[plan for plan in plans if plan.count] for plans in result]


@dataclass
class Figures:
    """What a campaign did and found."""

    workflows: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    imports_started: int = 0
    duplicates: int = 0
    faults_injected: Counter[str] = field(default_factory=Counter)
    calls: int = 0
    attempts: int = 0
    # Errors the client raised to the workflow, by "step: ErrorType"; the workflow then tried again.
    reported: Counter[str] = field(default_factory=Counter)
    # Starts that raised although the server had started the import (found by listing, never started again).
    starts_found_after_error: int = 0
    vector_workflows: int = 0
    vectors_right: int = 0
    vectors_planned: int = 0
    # Vectors found once, with their values and metadata, by fetch with the faults off.
    vectors_stored: int = 0
    upsert_calls: int = 0
    upsert_attempts: int = 0
    # Summed over the results of every upsert_many (first runs and the resending of failed batches).
    vectors_written: int = 0
    failed_batches: int = 0
    # Vectors in the index beyond the planned ones, and vectors the results counted as written more than once.
    vector_duplicates: int = 0

    @property
    def retries(self) -> int:
        return self.attempts - self.calls

    def lines(self) -> list[str]:
        faults = ", ".join(f"{kind} {count}" for kind, count in sorted(self.faults_injected.items())) or "none"
        reported = ", ".join(f"{kind} {count}" for kind, count in sorted(self.reported.items())) or "none"
        return [
            f"workflows run:       {self.workflows} ({self.right} ended as planned, {len(self.wrong)} did not)",
            f"imports started:     {self.imports_started} (emulator count)",
            f"duplicates:          {self.duplicates} (imports of a dataset beyond the first)",
            f"faults injected:     {sum(self.faults_injected.values())} ({faults})",
            f"requests:            {self.calls} calls, {self.attempts} sent, {self.retries} retries made by the client",
            f"failures reported:   {sum(self.reported.values())} errors raised to the caller ({reported})",
            f"starts found later:  {self.starts_found_after_error} (start raised, but the server had started it)",
            f"vector workflows:    {self.vector_workflows} ({self.vectors_right} ended as planned, "
            f"{self.vector_workflows - self.vectors_right} did not): {self.vectors_planned:,} vectors upserted "
            "with upsert_many, then fetched and queried",
            f"vectors written:     {self.vectors_written:,} of {self.vectors_planned:,} (the upsert_many results' "
            f"counts, summed); {self.failed_batches} failed batches reported, then sent again",
            f"vectors exact:       {self.vectors_stored:,} of {self.vectors_planned:,} stored once, with their "
            "values and metadata (fetched with the faults off)",
            f"vector duplicates:   {self.vector_duplicates} (vectors beyond the planned ones in the index, or "
            "counted as written twice)",
            f"upserts:             {self.upsert_calls} calls, {self.upsert_attempts} sent, "
            f"{self.upsert_attempts - self.upsert_calls} retries made by the client (idempotent by id, so sent "
            "again after a lost answer too)",
        ]


class Counts:
    """Thread-safe counts of calls (one per request the client makes) and attempts (each one sent), in all
    and by ``METHOD /path``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0
        self.attempts = 0
        self.calls_by: Counter[str] = Counter()
        self.attempts_by: Counter[str] = Counter()

    def call(self, request: httpx.Request) -> None:
        with self._lock:
            self.calls += 1
            self.calls_by[_route(request)] += 1

    def attempt(self, request: httpx.Request) -> None:
        with self._lock:
            self.attempts += 1
            self.attempts_by[_route(request)] += 1


def _route(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts every attempt on its way to the wire; the overlay's retries happen above it."""

    def __init__(self, counter: Counts) -> None:
        self._counter = counter
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._counter.attempt(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._counter.attempt(request)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


def counted_client(facade: Any, face: str, emulator: Any, counter: Counts, timeout: float) -> Any:
    """An overlay client of the public API, given an httpx client whose transport and hooks count."""
    if face == "sync":
        http: httpx.Client | httpx.AsyncClient = httpx.Client(
            transport=CountingTransport(counter), event_hooks={"request": [counter.call]}
        )
        return facade.Client(host=emulator.url, api_key=emulator.api_key, http_client=http, timeout=timeout)

    async def call(request: httpx.Request) -> None:
        counter.call(request)

    http = httpx.AsyncClient(transport=CountingTransport(counter), event_hooks={"request": [call]})
    return facade.AsyncClient(host=emulator.url, api_key=emulator.api_key, http_client=http, timeout=timeout)


# ---------------------------------------------------------------- one workflow, two faces


class Report:
    """Errors the client raised to workflows, and starts whose import turned out to exist."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reported: Counter[str] = Counter()
        self.found_after_error = 0
        self.vectors_written = 0  # summed over every upsert_many's result
        self.failed_batches = 0

    def written(self, result: Any) -> None:
        """An upsert_many ended: its count, and each batch it reports as failed (an error raised to the caller)."""
        with self._lock:
            self.vectors_written += result.written
            self.failed_batches += len(result.failed)
            for batch in result.failed:
                self.reported[f"upsert_many: {type(batch.error).__name__}"] += 1

    def error(self, step: str, error: BaseException) -> None:
        with self._lock:
            self.reported[f"{step}: {type(error).__name__}"] += 1

    def found(self) -> None:
        with self._lock:
            self.found_after_error += 1


def _mine(models: list[Any], plan: Plan) -> Any:
    matching = [model for model in models if model.uri == plan.uri]
    return matching[0] if matching else None


def _verdict(plan: Plan, waited: Any, listed: Any, described: Any) -> str | None:
    """None when the workflow ended as planned, else what went wrong."""
    for seen, model in (("wait", waited), ("list", listed), ("describe", described)):
        if model is None:
            return f"workflow {plan.number}: {seen} did not show the import"
        got = (model.status, model.records_imported)
        if got != (plan.status, plan.records_imported):
            return f"workflow {plan.number}: {seen} shows {got}, expected {(plan.status, plan.records_imported)}"
    return None


def _again(report: Report, step: str, call: Callable[[], Any]) -> Any:
    """``call()``, tried up to ATTEMPTS times while the client raises an API error (each one reported)."""
    for _ in range(ATTEMPTS - 1):
        try:
            return call()
        except errors.ApiError as error:
            report.error(step, error)
    return call()


async def _again_async(report: Report, step: str, call: Callable[[], Awaitable[Any]]) -> Any:
    for _ in range(ATTEMPTS - 1):
        try:
            return await call()
        except errors.ApiError as error:
            report.error(step, error)
    return await call()


def run_sync(client: Any, plan: Plan, report: Report) -> str | None:
    imports = client.imports

    def again(step: str, call: Callable[[], Any]) -> Any:
        return _again(report, step, call)

    import_id = None
    for _ in range(ATTEMPTS):
        try:
            import_id = imports.start(plan.uri, error_mode=plan.error_mode).id
            break
        except errors.ImportNotStartedError as error:
            report.error("start", error)  # the service lists none: starting again cannot make a second
        except errors.ApiError as error:
            report.error("start", error)
            # The server may have started it before the error: look before starting again.
            existing = again("list", lambda: _mine(list(imports.list()), plan))
            if existing is not None:
                report.found()
                import_id = existing.id
                break
    if import_id is None:
        return f"workflow {plan.number}: could not start"
    waited = again("wait", lambda: imports.wait(import_id, poll_interval=POLL_INTERVAL, timeout=WAIT_TIMEOUT))
    listed = again("list", lambda: _mine(list(imports.list()), plan))
    described = again("describe", lambda: imports.describe(import_id))
    return _verdict(plan, waited, listed, described)


async def run_async(client: Any, plan: Plan, report: Report) -> str | None:
    imports = client.imports

    async def again(step: str, call: Callable[[], Awaitable[Any]]) -> Any:
        return await _again_async(report, step, call)

    async def listing() -> Any:
        return _mine([model async for model in imports.list()], plan)

    import_id = None
    for _ in range(ATTEMPTS):
        try:
            import_id = (await imports.start(plan.uri, error_mode=plan.error_mode)).id
            break
        except errors.ImportNotStartedError as error:
            report.error("start", error)  # the service lists none: starting again cannot make a second
        except errors.ApiError as error:
            report.error("start", error)
            existing = await again("list", listing)
            if existing is not None:
                report.found()
                import_id = existing.id
                break
    if import_id is None:
        return f"workflow {plan.number}: could not start"
    waited = await again("wait", lambda: imports.wait(import_id, poll_interval=POLL_INTERVAL, timeout=WAIT_TIMEOUT))
    listed = await again("list", listing)
    described = await again("describe", lambda: imports.describe(import_id))
    return _verdict(plan, waited, listed, described)


def _vector_verdict(plan: VectorPlan, fetched: dict[str, Any], queried: list[tuple[str, Any]]) -> str | None:
    """None when every vector was fetched as upserted and each query by id found that vector first."""
    for n, id_ in enumerate(plan.ids()):
        found = fetched.get(id_)
        expected = plan.vector(n)
        if found is None:
            return f"vector workflow {plan.number}: fetch did not return {id_}"
        got = found.to_dict()
        if (got.get("values"), got.get("metadata")) != (expected["values"], expected["metadata"]):
            return f"vector workflow {plan.number}: fetch returned {id_} as {got}, expected {expected}"
    for id_, answer in queried:
        matches = answer.matches or []
        if not matches or matches[0].id != id_:
            return f"vector workflow {plan.number}: a query by {id_} found {[m.id for m in matches]}, not it first"
    return None


def _fetched(answers: Any) -> dict[str, Any]:
    return {id_: vector for answer in answers for id_, vector in answer.vectors.additional_properties.items()}


def _sample(plan: VectorPlan) -> list[str]:
    return random.Random(plan.number).sample(plan.ids(), min(QUERIES, plan.count))


def _id_batches(plan: VectorPlan) -> list[list[str]]:
    ids = plan.ids()
    return [ids[start : start + FETCH_BATCH] for start in range(0, len(ids), FETCH_BATCH)]


def run_vectors_sync(client: Any, plan: VectorPlan, report: Report) -> str | None:
    """Upsert the plan's vectors with upsert_many, sending its failed batches again until none is left; then
    fetch them all and query some by id."""
    vectors, namespace = client.vectors, plan.namespace
    options = {"namespace": namespace, "batch_size": plan.batch, "concurrency": VECTOR_CONCURRENCY}
    result = vectors.upsert_many(plan.vectors(), **options)
    report.written(result)
    for _ in range(ATTEMPTS):
        if result.ok:
            break
        result = vectors.upsert_many(result.failed, **options)
        report.written(result)

    def fetch(ids: list[str]) -> Any:
        return _again(report, "fetch", lambda: vectors.fetch(ids=ids, namespace=namespace))

    def query(id_: str) -> tuple[str, Any]:
        return id_, _again(report, "query", lambda: vectors.query(id=id_, top_k=3, namespace=namespace))

    with ThreadPoolExecutor(VECTOR_CONCURRENCY) as pool:
        fetched = _fetched(pool.map(fetch, _id_batches(plan)))
        queried = list(pool.map(query, _sample(plan)))
    if not result.ok:
        return f"vector workflow {plan.number}: {len(result.failed_ids)} vectors still not written"
    return _vector_verdict(plan, fetched, queried)


async def run_vectors_async(client: Any, plan: VectorPlan, report: Report) -> str | None:
    """The same as :func:`run_vectors_sync`, with the async client."""
    vectors, namespace = client.vectors, plan.namespace
    options = {"namespace": namespace, "batch_size": plan.batch, "concurrency": VECTOR_CONCURRENCY}
    result = await vectors.upsert_many(plan.vectors(), **options)
    report.written(result)
    for _ in range(ATTEMPTS):
        if result.ok:
            break
        result = await vectors.upsert_many(result.failed, **options)
        report.written(result)
    gate = asyncio.Semaphore(VECTOR_CONCURRENCY)

    async def gated(step: str, call: Callable[[], Awaitable[Any]]) -> Any:
        async with gate:
            return await _again_async(report, step, call)

    def fetch(ids: list[str]) -> Awaitable[Any]:
        return gated("fetch", lambda: vectors.fetch(ids=ids, namespace=namespace))

    async def query(id_: str) -> tuple[str, Any]:
        return id_, await gated("query", lambda: vectors.query(id=id_, top_k=3, namespace=namespace))

    fetched = _fetched(await asyncio.gather(*map(fetch, _id_batches(plan))))
    queried = list(await asyncio.gather(*map(query, _sample(plan))))
    if not result.ok:
        return f"vector workflow {plan.number}: {len(result.failed_ids)} vectors still not written"
    return _vector_verdict(plan, fetched, queried)


def stored_once(emulator: Any, plans: list[VectorPlan]) -> tuple[int, int, list[str]]:
    """With the faults off: the vectors stored once with their values and metadata, the records beyond the
    planned ones, and what is wrong."""
    stored, wrong = 0, []
    with v2026_04.Client(host=emulator.url, api_key=emulator.api_key) as client:
        counts = index_counts(client.vectors.describe_index_stats())
        extra = sum(max(0, counts.get(plan.namespace, 0) - plan.count) for plan in plans)
        for plan in plans:
            if counts.get(plan.namespace) != plan.count:
                wrong.append(f"vector workflow {plan.number}: {counts.get(plan.namespace)} vectors, not {plan.count}")
                continue
            answers = [client.vectors.fetch(ids=ids, namespace=plan.namespace) for ids in _id_batches(plan)]
            verdict = _vector_verdict(plan, _fetched(answers), [])
            if verdict is None:
                stored += plan.count
            else:
                wrong.append(f"with the faults off, {verdict}")
    return stored, extra, wrong


# ---------------------------------------------------------------- the campaign


@dataclass(frozen=True)
class Setup:
    """The faults of a campaign. Half the workflows get 503s with ``retry_after``, half without the header."""

    fail_rate: float = 0.3
    retry_after: float = 1.0
    latency: tuple[float, float] = (0.1, 0.5)
    drop_rate: float = 0.05
    lost_response_rate: float = 0.05
    seed: int = 0
    concurrency: int = 16
    timeout: float = 10.0
    upsert_batch: int = UPSERT_BATCH


def write_datasets(bucket_root: Path, workflows: list[Plan]) -> None:
    for plan in workflows:
        write_dataset(
            bucket_root / BUCKET / f"workflow-{plan.number}",
            {f"ns-{plan.number}": plan.records},
            bad_records=plan.bad_records,
            seed=plan.number,
        )


def campaign(bucket_root: Path, workflows: int, setup: Setup, *, vectors: int = 0) -> Figures:
    """Write the datasets, start an emulator with the faults of ``setup``, run the import workflows and vector
    workflows upserting ``vectors`` in all, count."""
    planned = plans(workflows, setup.seed)
    with_header, without = vector_plans(vectors, 2, setup.upsert_batch)
    write_datasets(bucket_root, planned)
    faults = Faults(
        fail_rate=setup.fail_rate,
        retry_after=setup.retry_after,
        latency=setup.latency,
        drop_rate=setup.drop_rate,
        lost_response_rate=setup.lost_response_rate,
        seed=setup.seed,
    )
    with running_emulator(bucket_root=bucket_root, faults=faults) as emulator:
        half = len(planned) // 2
        rounds = [Round(setup.retry_after, planned[:half], with_header), Round(None, planned[half:], without)]
        return run_campaign(emulator, rounds, setup)


@dataclass(frozen=True)
class Round:
    """Workflows run with one Retry-After on the injected 503s (None: no header)."""

    retry_after: float | None
    imports: list[Plan]
    vectors: list[VectorPlan]


def run_campaign(emulator: Any, rounds: list[Round], setup: Setup) -> Figures:
    """Run each round's workflows against ``emulator``: sync ones in threads and async ones in one event loop,
    ``setup.concurrency`` import workflows of each at a time, beside the vector workflows. Then, with the
    faults turned off, count imports per dataset and check every vector stored."""
    counter = Counts()
    report = Report()
    clients = {
        (facade.API_VERSION, face): counted_client(facade, face, emulator, counter, setup.timeout)
        for facade in FACADES
        for face in FACES
    }
    verdicts: list[str | None] = []
    vector_verdicts: list[str | None] = []
    # One event loop for every async workflow: an async client's connections belong to the loop that made them.
    loop = asyncio.new_event_loop()
    loop_thread = threading.Thread(target=loop.run_forever, name="soak-async-workflows", daemon=True)
    loop_thread.start()
    try:
        with ThreadPoolExecutor(setup.concurrency) as pool:
            for round_ in rounds:
                emulator.faults.retry_after = round_.retry_after
                async_round = _async_round(clients, round_, report, setup.concurrency)
                async_verdicts = asyncio.run_coroutine_threadsafe(async_round, loop)
                sync_vectors = [
                    pool.submit(_guarded(run_vectors_sync, clients[plan.version, "sync"], plan, report))
                    for plan in round_.vectors
                    if plan.face == "sync"
                ]
                sync_plans = [plan for plan in round_.imports if plan.face == "sync"]
                verdicts += pool.map(
                    lambda plan: _guarded(run_sync, clients[plan.version, "sync"], plan, report)(), sync_plans
                )
                vector_verdicts += [future.result() for future in sync_vectors]
                imported, vectored = async_verdicts.result()
                verdicts += imported
                vector_verdicts += vectored
    finally:
        for (_, face), client in clients.items():
            if face == "sync":
                client.close()
            else:
                asyncio.run_coroutine_threadsafe(client.aclose(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        loop_thread.join()
        loop.close()
    wrong = [verdict for verdict in verdicts if verdict is not None]
    vectors_wrong = [verdict for verdict in vector_verdicts if verdict is not None]
    dupes = duplicates(emulator)  # turns the faults off
    vector_plans_run = [plan for round_ in rounds for plan in round_.vectors]
    stored, extra, not_stored = stored_once(emulator, vector_plans_run)
    planned_vectors = sum(plan.count for plan in vector_plans_run)
    if report.vectors_written != planned_vectors:
        not_stored.append(
            f"the upsert_many results counted {report.vectors_written:,} vectors written, not {planned_vectors:,}"
        )
    return Figures(
        workflows=len(verdicts),
        right=len(verdicts) - len(wrong),
        wrong=wrong + vectors_wrong + not_stored,
        imports_started=emulator.imports_started,
        duplicates=dupes,
        faults_injected=Counter(emulator.faults_injected),
        calls=counter.calls,
        attempts=counter.attempts,
        reported=report.reported,
        starts_found_after_error=report.found_after_error,
        vector_workflows=len(vector_verdicts),
        vectors_right=len(vector_verdicts) - len(vectors_wrong),
        vectors_planned=planned_vectors,
        vectors_stored=stored,
        upsert_calls=counter.calls_by[UPSERT],
        upsert_attempts=counter.attempts_by[UPSERT],
        vectors_written=report.vectors_written,
        failed_batches=report.failed_batches,
        vector_duplicates=extra + max(0, report.vectors_written - planned_vectors),
    )


def _guarded(
    run: Callable[[Any, Any, Report], str | None], client: Any, plan: Plan | VectorPlan, report: Report
) -> Callable[[], str | None]:
    def guarded() -> str | None:
        try:
            return run(client, plan, report)
        except errors.PineconeDataplaneError as error:  # out of patience, or wait() timed out
            return f"{_name(plan)}: {type(error).__name__}: {error}"

    return guarded


def _name(plan: Plan | VectorPlan) -> str:
    return f"vector workflow {plan.number}" if isinstance(plan, VectorPlan) else f"workflow {plan.number}"


async def _async_round(
    clients: dict[tuple[str, str], Any], round_: Round, report: Report, concurrency: int
) -> tuple[list[str | None], list[str | None]]:
    """The round's async import workflows (``concurrency`` at a time) and async vector workflows."""
    gate = asyncio.Semaphore(concurrency)

    async def guarded(run: Callable[[Any, Any, Report], Awaitable[str | None]], plan: Plan | VectorPlan) -> str | None:
        try:
            return await run(clients[plan.version, "async"], plan, report)
        except errors.PineconeDataplaneError as error:
            return f"{_name(plan)}: {type(error).__name__}: {error}"

    async def one(plan: Plan) -> str | None:
        async with gate:
            return await guarded(run_async, plan)

    vectors = asyncio.gather(*(guarded(run_vectors_async, plan) for plan in round_.vectors if plan.face == "async"))
    imported = await asyncio.gather(*(one(plan) for plan in round_.imports if plan.face == "async"))
    return list(imported), list(await vectors)


def duplicates(emulator: Any) -> int:
    """Imports beyond the first of each dataset, read with faults off so that the count is exact."""
    emulator.faults.fail_rate = emulator.faults.drop_rate = emulator.faults.lost_response_rate = 0.0
    emulator.faults.latency = (0.0, 0.0)
    with v2026_04.Client(host=emulator.url, api_key=emulator.api_key) as client:
        per_uri = Counter(model.uri for model in client.imports.list())
    return sum(count - 1 for count in per_uri.values())


# ---------------------------------------------------------------- a server that is down


@contextmanager
def server_down(kind: str) -> Iterator[str]:
    """The URL of a server that is down: "refused" (nothing listens on the port) or "silent" (the port
    accepts connections, but nothing ever reads or answers them)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        if kind == "refused":
            listener.close()
        else:
            listener.listen(64)  # the kernel completes handshakes into the backlog; no one accepts
        yield url
    finally:
        listener.close()


def give_up(url: str, call: Callable[[Any], Any], *, max_retries: int, timeout: float) -> tuple[BaseException, float]:
    """What ``call(client)`` raises against ``url``, and the real seconds it took to give up."""
    with v2026_04.Client(host=url, api_key="soak-key", max_retries=max_retries, timeout=timeout) as client:
        started = time.monotonic()
        try:
            call(client)
        except errors.ApiError as error:
            return error, time.monotonic() - started
    raise AssertionError("a call to a server that is down returned")
