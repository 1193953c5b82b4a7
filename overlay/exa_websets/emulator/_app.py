"""The fake's HTTP faces: Exa's imports API on one port, and on another the object store that takes the files.

The API answers under ``/websets/v0/imports`` (the document's server is ``https://api.exa.ai/websets/``), wants
the key in ``x-api-key`` and answers errors as Exa does, ``{"requestId", "error", "tag"}``, with an
``X-Request-Id`` header on every answer. The store takes one ``PUT`` of an import's file at the ``uploadUrl``
its creation answered; like a pre-signed URL, that address is the only credential, and a request carrying
an API key is refused there, so that a client sending its key to another host shows up.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send

from ._imports import ImportRecord, ImportStore, Problem, parse_limit, stamp

API_ROOT = "/websets"
_IMPORTS = f"{API_ROOT}/v0/imports"
_UPLOADS = "/imports/"
_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})


@dataclass
class FakeState:
    """Everything the fake knows, live: tests read it, and ``requests`` counts what was asked of it."""

    api_key: str
    imports: ImportStore
    upload_origin: str = ""  # set once the store's port is known
    max_body_bytes: int = 1 << 20
    allowed_hosts: frozenset[str] = frozenset()
    requests: Counter[str] = field(default_factory=Counter)

    def upload_url(self, record: ImportRecord) -> str:
        return f"{self.upload_origin}{_UPLOADS}{record.id}?signature={record.upload_token}"


def import_body(record: ImportRecord) -> dict[str, Any]:
    """An import as the document's ``Import`` schema has it."""
    failed = record.failed
    return {
        "id": record.id,
        "object": "import",
        "status": record.status,
        "format": "csv",
        "entity": record.entity,
        "title": record.title,
        "count": record.count,
        "metadata": record.metadata,
        "failedReason": failed.reason if failed else None,
        "failedAt": stamp(record.failed_at) if record.failed_at else None,
        "failedMessage": failed.message if failed else None,
        "createdAt": stamp(record.created_at),
        "updatedAt": stamp(record.updated_at),
    }


class FakeApp:
    """The ASGI application behind both ports; which face answers depends on the port a request came in on."""

    def __init__(self, state: FakeState, *, upload_port: int) -> None:
        self.state = state
        self.upload_port = upload_port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        upload = scope["server"][1] == self.upload_port
        self.state.requests[f"{'upload ' if upload else ''}{request.method} {request.url.path}"] += 1
        try:
            response = await (self._upload(request) if upload else self._api(request))
        except ClientDisconnect:  # the caller left mid-body: there is nobody to answer, and nothing went wrong
            return
        await response(scope, receive, send)

    def _host_refused(self, request: Request) -> str | None:
        host = request.headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name in _LOOPBACK_NAMES or name in self.state.allowed_hosts or "*" in self.state.allowed_hosts:
            return None
        # No web page can reach a loopback server by pointing its own name at 127.0.0.1.
        return f"Host {host[:100]!r} is not served: only loopback names are, unless allowed"

    async def _api(self, request: Request) -> Response:
        request_id = f"req_{secrets.token_hex(10)}"
        try:
            refused = self._host_refused(request)
            if refused is not None:
                raise Problem(403, refused, "FORBIDDEN")
            self._authenticate(request)
            response = await self._route(request)
        except Problem as problem:
            body = {"requestId": request_id, "error": problem.message, "tag": problem.tag}
            response = JSONResponse(body, status_code=problem.status)
            if problem.status == 405:
                response.headers["Allow"] = _allowed(request.url.path)
        response.headers["X-Request-Id"] = request_id
        return response

    def _authenticate(self, request: Request) -> None:
        key = request.headers.get("x-api-key")
        if key is None:
            raise Problem(401, "an API key is required in the x-api-key header", "UNAUTHORIZED")
        if not hmac.compare_digest(key.encode(), self.state.api_key.encode()):
            raise Problem(401, "the API key is not valid", "UNAUTHORIZED")

    async def _route(self, request: Request) -> Response:
        path, method, imports = request.url.path, request.method, self.state.imports
        if path == _IMPORTS:
            if method == "POST":
                record = imports.create(await self._json(request))
                body = {**import_body(record), "uploadUrl": self.state.upload_url(record)}
                return JSONResponse({**body, "uploadValidUntil": stamp(record.upload_valid_until)}, status_code=201)
            if method == "GET":
                cursor = request.query_params.get("cursor")
                page, next_cursor = imports.page(cursor, parse_limit(request.query_params.get("limit")))
                listing = {"data": [import_body(record) for record in page], "hasMore": next_cursor is not None}
                return JSONResponse({**listing, "nextCursor": next_cursor})
            raise Problem(405, f"{method} is not served on {path}", "METHOD_NOT_ALLOWED")
        import_id = path.removeprefix(_IMPORTS + "/")
        if import_id == path or not import_id or "/" in import_id:
            raise Problem(404, f"no endpoint {path}: this fake serves {_IMPORTS} only", "NOT_FOUND")
        if method == "GET":
            return JSONResponse(import_body(imports.get(import_id)))
        if method == "PATCH":
            return JSONResponse(import_body(imports.update(import_id, await self._json(request))))
        if method == "DELETE":
            return JSONResponse(import_body(imports.delete(import_id)))
        raise Problem(405, f"{method} is not served on {path}", "METHOD_NOT_ALLOWED")

    async def _json(self, request: Request) -> dict[str, Any]:
        limit = self.state.max_body_bytes
        raw = await _read(request, limit, Problem(413, f"the body is over {limit} bytes", "PAYLOAD_TOO_LARGE"))
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise Problem(400, "the body is not valid JSON", "INVALID_REQUEST_BODY") from None
        if not isinstance(body, dict):
            raise Problem(400, "the body must be a JSON object", "INVALID_REQUEST_BODY")
        return body

    async def _upload(self, request: Request) -> Response:
        try:
            refused = self._host_refused(request)
            if refused is not None:
                raise Problem(403, refused, "FORBIDDEN")
            if request.method != "PUT":
                raise Problem(405, "an upload URL takes one PUT of the file", "METHOD_NOT_ALLOWED")
            if "x-api-key" in request.headers:
                raise Problem(400, "an upload URL takes no API key: the x-api-key header must not be sent here")
            import_id = request.url.path.removeprefix(_UPLOADS)
            token = request.query_params.get("signature", "")
            limit = self.state.imports.upload_limit(import_id, token)
            too_large = Problem(413, f"the file is over the size of {limit} bytes given at creation")
            self.state.imports.upload(import_id, token, await _read(request, limit, too_large))
        except Problem as problem:
            response = PlainTextResponse(problem.message + "\n", status_code=problem.status)
            if problem.status == 405:
                response.headers["Allow"] = "PUT"
            return response
        return Response(status_code=200)


def _allowed(path: str) -> str:
    return "GET, POST" if path == _IMPORTS else "GET, PATCH, DELETE"


async def _read(request: Request, limit: int, too_large: Problem) -> bytes:
    """The request's body, refused past ``limit`` bytes before more is read."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, total = [], 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)
