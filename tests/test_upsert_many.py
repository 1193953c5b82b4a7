"""``client.vectors.upsert_many`` against the emulator on loopback: every input type, sync and async, batches by
count and by body size, a batch that fails midway reported with its ids and error, failed batches sent again,
and injected faults (503s, dropped connections, lost answers) that lose nothing."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from pinecone_dataplane import UpsertProgress, UpsertResult, available_versions, errors, v2026_07
from pinecone_dataplane._lib._upsert import MAX_REQUEST_BYTES
from pinecone_dataplane._versions import is_prerelease, module_name
from pinecone_dataplane.emulator import Faults, RunningEmulator, running_emulator

DIMENSION = 4
FACES = ("sync", "async")


@pytest.fixture
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(dimension=DIMENSION, metric="dotproduct") as running:
        yield running


def vector(n: int) -> dict[str, Any]:
    # Multiples of 1/8 are exact in float32: what is fetched back compares equal.
    return {
        "id": f"v-{n:04d}",
        "values": [n % 8 / 8, 0.25, -0.5, 1.0],
        "sparse_values": {"indices": [n % 5, 7], "values": [0.5, 0.125]},
        "metadata": {"n": n, "parity": "even" if n % 2 == 0 else "odd"},
    }


def upsert_many(emulator: RunningEmulator, face: str, *args: Any, facade: Any = v2026_07, **kwargs: Any) -> Any:
    """``client.vectors.upsert_many(*args, **kwargs)`` with a new client of ``face``."""
    client_options = kwargs.pop("client_options", {})
    if face == "sync":
        with facade.Client(emulator.url, emulator.api_key, **client_options) as client:
            return client.vectors.upsert_many(*args, **kwargs)

    async def run() -> Any:
        async with facade.AsyncClient(emulator.url, emulator.api_key, **client_options) as client:
            return await client.vectors.upsert_many(*args, **kwargs)

    return asyncio.run(run())


def stored(emulator: RunningEmulator, ids: list[str], namespace: str = "ns") -> dict[str, dict[str, Any]]:
    """What the index holds for ``ids``: id -> the vector as fetched (values, sparse values, metadata)."""
    found: dict[str, dict[str, Any]] = {}
    with v2026_07.Client(emulator.url, emulator.api_key) as client:
        for start in range(0, len(ids), 100):
            answer = client.vectors.fetch(ids=ids[start : start + 100], namespace=namespace)
            for id_, model in answer.vectors.additional_properties.items():
                found[id_] = model.to_dict()
    return found


def expected(vectors: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The vectors as fetch returns them (camelCase)."""
    return {
        v["id"]: {
            "id": v["id"],
            "values": v["values"],
            "sparseValues": v["sparse_values"],
            "metadata": v["metadata"],
        }
        for v in vectors
    }


def as_tuples(vectors: list[dict[str, Any]]) -> list[tuple[str, Any, dict[str, Any]]]:
    return [(v["id"], v["values"], v["metadata"]) for v in vectors]


# Each input type, as a function of the vectors it must carry; what it cannot carry (tuples: sparse values) is
# left out of what the index must then hold.
INPUTS: dict[str, Callable[[list[dict[str, Any]]], tuple[tuple[Any, ...], dict[str, Any]]]] = {
    "list of dicts": lambda vs: ((vs,), {}),
    "generator of camelCase dicts": lambda vs: (((_camel_case(v) for v in vs),), {}),
    "generated Vector models": lambda vs: (([v2026_07.models.Vector.from_dict(_camel_case(v)) for v in vs],), {}),
    "pandas DataFrame": lambda vs: ((pd.DataFrame(vs),), {}),
    "pyarrow Table": lambda vs: ((pa.Table.from_pylist(vs),), {}),
    "pyarrow RecordBatchReader": lambda vs: ((_reader(pa.Table.from_pylist(vs)),), {}),
    "numpy arrays": lambda vs: (
        (),
        {
            "ids": np.array([v["id"] for v in vs]),
            "values": np.array([v["values"] for v in vs], dtype=np.float32),
            "sparse_values": [v["sparse_values"] for v in vs],
            "metadata": [v["metadata"] for v in vs],
        },
    ),
}


def _camel_case(v: dict[str, Any]) -> dict[str, Any]:
    return {"id": v["id"], "values": v["values"], "sparseValues": v["sparse_values"], "metadata": v["metadata"]}


