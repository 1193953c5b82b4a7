"""Bulk imports: the hand-written part of ``client.imports`` in every API version.

Each version's generated ``Imports`` (``AsyncImports``) derives from :class:`SyncImports`
(:class:`AsyncImports`) and supplies the typed operations (``describe``, ``list``, ``cancel``...); this
module adds ``start`` (error mode as text, argument checks) and ``wait``, written once for every version.

The logic is written once: argument checks are plain functions run before any request, and ``wait`` is the
core's sans-IO waiting (:mod:`apiwire.waiting`), reading the import as Pinecone's profile describes it (its
status, Completed against Failed or Cancelled, its percentComplete and error); the sync and async classes only
drive it.

One import per start: the start is never sent twice (the transport's policy), and when its answer is
lost (a timeout or dropped connection after it was sent, a 5xx, an unreadable 2xx), ``start`` lists the
imports and returns the one of this URI created since the request was sent, or raises
``ImportNotStartedError`` when there is none. ``validate`` and ``verify`` read the source where the
import reads it (:mod:`.sources`), before and after.

Waiting schedule: the first poll is immediate; the pause after it is 1 s and grows 1.5 times per poll up
to 20 s (1, 1.5, 2.25, 3.4, 5.1, 7.6, 11.4, 17.1, then 20 s), so an import that takes ten minutes costs
37 requests. When the percentage's growth between the last two polls says the import ends sooner than
the next pause, the pause is cut to that (never under 1 s), so wait() returns close to the end instead of
up to a whole pause later. An import at 100 % that is still InProgress is building its index (ten minutes
or more on the service): nothing is left to estimate, so the pause keeps growing on the schedule.
``poll_interval`` fixes the pause instead.
"""

from __future__ import annotations

import datetime
import logging
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeVar, cast

from apiwire import waiting
from apiwire.resources import AsyncResource, SyncResource

from .. import errors
from .._profile import PROFILE

if TYPE_CHECKING:
    from .._client import AsyncClient, SyncClient
    from .reports import SourceReport, VerifyReport

logger = logging.getLogger("pinecone_dataplane")

# How much earlier than this machine's clock the service may stamp an import and still have it count as
# started by a request sent at that moment.
CLOCK_SKEW = datetime.timedelta(seconds=10)
# The failures after which a start may or may not have been carried out.
_UNCERTAIN = (errors.ApiConnectionError, errors.ServerError, errors.ResponseValidationError)


class ImportLike(Protocol):
    """What ``wait``, ``start`` and ``verify`` read of an import model, in every API version."""

    @property
    def id(self) -> str | None: ...
    @property
    def uri(self) -> str | None: ...
    @property
    def created_at(self) -> datetime.datetime | None: ...
    @property
    def status(self) -> str | None: ...
    @property
    def percent_complete(self) -> float | None: ...
    @property
    def records_imported(self) -> int | None: ...
    @property
    def error(self) -> str | None: ...


class StartedLike(Protocol):
    @property
    def id(self) -> str: ...
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


class _Counted(Protocol):
    @property
    def vector_count(self) -> int | None: ...


class _Namespaces(Protocol):
    @property
    def additional_properties(self) -> Mapping[str, _Counted]: ...


class _IndexStats(Protocol):
    @property
    def dimension(self) -> int | None: ...
    @property
    def namespaces(self) -> _Namespaces | None: ...


class _ById(Protocol):
    @property
    def additional_properties(self) -> Mapping[str, object]: ...


class _Fetched(Protocol):
    @property
    def vectors(self) -> _ById | None: ...


@dataclass(frozen=True, slots=True)
class Verification:
    """What ``imports.verify`` found: the source's rows against the index's namespaces and the import's figures.

    ``missing`` names the records (namespace, id) the index lacks, with ``full=True``; None otherwise.
    ``status`` is the import's; one that did not complete (Cancelled, Failed, still running) is named in
    ``problems``, as the reason records may be missing.
    """

    import_id: str
    uri: str
    counts: VerifyReport
    missing: tuple[tuple[str, str], ...] | None
    status: str | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        unfinished = self.status is not None and self.status.lower() != "completed"
        reason = (f"the import is {self.status}, not Completed: it did not write every record",) if unfinished else ()
        return reason + self.counts.problems

    @property
    def ok(self) -> bool:
        return not self.problems and not self.missing

    def to_json(self) -> dict[str, Any]:
        report = {"importId": self.import_id, "uri": self.uri, "ok": self.ok, "status": self.status}
        report |= {**self.counts.to_json(), "problems": list(self.problems)}
        if self.missing is not None:
            report["missing"] = [{"namespace": namespace, "id": id} for namespace, id in self.missing]
        return report


