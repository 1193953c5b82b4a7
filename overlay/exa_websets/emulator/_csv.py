"""What processing makes of an uploaded CSV file: the rows it holds, or why the import fails.

The first row names the columns; every other row is one entity. Each entity needs a key, for now its URL:
the column ``csv.identifier`` names (0 is the first), or else the first column whose every value is one.
The reasons are the document's ``failedReason`` values.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Literal

FailedReason = Literal["invalid_format", "invalid_file_content", "missing_identifier"]

# A URL with a scheme, or a bare host name with an optional path ("example.com/team").
_URL = re.compile(r"(https?://)?[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?", re.ASCII)


@dataclass(frozen=True)
class Processed:
    rows: int


class Failed(Exception):
    """Why processing fails the import: a ``failedReason`` and a message for a person."""

    def __init__(self, reason: FailedReason, message: str) -> None:
        super().__init__(message)
        self.reason: FailedReason = reason
        self.message = message


def process(data: bytes, *, declared_count: int, identifier: int | None) -> Processed | Failed:
    """The outcome of processing ``data``: what it holds, or why it fails."""
    try:
        return Processed(rows=_rows(data, declared_count, identifier))
    except Failed as failure:
        return failure


def _rows(data: bytes, declared_count: int, identifier: int | None) -> int:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Failed("invalid_format", f"the file is not UTF-8 text (byte {error.start} cannot be decoded)") from None
    if not text.strip():
        raise Failed("invalid_file_content", "the file is empty")
    try:
        header, *lines = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        raise Failed("invalid_format", f"the file is not valid CSV: {error}") from None
    # Numbered as a spreadsheet shows them (the header is row 1); csv reads a blank line as an empty row.
    rows = [(number, row) for number, row in enumerate(lines, start=2) if row]
    if not rows:
        raise Failed("invalid_file_content", "the file has a header row but no data rows")
    for number, row in rows:
        if len(row) != len(header):
            raise Failed("invalid_format", f"row {number} has {len(row)} columns, the header row {len(header)}")
    if len(rows) > declared_count:
        raise Failed(
            "invalid_file_content",
            f"the file has {len(rows)} data rows, more than the count of {declared_count} given at creation",
        )
    _check_identifier(header, rows, identifier)
    return len(rows)


def _check_identifier(header: list[str], rows: list[tuple[int, list[str]]], identifier: int | None) -> None:
    if identifier is None:
        if not any(all(_URL.fullmatch(row[column].strip()) for _, row in rows) for column in range(len(header))):
            raise Failed(
                "missing_identifier", "no column holds a URL in every row; name the key column with csv.identifier"
            )
        return
    if identifier >= len(header):
        raise Failed(
            "missing_identifier",
            f"csv.identifier is {identifier}, but the file has only {len(header)} columns (the first is 0)",
        )
    for number, row in rows:
        if not _URL.fullmatch(row[identifier].strip()):
            raise Failed(
                "missing_identifier", f"row {number} has no URL in the key column {identifier} ({header[identifier]!r})"
            )
