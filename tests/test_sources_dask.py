"""engine="dask": the same checks on a local cluster of two workers give the local run's report, and a Dask
DataFrame is written a partition per task."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pinecone_dataplane import v2026_04
from pinecone_dataplane.cli import main
from pinecone_dataplane.emulator import running_emulator, write_dataset
from pinecone_dataplane.sources import (
    ProblemKind,
    find_missing_ids,
    source_row_counts,
    validate_source,
    write,
)

from .source_support import DIMENSION, ROW_DEFECTS, dense_columns, parquet_bytes, table

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
dask_dataframe = pytest.importorskip("dask.dataframe")


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """Two workers in this process (threads, not processes: a start-up of well under a second), one per module."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0"
        ) as local,
        distributed.Client(local) as dask_client,
    ):
        yield dask_client


def _planted(root: Path) -> str:
    """A source holding every planted defect of the source tests, across namespaces and files."""
    for number, defect in enumerate(ROW_DEFECTS):
        namespace = "sparse" if defect.sparse else f"dense-{number % 3}"
        target = root / namespace / f"part-{number:03d}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(parquet_bytes(defect.table()))
    # Ids repeated across files of one namespace, a file that is not Parquet, and a schema problem.
    (root / "dense-0" / "part-900.parquet").write_bytes(parquet_bytes(table(dense_columns(10))))
    (root / "dense-1" / "part-901.parquet").write_bytes(b"not parquet")
    wide = table(dense_columns(5)).append_column("extra", table(dense_columns(5)).column("id"))
    (root / "dense-2" / "part-902.parquet").write_bytes(parquet_bytes(wide))
    return root.as_uri()


@pytest.mark.parametrize("full", [True, False], ids=["full", "sampled"])
def test_the_cluster_gives_the_local_report_on_a_source_with_planted_defects(
    tmp_path: Path, cluster: object, full: bool
) -> None:
    uri = _planted(tmp_path)

    local = validate_source(uri, dimension=DIMENSION, full=full, sample_rows=8)
    distributed_report = validate_source(uri, dimension=DIMENSION, full=full, sample_rows=8, engine="dask")

    assert distributed_report == local
    found = set(local.problem_counts)
    assert {ProblemKind(defect.kind) for defect in ROW_DEFECTS if not full or defect.kind != "duplicate_id"} <= found
    assert {ProblemKind.UNREADABLE_FILE, ProblemKind.EXTRA_COLUMN} <= found
    assert local.problem_counts[ProblemKind.DUPLICATE_ID] >= 10  # part-900 repeats part-000's ids


def test_the_cluster_keeps_the_same_first_problems_when_there_are_more(tmp_path: Path, cluster: object) -> None:
    uri = _planted(tmp_path)

    local = validate_source(uri, dimension=DIMENSION, full=True, max_problems=4)
    assert validate_source(uri, dimension=DIMENSION, full=True, max_problems=4, engine="dask") == local
    assert local.problems_truncated


def test_counts_and_ids_read_on_the_cluster_are_the_local_ones(tmp_path: Path, cluster: object) -> None:
    present = {"r1", "s3"}

    def existing(namespace: str, ids: list[str]) -> set[str]:
        return present & set(ids)

    clean = tmp_path / "clean"
    write({"id": [f"r{n}" for n in range(50)], "values": np.ones((50, DIMENSION))}, str(clean), namespace="a")
    write({"id": [f"s{n}" for n in range(20)], "values": np.ones((20, DIMENSION))}, str(clean), namespace="b")
    source = clean.as_uri()
    assert source_row_counts(source, engine="dask") == source_row_counts(source) == {"a": 50, "b": 20}
    local = list(find_missing_ids(source, existing, batch_size=7))
    assert list(find_missing_ids(source, existing, batch_size=7, engine="dask")) == local
    assert len(local) == 68


def test_a_dask_dataframe_is_written_a_partition_per_task_and_validates(tmp_path: Path, cluster: object) -> None:
    rows = 400
    frame = pd.DataFrame(
        {
            "id": [f"doc-{n}" for n in range(rows)],
            "values": list(np.random.default_rng(5).random((rows, DIMENSION))),
            "metadata": [{"n": n} for n in range(rows)],
        }
    )
    with dask.config.set({"dataframe.convert-string": False}):  # else Dask turns lists and dicts into text
        parts = dask_dataframe.from_pandas(frame, npartitions=4)
    written = write(parts, str(tmp_path), namespace="books")

    assert [file.path.rsplit("/", 1)[1] for file in written.files] == [
        f"part-{partition:05d}-00000.parquet" for partition in range(4)
    ]
    assert written.rows == rows
    report = validate_source(written.uri, dimension=DIMENSION, full=True, engine="dask")
    assert report.ok, report.problems
    assert report.rows_checked == rows


def test_repeated_ids_across_partitions_are_found_after_the_parallel_write(tmp_path: Path, cluster: object) -> None:
    frame = pd.DataFrame({"id": ["a", "b", "c", "a"], "values": list(np.ones((4, DIMENSION)))})
    with dask.config.set({"dataframe.convert-string": False}):
        parts = dask_dataframe.from_pandas(frame, npartitions=2)
    with pytest.raises(ValueError, match="id 'a' is also at row 0"):
        write(parts, str(tmp_path))


def test_the_clients_validate_and_verify_on_the_cluster_answer_as_the_local_run(
    tmp_path: Path, cluster: object
) -> None:
    uri = write_dataset(tmp_path / "b" / "partial", {"docs": 40, "__default__": 10}, bad_records=3).as_uri()
    with (
        running_emulator(bucket_root=tmp_path) as emulator,
        v2026_04.Client(emulator.url, emulator.api_key) as client,
    ):
        assert client.imports.validate(uri, full=True, engine="dask") == client.imports.validate(uri, full=True)
        started = client.imports.start(uri, error_mode="continue")
        client.imports.wait(started.id, poll_interval=0.01, timeout=30)
        local = client.imports.verify(started.id, full=True)
        on_cluster = client.imports.verify(started.id, full=True, engine="dask")

        async def asynchronously() -> object:
            async with v2026_04.AsyncClient(emulator.url, emulator.api_key) as async_client:
                return await async_client.imports.verify(started.id, full=True, engine="dask")

        on_cluster_async = asyncio.run(asynchronously())
    assert on_cluster == on_cluster_async == local
    assert not local.ok
    assert len(local.missing or ()) == 3


def test_the_command_line_reads_on_the_cluster_it_is_given(
    tmp_path: Path, cluster: object, capsys: pytest.CaptureFixture[str]
) -> None:
    uri = _planted(tmp_path)
    address = cluster.scheduler.address  # type: ignore[attr-defined]

    local = main(["--json", "imports", "validate", uri, "--dimension", str(DIMENSION), "--full"])
    local_out = capsys.readouterr().out
    code = main(["--json", "imports", "validate", uri, "--dimension", str(DIMENSION), "--full", "--dask", address])

    assert (code, capsys.readouterr().out) == (local, local_out) == (5, local_out)
    assert json.loads(local_out)["problem_counts"]["duplicate_id"] >= 10