ModelT = TypeVar("ModelT", bound=ImportLike)
StartedT = TypeVar("StartedT", bound=StartedLike)

ERROR_MODES = ("continue", "abort")

_IMPORTS = PROFILE.long_running["imports"]
UNSUCCESSFUL_STATUSES = frozenset(status.lower() for status in _IMPORTS.failed)


# ---------------------------------------------------------------- argument checks (before any request)
# Ids, URIs and page sizes are checked by the generated operations, against the spec's constraints.


def check_error_mode(error_mode: object) -> str | None:
    """Either "continue" or "abort", in any case, or a member of the version's enum (whose value is one of them)."""
    if error_mode is None:
        return None
    value = getattr(error_mode, "value", error_mode)
    if isinstance(value, str) and value.lower() in ERROR_MODES:
        return value.lower()
    raise ValueError(f"error_mode must be one of {', '.join(map(repr, ERROR_MODES))}, got {_show(error_mode)}")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


# ---------------------------------------------------------------- the import's status


def status_of(model: Any) -> str:
    """The import's status in lower case ("" when the server sent none)."""
    status = getattr(model, "status", None)
    return status.lower() if isinstance(status, str) else ""


def status_text(model: Any) -> str:
    """The import's status as the server spelled it ("unknown" when it sent none)."""
    status = getattr(model, "status", None)
    return str(status) if isinstance(status, str) else "unknown"


def indexing(model: Any) -> bool:
    """Whether the import's records are written (100 %) but it is still InProgress: its index is being built."""
    percent = getattr(model, "percent_complete", None)
    return status_of(model) == "inprogress" and isinstance(percent, int | float) and percent >= 100.0


# ---------------------------------------------------------------- the two faces


def start_fields(uri: object, error_mode: object, integration_id: object) -> dict[str, Any]:
    """The start request's fields, checked; ``error_mode`` goes as the spec's ``{"onError": mode}``."""
    fields: dict[str, Any] = {"uri": uri, "integration_id": integration_id}
    if (mode := check_error_mode(error_mode)) is not None:
        fields["error_mode"] = {"on_error": mode}
    return fields


def wait_steps(
    id: object,
    *,
    timeout: object,
    poll_interval: object,
    on_progress: Callable[[Any], object] | None,
    raise_on_failure: bool,
    clock: Callable[[], float],
) -> tuple[str, waiting.Steps]:
    """The id and the waiting steps for it; raises ValueError for a bad argument (the first poll checks the id)."""
    if not isinstance(id, str):
        raise ValueError(f"id must be a non-empty string, got {_show(id)}")
    steps = waiting.waiting(
        f"import {id}",
        _IMPORTS,
        timeout=timeout,
        poll_interval=poll_interval,
        on_progress=on_progress,
        raise_on_failure=raise_on_failure,
        clock=clock,
        types=PROFILE.error_types,
    )
    return id, steps


