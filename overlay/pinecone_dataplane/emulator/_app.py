"""The HTTP face of the emulator: a Starlette app answering in the shapes of the requested spec version.

An outer ASGI layer injects faults, checks the API key and the ``X-Pinecone-Api-Version`` header, then
hands the request to the routes. Errors are rpcStatus bodies (``{"code", "message", "details"}``, the
code a gRPC status code) with the HTTP status the real service uses.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import importlib
import json
from collections.abc import Awaitable, Callable
from functools import cache
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from .._core import snake_case
from .._versions import available_versions, latest_version, module_name
from ._imports import ErrorMode, ImportJob, SourceError
from ._state import EmulatorState
from ._store import DEFAULT_NAMESPACE, StoredRecord

# Key in the ASGI scope's "state" under which the emulator's HTTP protocol puts the connection's
# transport, so a fault can close the connection without answering.
TRANSPORT_KEY = "pinecone_dataplane.emulator.transport"

_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 9, 500: 13, 503: 14}
_MAX_IMPORT_ID = 1000
_MAX_URI = 1500
_MAX_INTEGRATION_ID = 1000


class ApiProblem(Exception):
    """Answered as an rpcStatus body with this HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# The first version whose spec documents a 401 as text/plain, as the service sends it, not as an rpcStatus.
_UNAUTHORIZED_AS_TEXT_FROM = "2026-07"


def problem_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"code": _GRPC_CODES.get(status, 2), "message": message, "details": []}
    return JSONResponse(body, status_code=status, headers=headers)


class EmulatorApp:
    """The ASGI application: faults, authentication and version selection around the routes."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.routes = Starlette(
            routes=_Endpoints(state).routes(),
            exception_handlers={ApiProblem: _on_problem, HTTPException: _on_http_exception},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.routes(scope, receive, send)
            return
        state = self.state
        faults = state.faults
        state.requests[f"{scope['method']} {scope['path']}"] += 1
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
        try:
            scope.setdefault("state", {})["api_version"] = self._check(scope)
        except ApiProblem as problem:
            version = Headers(scope=scope).get("x-pinecone-api-version") or latest_version()
            if problem.status == 401 and version >= _UNAUTHORIZED_AS_TEXT_FROM:
                await PlainTextResponse(problem.message, status_code=401)(scope, receive, send)
            else:
                await problem_response(problem.status, problem.message)(scope, receive, send)
            return
        if faults.lost_response_rate and state.random.random() < faults.lost_response_rate:
            state.faults_injected["lost_response"] += 1
            await self.routes(scope, receive, _discard)
            await _close_connection(scope)
            return
        await self.routes(scope, receive, send)

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
            return latest_version()
        if version not in available_versions():
            served = ", ".join(available_versions())
            raise ApiProblem(400, f"unsupported API version {version!r}; this emulator serves {served}")
        return version


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
    return problem_response(exc.status, exc.message)


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = (
            f"no such endpoint: {request.method} {request.url.path} "
            "(the emulator serves bulk imports, describe_index_stats, vectors fetch and list, and namespaces)"
        )
    else:
        message = f"{request.method} is not allowed on {request.url.path}"
    return problem_response(exc.status_code, message, dict(exc.headers or {}))


# --- casing ------------------------------------------------------------------------------------------


# Fields whose value is a map keyed by user data (namespace names, record IDs): keys kept as they are.
_MAPS = frozenset({"namespaces", "vectors"})


def to_snake_case(value: Any) -> Any:
    """The same body with every field name in snake_case; metadata and map keys are user data, kept as is."""
    if isinstance(value, list):
        return [to_snake_case(item) for item in value]
    if not isinstance(value, dict):
        return value
    converted = {}
    for key, item in value.items():
        if key == "metadata":
            converted[key] = item
        elif key in _MAPS and isinstance(item, dict):
            converted[key] = {name: to_snake_case(entry) for name, entry in item.items()}
        else:
            converted[snake_case(key)] = to_snake_case(item)
    return converted


# --- request parsing ---------------------------------------------------------------------------------


def _field(body: dict[str, Any], camel: str) -> Any:
    """A request field by its spec name or its snake_case twin; JSON null counts as absent."""
    value = body.get(camel)
    return body.get(snake_case(camel)) if value is None else value


def _query(request: Request, camel: str) -> str | None:
    value = request.query_params.get(camel)
    if value is None:
        value = request.query_params.get(snake_case(camel))
    return value


async def _json_object(request: Request) -> dict[str, Any]:
    """The request body, which every POST the emulator answers requires (the specs say so)."""
    raw = await request.body()
    if not raw.strip():
        raise ApiProblem(400, "a JSON object request body is required")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiProblem(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiProblem(400, "the request body must be a JSON object")
    return body


# The largest limit each list operation's spec allows: its maximum, else what its integer format holds.
_MAX_IMPORTS_LIMIT = 100
_MAX_INT32 = 2**31 - 1
_MAX_INT64 = 2**63 - 1


@cache
def _stated_maximum(version: str, operation: str, otherwise: int) -> int:
    """The largest ``limit`` the version's spec allows for ``operation`` (2026-07: 100), else ``otherwise``."""
    constraints = importlib.import_module(f"{module_name(version)}._constraints").OPERATIONS
    parameters = constraints.get(operation, ({},))[0]
    return int(parameters.get("limit", {}).get("maximum", otherwise))


