"""What checking an import source finds (:class:`SourceReport`), and verifying an import (:class:`VerifyReport`).

Plain frozen dataclasses with no dependency: a command line prints them, or their ``to_json()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ProblemKind(StrEnum):
    """What is wrong. Source- and file-level kinds have no row; the others name a row of a file."""

    # The source as a whole.
    NO_FILES = "no_files"  # no Parquet file in any namespace directory: the import would load nothing
    # A file as a whole, from its footer.
    UNREADABLE_FILE = "unreadable_file"  # not Parquet, or a part of it cannot be decoded (then with a row)
    MISSING_COLUMN = "missing_column"
    WRONG_TYPE = "wrong_type"
    EXTRA_COLUMN = "extra_column"
    ROW_COUNT_MISMATCH = "row_count_mismatch"  # the footer's row count is not the rows the file holds
    # One row (and WRONG_DIMENSION for a whole file whose vectors are a fixed-size list).
    NULL_ID = "null_id"
    EMPTY_ID = "empty_id"
    ID_TOO_LONG = "id_too_long"
    DUPLICATE_ID = "duplicate_id"
    MISSING_VALUES = "missing_values"  # a null vector where the index needs one
    WRONG_DIMENSION = "wrong_dimension"
    NON_FINITE_VALUE = "non_finite_value"  # NaN, an infinity or a null among the numbers
    BAD_SPARSE_VALUES = "bad_sparse_values"  # empty, lengths that differ, indices out of range or repeated
    METADATA_NOT_JSON = "metadata_not_json"
    METADATA_NOT_OBJECT = "metadata_not_object"
    METADATA_TOO_LARGE = "metadata_too_large"


@dataclass(frozen=True)
class Problem:
    """One problem: ``file`` is a file's URI (the source's for NO_FILES); ``row`` counts from 0 within it."""

    kind: ProblemKind
    file: str
    row: int | None
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "file": self.file, "row": self.row, "message": self.message}


@dataclass(frozen=True)
class SourceFile:
    """A Parquet file the import would read: its URI, its namespace and its row count (from its footer)."""

    path: str
    namespace: str
    rows: int


@dataclass(frozen=True)
class SourceReport:
    """What :func:`~pinecone_dataplane._lib.sources.validate_source` found.

    ``problems`` lists the first ``max_problems`` problems in file and row order; ``problem_counts``
    counts every one by kind. ``ignored`` lists the URIs the import skips (files other than Parquet in
    a namespace directory, files beside the namespace directories, sub-directories; a directory's URI
    ends with ``/``). ``dimensions`` are the vector lengths seen in the rows read, and in fixed-size list
    types. ``rows_checked`` is how many rows were read: all of them with ``full=True``.
    """

    uri: str
    files: tuple[SourceFile, ...]
    ignored: tuple[str, ...]
    problems: tuple[Problem, ...]
    problem_counts: Mapping[ProblemKind, int]
    dimensions: tuple[int, ...]
    rows_checked: int
    full: bool

    @property
    def ok(self) -> bool:
        """Whether the import would load every row: no problem found in what was read."""
        return not any(self.problem_counts.values())

    @property
    def rows(self) -> int:
        return sum(file.rows for file in self.files)

    @property
    def rows_per_namespace(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for file in self.files:
            counts[file.namespace] = counts.get(file.namespace, 0) + file.rows
        return counts

    @property
    def problems_truncated(self) -> bool:
        """Whether more problems were found than ``problems`` lists."""
        return sum(self.problem_counts.values()) > len(self.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "uri": self.uri,
            "ok": self.ok,
            "full": self.full,
            "rows": self.rows,
            "rows_checked": self.rows_checked,
            "namespaces": self.rows_per_namespace,
            "files": [{"path": f.path, "namespace": f.namespace, "rows": f.rows} for f in self.files],
            "ignored": list(self.ignored),
            "dimensions": list(self.dimensions),
            "problem_counts": {kind.value: count for kind, count in self.problem_counts.items()},
            "problems": [problem.to_json() for problem in self.problems],
            "problems_truncated": self.problems_truncated,
        }


@dataclass(frozen=True)
class WrittenSource:
    """What :func:`~pinecone_dataplane.sources.write` wrote: the source's URI (to validate or import) and its
    new files, each checked, with their rows and sizes in bytes."""

    uri: str
    files: tuple[SourceFile, ...]
    sizes: tuple[int, ...]

    @property
    def rows(self) -> int:
        return sum(file.rows for file in self.files)

    def to_json(self) -> dict[str, Any]:
        return {
            "uri": self.uri,
            "rows": self.rows,
            "files": [
                {"path": f.path, "namespace": f.namespace, "rows": f.rows, "bytes": size}
                for f, size in zip(self.files, self.sizes, strict=True)
            ],
        }


@dataclass(frozen=True)
class NamespaceCount:
    """One namespace after an import: rows in the source (``expected``), records in the index (``found``)."""

    namespace: str
    expected: int
    found: int

    @property
    def missing(self) -> int:
        return max(self.expected - self.found, 0)

    @property
    def unexpected(self) -> int:
        """Records beyond the source's rows (written to the namespace by something else)."""
        return max(self.found - self.expected, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "namespace": self.namespace,
            "expected": self.expected,
            "found": self.found,
            "missing": self.missing,
            "unexpected": self.unexpected,
        }


@dataclass(frozen=True)
class VerifyReport:
    """What :func:`~pinecone_dataplane._lib.sources.compare_counts` found, one entry per source namespace.

    ``records_imported`` and ``validation_errors`` are the import's own figures when known (None: not
    reported by the API version). ``problems`` says, one line each, what is not as it should be.
    """

    namespaces: tuple[NamespaceCount, ...]
    records_imported: int | None
    validation_errors: int | None
    problems: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        lines = [
            f"namespace {count.namespace!r}: {count.missing} of {count.expected} records missing"
            for count in self.namespaces
            if count.missing
        ]
        lines += [
            f"namespace {count.namespace!r}: {count.unexpected} records more than the source's {count.expected}"
            for count in self.namespaces
            if count.unexpected
        ]
        if self.records_imported is not None and self.records_imported != self.expected:
            lines.append(
                f"the import reports {self.records_imported} records imported; the source holds {self.expected}"
            )
        if self.validation_errors:
            lines.append(f"the import reports {self.validation_errors} records that failed validation")
        object.__setattr__(self, "problems", tuple(lines))

    @property
    def expected(self) -> int:
        return sum(count.expected for count in self.namespaces)

    @property
    def found(self) -> int:
        return sum(count.found for count in self.namespaces)

    @property
    def missing(self) -> int:
        return sum(count.missing for count in self.namespaces)

    @property
    def ok(self) -> bool:
        """Whether every row of the source is a record of the index, and nothing else is there."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "expected": self.expected,
            "found": self.found,
            "missing": self.missing,
            "records_imported": self.records_imported,
            "validation_errors": self.validation_errors,
            "namespaces": [count.to_json() for count in self.namespaces],
            "problems": list(self.problems),
        }
