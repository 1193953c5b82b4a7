"""Imports: the hand-written part of ``client.imports`` in every version of Exa's Websets API.

Each version's generated ``Imports`` (``AsyncImports``) derives from :class:`SyncImports`
(:class:`AsyncImports`) and supplies the typed operations (``get``, ``list``, ``list_page``, ``update``,
``delete``, and the private ``_create``); this module adds ``create`` with the CSV upload and ``wait``.

The logic is written once: the CSV is read and checked by plain functions before any request, the upload's
outcome is judged by :func:`upload_outcome`, and ``wait`` is the core's sans-IO waiting
(:mod:`apiwire.waiting`) on the profile's ``imports`` operation; the sync and async classes only drive them.

``create(csv=...)`` as Exa's own SDK does it: the import is created with the file's size and row count,
the CSV is PUT to the answer's ``uploadUrl`` (another host: the API key is never sent there, by a separate
HTTP client that has no key), then the import is read back. The create is never sent twice (the transport's
policy); the upload, a PUT of the same bytes, is retried after a connection failure or a 5xx.

Waiting schedule (the core's): the first poll is immediate; the pause after it is 1 s and grows 1.5 times per
poll up to 20 s, or is ``poll_interval`` throughout; ``timeout`` bounds the whole wait and every poll in it.
"""

from __future__ import annotations

import csv as _csv
import io
import ipaddress
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from apiwire import waiting
from apiwire.resources import AsyncResource, SyncResource

from .. import errors
from .._profile import PROFILE

if TYPE_CHECKING:
    from .._client import AsyncClient, SyncClient

# The API's limit on an import's file (CreateImportParameters.size).
MAX_CSV_BYTES = 50_000_000
UPLOAD_ATTEMPTS = 3
UPLOAD_BACKOFF = 1.0  # seconds before the first retry of an upload, doubling
UPLOAD_TIMEOUT = 300.0  # seconds for one attempt of the upload: 50 MB over a slow link
_ERROR_TEXT_BYTES = 2_000  # of an upload's error answer, kept for the message
_IMPORTS = PROFILE.long_running["imports"]


class CreatedLike(Protocol):
    """What a create's answer has: the import's ``id`` and where its file goes."""

    @property
    def id(self) -> str: ...

    @property
    def upload_url(self) -> str: ...


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


ModelT = TypeVar("ModelT", bound=_Model)
CreatedT = TypeVar("CreatedT", bound=CreatedLike)
CsvInput = str | bytes | bytearray | memoryview | os.PathLike[str]


# ---------------------------------------------------------------- the CSV


@dataclass(frozen=True, slots=True)
class CsvFile:
    """The bytes to upload and the rows below the header (the import's ``count``)."""

    content: bytes
    rows: int


def read_csv(csv: object) -> CsvFile:
    """The CSV from a path (``pathlib.Path``), its bytes or its text, checked as the API will check it.

    A ``str`` is the CSV's text; one that looks like a file name (one line ending in ``.csv``) is refused
    rather than uploaded as a one-line file.
    """
    if isinstance(csv, os.PathLike):
        path = os.fspath(csv)
        size = os.stat(path).st_size
        if size > MAX_CSV_BYTES:
            raise ValueError(f"csv file {path} has {size} bytes; the API takes at most {MAX_CSV_BYTES}")
        with open(path, "rb") as file:
            content = file.read(MAX_CSV_BYTES + 1)
    elif isinstance(csv, bytes | bytearray | memoryview):
        content = bytes(csv)
    elif isinstance(csv, str):
        if "\n" not in csv and csv.strip().lower().endswith(".csv"):
            raise ValueError(
                f"csv={csv!r} looks like a file name: pass pathlib.Path({csv!r}) to upload the file, or the CSV's text"
            )
        content = csv.encode()
    else:
        raise TypeError(f"csv must be a path (pathlib.Path), bytes or the CSV's text, got {type(csv).__name__}")
    if len(content) > MAX_CSV_BYTES:
        raise ValueError(f"csv has {len(content)} bytes; the API takes at most {MAX_CSV_BYTES}")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"csv must be UTF-8 text: {error}") from None
    try:
        rows = sum(1 for row in _csv.reader(io.StringIO(text, newline=""), strict=True) if row)  # blank lines: []
    except _csv.Error as error:
        raise ValueError(f"csv is not a well-formed CSV file: {error}") from None
    if rows < 2:
        raise ValueError("csv has no rows below its header: an import needs at least one entity")
    return CsvFile(content, rows - 1)