class SyncImports(SyncResource, ABC, Generic[ModelT, StartedT]):
    """``client.imports``: the generated operations of the version, plus ``start`` and ``wait``."""

    def __init__(
        self,
        client: SyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(client)
        self._clock = clock
        self._sleep = sleep

    @abstractmethod
    def describe(self, id: str) -> ModelT:
        """The import ``id`` (generated for each version)."""

    @abstractmethod
    def list(self, *, limit: int | None = None) -> Iterable[ModelT]:
        """Every import (generated for each version)."""

    @abstractmethod
    def _start(self, **fields: Any) -> StartedT:
        """The generated start operation, taking the request's fields."""

    @staticmethod
    @abstractmethod
    def _models() -> tuple[type[ModelT], type[StartedT]]:
        """The version's import model and started-import model (generated)."""

    def start(self, uri: str, *, error_mode: str | None = None, integration_id: str | None = None) -> StartedT:
        """Start importing from ``uri``; returns the started import (``.id``). One call starts at most one import.

        When the answer is lost (a timeout or dropped connection after the request was sent, a 5xx, an
        unreadable answer), the imports are listed instead of sending it again: the import of ``uri`` created
        since is returned (a warning is logged), or ``ImportNotStartedError`` raised when there is none.

        Args:
            uri: The source: ``s3://``, ``gs://`` or ``https://`` (Azure) prefix or file of Parquet files.
            error_mode: "continue" (skip bad records) or "abort" (stop at the first), any case. Without it
                the service aborts at the first bad record.
            integration_id: The storage integration the service reads a private bucket through.

        Returns:
            The started import; its ``id`` is what ``wait``, ``describe`` and ``cancel`` take.

        Raises:
            pinecone_dataplane.errors.ImportNotStartedError: The answer was lost and no import of ``uri``
                was listed since the request.
            pinecone_dataplane.errors.ApiError: The service refused the import (``BadRequestError``...).
            ValueError: ``error_mode`` is not one the API takes; raised before anything is sent.
        """
        fields = start_fields(uri, error_mode, integration_id)
        sent_at = datetime.datetime.now(datetime.UTC)
        try:
            return self._start(**fields)
        except _UNCERTAIN as cause:
            if not _maybe_started(cause):
                raise
            try:
                found = started_since(self.list(), uri, sent_at)
            except errors.ApiError:
                raise cause from None  # the service cannot tell either: the original failure says most
            return recovered(found, uri, cause, self._models()[1])

    def validate(
        self,
        uri: str,
        *,
        dimension: int | None = None,
        vector_type: Literal["dense", "sparse"] | None = None,
        sample_rows: int = 100,
        full: bool = False,
        engine: Literal["local", "dask"] = "local",
    ) -> SourceReport:
        """Check the source at ``uri`` as the import would read it, before starting one.

        Reads the layout, each file's schema from its footer, the row counts, and ``sample_rows`` rows of each
        file (every row, streamed, with ``full=True``). Needs the ``parquet`` extra.

        Args:
            uri: The source, as ``start`` takes it (``file://`` too, for a local directory).
            dimension: The index's dimension; default: asked of the index (for a dense index).
            vector_type: "dense" or "sparse"; default: dense.
            sample_rows: Rows of each file whose values are checked.
            full: Check every row, streamed, instead of a sample.
            engine: "local", or "dask" to read the files on the workers of the current Dask client, for the
                same report.

        Returns:
            The files, rows and namespaces found and every problem, each with its file and row; ``ok`` says
            whether an import would read it all.

        Raises:
            pinecone_dataplane.errors.SourceError: The source cannot be read (a bad URI, no access, no such
                path).
        """
        from .sources import validate_source

        if dimension is None and vector_type != "sparse":
            dimension = cast("_IndexStats", _vectors_of(self._client).describe_index_stats()).dimension
        return validate_source(
            uri, dimension=dimension, vector_type=vector_type, sample_rows=sample_rows, full=full, engine=engine
        )

    def verify(self, id: str, *, full: bool = False, engine: Literal["local", "dask"] = "local") -> Verification:
        """Compare import ``id``'s source with the index: rows per namespace against the index's counts.

        Needs the ``parquet`` extra and read access to the source.

        Args:
            id: The import, as ``start`` returned it.
            full: Also fetch every source id to name the records not in the index (one fetch per 1,000 ids).
            engine: "local", or "dask" to read the source on the workers of the current Dask client (the
                index is asked from here).

        Returns:
            Rows per namespace in the source, in the index and as the import counted them; ``ok`` says
            whether they agree, and ``problems`` says why not (a Failed or Cancelled import among the reasons).

        Raises:
            pinecone_dataplane.errors.SourceError: The source cannot be read.
            pinecone_dataplane.errors.ApiError: The import or the index statistics cannot be read.
        """
        from .sources import find_missing_ids, source_row_counts

        model = self.describe(id)
        uri = _source_of(model, id)
        vectors = _vectors_of(self._client)
        index = index_counts(cast("_IndexStats", vectors.describe_index_stats()))
        missing = None
        if full:

            def existing(namespace: str, ids: list[str]) -> set[str]:
                fetched = cast("_Fetched", vectors.fetch(ids=ids, namespace=namespace))
                return set(fetched.vectors.additional_properties) if fetched.vectors is not None else set()

            missing = tuple(find_missing_ids(uri, existing, engine=engine))
        return verification(model, source_row_counts(uri, engine=engine), index, missing)

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ModelT], object] | None = None,
        raise_on_failure: bool = False,
    ) -> ModelT:
        """Poll import ``id`` until it is Completed, Failed or Cancelled, and return that import.

        The first poll is immediate; the pause after it is 1 s and grows 1.5 times per poll up to 20 s, cut
        short when the percentage says the import ends sooner.

        Args:
            id: The import, as ``start`` returned it.
            timeout: Seconds to wait in all; default: no limit.
            poll_interval: Seconds between polls; default: the schedule's, from 1 s growing to 20 s.
            on_progress: Called with the import whenever its status, percent or records change.
            raise_on_failure: Raise ``ImportFailedError`` for a Failed or Cancelled import instead of
                returning it.

        Returns:
            The import in its final state.

        Raises:
            pinecone_dataplane.errors.WaitTimeoutError: ``timeout`` passed first (``.last`` is the last
                state seen).
            pinecone_dataplane.errors.ImportFailedError: With ``raise_on_failure``, the import failed or was
                cancelled.
            pinecone_dataplane.errors.ApiError: Describing the import failed past the retries.
        """
        checked, steps = wait_steps(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            clock=self._clock,
        )
        return waiting.wait_sync(steps, lambda: self.describe(checked), self._sleep)


