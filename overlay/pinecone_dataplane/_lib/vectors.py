"""``client.vectors.upsert_many``, sync and async: any number of vectors in batches, several in flight, nothing
lost. The work (reading the input, batching, counting) is in :mod:`._upsert`, loaded on the first call; the two
faces here only schedule the batches: threads for the blocking client, tasks for the asyncio one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from apiwire.resources import AsyncResource, SyncResource

from .. import errors

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

    from ._upsert import Batch, UpsertProgress, UpsertResult, VectorSource

DEFAULT_CONCURRENCY = 4


class SyncVectors(SyncResource):
    """The hand-written part of ``client.vectors``: ``upsert_many``."""

    def upsert_many(
        self,
        vectors: VectorSource | None = None,
        /,
        *,
        ids: Sequence[str] | Any | None = None,
        values: Sequence[Any] | Any | None = None,
        sparse_values: Sequence[Mapping[str, Any] | None] | None = None,
        metadata: Sequence[Mapping[str, Any] | None] | None = None,
        namespace: str | None = None,
        batch_size: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_progress: Callable[[UpsertProgress], object] | None = None,
    ) -> UpsertResult:
        """Upsert any number of vectors in batches, ``concurrency`` requests at a time.

        Args:
            vectors: an iterable of vectors (dicts of ``id``, ``values``, ``sparse_values``, ``metadata``;
                generated ``Vector`` models; tuples ``(id, values[, metadata])``), a pandas DataFrame or a
                pyarrow Table, RecordBatch or RecordBatchReader with those columns, or the ``failed`` batches
                of an earlier result to send again. Read as it is consumed.
            ids: instead of ``vectors``, the ids as a column (a numpy array or a sequence), with ``values``.
            values: the dense values beside ``ids``: a 2-D numpy array or a sequence of rows.
            sparse_values: beside ``ids``, each vector's sparse values (``indices`` and ``values``) or None.
            metadata: beside ``ids``, each vector's metadata (a mapping, or JSON text) or None.
            namespace: where to write (default: the default namespace).
            batch_size: vectors per request, at most the API's largest (1000); requests are also kept under
                the service's 2 MB body limit.
            concurrency: requests in flight at once; memory is bounded by them, not by the input.
            on_progress: called with an ``UpsertProgress`` after each batch.

        Returns:
            An ``UpsertResult``: how many were written, and each batch that was not, with its ids and error.
            Bad input (a vector without an id, an unknown field) raises ``ValueError`` or ``TypeError`` naming
            the vector, once the batches already in flight have ended.
        """
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        from . import _upsert

        plan = _upsert.plan(
            self,
            vectors,
            ids=ids,
            values=values,
            sparse_values=sparse_values,
            metadata=metadata,
            namespace=namespace,
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )

        def send(number: int, batch: Batch) -> None:
            try:
                outcome: int | errors.ApiError = _upsert.upserted_count(self._send(batch.request()), len(batch.ids))
            except errors.ApiError as error:
                outcome = error
            plan.tally.outcome(number, batch, outcome)

        in_flight: set[Future[None]] = set()
        with ThreadPoolExecutor(concurrency, thread_name_prefix="upsert_many") as pool:
            try:
                for number, batch in enumerate(plan.batches):
                    if len(in_flight) >= concurrency:
                        done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                        for future in done:
                            future.result()
                    in_flight.add(pool.submit(send, number, batch))
            finally:
                for future in in_flight:
                    future.result()
        return plan.tally.result()


class AsyncVectors(AsyncResource):
    """The hand-written part of ``client.vectors`` (awaitable): ``upsert_many``."""

    async def upsert_many(
        self,
        vectors: VectorSource | None = None,
        /,
        *,
        ids: Sequence[str] | Any | None = None,
        values: Sequence[Any] | Any | None = None,
        sparse_values: Sequence[Mapping[str, Any] | None] | None = None,
        metadata: Sequence[Mapping[str, Any] | None] | None = None,
        namespace: str | None = None,
        batch_size: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_progress: Callable[[UpsertProgress], object] | None = None,
    ) -> UpsertResult:
        """Upsert any number of vectors in batches, ``concurrency`` at a time; see :meth:`SyncVectors.upsert_many`."""
        import asyncio

        from . import _upsert

        plan = _upsert.plan(
            self,
            vectors,
            ids=ids,
            values=values,
            sparse_values=sparse_values,
            metadata=metadata,
            namespace=namespace,
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
        )

        async def send(number: int, batch: Batch) -> None:
            try:
                response = await self._send(batch.request())
                outcome: int | errors.ApiError = _upsert.upserted_count(response, len(batch.ids))
            except errors.ApiError as error:
                outcome = error
            plan.tally.outcome(number, batch, outcome)

        in_flight: set[asyncio.Task[None]] = set()
        try:
            for number, batch in enumerate(plan.batches):
                if len(in_flight) >= concurrency:
                    done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                    for task in done:
                        task.result()
                in_flight.add(asyncio.ensure_future(send(number, batch)))
        finally:
            for ended in await asyncio.gather(*in_flight, return_exceptions=True):
                if isinstance(ended, BaseException):
                    raise ended
        return plan.tally.result()
