"""The HTTP face of the emulator: a Starlette app answering in the shapes of the requested spec version.

An outer ASGI layer injects faults, checks the API key and the ``X-Pinecone-Api-Version`` header, then
hands the request to the routes. Errors are rpcStatus bodies (``{"code", "message", "details"}``, the
code a gRPC status code) with the HTTP status the real service uses.
"""

from __future__ import annotations

import asyncio
import hmac
import importlib
import time
from collections.abc import Callable, Coroutine
from functools import cache
from typing import IO, Any

import attrs
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from apiwire._core import snake_case

from .._versions import available_versions, module_name, oldest_stable_version
from . import _documents as documents
from . import _limits as limits
from . import _namespaces as namespaces
from . import _records as records
from . import _vectors as rules
from ._http import (
    ApiProblem,
    decode_number_token,
    decode_token,
    encode_token,
    json_object,
    namespace_param,
    parse_limit,
    problem_response,
)
from ._imports import ErrorMode, ImportJob, SourceError
from ._offload import run_to_end
from ._shapes import Shape, shape_of
from ._state import EmulatorState
from ._store import DEFAULT_NAMESPACE, FloatArray, IndexArray, Match, Predicate, StoredRecord

# Key in the ASGI scope's "state" under which the emulator's HTTP protocol puts the connection's
# transport, so a fault can close the connection without answering.
TRANSPORT_KEY = "pinecone_dataplane.emulator.transport"

_MAX_IMPORT_ID = 1000
_MAX_URI = 1500
_MAX_INTEGRATION_ID = 1000


# The first version whose spec documents a 401 as text/plain, as the service sends it, not as an rpcStatus.
_UNAUTHORIZED_AS_TEXT_FROM = "2026-07"