class AsyncImports(AsyncResource, ABC, Generic[ModelT, StartedT]):
    """``client.imports`` of an AsyncClient: the generated operations, plus ``start`` and ``wait`` (awaitable)."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        super().__init__(client)
        self._clock = clock
        if sleep is None:
            import asyncio  # only async users pay for importing asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    @abstractmethod
    async def describe(self, id: str) -> ModelT:
        """The import ``id`` (generated for each version)."""

    @abstractmethod
    def list(self, *, limit: int | None = None) -> AsyncIterable[ModelT]:
        """Every import (generated for each version)."""

    @abstractmethod
    async def _start(self, **fields: Any) -> StartedT:
        """The generated start operation, taking the request's fields."""

    @staticmethod
    @abstractmethod
    def _models() -> tuple[type[ModelT], type[StartedT]]:
        """The version's import model and started-import model (generated)."""

    async def start(self, uri: str, *, error_mode: str | None = None, integration_id: str | None = None) -> StartedT:
        """Start importing from ``uri``, at most one import a call; see :meth:`SyncImports.start`."""
        fields = start_fields(uri, error_mode, integration_id)
        sent_at = datetime.datetime.now(datetime.UTC)
        try:
            return await self._start(**fields)
        except _UNCERTAIN as cause:
            if not _maybe_started(cause):
                raise
            try:
                found = started_since([model async for model in self.list()], uri, sent_at)
            except errors.ApiError:
                raise cause from None
            return recovered(found, uri, cause, self._models()[1])

    async def validate(
        self,
        uri: str,
        *,
        dimension: int | None = None,
        vector_type: Literal["dense", "sparse"] | None = None,
        sample_rows: int = 100,
        full: bool = False,
        engine: Literal["local", "dask"] = "local",
    ) -> SourceReport:
        """Check the source at ``uri`` before an import; see :meth:`SyncImports.validate` (read in a thread)."""
        import asyncio

        from .sources import validate_source

        if dimension is None and vector_type != "sparse":
            dimension = cast("_IndexStats", await _vectors_of(self._client).describe_index_stats()).dimension
        return await asyncio.to_thread(
            validate_source,
            uri,
            dimension=dimension,
            vector_type=vector_type,
            sample_rows=sample_rows,
            full=full,
            engine=engine,
        )

    async def verify(self, id: str, *, full: bool = False, engine: Literal["local", "dask"] = "local") -> Verification:
        """Compare import ``id``'s source with the index; see :meth:`SyncImports.verify` (sources read in a thread)."""
        import asyncio

        from .sources import find_missing_ids, source_row_counts

        model = await self.describe(id)
        uri = _source_of(model, id)
        vectors = _vectors_of(self._client)
        index = index_counts(cast("_IndexStats", await vectors.describe_index_stats()))
        missing = None
        if full:
            loop = asyncio.get_running_loop()

            def existing(namespace: str, ids: list[str]) -> set[str]:  # runs in the reading thread
                fetch = vectors.fetch(ids=ids, namespace=namespace)
                fetched = cast("_Fetched", asyncio.run_coroutine_threadsafe(fetch, loop).result())
                return set(fetched.vectors.additional_properties) if fetched.vectors is not None else set()

            missing = tuple(await asyncio.to_thread(lambda: list(find_missing_ids(uri, existing, engine=engine))))
        counts = await asyncio.to_thread(source_row_counts, uri, engine=engine)
        return verification(model, counts, index, missing)

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ModelT], object] | None = None,
        raise_on_failure: bool = False,
    ) -> ModelT:
        """Poll import ``id`` until it ends; see :meth:`SyncImports.wait`."""
        checked, steps = wait_steps(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            clock=self._clock,
        )
        return await waiting.wait_async(steps, lambda: self.describe(checked), self._sleep)


