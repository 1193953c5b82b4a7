"""Import sources read where the import reads them: checking one before an import, counting it after.

A source is ``s3://BUCKET/PREFIX``, ``gs://BUCKET/PREFIX``,
``https://ACCOUNT.blob.core.windows.net/CONTAINER/PREFIX`` or ``file:///DIR``, read through pyarrow's
filesystems with each cloud's usual environment and credentials (for S3 also ``AWS_ENDPOINT_URL_S3``
or ``AWS_ENDPOINT_URL``, so MinIO and other S3-compatible stores work). Under it, one directory per
namespace (``__default__`` for the default namespace) holds the ``*.parquet`` files; the import ignores
everything else. Every function takes ``filesystem=``, a pyarrow filesystem to read through instead,
in which the URI's bucket and prefix (or directory) are the path.

A source that cannot be read (an unsupported URI, missing access, a network failure) raises one
:class:`~pinecone_dataplane.errors.SourceError` saying what failed and what to check. pyarrow (the
``parquet`` extra) is imported on the first call, not with this module.

These functions depend on no API version: the client's ``imports.validate`` and ``imports.verify``
and the command line are built on them.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any, Literal

from .reports import (
    NamespaceCount,
    Problem,
    ProblemKind,
    SourceFile,
    SourceReport,
    VerifyReport,
    WrittenSource,
)

__all__ = [
    "NamespaceCount",
    "Problem",
    "ProblemKind",
    "SourceFile",
    "SourceReport",
    "VerifyReport",
    "WrittenSource",
    "compare_counts",
    "find_missing_ids",
    "iter_source_ids",
    "source_row_counts",
    "validate_source",
    "write_source",
]

DEFAULT_NAMESPACE = "__default__"
# Where a source's files are read: here, or by the workers of the current Dask client (see :mod:`._distributed`).
Engine = Literal["local", "dask"]


def _check_engine(engine: object) -> None:
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")


def _require_pyarrow() -> None:
    """Raise the install line when pyarrow (the ``parquet`` extra) is missing; the reading modules need it."""
    if importlib.util.find_spec("pyarrow") is None:
        from .._install import extra_install_command

        raise ModuleNotFoundError(
            f"reading import sources needs pyarrow: {extra_install_command('parquet')}", name="pyarrow"
        )


def validate_source(
    uri: str,
    *,
    dimension: int | None,
    vector_type: Literal["dense", "sparse"] | None = None,
    sample_rows: int = 100,
    full: bool = False,
    filesystem: Any = None,
    max_problems: int = 1000,
    engine: Engine = "local",
) -> SourceReport:
    """Check the source as an import into an index of ``dimension`` and ``vector_type`` would read it.

    From the footers alone: the layout, each file's schema (``id`` string; ``values`` a list of float32
    or float64, whose length a fixed-size list states; ``sparse_values`` a struct of ``indices`` and
    ``values`` lists; ``metadata`` an optional JSON string; no other column) and its row count. Then
    rows: the first ``sample_rows`` of each file, or every row with ``full=True``, streamed in record
    batches of a few MB whatever the file's size. Each row's id (not null or empty, at most 512
    characters, not repeated in its namespace among the rows read), vector (present, ``dimension``
    numbers, finite; sparse indices unique and within 0..2**32-1) and metadata (a JSON object of at
    most 40 KB).

    ``dimension=None`` checks no length and reports the lengths seen (``report.dimensions``);
    ``vector_type=None`` accepts a file with dense or sparse vectors. ``report.problems`` lists at most
    ``max_problems`` problems; ``report.problem_counts`` counts all of them. ``sample_rows=0`` reads
    the footers only. A footer whose row count is not what its file holds is a problem of that file. Memory
    grows with the rows read only by 8 bytes a row (a hash of each id, to find repeated ones), and by 16
    more for a moment at the end.

    ``engine="dask"`` reads the files on the workers of the current Dask client (one task per file, the
    same checks) and gives the same report; only the merged results and the ids' hashes come back here.
    """
    if dimension is not None and dimension < 1:
        raise ValueError(f"dimension must be at least 1 or None, not {dimension}")
    if vector_type not in (None, "dense", "sparse"):
        raise ValueError(f"vector_type must be 'dense', 'sparse' or None, not {vector_type!r}")
    if sample_rows < 0 or max_problems < 0:
        raise ValueError(f"sample_rows and max_problems cannot be negative ({sample_rows}, {max_problems})")
    _check_engine(engine)
    _require_pyarrow()
    from . import _parquet, _storage

    location = _storage.locate(uri, filesystem)
    options: dict[str, Any] = {
        "dimension": dimension,
        "vector_type": vector_type,
        "sample_rows": None if full else sample_rows,
        "max_problems": max_problems,
    }
    if engine == "dask":
        from . import _distributed

        _distributed.current_client()  # no cluster: fail before reading anything
        return _distributed.check_source(location, _storage.list_layout(location), filesystem=filesystem, **options)
    return _parquet.check_source(location, _storage.list_layout(location), **options)


def write_source(
    data: Any,
    uri: str,
    *,
    namespace: str = DEFAULT_NAMESPACE,
    overwrite: bool = False,
    dimension: int | None = None,
    vector_type: Literal["dense", "sparse"] | None = None,
    file_bytes: int = 256 * 2**20,
    filesystem: Any = None,
) -> WrittenSource:
    """Write records as an import source: Parquet files under ``uri``/``namespace`` that an import reads.

    ``data`` is a pandas DataFrame, a pyarrow Table, RecordBatch or RecordBatchReader, a mapping of column
    names to arrays (numpy: ``{"id": ids, "values": matrix}``, a 2-D array of vectors), an iterable of
    records (dicts, streamed), or a Dask DataFrame (each partition written by a task of the current Dask
    client, in parallel). Its columns are the import's: ``id`` (strings), ``values`` (numbers, written as
    float32), ``sparse_values`` (``{"indices": [...], "values": [...]}``), ``metadata`` (dicts, written as
    JSON, or JSON strings); any other column is refused, never dropped.

    ``uri`` is a source URI (``s3://``, ``gs://``, Azure ``https://``, ``file://``) or a local directory. Files
    are ``part-NNNNN.parquet`` of about ``file_bytes`` each (the service takes at most 10 GB a file and 100,000
    files an import). Each row group is checked with the import's rules before it is written (against
    ``dimension``, or the first vector's length), and each file's footer once it is closed: a record an
    import would refuse raises :class:`~pinecone_dataplane.errors.InvalidRecordsError`, and the file it was
    bound for is deleted. Ids repeated across the whole write are found at the end (the files stay). A
    namespace that already holds Parquet files raises :class:`~pinecone_dataplane.errors.SourceExistsError`
    unless ``overwrite=True``, which deletes them first.
    """
    if not namespace or "/" in namespace or namespace in (".", ".."):
        raise ValueError(f"namespace must be a directory name (no '/'), not {namespace!r}")
    if dimension is not None and dimension < 1:
        raise ValueError(f"dimension must be at least 1 or None, not {dimension}")
    if vector_type not in (None, "dense", "sparse"):
        raise ValueError(f"vector_type must be 'dense', 'sparse' or None, not {vector_type!r}")
    if not 2**20 <= file_bytes <= 10 * 10**9:
        raise ValueError(f"file_bytes must be from 1 MiB to 10 GB (the service's limit per file), not {file_bytes}")
    _require_pyarrow()
    from . import _writing

    return _writing.write(
        data,
        uri,
        namespace=namespace,
        overwrite=overwrite,
        dimension=dimension,
        vector_type=vector_type,
        file_bytes=file_bytes,
        filesystem=filesystem,
    )


def source_row_counts(uri: str, *, filesystem: Any = None, engine: Engine = "local") -> dict[str, int]:
    """Rows per namespace in the source, from the Parquet footers alone (a file that is not Parquet raises).

    ``engine="dask"`` reads the footers on the workers of the current Dask client."""
    _check_engine(engine)
    _require_pyarrow()
    from . import _parquet, _storage

    location = _storage.locate(uri, filesystem)
    if engine == "dask":
        from . import _distributed

        return _distributed.row_counts(location, _storage.list_layout(location), filesystem)
    return _parquet.row_counts(location, _storage.list_layout(location))


def iter_source_ids(
    uri: str,
    *,
    batch_size: int = 1000,
    namespaces: Collection[str] | None = None,
    filesystem: Any = None,
    engine: Engine = "local",
) -> Iterator[tuple[str, list[str]]]:
    """(namespace, up to ``batch_size`` ids) in file and row order, streamed: memory holds one batch.

    A batch never mixes namespaces. Ids no import loads (null, empty, over 512 characters) are left out;
    :func:`validate_source` reports them. ``namespaces`` limits the reading to those namespaces.
    ``engine="dask"`` reads each file's ids on the workers of the current Dask client (each id once per
    file); memory here then holds one file's ids.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    _check_engine(engine)
    _require_pyarrow()
    from . import _parquet, _storage

    location = _storage.locate(uri, filesystem)
    files = [file for file in _storage.list_layout(location).files if namespaces is None or file[0] in namespaces]
    per_file: Iterator[Iterable[str]]
    if engine == "dask":
        from . import _distributed

        per_file = _distributed.file_ids(location, files, filesystem)
    else:
        per_file = (_parquet.ids(location, path) for _, path in files)
    for namespace, group in itertools.groupby(zip(files, per_file, strict=True), key=lambda pair: pair[0][0]):
        batch: list[str] = []
        for _, ids in group:
            for id_ in ids:
                batch.append(id_)
                if len(batch) == batch_size:
                    yield namespace, batch
                    batch = []
        if batch:
            yield namespace, batch