def _limit(request: Request, *, maximum: int) -> int:
    raw = _query(request, "limit")
    if raw is None:
        return 100
    bounds = f"from 1 to {maximum}"
    try:
        limit = int(raw)
    except ValueError:
        raise ApiProblem(400, f"limit must be an integer {bounds}, not {raw!r}") from None
    if not 1 <= limit <= maximum:
        raise ApiProblem(400, f"limit must be an integer {bounds}, not {limit}")
    return limit


def _encode_token(kind: str, value: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{value}".encode()).decode().rstrip("=")


def _decode_token(token: str | None, kind: str) -> str | None:
    if token is None:
        return None
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, ValueError):
        text = ""
    found, _, value = text.partition(":")
    if found != kind:
        raise ApiProblem(400, "invalid pagination token")
    return value


def _namespace(request: Request) -> str:
    return request.query_params.get("namespace") or DEFAULT_NAMESPACE


# The service's limits on record IDs (and the prefixes of them) and on a fetch, which 2026-07's spec states:
# enforced in every version, as the service does.
_MAX_FETCH_IDS = 1000
_MAX_ID_LENGTH = 512


def _record_ids(name: str, values: list[str]) -> None:
    if any(len(value) > _MAX_ID_LENGTH or not value.isascii() or "\x00" in value for value in values):
        raise ApiProblem(400, f"{name}: ASCII of at most {_MAX_ID_LENGTH} characters")


def _no_spaces(name: str, values: list[str]) -> None:
    if any(" " in value for value in values):
        raise ApiProblem(400, f"{name} must not contain spaces")


# The first version whose spec declares a namespace's record_count as the service sends it, a decimal string
# (uint64); the generated models read it as an int in every version, so the spec's wire type is stated here.
_COUNTS_AS_TEXT_FROM = "2026-07"


def _record_count(version: str, count: int) -> int | str:
    return str(count) if version >= _COUNTS_AS_TEXT_FROM else count


@cache
def _lists_namespace_total(version: str) -> bool:
    """Whether this version's ListNamespacesResponse has ``total_count`` (read from its generated model)."""
    module = importlib.import_module(f"{module_name(version)}.models.list_namespaces_response")
    return "total_count" in attrs.fields_dict(module.ListNamespacesResponse)


# --- routes ------------------------------------------------------------------------------------------


Endpoint = Callable[[Request], Awaitable[Response]]