# ---------------------------------------------------------------- one import per start; sources


def started_since(models: Iterable[ImportLike], uri: str, sent_at: datetime.datetime) -> ImportLike | None:
    """The newest import of ``uri`` created since ``sent_at`` (less the clock skew allowed), or None."""
    earliest = sent_at - CLOCK_SKEW
    found: ImportLike | None = None
    for model in models:
        created = model.created_at
        if model.uri != uri or not isinstance(created, datetime.datetime):
            continue
        created = created if created.tzinfo is not None else created.replace(tzinfo=datetime.UTC)
        if created >= earliest and (found is None or created > cast("datetime.datetime", found.created_at)):
            found = model
    return found


def _maybe_started(cause: errors.ApiError) -> bool:
    """Whether the start may have been carried out despite ``cause``: not when no connection was made."""
    return not (isinstance(cause, errors.ApiConnectionError) and not cause.sent)


def recovered(found: ImportLike | None, uri: str, cause: errors.ApiError, started: type[StartedT]) -> StartedT:
    """The import a lost start made (``found``, listed since), or ImportNotStartedError when there is none."""
    if found is None or not found.id:
        raise not_started(uri, cause) from cause
    logger.warning(
        "the answer to starting an import of %s was lost (%s); import %s of it was created since, so that is the "
        "one started: no second import was started",
        uri,
        cause,
        found.id,
    )
    return started.from_dict({"id": found.id})


def not_started(uri: str, cause: BaseException) -> errors.ImportNotStartedError:
    return errors.ImportNotStartedError(
        f"the answer to starting an import of {uri} was lost ({cause}), and the service lists no import of it "
        "created since: as far as it shows, none was started. Check with `pinecone-dataplane imports list` "
        "before starting it again",
        uri=uri,
    )


def index_counts(stats: _IndexStats) -> dict[str, int]:
    namespaces = stats.namespaces.additional_properties if stats.namespaces is not None else {}
    return {name: summary.vector_count or 0 for name, summary in namespaces.items()}


def verification(
    model: ImportLike, counts: Mapping[str, int], index: Mapping[str, int], missing: tuple[tuple[str, str], ...] | None
) -> Verification:
    from .sources import compare_counts

    result = getattr(model, "validation_result", None)
    report = compare_counts(
        counts,
        index,
        records_imported=cast("int | None", getattr(model, "records_imported", None)),
        validation_errors=getattr(result, "import_errors", None),
    )
    status = model.status
    return Verification(
        import_id=model.id or "", uri=model.uri or "", counts=report, missing=missing, status=str(status or "") or None
    )


def _source_of(model: ImportLike, id: str) -> str:
    if not model.uri:
        raise errors.ResponseValidationError(f"import {id} has no source URI to verify against", body=repr(model))
    return model.uri


def _vectors_of(client: object) -> Any:
    """The client's own ``vectors`` resource: the generated client of the version has it, typed there."""
    return cast("Any", client).vectors