def find_missing_ids(
    uri: str,
    fetch_existing: Callable[[str, list[str]], Collection[str]],
    *,
    batch_size: int = 100,
    namespaces: Collection[str] | None = None,
    filesystem: Any = None,
    engine: Engine = "local",
) -> Iterator[tuple[str, str]]:
    """(namespace, id) for every id of the source that is not in the index, each once, in source order.

    ``fetch_existing(namespace, ids)`` returns which of ``ids`` (at most ``batch_size``, no repeats) the
    index holds in ``namespace``: the client passes its fetch. Memory holds one batch and the ids
    found missing. ``namespaces`` limits the search, e.g. to those :func:`compare_counts` found short.
    ``engine="dask"`` reads the ids on the workers of the current Dask client; ``fetch_existing`` still runs
    here, so the index's API key never leaves this process.
    """
    reported: set[tuple[str, str]] = set()
    batches = iter_source_ids(uri, batch_size=batch_size, namespaces=namespaces, filesystem=filesystem, engine=engine)
    for namespace, ids in batches:
        unique = list(dict.fromkeys(ids))
        existing = fetch_existing(namespace, unique)
        for id_ in unique:
            # An id repeated in the source and missing would otherwise be yielded once per batch it is in.
            if id_ not in existing and (namespace, id_) not in reported:
                reported.add((namespace, id_))
                yield namespace, id_


def compare_counts(
    source_counts: Mapping[str, int],
    index_counts: Mapping[str, int],
    *,
    records_imported: int | None,
    validation_errors: int | None,
) -> VerifyReport:
    """Compare the source's rows per namespace with the index's records per namespace after an import.

    ``source_counts`` is :func:`source_row_counts`'s answer; ``index_counts`` the index's record count
    per namespace (describe_index_stats), where ``""`` is read as ``__default__``, as some API versions
    name it. Namespaces of the index that are not in the source are not compared: other imports or
    writes may have made them. ``records_imported`` and ``validation_errors`` are the import's figures
    (None when the API version does not report them).
    """
    found = dict(index_counts)
    if "" in found:
        found[DEFAULT_NAMESPACE] = found.get(DEFAULT_NAMESPACE, 0) + found.pop("")
    namespaces = tuple(
        NamespaceCount(namespace, expected, found.get(namespace, 0))
        for namespace, expected in sorted(source_counts.items())
    )
    return VerifyReport(namespaces, records_imported, validation_errors)