def create_fields(
    file: CsvFile,
    *,
    entity: object,
    title: str | None,
    metadata: Mapping[str, str] | None,
    identifier_column: int | None,
) -> dict[str, Any]:
    """The create request's fields for ``file`` (size and count from the file itself)."""
    fields: dict[str, Any] = {
        "size": len(file.content),
        "count": file.rows,
        "format": "csv",
        "entity": entity,
        "title": title,
        "metadata": metadata,
    }
    if identifier_column is not None:
        fields["csv"] = {"identifier": identifier_column}
    return fields


# ---------------------------------------------------------------- the upload


def upload_request(created: CreatedLike, file: CsvFile, *, allow_insecure: bool) -> httpx.Request:
    """The PUT of the file to the import's ``uploadUrl``: no credential, nothing but the file and its type."""
    url = httpx.URL(created.upload_url)
    if url.scheme not in ("https", "http") or not url.host:
        raise errors.UploadError(
            f"import {created.id}: the API gave no usable uploadUrl ({url.scheme or 'no'} scheme)",
            import_id=created.id,
            status_code=None,
        )
    if url.scheme == "http" and not allow_insecure and not _loopback(url.host):
        raise errors.UploadError(
            f"import {created.id}: refusing to upload over plain http to {url.host} (allow_insecure=True allows it)",
            import_id=created.id,
            status_code=None,
        )
    return httpx.Request("PUT", url, content=file.content, headers={"Content-Type": "text/csv"})


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def upload_outcome(import_id: str, outcome: httpx.Response | httpx.TransportError, attempt: int) -> bool:
    """Whether the upload is done (True) or should be sent again (False); raises ``UploadError`` otherwise."""
    last = attempt + 1 >= UPLOAD_ATTEMPTS
    if isinstance(outcome, httpx.TransportError):
        if last:
            raise errors.UploadError(
                f"import {import_id}: uploading the CSV failed: {type(outcome).__name__}",
                import_id=import_id,
                status_code=None,
            ) from outcome
        return False
    if outcome.is_success:
        return True
    if outcome.status_code >= 500 and not last:
        return False
    text = outcome.content[:_ERROR_TEXT_BYTES].decode("utf-8", "replace").strip()
    raise errors.UploadError(
        f"import {import_id}: the upload answered {outcome.status_code}{f': {text}' if text else ''}",
        import_id=import_id,
        status_code=outcome.status_code,
    )


def _kept(response: httpx.Response, body: bytes) -> httpx.Response:
    """The upload's answer with at most the first bytes of its body: only an error's text is ever read."""
    return httpx.Response(response.status_code, headers=response.headers, content=body[:_ERROR_TEXT_BYTES])


def _read_some(response: httpx.Response) -> bytes:
    body = b""
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) >= _ERROR_TEXT_BYTES:
            break
    return body


async def _aread_some(response: httpx.Response) -> bytes:
    body = b""
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) >= _ERROR_TEXT_BYTES:
            break
    return body


# ---------------------------------------------------------------- waiting


def wait_steps(
    id: object,
    *,
    timeout: object,
    poll_interval: object,
    on_progress: Callable[[Any], object] | None,
    raise_on_failure: bool,
    clock: Callable[[], float],
) -> waiting.Steps:
    """The core's waiting steps for import ``id`` (:mod:`apiwire.waiting`, from Exa's profile); a bad argument
    raises ValueError before the first step."""
    if not isinstance(id, str) or not id:
        raise ValueError(f"id must be a non-empty string, got {id!r}")
    return waiting.waiting(
        f"import {id}",
        _IMPORTS,
        timeout=timeout,
        poll_interval=poll_interval,
        on_progress=on_progress,
        raise_on_failure=raise_on_failure,
        clock=clock,
        types=PROFILE.error_types,
    )


# ---------------------------------------------------------------- the two faces


