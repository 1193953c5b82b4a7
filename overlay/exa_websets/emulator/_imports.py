"""The fake's imports: what each one holds, how it moves through its states, and the checks on what a client
sends, with the document's limits.

``pending`` until its file is uploaded; ``processing`` from the upload for ``processing_seconds``; then
``completed``, or ``failed`` with the reason processing found (see ``_csv``). The state is worked out from the
clock whenever an import is read, so every answer shows the state at that moment.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from . import _csv
from ._clock import Clock

Status = Literal["pending", "processing", "completed", "failed"]

# The document's bounds (CreateImportParameters, CustomEntity, the imports listing).
MAX_FILE_BYTES = 50_000_000
MAX_METADATA_VALUE = 1000
ENTITY_TYPES = ("company", "person", "article", "research_paper", "custom")
CUSTOM_DESCRIPTION_LENGTH = (2, 200)
LIST_LIMIT = (1, 200)
DEFAULT_LIST_LIMIT = 25

_CREATE_FIELDS = frozenset({"size", "count", "title", "format", "metadata", "entity", "csv"})
_UPDATE_FIELDS = frozenset({"title", "metadata"})
_CURSOR_KIND = "imports"


class Problem(Exception):
    """A request the fake refuses: answered with this status, in Exa's error shape."""

    def __init__(self, status: int, message: str, tag: str = "INVALID_REQUEST") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.tag = tag


def _invalid(message: str) -> Problem:
    return Problem(400, message, "INVALID_REQUEST_BODY")


@dataclass
class ImportRecord:
    id: str
    sequence: int
    size: int
    count: int
    entity: dict[str, Any]
    title: str
    metadata: dict[str, str]
    identifier: int | None
    upload_token: str
    created_at: datetime
    upload_valid_until: datetime
    updated_at: datetime
    status: Status = "pending"
    processing_ends: datetime | None = None
    outcome: _csv.Processed | _csv.Failed | None = None  # decided at the upload, shown when processing ends
    failed_at: datetime | None = None
    failed: _csv.Failed | None = None

    def settle(self, now: datetime) -> None:
        """Finish processing if its time has come."""
        if self.status != "processing" or self.processing_ends is None or now < self.processing_ends:
            return
        ended = self.processing_ends
        self.updated_at = max(self.updated_at, ended)
        if isinstance(self.outcome, _csv.Failed):
            self.status, self.failed, self.failed_at = "failed", self.outcome, ended
        else:
            assert self.outcome is not None
            self.status, self.count = "completed", self.outcome.rows


@dataclass
class ImportStore:
    clock: Clock
    processing_seconds: float
    upload_valid_seconds: float = 3600.0
    max_file_bytes: int = MAX_FILE_BYTES
    _records: dict[str, ImportRecord] = field(default_factory=dict)
    _sequence: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def create(self, body: dict[str, Any]) -> ImportRecord:
        fields = _create_fields(body, self.max_file_bytes)
        now = self.clock.now()
        with self._lock:
            self._sequence += 1
            record = ImportRecord(
                id=f"import_{secrets.token_hex(12)}",
                sequence=self._sequence,
                upload_token=secrets.token_urlsafe(24),
                created_at=now,
                upload_valid_until=now + timedelta(seconds=self.upload_valid_seconds),
                updated_at=now,
                **fields,
            )
            self._records[record.id] = record
            return replace(record)

    def get(self, import_id: str) -> ImportRecord:
        with self._lock:
            return replace(self._settled(import_id))

    def page(self, cursor: str | None, limit: int) -> tuple[list[ImportRecord], str | None]:
        """One page, newest first, and the cursor of the next page (None on the last)."""
        below = _decode_cursor(cursor) if cursor is not None else None
        now = self.clock.now()
        with self._lock:
            newest_first = sorted(self._records.values(), key=lambda record: record.sequence, reverse=True)
            remaining = [record for record in newest_first if below is None or record.sequence < below]
            page = remaining[:limit]
            for record in page:
                record.settle(now)
            more = len(remaining) > limit
            return [replace(record) for record in page], _encode_cursor(page[-1].sequence) if more else None

    def update(self, import_id: str, body: dict[str, Any]) -> ImportRecord:
        unknown = sorted(set(body) - _UPDATE_FIELDS)
        if unknown:
            raise _invalid(f"unknown fields {unknown}: an import's title and metadata can be changed")
        title = _optional_string(body, "title")
        metadata = _metadata(body.get("metadata"), max_value=None) if "metadata" in body else None
        with self._lock:
            record = self._settled(import_id)
            if title is not None:
                record.title = title
            if metadata is not None:
                record.metadata = metadata
            record.updated_at = max(record.updated_at, self.clock.now())
            return replace(record)

    def delete(self, import_id: str) -> ImportRecord:
        with self._lock:
            record = self._settled(import_id)
            del self._records[import_id]
            return replace(record)

    def upload_limit(self, import_id: str, token: str) -> int:
        """The most bytes the upload for this import may carry; refuses one the URL does not allow."""
        with self._lock:
            return self._uploadable(import_id, token).size

    def upload(self, import_id: str, token: str, data: bytes) -> ImportRecord:
        with self._lock:
            record = self._uploadable(import_id, token)
            if len(data) > record.size:
                raise Problem(
                    413,
                    f"the file has {len(data)} bytes, more than the size of {record.size} given",
                    "PAYLOAD_TOO_LARGE",
                )
            now = self.clock.now()
            record.outcome = _csv.process(data, declared_count=record.count, identifier=record.identifier)
            record.status, record.processing_ends = "processing", now + timedelta(seconds=self.processing_seconds)
            record.updated_at = now
            record.settle(now)
            return replace(record)

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def _settled(self, import_id: str) -> ImportRecord:
        record = self._records.get(import_id)
        if record is None:
            raise Problem(404, f"no import has the id {import_id!r}", "NOT_FOUND")
        record.settle(self.clock.now())
        return record

    def _uploadable(self, import_id: str, token: str) -> ImportRecord:
        record = self._records.get(import_id)
        # The same answer for an unknown import and a wrong token: the URL alone grants the upload.
        if record is None or not hmac.compare_digest(record.upload_token.encode(), token.encode()):
            raise Problem(403, "this upload URL is not valid (wrong signature, or its import was deleted)", "FORBIDDEN")
        if record.status != "pending":
            raise Problem(409, f"the file of import {import_id} was uploaded already", "CONFLICT")
        if self.clock.now() > record.upload_valid_until:
            raise Problem(403, f"this upload URL expired at {stamp(record.upload_valid_until)}", "FORBIDDEN")
        return record


