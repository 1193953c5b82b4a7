"""``engine="dask"``: a source's files read on the workers of a Dask cluster, the results merged here.

One task per file, running the same functions a local run does (:func:`._parquet.check_file`, the batch
rules of :mod:`._checks`); the caller merges the tasks' checks (:func:`._checks.merge` is associative), asks
the workers again for the ids whose hashes were seen twice, and builds the report exactly as a local run
does, so both give the same report. Each worker reads the source with its own environment and credentials
(the URI is sent, not this process's filesystem), unless a ``filesystem`` was given, which is then sent.

The cluster is the one of the Dask client current in this process (``distributed.Client(...)``, or
``with client.as_current():``): the caller chooses where it runs. Only the reading of the source runs on
the workers; the index is asked from this process, so an API key never leaves it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from ..errors import SourceError
from . import _checks, _parquet, _storage
from ._checks import VectorType
from .reports import SourceFile, SourceReport


def current_client() -> Any:
    """The Dask client current in this process; a clear error when there is none or Dask is missing."""
    try:
        import distributed
    except ModuleNotFoundError:
        from .._install import extra_install_command

        raise ModuleNotFoundError(
            f"engine='dask' needs Dask's distributed scheduler: {extra_install_command('dask')}", name="distributed"
        ) from None
    try:
        return distributed.default_client()  # type: ignore[no-untyped-call]
    except ValueError:
        raise ValueError(
            "engine='dask' runs on the current Dask client, and there is none: create one first, "
            "distributed.Client() for a cluster on this machine or distributed.Client('tcp://SCHEDULER:8786') "
            "for yours"
        ) from None


@functools.lru_cache(maxsize=64)
def _located(uri: str) -> _storage.Location:
    # A worker locates each source once: S3 may ask AWS for the bucket's region.
    return _storage.locate(uri)


def _location(uri: str, filesystem: Any) -> _storage.Location:
    return _located(uri) if filesystem is None else _storage.locate(uri, filesystem)


def _check_file(
    uri: str, filesystem: Any, reading: _parquet.Reading, namespace: str, path: str
) -> tuple[SourceFile, _checks.BatchCheck]:
    location = _location(uri, filesystem)
    file, parts = _parquet.check_file(location, namespace, path, reading)
    return file, _checks.merge(parts)


def _suspect_ids(uri: str, filesystem: Any, path: str, rows: list[int]) -> list[tuple[int, str | None]]:
    return _parquet.suspect_ids(_location(uri, filesystem), path, rows)


def _file_rows(uri: str, filesystem: Any, path: str) -> int:
    return _parquet.file_rows(_location(uri, filesystem), path)


def _file_ids(uri: str, filesystem: Any, path: str) -> list[str]:
    # Repeats within a file are dropped here: the caller reports each missing id once anyway.
    return list(dict.fromkeys(_parquet.ids(_location(uri, filesystem), path)))


def _gathered(futures: list[Any]) -> list[Any]:
    """The tasks' results, in order; a worker's SourceError raised here as it was."""
    results: list[Any] = current_client().gather(futures)
    return results


def check_source(
    location: _storage.Location,
    layout: _storage.Layout,
    *,
    filesystem: Any,
    dimension: int | None,
    vector_type: VectorType | None,
    sample_rows: int | None,
    max_problems: int,
) -> SourceReport:
    """What :func:`._parquet.check_source` answers, each file checked by a task on the cluster."""
    client = current_client()
    uri, shipped = location.uri, filesystem
    reading = _parquet.Reading(dimension, vector_type, sample_rows, max_problems)
    task = functools.partial(_check_file, uri, shipped, reading)
    namespaces = [namespace for namespace, _ in layout.files]
    paths = [path for _, path in layout.files]
    results = _gathered(client.map(task, namespaces, paths, pure=False)) if paths else []
    found = _checks.merge(check for _, check in results)
    files = [file for file, _ in results]

    def read_suspects(wanted: list[tuple[str, str, list[int]]]) -> list[list[tuple[int, str | None]]]:
        if not wanted:
            return []
        read = functools.partial(_suspect_ids, uri, shipped)
        return _gathered(client.map(read, [path for _, path, _ in wanted], [rows for _, _, rows in wanted], pure=False))

    return _parquet.report(location, layout, files, found, read_suspects, full=sample_rows is None)


def row_counts(location: _storage.Location, layout: _storage.Layout, filesystem: Any) -> dict[str, int]:
    """Rows per namespace from the footers, each file's read by a task on the cluster."""
    client = current_client()
    uri, shipped = location.uri, filesystem
    paths = [path for _, path in layout.files]
    rows = _gathered(client.map(functools.partial(_file_rows, uri, shipped), paths, pure=False)) if paths else []
    counts: dict[str, int] = {}
    for (namespace, _), count in zip(layout.files, rows, strict=True):
        counts[namespace] = counts.get(namespace, 0) + count
    return counts


def file_ids(location: _storage.Location, files: list[tuple[str, str]], filesystem: Any) -> Iterator[list[str]]:
    """The importable ids of each file, in order, read by tasks on the cluster; one file's held here at a time."""
    if not files:
        return
    client = current_client()
    uri, shipped = location.uri, filesystem
    futures = client.map(functools.partial(_file_ids, uri, shipped), [path for _, path in files], pure=False)
    for index, future in enumerate(futures):
        try:
            yield future.result()
        except SourceError:
            for rest in futures[index:]:
                rest.cancel()
            raise
        futures[index] = None  # released on the cluster once read