class EmulatorApp:
    """The ASGI application: access log, faults, authentication and version selection around the routes."""

    def __init__(self, state: EmulatorState, *, access_log: IO[str] | None = None) -> None:
        self.state = state
        self.access_log = access_log
        self.max_body = state.settings.max_body_bytes or limits.max_body_bytes(
            state.settings.dimension if state.settings.vector_type == "dense" else None
        )
        self.routes = Starlette(
            routes=_Endpoints(state).routes(),
            exception_handlers={ApiProblem: _on_problem, HTTPException: _on_http_exception},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.access_log is None:
            await self._handle(scope, receive, send)
            return
        started = time.perf_counter()
        status = "-"  # no answer sent: the connection was dropped or the answer lost

        async def logged_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = str(message["status"])
            await send(message)

        try:
            await self._handle(scope, receive, logged_send)
        finally:
            client = scope.get("client") or ("-", 0)
            query = scope.get("query_string", b"").decode("latin-1")
            target = scope["path"] + (f"?{query}" if query else "")
            elapsed = (time.perf_counter() - started) * 1000
            print(
                f'{client[0]}:{client[1]} "{scope["method"]} {target} HTTP/{scope["http_version"]}" {status} '
                f"{elapsed:.1f}ms",
                file=self.access_log,
                flush=True,
            )

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.routes(scope, receive, send)
            return
        state = self.state
        refusal = self._refusal(scope)
        if refusal is not None:
            await problem_response(*refusal)(scope, receive, send)
            return
        try:
            scope.setdefault("state", {})["api_version"] = self._check(scope)
            rejected = None
            # Counted once the key and version are accepted: a refused caller leaves nothing behind.
            state.requests[f"{scope['method']} {scope['path']}"] += 1
        except ApiProblem as problem:
            rejected = problem
        faults = state.faults
        low, high = faults.latency
        if high > 0:
            state.faults_injected["latency"] += 1
            await asyncio.sleep(state.random.uniform(low, high))
        if faults.drop_rate and state.random.random() < faults.drop_rate:
            state.faults_injected["drop"] += 1
            await _close_connection(scope)
            return
        if faults.fail_rate and state.random.random() < faults.fail_rate:
            state.faults_injected["fail"] += 1
            headers = None if faults.retry_after is None else {"Retry-After": f"{faults.retry_after:g}"}
            await problem_response(503, "service unavailable (injected by the emulator)", headers)(scope, receive, send)
            return
        if rejected is not None:
            version = Headers(scope=scope).get("x-pinecone-api-version") or oldest_stable_version()
            if rejected.status == 401 and version >= _UNAUTHORIZED_AS_TEXT_FROM:
                await PlainTextResponse(rejected.message, status_code=401)(scope, receive, send)
            else:
                await problem_response(rejected.status, rejected.message)(scope, receive, send)
            return
        receive = _capped(receive, self.max_body)
        if faults.lost_response_rate and state.random.random() < faults.lost_response_rate:
            state.faults_injected["lost_response"] += 1
            await self.routes(scope, receive, _discard)
            await _close_connection(scope)
            return
        await self.routes(scope, receive, send)

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        """Why the request is refused before its key is looked at (a foreign Host, a cap), or None."""
        headers = Headers(scope=scope)
        host = headers.get("host")
        if not limits.host_allowed(host, self.state.settings.allowed_hosts):
            shown = "no Host header" if host is None else f"Host {host[:100]!r}"
            return 403, (
                f"{shown} is not a loopback name; the emulator serves others only when started with "
                "--allow-host NAME (or running_emulator(allowed_hosts=...))"
            )
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string", b"")) > limits.MAX_TARGET_BYTES:
            return 414, f"the request target is longer than the emulator's cap of {limits.MAX_TARGET_BYTES} bytes"
        if limits.header_bytes(scope["headers"]) > limits.MAX_HEADER_BYTES:
            return 431, f"the request headers are larger than the emulator's cap of {limits.MAX_HEADER_BYTES} bytes"
        length = headers.get("content-length")
        if length is not None and length.isascii() and length.isdigit() and int(length) > self.max_body:
            return 413, _too_large(self.max_body)
        return None

    def _check(self, scope: Scope) -> str:
        """The API version the request asks for, after checking its API key."""
        headers = Headers(scope=scope)
        key = headers.get("api-key")
        if key is None:
            raise ApiProblem(401, "missing Api-Key header")
        if not hmac.compare_digest(key.encode("utf-8", "surrogateescape"), self.state.settings.api_key.encode()):
            raise ApiProblem(401, "invalid API key")
        version = headers.get("x-pinecone-api-version")
        if version is None:
            # As the service does: a client that names no version gets the oldest it still supports.
            return oldest_stable_version()
        if version not in available_versions():
            served = ", ".join(available_versions())
            raise ApiProblem(400, f"unsupported API version {version!r}; this emulator serves {served}")
        return version


def _too_large(cap: int) -> str:
    return f"the request body is larger than the emulator's cap of {cap} bytes"


def _capped(receive: Receive, cap: int) -> Receive:
    """``receive`` refusing a body longer than ``cap`` (one sent in chunks, without Content-Length) with a 413."""
    received = 0

    async def capped() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > cap:
                raise ApiProblem(413, _too_large(cap))
        return message

    return capped


async def _discard(message: Message) -> None:
    """A send that drops the response: the request was handled but its answer is lost."""


async def _close_connection(scope: Scope) -> None:
    transport = scope.get("state", {}).get(TRANSPORT_KEY)
    if transport is None:
        raise RuntimeError("closing connections needs the emulator's own HTTP protocol (use running_emulator)")
    transport.close()
    # Let the server see the connection is gone before the app returns, so it does not try to answer.
    await asyncio.sleep(0)


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return problem_response(exc.status, exc.message, error_response=_answers_error_response(request))


def _answers_error_response(request: Request) -> bool:
    version = getattr(request.state, "api_version", None)
    path = request.url.path
    by_records = path.startswith("/records/") or "/documents/" in path
    return version is not None and by_records and shape_of(version).records_errors_as_error_response


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = (
            f"no such endpoint: {request.method} {request.url.path} "
            "(the emulator serves bulk imports, the vector operations, records, documents and namespaces)"
        )
    else:
        message = f"{request.method} is not allowed on {request.url.path}"
    headers = dict(exc.headers or {})
    version = getattr(request.state, "api_version", None)
    # POST /namespaces is from 2025-10 on: before, the path allows GET alone.
    if "Allow" in headers and request.url.path == "/namespaces" and version is not None:
        headers["Allow"] = headers["Allow"] if "create_namespace" in _operations(version) else "GET, HEAD"
    return problem_response(exc.status_code, message, headers, error_response=_answers_error_response(request))


# --- casing ------------------------------------------------------------------------------------------


# Field names are few and converted once per field of every request and answer (a thousand per upsert).
_snake = cache(snake_case)

# Fields whose value is a map keyed by user data (namespace names, record IDs): keys kept as they are.
_MAPS = frozenset({"namespaces", "vectors"})
# Fields whose value is user data throughout: a record's metadata, and a search hit's fields (the same).
_USER_DATA = frozenset({"metadata", "fields"})


def to_snake_case(value: Any) -> Any:
    """The same body with every field name in snake_case; metadata and map keys are user data, kept as is."""
    if isinstance(value, list):
        return [to_snake_case(item) for item in value]
    if not isinstance(value, dict):
        return value
    converted = {}
    for key, item in value.items():
        if key in _USER_DATA:
            converted[key] = item
        elif key in _MAPS and isinstance(item, dict):
            converted[key] = {name: to_snake_case(entry) for name, entry in item.items()}
        else:
            converted[_snake(key)] = to_snake_case(item)
    return converted


# --- request parsing ---------------------------------------------------------------------------------


def _field(body: dict[str, Any], camel: str) -> Any:
    """A request field by its spec name or its snake_case twin; JSON null counts as absent."""
    value = body.get(camel)
    return body.get(_snake(camel)) if value is None else value


def _query(request: Request, camel: str) -> str | None:
    value = request.query_params.get(camel)
    if value is None:
        value = request.query_params.get(_snake(camel))
    return value


# The largest limit each list operation's spec allows: its maximum, else what its integer format holds.
_MAX_IMPORTS_LIMIT = 100
_MAX_INT32 = 2**31 - 1
_MAX_INT64 = 2**63 - 1


def _limit(request: Request, *, maximum: int) -> int:
    return parse_limit(_query(request, "limit"), maximum=maximum)


# The service's limit on record IDs (and the prefixes of them), which 2026-07's spec states: enforced in every
# version, as the service does.
_MAX_ID_LENGTH = 512


def _record_ids(name: str, values: list[str]) -> None:
    if any(len(value) > _MAX_ID_LENGTH or not value.isascii() or "\x00" in value for value in values):
        raise ApiProblem(400, f"{name}: ASCII of at most {_MAX_ID_LENGTH} characters")


def _no_spaces(name: str, values: list[str]) -> None:
    if any(" " in value for value in values):
        raise ApiProblem(400, f"{name} must not contain spaces")


def _served(request: Request, operation: str) -> None:
    """A 404 for an operation the requested version's generated package does not have (fetch by metadata
    before 2025-10, the document operations before 2026-07, the namespace operations before 2025-04)."""
    if operation not in _operations(request.state.api_version):
        raise ApiProblem(404, f"{operation} is not in API version {request.state.api_version}")


@cache
def _operations(version: str) -> frozenset[str]:
    return frozenset(importlib.import_module(module_name(version)).OPERATIONS)


@cache
def _lists_namespace_total(version: str) -> bool:
    """Whether this version's ListNamespacesResponse has ``total_count`` (read from its generated model)."""
    module = importlib.import_module(f"{module_name(version)}.models.list_namespaces_response")
    return "total_count" in attrs.fields_dict(module.ListNamespacesResponse)


# --- routes ------------------------------------------------------------------------------------------


Endpoint = Callable[[Request], Coroutine[Any, Any, Response]]


# 2026-07's document operations: POST /namespaces/{namespace}/documents/OPERATION.
_DOCUMENT_OPERATIONS = ("upsert", "search", "fetch", "delete", "update", "list")


# Endpoints answered on the event loop: they read a few fields of the imports, never the index. Every other
# one runs on a worker thread, so that a query over millions of vectors does not hold up the loop.
_ON_THE_LOOP = frozenset(
    {("GET", "/bulk/imports"), ("GET", "/bulk/imports/{id:path}"), ("DELETE", "/bulk/imports/{id:path}")}
)


def _route(path: str, **by_method: Endpoint) -> Route:
    """A route answering each method with its endpoint (HEAD as GET, which Starlette adds with GET)."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        if (method, path) in _ON_THE_LOOP:
            return await by_method[method](request)
        await request.body()  # read here, where the connection is; the endpoint then never waits for it
        return await asyncio.to_thread(run_to_end, by_method[method](request))

    return Route(path, endpoint, methods=list(by_method))


def _shape(request: Request) -> Shape:
    return shape_of(request.state.api_version)


def _body_namespace(body: dict[str, Any]) -> str:
    """The request's namespace; absent or "" is the default namespace."""
    value = body.get("namespace")
    if value is None:
        return DEFAULT_NAMESPACE
    return rules.string(value, "namespace") or DEFAULT_NAMESPACE


def _required(value: Any, name: str) -> Any:
    if value is None:
        raise rules.bad(f"{name} is required")
    return value


# A query's input: (dense values, sparse values), or None for an id that names no record.
_QueryInput = tuple[FloatArray | None, tuple[IndexArray, FloatArray] | None] | None


class _Endpoints:
    """One method per endpoint."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.settings = state.settings
        self.store = state.store
        assert state.settings.metric is not None  # Settings fills it in
        self.index = rules.Index(
            dimension=state.settings.dimension if state.settings.vector_type == "dense" else None,
            metric=state.settings.metric,
        )

    def routes(self) -> list[Route]:
        # One route per path, so that a 405 lists every method of the path in its Allow header.
        return [
            _route("/bulk/imports", GET=self.list_imports, POST=self.start_import),
            _route("/bulk/imports/{id:path}", GET=self.describe_import, DELETE=self.cancel_import),
            _route("/describe_index_stats", POST=self.describe_index_stats),
            _route("/query", POST=self.query),
            _route("/vectors/upsert", POST=self.upsert),
            _route("/vectors/fetch", GET=self.fetch_vectors),
            _route("/vectors/fetch_by_metadata", POST=self.fetch_by_metadata),
            _route("/vectors/list", GET=self.list_vectors),
            _route("/vectors/update", POST=self.update),
            _route("/vectors/delete", POST=self.delete),
            _route("/namespaces", GET=self.list_namespaces, POST=self.create_namespace),
            *(
                _route(f"/namespaces/{{namespace}}/documents/{operation}", POST=self.documents)
                for operation in _DOCUMENT_OPERATIONS
            ),
            _route("/namespaces/{namespace:path}", GET=self.describe_namespace, DELETE=self.delete_namespace),
            _route("/records/namespaces/{namespace}/upsert", POST=self.upsert_records),
            _route("/records/namespaces/{namespace}/search", POST=self.search_records),
        ]

    def _respond(self, body: dict[str, Any]) -> JSONResponse:
        return JSONResponse(to_snake_case(body) if self.settings.casing == "snake" else body)

    # --- imports ---

    def _job(self, request: Request) -> ImportJob:
        value: str = request.path_params["id"]
        if not 1 <= len(value) <= _MAX_IMPORT_ID:
            raise ApiProblem(400, f"an import id is 1 to {_MAX_IMPORT_ID} characters long")
        job = self.state.job(value)
        if job is None:
            raise ApiProblem(404, f"import {value!r} not found")
        return job

    async def start_import(self, request: Request) -> Response:
        body = await json_object(request, "start_bulk_import")
        uri = _field(body, "uri")
        if not isinstance(uri, str) or not 1 <= len(uri) <= _MAX_URI:
            raise ApiProblem(400, f"uri is required: a string of 1 to {_MAX_URI} characters")
        integration = _field(body, "integrationId")
        if integration is not None and not (isinstance(integration, str) and len(integration) <= _MAX_INTEGRATION_ID):
            raise ApiProblem(400, f"integrationId must be a string of at most {_MAX_INTEGRATION_ID} characters")
        try:
            job = self.state.start_import(uri, _error_mode(body))
        except SourceError as exc:
            raise ApiProblem(400, str(exc)) from None
        return self._respond({"id": job.id})

    async def list_imports(self, request: Request) -> Response:
        limit = _limit(request, maximum=_MAX_IMPORTS_LIMIT)
        before = decode_number_token(_query(request, "paginationToken") or None, "imports")
        jobs, more = self.state.page(before, limit)
        shape = _shape(request)
        body: dict[str, Any] = {"data": [job.model(shape) for job in jobs]}
        if more:
            body["pagination"] = {"next": encode_token("imports", str(jobs[-1].seq))}
        return self._respond(body)

    async def describe_import(self, request: Request) -> Response:
        return self._respond(self._job(request).model(_shape(request)))

    async def cancel_import(self, request: Request) -> Response:
        self.state.cancel(self._job(request))
        return self._respond({})

    # --- vectors ---

    async def describe_index_stats(self, request: Request) -> Response:
        body = await json_object(request, "describe_index_stats")
        filter_ = body.get("filter")
        if filter_ is not None and (not isinstance(filter_, dict) or filter_):
            rules.metadata_filter(filter_, "filter")  # a malformed filter is told so first
            # The spec describes filtered stats, which pod-based indexes served; the emulated index is serverless.
            raise rules.bad("serverless indexes do not support filtering describe_index_stats by metadata")
        counts = self.store.counts()
        stats: dict[str, Any] = {
            "namespaces": {name: {"vectorCount": count} for name, count in counts.items()},
            "indexFullness": 0.0,
            "totalVectorCount": sum(counts.values()),
            "metric": self.index.metric,
            "vectorType": self.settings.vector_type,
        }
        if self.index.dimension is not None:
            stats["dimension"] = self.index.dimension
        return self._respond(stats)

    async def upsert(self, request: Request) -> Response:
        body = await json_object(request, "upsert_vectors")
        vectors = _required(body.get("vectors"), "vectors")
        if not isinstance(vectors, list) or not vectors:
            raise rules.bad(f"vectors must be an array of 1 to {rules.MAX_VECTORS_PER_UPSERT} vectors")
        if len(vectors) > rules.MAX_VECTORS_PER_UPSERT:
            raise rules.bad(
                f"vectors holds {len(vectors)} vectors; the limit is {rules.MAX_VECTORS_PER_UPSERT} per upsert"
            )
        namespace = _body_namespace(body)
        records = dict(rules.vector(item, f"vectors[{i}]", self.index, _field) for i, item in enumerate(vectors))
        self.store.upsert(namespace, records)
        return self._respond({"upsertedCount": len(vectors)})

    def _query_input(
        self, namespace: str, *, vector: Any, sparse: Any, id_: Any, names: tuple[str, str, str]
    ) -> _QueryInput:
        """What to score against: the given dense and sparse values, or those of the record named by id."""
        vector_name, sparse_name, id_name = names
        if id_ is not None:
            if vector is not None or sparse is not None:
                raise rules.bad(f"give {id_name} alone, or {vector_name}/{sparse_name}, not both")
            found = self.store.fetch(namespace, [rules.record_id(id_, id_name)]).get(id_)
            if found is None:
                return None
            if self.index.sparse:
                assert found.sparse_indices is not None
                assert found.sparse_values is not None
                return None, (found.sparse_indices, found.sparse_values)
            return found.values, None
        if self.index.dimension is None:
            if vector not in (None, []):
                raise rules.bad(f"a sparse index is queried with {sparse_name} or {id_name}, not {vector_name}")
            return None, rules.sparse_values(_required(sparse, f"{sparse_name} (or {id_name})"), sparse_name)
        dense = rules.dense_values(
            _required(vector, f"{vector_name} (or {id_name})"), vector_name, self.index.dimension
        )
        if sparse is None:
            return dense, None
        if self.index.metric != "dotproduct":
            raise rules.bad(f"{sparse_name} needs an index with the dotproduct metric, not {self.index.metric}")
        return dense, rules.sparse_values(sparse, sparse_name)

    def _predicate(self, namespace: str, filter_: Any, where: str) -> Predicate | None:
        """The filter compiled, after checking it names only fields the namespace's schema indexes."""
        predicate = rules.metadata_filter(filter_, where)
        namespaces.check_indexed(filter_, self.state.namespaces.indexed(namespace), namespace, where)
        return predicate

    def _search(self, namespace: str, given: _QueryInput, top_k: int, filter_: Any, where: str) -> list[Match]:
        predicate = self._predicate(namespace, filter_, where)
        if given is None:
            return []
        return self._scored(namespace, given, top_k, predicate)

    def _scored(self, namespace: str, given: tuple[Any, Any], top_k: int, predicate: Predicate | None) -> list[Match]:
        dense, sparse = given
        return self.store.query(
            namespace, metric=self.index.metric, top_k=top_k, dense=dense, sparse=sparse, predicate=predicate
        )

    async def query(self, request: Request) -> Response:
        body = await json_object(request, "query_vectors")
        if body.get("queries") is not None:
            raise rules.bad("queries (several query vectors at once) is not served by serverless indexes: use vector")
        top_k = rules.integer(_required(_field(body, "topK"), "topK"), "topK", minimum=1, maximum=rules.MAX_TOP_K)
        namespace = _body_namespace(body)
        include_values = rules.boolean(_field(body, "includeValues"), "includeValues")
        include_metadata = rules.boolean(_field(body, "includeMetadata"), "includeMetadata")
        given = self._query_input(
            namespace,
            vector=body.get("vector"),
            sparse=_field(body, "sparseVector"),
            id_=body.get("id"),
            names=("vector", "sparseVector", "id"),
        )
        matches = self._search(namespace, given, top_k, body.get("filter"), "filter")
        scored = [
            rules.scored_body(match, include_values=include_values, include_metadata=include_metadata)
            for match in matches
        ]
        return self._respond({"matches": scored, "namespace": namespace, "usage": {"readUnits": 1}})

    async def fetch_vectors(self, request: Request) -> Response:
        ids = request.query_params.getlist("ids")
        if not ids or not all(ids):
            raise ApiProblem(400, "ids is required: one or more non-empty record IDs")
        if len(ids) > rules.MAX_IDS:
            raise rules.bad(f"ids holds {len(ids)} IDs; the limit is {rules.MAX_IDS} per request")
        _no_spaces("ids", ids)
        _record_ids("ids", ids)
        namespace = namespace_param(request)
        found = self.store.fetch(namespace, ids)
        vectors = {id_: rules.vector_body(id_, record) for id_, record in found.items()}
        return self._respond({"vectors": vectors, "namespace": namespace, "usage": {"readUnits": 1}})

    async def fetch_by_metadata(self, request: Request) -> Response:
        _served(request, "fetch_vectors_by_metadata")
        body = await json_object(request, "fetch_vectors_by_metadata")
        if _shape(request).fetch_by_metadata_needs_filter and body.get("filter") is None:
            raise ApiProblem(400, f"filter is required in API version {request.state.api_version}")
        namespace = _body_namespace(body)
        predicate = self._predicate(namespace, body.get("filter"), "filter")
        raw_limit = body.get("limit")
        limit = 100 if raw_limit is None else rules.integer(raw_limit, "limit", minimum=1, maximum=_MAX_INT64)
        token = _field(body, "paginationToken")
        after = decode_token(None if token is None else rules.string(token, "paginationToken") or None, "fetch")
        found, more = self.store.select(namespace, predicate, after, limit)
        answer: dict[str, Any] = {
            "vectors": {id_: rules.vector_body(id_, record) for id_, record in found.items()},
            "namespace": namespace,
            "usage": {"readUnits": 1},
        }
        if more:
            answer["pagination"] = {"next": encode_token("fetch", list(found)[-1])}
        return self._respond(answer)

    async def list_vectors(self, request: Request) -> Response:
        limit = _limit(request, maximum=_shape(request).list_limit or _MAX_INT64)
        prefix = request.query_params.get("prefix") or ""
        _no_spaces("prefix", [prefix])
        _record_ids("prefix", [prefix])
        after = decode_token(_query(request, "paginationToken") or None, "vectors")
        namespace = namespace_param(request)
        ids, more = self.store.list_ids(namespace, prefix, after, limit)
        body: dict[str, Any] = {
            "vectors": [{"id": id_} for id_ in ids],
            "namespace": namespace,
            "usage": {"readUnits": 1},
        }
        if more:
            body["pagination"] = {"next": encode_token("vectors", ids[-1])}
        return self._respond(body)

    async def update(self, request: Request) -> Response:
        body = await json_object(request, "update_vector")
        shape = _shape(request)
        namespace = _body_namespace(body)
        values, sparse = body.get("values"), _field(body, "sparseValues")
        changes = _field(body, "setMetadata")
        if changes is not None:
            changes = rules.metadata(changes, "setMetadata")
        if body.get("filter") is not None:
            if not shape.update_by_filter:
                raise rules.bad(f"update by filter is not in API version {request.state.api_version}: give id")
            if body.get("id") is not None or values is not None or sparse is not None:
                raise rules.bad("an update by filter sets metadata only: give filter and setMetadata, without id")
            predicate = self._predicate(namespace, body["filter"], "filter")
            assert predicate is not None
            new_metadata = _required(changes, "setMetadata (with filter)")
            if rules.boolean(_field(body, "dryRun"), "dryRun"):
                matched = self.store.counts(predicate).get(namespace, 0)
            else:
                matched = self.store.update(
                    namespace, predicate, [], lambda record: rules.with_metadata(record, new_metadata, "setMetadata")
                )
            return self._respond({"matchedRecords": matched})
        id_ = rules.record_id(
            _required(body.get("id"), "id" + (" (or filter)" if shape.update_by_filter else "")), "id"
        )
        dense = None
        if values is not None:
            if self.index.dimension is None:
                raise rules.bad("values cannot be set on a sparse index; give sparseValues")
            dense = rules.dense_values(values, "values", self.index.dimension)
        pair = None
        if sparse is not None:
            if self.index.dimension is not None and self.index.metric != "dotproduct":
                raise rules.bad(f"sparseValues needs an index with the dotproduct metric, not {self.index.metric}")
            pair = rules.sparse_values(sparse, "sparseValues")

        def change(record: StoredRecord) -> StoredRecord:
            if changes is not None:
                record = rules.with_metadata(record, changes, "setMetadata")
            return StoredRecord(
                values=record.values if dense is None else dense,
                sparse_indices=record.sparse_indices if pair is None else pair[0],
                sparse_values=record.sparse_values if pair is None else pair[1],
                metadata=record.metadata,
            )

        self.store.update(namespace, None, [id_], change)
        return self._respond({})

    async def delete(self, request: Request) -> Response:
        body = await json_object(request, "delete_vectors")
        namespace = _body_namespace(body)
        raw_ids, filter_ = body.get("ids"), body.get("filter")
        delete_all = rules.boolean(_field(body, "deleteAll"), "deleteAll")
        given = [
            name
            for name, present in (
                ("ids", raw_ids is not None),
                ("deleteAll", delete_all),
                ("filter", filter_ is not None),
            )
            if present
        ]
        if len(given) != 1:
            raise rules.bad(f"give exactly one of ids, deleteAll: true and filter, not {' and '.join(given) or 'none'}")
        if raw_ids is not None:
            self.store.delete_ids(namespace, rules.ids(raw_ids, "ids"))
        elif delete_all:
            self.store.delete_namespace(namespace)
        else:
            predicate = self._predicate(namespace, filter_, "filter")
            assert predicate is not None
            self.store.delete_matching(namespace, predicate)
        return self._respond({})

    # --- records ---

    async def upsert_records(self, request: Request) -> Response:
        field = self.settings.embedding_field
        if field is None:
            raise records.without_embedding("upserting records")
        parsed = records.parse_records(await request.body(), field)
        self.store.upsert(request.path_params["namespace"], records.embed_records(parsed, field, self.index.dimension))
        return Response(status_code=201)

    async def documents(self, request: Request) -> Response:
        name = request.url.path.rsplit("/", 1)[-1]
        operation = f"{name}_documents"
        _served(request, operation)
        body = await json_object(request, operation)  # a request the spec forbids is told so first
        schema = self.state.document_schema
        if schema is None:
            raise documents.no_schema()
        answer = documents.OPERATIONS[name](schema, self.state.documents, request.path_params["namespace"], body)
        return JSONResponse(answer, status_code=202 if name in documents.ACCEPTED else 200)

    def _search_input(self, namespace: str, query: dict[str, Any], text: str | None) -> _QueryInput:
        """A record search's query: its text embedded, or its vector, or the record its id names."""
        vector, sparse = query.get("vector"), None
        if vector is not None:
            if not isinstance(vector, dict):
                raise rules.bad("query.vector must be an object")
            if vector.get("sparse_indices") is not None or vector.get("sparse_values") is not None:
                sparse = {"indices": vector.get("sparse_indices"), "values": vector.get("sparse_values")}
            vector = vector.get("values")
        if text is None:
            return self._query_input(
                namespace,
                vector=vector,
                sparse=sparse,
                id_=query.get("id"),
                names=("query.vector.values", "query.vector.sparse_values", "query.id"),
            )
        if vector is not None or sparse is not None or query.get("id") is not None:
            raise rules.bad("give one of query.inputs, query.vector and query.id")
        return records.embed_query(text, self.index.dimension)

    async def search_records(self, request: Request) -> Response:
        body = await json_object(request, "search_records_namespace")
        namespace = request.path_params["namespace"]
        query = _required(body.get("query"), "query")
        if not isinstance(query, dict):
            raise rules.bad("query must be an object")
        field = self.settings.embedding_field
        if field is None:
            records.refuse_text_search(body, query)
        text = records.query_text(query)
        top_k = rules.integer(
            _required(query.get("top_k"), "query.top_k"), "query.top_k", minimum=1, maximum=_MAX_INT32
        )
        fields = body.get("fields")
        if fields is not None:
            if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
                raise rules.bad("fields must be an array of field names")
            if len(fields) > rules.MAX_SEARCH_FIELDS:
                raise rules.bad(f"fields holds {len(fields)} names; the limit is {rules.MAX_SEARCH_FIELDS}")
        rerank = records.rerank_options(body.get("rerank"), text, top_k)
        given = self._search_input(namespace, query, text)
        predicate = records.both(
            self._predicate(namespace, query.get("filter"), "query.filter"),
            None if field is None else records.match_terms(query, field, self.index.sparse),
        )
        matches = [] if given is None else self._scored(namespace, given, top_k, predicate)
        if rerank is not None:
            matches = records.reranked(matches, rerank)
        hits = [rules.hit_body(match, fields) for match in matches]
        usage = records.usage(text=text, rerank=rerank, hits=len(matches))
        return self._respond({"result": {"hits": hits}, "usage": usage})

    # --- namespaces ---

    async def list_namespaces(self, request: Request) -> Response:
        _served(request, "list_namespaces_operation")
        shape = _shape(request)
        limit = _limit(request, maximum=shape.list_limit or _MAX_INT32)
        prefix = request.query_params.get("prefix") or ""
        _record_ids("prefix", [prefix])
        after = decode_token(_query(request, "paginationToken") or None, "namespaces")
        counts = self._namespace_counts()
        matching = [(name, count) for name, count in counts.items() if name.startswith(prefix)]
        remaining = [(name, count) for name, count in matching if after is None or name > after]
        page = remaining[:limit]
        body: dict[str, Any] = {"namespaces": [self._namespace_body(shape, name, count) for name, count in page]}
        if len(remaining) > limit:
            body["pagination"] = {"next": encode_token("namespaces", page[-1][0])}
        if _lists_namespace_total(request.state.api_version):
            body["total_count"] = len(matching)
        return self._respond(body)

    def _namespace_counts(self) -> dict[str, int]:
        """Records (vectors and documents) of every namespace that exists, by name in bytewise order."""
        counts = dict.fromkeys(self.state.namespaces.created(), 0)
        for source in (self.store.counts(), self.state.documents.counts()):
            for name, count in source.items():
                counts[name] = counts.get(name, 0) + count
        return dict(sorted(counts.items()))

    def _namespace_body(self, shape: Shape, name: str, count: int) -> dict[str, Any]:
        body = {"name": name, "record_count": str(count) if shape.counts_as_strings else count}
        return body | namespaces.schema_body(self.state.namespaces.indexed(name))

    async def create_namespace(self, request: Request) -> Response:
        if "create_namespace" not in _operations(request.state.api_version):
            # Before 2025-10 the path has GET alone: a 405, as for any method a path does not have.
            raise HTTPException(405, headers={"Allow": "GET, HEAD"})
        body = await json_object(request, "create_namespace")
        name = namespaces.namespace_name(body.get("name"))
        indexed = namespaces.metadata_schema(body.get("schema"))
        holds = name in self._namespace_counts()
        self.state.namespaces.create(name, indexed, holds_records=holds)
        return self._respond(self._namespace_body(_shape(request), name, 0))

    async def describe_namespace(self, request: Request) -> Response:
        _served(request, "describe_namespace")
        name = request.path_params["namespace"]
        count = self._namespace_counts().get(name)
        if count is None:
            raise ApiProblem(404, f"namespace {name!r} not found")
        return self._respond(self._namespace_body(_shape(request), name, count))

    async def delete_namespace(self, request: Request) -> Response:
        _served(request, "delete_namespace")
        name = request.path_params["namespace"]
        writer = self.store.writer_of(name)
        if writer is not None:
            raise ApiProblem(409, f"namespace {name!r} is being written by import {writer}; cancel it first")
        found = [self.store.delete_namespace(name), self.state.documents.drop(name), self.state.namespaces.forget(name)]
        if not any(found):
            raise ApiProblem(404, f"namespace {name!r} not found")
        return self._respond({})


def _error_mode(body: dict[str, Any]) -> ErrorMode:
    """The import's error mode; without one the service aborts at the first bad record."""
    error_mode = _field(body, "errorMode")
    if error_mode is None:
        return "abort"
    if not isinstance(error_mode, dict):
        raise ApiProblem(400, 'errorMode must be an object such as {"onError": "continue"}')
    value = _field(error_mode, "onError")
    if value is None:
        return "abort"
    if not isinstance(value, str) or value.lower() not in ("continue", "abort"):
        raise ApiProblem(400, f"errorMode.onError must be 'continue' or 'abort', not {value!r}")
    return "abort" if value.lower() == "abort" else "continue"
