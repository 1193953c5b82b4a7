"""Settings, injected faults and the live state of one emulator: its index, its imports, its counters."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ._clock import Clock
from ._documents import DocumentSchema, DocumentStore, parse_schema
from ._imports import (
    CANCELLED,
    TERMINAL,
    ErrorMode,
    ImportJob,
    ImportOptions,
    ImportRunner,
    VectorType,
    resolve_source,
)
from ._namespaces import NamespaceCatalog
from ._store import METRICS, Metric, VectorStore

Casing = Literal["camel", "snake"]


@dataclass(frozen=True)
class Settings:
    """How an emulator behaves. ``api_key`` is left out of the repr."""

    api_key: str = field(repr=False)
    dimension: int = 8
    vector_type: VectorType = "dense"
    # None: the index type's usual metric, cosine for a dense index and dotproduct (its only one) for a sparse.
    metric: Metric | None = None
    bucket_root: Path | None = None
    casing: Casing = "camel"
    # Slows every import to this many records per second (bad records included); None: as fast as it reads.
    records_per_second: float | None = None
    # How long a new import stays Pending before it starts reading.
    pending_seconds: float = 0.0
    # How long an import stays InProgress at 100 % after its records are written, as the service's does
    # while it builds the index (ten minutes or more there).
    indexing_seconds: float = 0.0
    # Rows read from a Parquet file at a time: what bounds the memory an import uses to read.
    batch_size: int = 10_000
    # The text field an index with integrated embedding embeds (its field_map's "text"): upsert_records and
    # search by text then work, embedded by the emulator's lexical embedder. None: no integrated embedding.
    embedding_field: str | None = None
    # The index schema of 2026-07's documents, {"fields": {NAME: {"type": ..., ...}}}; None: no documents.
    document_schema: dict[str, Any] | None = None
    # Host names served besides the loopback ones ("*": any), for a client that reaches the emulator by
    # another name (a container's, a tunnel's). Others are refused, so that a web page cannot reach it by
    # rebinding its own name to 127.0.0.1.
    allowed_hosts: frozenset[str] = frozenset()
    # The largest request body served (413 past it); None: an upsert of 1000 vectors of the dimension at
    # their largest (see _limits), so that no request the specs allow is refused.
    max_body_bytes: int | None = None

    def __post_init__(self) -> None:
        if not self.api_key:
            raise ValueError("the emulator needs a non-empty API key")
        if any(character in self.api_key for character in "\r\n"):
            raise ValueError("the API key must not contain CR or LF")
        if self.dimension < 1:
            raise ValueError(f"dimension must be at least 1, not {self.dimension}")
        if self.vector_type not in ("dense", "sparse"):
            raise ValueError(f"vector_type must be 'dense' or 'sparse', not {self.vector_type!r}")
        if self.metric is None:
            object.__setattr__(self, "metric", "dotproduct" if self.vector_type == "sparse" else "cosine")
        if self.metric not in METRICS:
            raise ValueError(f"metric must be one of {', '.join(METRICS)}, not {self.metric!r}")
        if self.vector_type == "sparse" and self.metric != "dotproduct":
            raise ValueError(f"a sparse index uses the dotproduct metric, not {self.metric}")
        if self.casing not in ("camel", "snake"):
            raise ValueError(f"casing must be 'camel' or 'snake', not {self.casing!r}")
        if self.records_per_second is not None and self.records_per_second <= 0:
            raise ValueError(f"records_per_second must be positive, not {self.records_per_second}")
        if self.pending_seconds < 0:
            raise ValueError(f"pending_seconds must not be negative, not {self.pending_seconds}")
        if self.indexing_seconds < 0:
            raise ValueError(f"indexing_seconds must not be negative, not {self.indexing_seconds}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {self.batch_size}")
        self._check_data_options()
        self._check_serving()

    def _check_data_options(self) -> None:
        if self.embedding_field is not None and not self.embedding_field:
            raise ValueError("embedding_field must name a field, not be empty")
        if self.document_schema is not None:
            parse_schema(self.document_schema)  # raises ValueError naming what is wrong

    @property
    def schema(self) -> DocumentSchema | None:
        return None if self.document_schema is None else parse_schema(self.document_schema)

    def _check_serving(self) -> None:
        if self.max_body_bytes is not None and self.max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be at least 1, not {self.max_body_bytes}")
        object.__setattr__(self, "allowed_hosts", frozenset(name.lower() for name in self.allowed_hosts))
        if any(not name or any(character in name for character in "/ \r\n") for name in self.allowed_hosts):
            raise ValueError(f"allowed_hosts holds host names (or '*'), not {sorted(self.allowed_hosts)!r}")


@dataclass
class Faults:
    """Faults injected into requests. A running emulator's ``faults`` may be changed at any time.

    Rates are shares of all requests, drawn independently in this order: dropped (connection closed
    before the request is handled), failed (503 before it is handled), lost response (handled, then the
    connection closed without an answer). ``latency`` delays every response by a uniform draw from
    ``(low, high)`` seconds.
    """

    fail_rate: float = 0.0
    retry_after: float | None = 1.0  # the 503's Retry-After, in seconds; None leaves the header out
    latency: tuple[float, float] = (0.0, 0.0)
    drop_rate: float = 0.0
    lost_response_rate: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("fail_rate", "drop_rate", "lost_response_rate"):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {rate}")
        low, high = self.latency
        if not 0.0 <= low <= high:
            raise ValueError(f"latency must be (low, high) seconds with 0 <= low <= high, not {self.latency}")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError(f"retry_after must not be negative, not {self.retry_after}")


class EmulatorState:
    """Everything a running emulator knows. In-process users read the counters to check what happened:
    ``imports_started`` (to see an import was not started twice), ``faults_injected`` (by kind: "drop",
    "fail", "lost_response", "latency") and ``requests`` (by "METHOD /path", of the requests whose key and
    version were accepted: a refused caller leaves nothing behind).
    """

    def __init__(self, settings: Settings, clock: Clock, faults: Faults) -> None:
        self.settings = settings
        self.clock = clock
        self.faults = faults
        self.random = random.Random(faults.seed)
        self.store = VectorStore(settings.dimension if settings.vector_type == "dense" else None)
        self.namespaces = NamespaceCatalog()
        self.documents = DocumentStore()
        self.document_schema = settings.schema
        self.imports_started = 0
        self.faults_injected: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._jobs: dict[str, ImportJob] = {}
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._options = ImportOptions(
            dimension=settings.dimension,
            vector_type=settings.vector_type,
            batch_size=settings.batch_size,
            records_per_second=settings.records_per_second,
            pending_seconds=settings.pending_seconds,
            indexing_seconds=settings.indexing_seconds,
        )

    def start_import(self, uri: str, error_mode: ErrorMode) -> ImportJob:
        """Create the import and start its worker; raises SourceError for a URI that names no source."""
        source = resolve_source(uri, self.settings.bucket_root)
        with self._lock:
            seq = len(self._jobs) + 1
            job = ImportJob(
                id=str(seq),
                seq=seq,
                uri=uri,
                source=source,
                error_mode=error_mode,
                created_at=self.clock.now(),
            )
            self._jobs[job.id] = job
            self.imports_started += 1
            self._threads = [thread for thread in self._threads if thread.is_alive()]
            thread = threading.Thread(target=self._run, args=(job,), name=f"emulator-import-{job.id}", daemon=True)
            self._threads.append(thread)
        # Registered before the thread exists, so a ManualClock.advance() right after this request
        # already waits for the new import.
        self.clock.worker_started()
        thread.start()
        return job

    def _run(self, job: ImportJob) -> None:
        try:
            ImportRunner(job, self._options, self.store, self.clock, self._stopping.is_set).run()
        finally:
            self.clock.worker_finished()

    def job(self, import_id: str) -> ImportJob | None:
        with self._lock:
            return self._jobs.get(import_id)

    def cancel(self, job: ImportJob) -> None:
        """Cancel a running import; it stops before its next batch. A finished import is left as it is."""
        with job.lock:
            if job.status in TERMINAL:
                return
            job.finish(CANCELLED, self.clock.now())
        self.clock.interrupt()

    def page(self, before: int | None, limit: int) -> tuple[list[ImportJob], bool]:
        """Up to ``limit`` imports older than number ``before``, newest first; and whether more remain."""
        with self._lock:
            older = [job for job in reversed(self._jobs.values()) if before is None or job.seq < before]
        return older[:limit], len(older) > limit

    def join_imports(self, timeout: float | None = None) -> bool:
        """Wait for every import started so far to end; False if some are still running after ``timeout``."""
        with self._lock:
            threads = list(self._threads)
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in threads)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop every import worker where it is (statuses are left as they are)."""
        self._stopping.set()
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            job.wake.set()
        self.clock.interrupt()
        self.join_imports(timeout)
