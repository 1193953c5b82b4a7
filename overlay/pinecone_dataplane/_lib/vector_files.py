"""Vectors to upsert from files: Parquet in the import layout (one file, or a directory or prefix with one
directory per namespace) or JSON lines (one vector object a line), read as streams.

Imported only by what reads such files (the ``vectors upsert`` command), so that the SDK costs no pyarrow.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.fs as pafs

from ..errors import SourceError
from ._parquet import _batches, _open_for_reading
from ._storage import Location, list_layout, locate

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".json")
DEFAULT_NAMESPACE_DIRECTORY = "__default__"
_VECTOR_COLUMNS = ("id", "values", "sparse_values", "metadata")


@dataclass(frozen=True)
class VectorFile:
    """One file of vectors: where it is, the namespace its place in the layout names (None: not in a layout,
    or ``__default__``), and its row count when the file says (Parquet)."""

    location: Location
    path: str
    namespace: str | None
    in_layout: bool
    rows: int | None

    @property
    def uri(self) -> str:
        return self.location.uri_of(self.path) if self.path != self.location.root else self.location.uri

    def read(self) -> Any:
        """A pyarrow RecordBatchReader (Parquet) or an iterator of dicts (JSON lines), read as consumed."""
        if self.path.endswith(JSON_LINES_SUFFIXES):
            return _json_lines(self)
        parquet = _open_for_reading(self.location, self.path)
        schema = parquet.schema_arrow
        columns = tuple(name for name in _VECTOR_COLUMNS if name in schema.names)
        kept = pa.schema([schema.field(name) for name in columns])
        return pa.RecordBatchReader.from_batches(kept, _record_batches(parquet, columns))


def _record_batches(parquet: Any, columns: tuple[str, ...]) -> Iterator[Any]:
    with parquet:  # closed once read
        yield from _batches(parquet, columns, None)


def _json_lines(file: VectorFile) -> Iterator[Any]:
    with file.location.reading(f"read {file.uri}"), file.location.filesystem.open_input_stream(file.path) as stream:
        pending = b""
        number = 0
        while chunk := stream.read(1 << 20):
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            for line in lines:
                number += 1
                yield from _json_line(file, number, line)
        number += 1
        yield from _json_line(file, number, pending)


def _json_line(file: VectorFile, number: int, line: bytes) -> Iterator[Any]:
    if not line.strip():
        return
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise SourceError(f"{file.uri} line {number} is not JSON: {exc}", uri=file.uri) from None
    if not isinstance(value, dict):
        raise SourceError(f"{file.uri} line {number} is not a JSON object (a vector)", uri=file.uri)
    yield value


def vector_files(target: str) -> list[VectorFile]:
    """The files ``target`` (a local path, ``file://``, ``s3://``, ``gs://`` or Azure URL) names: itself when it
    is a file; else the import layout under it, in order."""
    uri = target if "://" in target else Path(target).resolve().as_uri()
    location = locate(uri)
    with location.reading(f"read {uri}"):
        info = location.filesystem.get_file_info(location.root)
    if info.type == pafs.FileType.File:
        if not location.root.endswith((".parquet", *JSON_LINES_SUFFIXES)):
            raise SourceError(
                f"{target} is neither Parquet (.parquet) nor JSON lines ({', '.join(JSON_LINES_SUFFIXES)})", uri=uri
            )
        rows = _parquet_rows(location, location.root) if location.root.endswith(".parquet") else None
        return [VectorFile(location, location.root, None, False, rows)]
    files = [
        VectorFile(
            location,
            path,
            None if namespace == DEFAULT_NAMESPACE_DIRECTORY else namespace,
            True,
            _parquet_rows(location, path),
        )
        for namespace, path in list_layout(location).files
    ]
    if not files:
        raise SourceError(
            f"no vectors under {target}: give a .parquet or JSON lines file, or a directory with one directory per "
            f"namespace ({DEFAULT_NAMESPACE_DIRECTORY} for the default one) holding .parquet files",
            uri=uri,
        )
    return files


def _parquet_rows(location: Location, path: str) -> int:
    with _open_for_reading(location, path) as parquet:
        rows: int = parquet.metadata.num_rows
    return rows