class SyncImports(SyncResource, ABC, Generic[ModelT, CreatedT]):
    """``client.imports``: the generated operations of the version, plus ``create`` (with the upload) and ``wait``."""

    def __init__(
        self,
        client: SyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(client)
        self._exa = client
        self._clock = clock
        self._sleep = sleep

    @abstractmethod
    def get(self, id: str) -> ModelT:
        """The import ``id`` (generated for each version)."""

    @abstractmethod
    def _create(self, **fields: Any) -> CreatedT:
        """The generated create operation, taking the request's fields."""

    @staticmethod
    @abstractmethod
    def _models() -> tuple[type[ModelT], type[CreatedT]]:
        """The version's import model and create-answer model (generated)."""

    def create(
        self,
        *,
        csv: CsvInput,
        entity: Any,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        identifier_column: int | None = None,
    ) -> ModelT:
        """Create an import of ``csv``, upload the file to it, and return the import as the API then has it.

        Args:
            csv: The file: a path (``pathlib.Path``), its bytes, or its text. Its size and row count (below
                the header) are sent with the create.
            entity: What each row is: ``{"type": "company"}``, ``{"type": "person"}``,
                ``{"type": "custom", "description": ...}``... (or the version's entity model).
            title: The import's name.
            metadata: Your own string pairs, stored with the import.
            identifier_column: Index of the column holding each entity's key (its URL); default: guessed.

        Returns:
            The import, usually ``pending`` or ``processing``; ``wait(imp.id)`` waits for its end.

        Raises:
            exa_websets.errors.UploadError: The upload failed; the import exists (``import_id``) without a file.
            exa_websets.errors.ApiError: The API refused the import (``BadRequestError``...).
            ValueError: The CSV is empty, not UTF-8, over 50 MB, or an argument breaks a limit; raised
                before anything is sent.
        """
        file = read_csv(csv)
        created = self._create(
            **create_fields(file, entity=entity, title=title, metadata=metadata, identifier_column=identifier_column)
        )
        request = upload_request(created, file, allow_insecure=self._exa.allow_insecure)
        with httpx.Client(timeout=UPLOAD_TIMEOUT, follow_redirects=False) as uploader:
            for attempt in range(UPLOAD_ATTEMPTS):
                outcome: httpx.Response | httpx.TransportError
                try:
                    response = uploader.send(request, stream=True)
                    try:
                        outcome = _kept(response, _read_some(response))
                    finally:
                        response.close()
                except httpx.TransportError as error:
                    outcome = error
                if upload_outcome(created.id, outcome, attempt):
                    break
                self._sleep(UPLOAD_BACKOFF * 2**attempt)
        return self.get(created.id)

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ModelT], object] | None = None,
        raise_on_failure: bool = True,
    ) -> ModelT:
        """Poll import ``id`` until it is ``completed`` (or ``failed``) and return it.

        Args:
            id: The import, as ``create`` returned it.
            timeout: Seconds to wait in all; default: no limit.
            poll_interval: Seconds between polls; default: 1 s growing 1.5 times a poll to 20 s.
            on_progress: Called with the import whenever its status changes (the first poll included).
            raise_on_failure: Raise ``ImportFailedError`` for a failed import (the default); False returns it.

        Returns:
            The import in its final state.

        Raises:
            exa_websets.errors.ImportFailedError: The import failed: ``failed_reason``, ``failed_message``.
            exa_websets.errors.WaitTimeoutError: ``timeout`` passed first (``.last`` is the last import seen).
            exa_websets.errors.ApiError: Reading the import failed past the retries.
        """
        steps = wait_steps(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            clock=self._clock,
        )
        return waiting.wait_sync(steps, lambda: self.get(id), self._sleep)


class AsyncImports(AsyncResource, ABC, Generic[ModelT, CreatedT]):
    """``client.imports`` of an AsyncClient: the generated operations, plus ``create`` and ``wait`` (awaitable)."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        super().__init__(client)
        self._exa = client
        self._clock = clock
        if sleep is None:
            import asyncio  # only async users pay for importing asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    @abstractmethod
    async def get(self, id: str) -> ModelT:
        """The import ``id`` (generated for each version)."""

    @abstractmethod
    async def _create(self, **fields: Any) -> CreatedT:
        """The generated create operation, taking the request's fields."""

    @staticmethod
    @abstractmethod
    def _models() -> tuple[type[ModelT], type[CreatedT]]:
        """The version's import model and create-answer model (generated)."""

    async def create(
        self,
        *,
        csv: CsvInput,
        entity: Any,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        identifier_column: int | None = None,
    ) -> ModelT:
        """Create an import of ``csv``, upload the file, and return the import; see :meth:`SyncImports.create`."""
        file = read_csv(csv)
        created = await self._create(
            **create_fields(file, entity=entity, title=title, metadata=metadata, identifier_column=identifier_column)
        )
        request = upload_request(created, file, allow_insecure=self._exa.allow_insecure)
        async with httpx.AsyncClient(timeout=UPLOAD_TIMEOUT, follow_redirects=False) as uploader:
            for attempt in range(UPLOAD_ATTEMPTS):
                outcome: httpx.Response | httpx.TransportError
                try:
                    response = await uploader.send(request, stream=True)
                    try:
                        outcome = _kept(response, await _aread_some(response))
                    finally:
                        await response.aclose()
                except httpx.TransportError as error:
                    outcome = error
                if upload_outcome(created.id, outcome, attempt):
                    break
                await self._sleep(UPLOAD_BACKOFF * 2**attempt)
        return await self.get(created.id)

    async def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ModelT], object] | None = None,
        raise_on_failure: bool = True,
    ) -> ModelT:
        """Poll import ``id`` until it is ``completed`` (or ``failed``); see :meth:`SyncImports.wait`."""
        steps = wait_steps(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            raise_on_failure=raise_on_failure,
            clock=self._clock,
        )
        return await waiting.wait_async(steps, lambda: self.get(id), self._sleep)