def _create_fields(body: dict[str, Any], max_file_bytes: int) -> dict[str, Any]:
    unknown = sorted(set(body) - _CREATE_FIELDS)
    if unknown:
        raise _invalid(f"unknown fields {unknown}; an import takes {sorted(_CREATE_FIELDS)}")
    missing = [name for name in ("size", "count", "format", "entity") if name not in body]
    if missing:
        raise _invalid(f"missing required fields {missing}")
    if body["format"] != "csv":
        raise _invalid(f"format must be 'csv', not {body['format']!r}")
    size = _whole_number(body, "size", maximum=max_file_bytes)
    count = _whole_number(body, "count")
    csv_options = body.get("csv", {})
    if not isinstance(csv_options, dict) or set(csv_options) - {"identifier"}:
        raise _invalid("csv must be an object with at most an identifier (a column number from 0)")
    identifier = csv_options.get("identifier")
    if "identifier" in csv_options and (type(identifier) is not int or identifier < 0):
        raise _invalid(f"csv.identifier must be a column number from 0, not {identifier!r}")
    return {
        "size": size,
        "count": count,
        "entity": _entity(body["entity"]),
        "title": _optional_string(body, "title") or "",
        "metadata": _metadata(body.get("metadata", {}), max_value=MAX_METADATA_VALUE),
        "identifier": identifier,
    }


def _whole_number(body: dict[str, Any], name: str, maximum: int | None = None) -> int:
    value = body[name]
    # The document types these as numbers; a count of bytes or rows is still whole (10.0 is 10, 10.5 is not).
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value) or value < 0:
        raise _invalid(f"{name} must be a whole number from 0, not {value!r}")
    if maximum is not None and value > maximum:
        raise _invalid(f"{name} must be at most {maximum} bytes, not {value!r}")
    return int(value)


def _entity(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or value.get("type") not in ENTITY_TYPES:
        raise _invalid(f"entity must be an object whose type is one of {list(ENTITY_TYPES)}, not {value!r}")
    allowed = {"type", "description"} if value["type"] == "custom" else {"type"}
    if set(value) - allowed:
        raise _invalid(f"unknown entity fields {sorted(set(value) - allowed)} for type {value['type']!r}")
    if value["type"] == "custom":
        low, high = CUSTOM_DESCRIPTION_LENGTH
        description = value.get("description")
        if not isinstance(description, str) or not low <= len(description) <= high:
            raise _invalid(f"a custom entity needs a description of {low} to {high} characters")
    return dict(value)


def _optional_string(body: dict[str, Any], name: str) -> str | None:
    """The string ``body`` gives for ``name``, or None when it gives none (null is not a string)."""
    if name not in body:
        return None
    value = body[name]
    if not isinstance(value, str):
        raise _invalid(f"{name} must be a string, not {value!r}")
    return value


def _metadata(value: Any, *, max_value: int | None) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(item, str) for item in value.values()):
        raise _invalid("metadata must be an object of strings")
    if max_value is not None and any(len(item) > max_value for item in value.values()):
        raise _invalid(f"metadata values must be at most {max_value} characters")
    return dict(value)


def parse_limit(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_LIST_LIMIT
    low, high = LIST_LIMIT
    # Digits only: a client writing 25 as "25.0" has a bug worth seeing.
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6 and low <= int(raw) <= high):
        raise Problem(400, f"limit must be a whole number from {low} to {high} in digits, not {raw[:40]!r}")
    return int(raw)


def _encode_cursor(sequence: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_KIND}:{sequence}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    invalid = Problem(400, "cursor is not one this server handed out (pass a page's nextCursor as it is)")
    try:
        kind, _, number = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition(":")
    except (binascii.Error, ValueError):
        raise invalid from None
    if kind != _CURSOR_KIND or not (number.isascii() and number.isdigit()) or len(number) > 18:
        raise invalid
    return int(number)


def stamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as the service writes times."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