def _reader(table: pa.Table) -> pa.RecordBatchReader:
    """A stream of small record batches, as a Parquet or Flight reader hands them over."""
    return pa.RecordBatchReader.from_batches(table.schema, table.to_batches(max_chunksize=7))


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_every_input_type_is_written_exactly_in_batches(emulator: RunningEmulator, face: str, kind: str) -> None:
    vectors = [vector(n) for n in range(53)]
    args, kwargs = INPUTS[kind](vectors)
    seen: list[UpsertProgress] = []
    result = upsert_many(emulator, face, *args, namespace="ns", batch_size=10, on_progress=seen.append, **kwargs)
    assert result == UpsertResult(written=53, batches=6, failed=())
    assert result.ok
    assert [progress.written for progress in seen] == sorted(progress.written for progress in seen)
    assert seen[-1].written == 53
    assert seen[-1].batches == 6
    assert stored(emulator, [v["id"] for v in vectors]) == expected(vectors)


def test_tuples_carry_id_values_and_metadata(emulator: RunningEmulator) -> None:
    vectors = [vector(n) for n in range(12)]
    result = upsert_many(emulator, "sync", as_tuples(vectors), namespace="ns")
    assert (result.written, result.batches) == (12, 1)
    found = stored(emulator, [v["id"] for v in vectors])
    assert {id_: (v["values"], v["metadata"]) for id_, v in found.items()} == {
        v["id"]: (v["values"], v["metadata"]) for v in vectors
    }


@pytest.mark.parametrize(
    "version", [version for version in available_versions() if not is_prerelease(version)], ids=str
)
def test_every_api_version_has_upsert_many(emulator: RunningEmulator, version: str) -> None:
    facade = importlib.import_module(module_name(version))
    vectors = [vector(n) for n in range(5)]
    assert upsert_many(emulator, "sync", vectors, namespace="ns", facade=facade).written == 5
    assert upsert_many(emulator, "async", vectors, namespace="ns", facade=facade).written == 5


@pytest.mark.parametrize("face", FACES)
def test_bodies_stay_under_the_request_limit(face: str) -> None:
    # 3,000 vectors of about 3.4 KB each (96 dimensions, 3 KB of metadata): 1000 a request would be 3.4 MB, so
    # the body limit closes each batch at about 580 vectors, six requests in all.
    sizes: list[int] = []
    counts: list[int] = []

    def record(request: httpx.Request) -> None:
        sizes.append(len(request.content))
        counts.append(request.content.count(b'"id":'))

    async def record_async(request: httpx.Request) -> None:
        record(request)

    vectors = ({"id": f"w-{n:04d}", "values": [0.5] * 96, "metadata": {"text": "x" * 3000}} for n in range(3000))
    with running_emulator(dimension=96) as emulator:
        if face == "sync":
            http = httpx.Client(event_hooks={"request": [record]})
            with v2026_07.Client(emulator.url, emulator.api_key, http_client=http) as client:
                result = client.vectors.upsert_many(vectors, namespace="big")
        else:

            async def run() -> Any:
                http = httpx.AsyncClient(event_hooks={"request": [record_async]})
                async with v2026_07.AsyncClient(emulator.url, emulator.api_key, http_client=http) as client:
                    return await client.vectors.upsert_many(vectors, namespace="big")

            result = asyncio.run(run())
        assert emulator.state.store.count("big") == 3000
    assert (result.written, result.batches) == (3000, 6)
    assert sum(counts) == 3000
    assert len(sizes) == 6
    assert max(sizes) <= MAX_REQUEST_BYTES
    # Full batches: no room left in any but the last for one more vector.
    assert sorted(sizes)[1] > MAX_REQUEST_BYTES - 3500


@pytest.mark.parametrize("face", FACES)
def test_a_batch_the_server_refuses_midway_is_reported_with_its_ids_and_error(
    emulator: RunningEmulator, face: str
) -> None:
    vectors = [vector(n) for n in range(40)]
    vectors[15]["values"] = [1.0, 2.0]  # the wrong dimension: the whole request of vectors 10-19 is refused
    result = upsert_many(emulator, face, vectors, namespace="ns", batch_size=10, concurrency=2)
    assert (result.written, result.batches, result.ok) == (30, 4, False)
    [failed] = result.failed
    assert failed.ids == tuple(f"v-{n:04d}" for n in range(10, 20))
    assert failed.namespace == "ns"
    assert isinstance(failed.error, errors.BadRequestError)
    assert "dimension" in str(failed.error)
    assert result.failed_ids == list(failed.ids)
    written = [v for n, v in enumerate(vectors) if not 10 <= n < 20]
    assert stored(emulator, [v["id"] for v in vectors]) == expected(written)