def _route(path: str, **by_method: Endpoint) -> Route:
    """A route answering each method with its endpoint (HEAD as GET, which Starlette adds with GET)."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await by_method[method](request)

    return Route(path, endpoint, methods=list(by_method))


def _vector(id_: str, record: StoredRecord) -> dict[str, Any]:
    body: dict[str, Any] = {"id": id_, "values": record.dense_values()}
    if record.sparse_indices is not None and record.sparse_values is not None:
        body["sparseValues"] = {"indices": list(record.sparse_indices), "values": list(record.sparse_values)}
    if record.metadata is not None:
        body["metadata"] = json.loads(record.metadata)
    return body


class _Endpoints:
    """One method per endpoint."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.settings = state.settings
        self.store = state.store

    def routes(self) -> list[Route]:
        # One route per path, so that a 405 lists every method of the path in its Allow header.
        return [
            _route("/bulk/imports", GET=self.list_imports, POST=self.start_import),
            _route("/bulk/imports/{id:path}", GET=self.describe_import, DELETE=self.cancel_import),
            _route("/describe_index_stats", POST=self.describe_index_stats),
            _route("/vectors/fetch", GET=self.fetch_vectors),
            _route("/vectors/list", GET=self.list_vectors),
            _route("/namespaces", GET=self.list_namespaces),
            _route("/namespaces/{namespace:path}", GET=self.describe_namespace, DELETE=self.delete_namespace),
        ]

    def _respond(self, body: dict[str, Any]) -> JSONResponse:
        return JSONResponse(to_snake_case(body) if self.settings.casing == "snake" else body)

    def _job(self, request: Request) -> ImportJob:
        value: str = request.path_params["id"]
        if not 1 <= len(value) <= _MAX_IMPORT_ID:
            raise ApiProblem(400, f"an import id is 1 to {_MAX_IMPORT_ID} characters long")
        job = self.state.job(value)
        if job is None:
            raise ApiProblem(404, f"import {value!r} not found")
        return job

    async def start_import(self, request: Request) -> Response:
        body = await _json_object(request)
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
        before = _decode_token(_query(request, "paginationToken") or None, "imports")
        if before is not None and not before.isdigit():
            raise ApiProblem(400, "invalid pagination token")
        jobs, more = self.state.page(None if before is None else int(before), limit)
        body: dict[str, Any] = {"data": [job.model() for job in jobs]}
        if more:
            body["pagination"] = {"next": _encode_token("imports", str(jobs[-1].seq))}
        return self._respond(body)

    async def describe_import(self, request: Request) -> Response:
        return self._respond(self._job(request).model())

    async def cancel_import(self, request: Request) -> Response:
        self.state.cancel(self._job(request))
        return self._respond({})

    async def describe_index_stats(self, request: Request) -> Response:
        body = await _json_object(request)
        if body.get("filter") is not None:
            raise ApiProblem(400, "describe_index_stats takes no metadata filter on a serverless index")
        counts = self.store.counts()
        stats: dict[str, Any] = {
            "namespaces": {name: {"vectorCount": count} for name, count in counts.items()},
            "indexFullness": 0.0,
            "totalVectorCount": sum(counts.values()),
            "metric": self.settings.metric,
            "vectorType": self.settings.vector_type,
        }
        if self.settings.vector_type == "dense":
            stats["dimension"] = self.settings.dimension
        return self._respond(stats)

    async def fetch_vectors(self, request: Request) -> Response:
        ids = request.query_params.getlist("ids")
        if not ids or not all(ids):
            raise ApiProblem(400, "ids is required: one or more non-empty record IDs")
        if len(ids) > _MAX_FETCH_IDS:
            raise ApiProblem(400, f"ids: at most {_MAX_FETCH_IDS} record IDs per fetch")
        _no_spaces("ids", ids)
        _record_ids("ids", ids)
        namespace = _namespace(request)
        found = self.store.fetch(namespace, ids)
        vectors = {id_: _vector(id_, record) for id_, record in found.items()}
        return self._respond({"vectors": vectors, "namespace": namespace, "usage": {"readUnits": 1}})

    async def list_vectors(self, request: Request) -> Response:
        limit = _limit(request, maximum=_stated_maximum(request.state.api_version, "list_vectors", _MAX_INT64))
        prefix = request.query_params.get("prefix") or ""
        _no_spaces("prefix", [prefix])
        _record_ids("prefix", [prefix])
        after = _decode_token(_query(request, "paginationToken") or None, "vectors")
        namespace = _namespace(request)
        ids, more = self.store.list_ids(namespace, prefix, after, limit)
        body: dict[str, Any] = {
            "vectors": [{"id": id_} for id_ in ids],
            "namespace": namespace,
            "usage": {"readUnits": 1},
        }
        if more:
            body["pagination"] = {"next": _encode_token("vectors", ids[-1])}
        return self._respond(body)

    async def list_namespaces(self, request: Request) -> Response:
        maximum = _stated_maximum(request.state.api_version, "list_namespaces_operation", _MAX_INT32)
        limit = _limit(request, maximum=maximum)
        prefix = request.query_params.get("prefix") or ""
        _record_ids("prefix", [prefix])
        after = _decode_token(_query(request, "paginationToken") or None, "namespaces")
        matching = [(name, count) for name, count in self.store.counts().items() if name.startswith(prefix)]
        remaining = [(name, count) for name, count in matching if after is None or name > after]
        page = remaining[:limit]
        version = request.state.api_version
        namespaces = [{"name": name, "record_count": _record_count(version, count)} for name, count in page]
        body: dict[str, Any] = {"namespaces": namespaces}
        if len(remaining) > limit:
            body["pagination"] = {"next": _encode_token("namespaces", page[-1][0])}
        if _lists_namespace_total(version):
            body["total_count"] = len(matching)
        return self._respond(body)

    async def describe_namespace(self, request: Request) -> Response:
        name = request.path_params["namespace"]
        count = self.store.count(name)
        if count == 0:
            raise ApiProblem(404, f"namespace {name!r} not found")
        return self._respond({"name": name, "record_count": _record_count(request.state.api_version, count)})

    async def delete_namespace(self, request: Request) -> Response:
        name = request.path_params["namespace"]
        writer = self.store.writer_of(name)
        if writer is not None:
            raise ApiProblem(409, f"namespace {name!r} is being written by import {writer}; cancel it first")
        if not self.store.delete_namespace(name):
            raise ApiProblem(404, f"namespace {name!r} not found")
        return self._respond({})


def _error_mode(body: dict[str, Any]) -> ErrorMode:
    error_mode = _field(body, "errorMode")
    if error_mode is None:
        return "continue"  # the API's default
    if not isinstance(error_mode, dict):
        raise ApiProblem(400, 'errorMode must be an object such as {"onError": "continue"}')
    value = _field(error_mode, "onError")
    if value is None:
        return "continue"
    if not isinstance(value, str) or value.lower() not in ("continue", "abort"):
        raise ApiProblem(400, f"errorMode.onError must be 'continue' or 'abort', not {value!r}")
    return "abort" if value.lower() == "abort" else "continue"