@pytest.mark.parametrize("face", FACES)
def test_injected_faults_lose_nothing_and_failed_batches_go_again(face: str) -> None:
    # 300 vectors, 10 a batch, against 503s, dropped connections and lost answers, with no retries in the
    # client: failures must be reported batch by batch, and passing them back must finish the job.
    vectors = [vector(n) for n in range(300)]
    faults = Faults(fail_rate=0.2, drop_rate=0.1, lost_response_rate=0.1, retry_after=0.0, seed=7)
    with running_emulator(dimension=DIMENSION, metric="dotproduct", faults=faults) as emulator:
        options = {"client_options": {"max_retries": 0}, "namespace": "ns", "batch_size": 10, "concurrency": 4}
        result = upsert_many(emulator, face, vectors, **options)
        runs = [result]
        assert result.failed, "the faults injected should have failed some of 30 batches"
        assert result.written + len(result.failed_ids) == 300
        assert all(isinstance(batch.error, errors.ApiError) for batch in result.failed)
        for _ in range(20):
            if result.ok:
                break
            result = upsert_many(emulator, face, result.failed, **options)
            runs.append(result)
        assert result.ok
        emulator.faults.fail_rate = emulator.faults.drop_rate = emulator.faults.lost_response_rate = 0.0
        assert sum(run.written for run in runs) == 300  # each vector counted once, in the run that wrote it
        assert emulator.state.store.count("ns") == 300
        assert stored(emulator, [v["id"] for v in vectors]) == expected(vectors)


def test_the_client_retry_policy_retries_each_batch(emulator: RunningEmulator) -> None:
    emulator.faults.fail_rate = 0.3
    emulator.faults.retry_after = 0.0
    vectors = [vector(n) for n in range(100)]
    result = upsert_many(emulator, "sync", vectors, namespace="ns", batch_size=10, client_options={"max_retries": 10})
    assert result == UpsertResult(written=100, batches=10, failed=())
    assert emulator.faults_injected["fail"] > 0


def test_input_is_read_as_it_is_sent_not_all_at_once(emulator: RunningEmulator) -> None:
    read = 0
    read_at_first_batch: list[int] = []

    def vectors() -> Iterator[dict[str, Any]]:
        nonlocal read
        for n in range(500):
            read += 1
            yield vector(n)

    def progress(update: UpsertProgress) -> None:
        if not read_at_first_batch:
            read_at_first_batch.append(read)

    result = upsert_many(
        emulator, "sync", vectors(), namespace="ns", batch_size=10, concurrency=2, on_progress=progress
    )
    assert result.written == 500
    # At most the batches in flight, the one being filled, and the one waiting for a free slot.
    assert read_at_first_batch[0] <= 10 * 4


@pytest.mark.parametrize(
    ("vectors", "message"),
    [
        ([{"values": [1.0, 0, 0, 0]}], "vector 0 has no id"),
        ([{"id": "a", "values": [1.0, 0, 0, 0], "score": 1}], "vector 0 has a field 'score'"),
        ([{"id": "a"}], "vector 'a' has neither values nor sparse values"),
        ([{"id": "a", "values": [1.0, 0, 0, 0], "metadata": [1]}], "vector 'a': metadata must be a mapping"),
        ([{"id": "a", "values": [1.0, 0, 0, 0], "metadata": "{x"}], "vector 'a': metadata is not JSON"),
        ([{"id": "a", "values": [1.0, 0, 0, 0], "sparse_values": [1]}], "vector 'a': sparse values must be"),
        ([{"id": "a", "values": [1.0] * 600_000}], "over the service's 2,000,000-byte request limit"),
    ],
)
def test_bad_vectors_are_refused_with_a_message_that_names_them(
    emulator: RunningEmulator, vectors: list[Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        upsert_many(emulator, "sync", vectors)


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((), {}, TypeError, "needs vectors"),
        (([vector(0)],), {"ids": ["a"], "values": [[0.0] * 4]}, TypeError, "either the vectors or ids="),
        ((), {"values": [[0.0] * 4]}, TypeError, "go with ids="),
        (("not vectors",), {}, TypeError, "got str"),
        (([vector(0)],), {"batch_size": 1001}, ValueError, "batch_size must be between 1 and 1000"),
        (([vector(0)],), {"concurrency": 0}, ValueError, "concurrency must be 1 or more"),
        ((), {"ids": ["a", "b"], "values": [[0.0] * 4]}, ValueError, "2 ids but 1 values"),
        (([3],), {}, TypeError, "vector 0 is a int"),
        ((pd.DataFrame({"key": ["a"], "values": [[0.0] * 4]}),), {}, ValueError, "unknown: key"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_sent(
    emulator: RunningEmulator, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        upsert_many(emulator, "sync", *args, **kwargs)
    assert emulator.state.requests["POST /vectors/upsert"] == 0
