"""Every operation of every version as a typed method, sync and async, against a real HTTP server on loopback.

Each method is called with the smallest arguments its spec allows (keyword arguments in snake_case, nested
objects as plain dicts); the test checks the request the server received and the model the method returned.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from apiwire import _core
from pinecone_dataplane._versions import module_name

from ._spec_examples import minimal, operations, resolve, success_response
from .conftest import spec_versions

KEY = "resource-test-key-7f3a"


class Canned(BaseHTTPRequestHandler):
    """Answers every request with the server's canned reply and records what it received."""

    def _answer(self) -> None:
        server: LoopbackIndex = self.server  # type: ignore[assignment]
        length = int(self.headers.get("Content-Length") or 0)
        server.received.append((self.command, self.path, self.rfile.read(length), dict(self.headers)))
        status, body = server.reply
        payload = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


class LoopbackIndex(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Canned)
        self.reply: tuple[int, Any] = (200, {})
        self.received: list[tuple[str, str, bytes, dict[str, str]]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def index() -> Iterator[LoopbackIndex]:
    server = LoopbackIndex()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _calls(version: str, spec: dict[str, Any]) -> list[tuple[str, str, str, list[Any], dict[str, Any], dict[str, Any]]]:
    """(operation, resource, method, positional arguments, keyword arguments, operation spec) for every operation."""
    package = importlib.import_module(module_name(version))
    found = []
    for _method, _path, operation in operations(spec):
        name = _core.snake_case(operation["operationId"])
        if name not in package.OPERATIONS:
            continue  # skipped by the generator (the ndjson upsert): covered below
        resource, method = package.OPERATIONS[name]
        tag = _core.snake_case(operation["tags"][0]).replace(" ", "_")
        endpoint = importlib.import_module(f"{package.__name__}.api.{tag}.{name}")
        positional = [
            minimal(spec, parameter["schema"])
            for parameter in operation.get("parameters", [])
            if parameter["in"] == "path"
        ]
        keywords = {
            _core.snake_case(parameter["name"]): minimal(spec, parameter["schema"])
            for parameter in operation.get("parameters", [])
            if parameter["in"] == "query" and parameter.get("required")
        }
        if "requestBody" in operation:
            body = minimal(spec, operation["requestBody"]["content"]["application/json"]["schema"])
            keyword_of = {json_name: keyword for keyword, json_name in endpoint._BODY_FIELDS.items()}
            keywords.update({keyword_of[json_name]: value for json_name, value in body.items()})
        if (resource, method) == ("imports", "start"):  # the hand-written start(uri, ...) wraps it
            positional = [keywords.pop("uri")]
        found.append((name, resource, method, positional, keywords, operation))
    return found


def _success_model(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    for code, response in operation["responses"].items():
        if str(code).startswith("2"):
            schema = response["content"]["application/json"]["schema"]
            name = schema["$ref"].rsplit("/", 1)[-1]
            resolve(spec, schema)
            return name[0].upper() + name[1:]
    raise AssertionError("no success response")


@pytest.mark.parametrize("version", spec_versions())
def test_every_operation_is_a_typed_method_of_both_faces(version: str, index: LoopbackIndex, load_spec: Any) -> None:
    spec = load_spec(version)
    package = importlib.import_module(module_name(version))
    calls = _calls(version, spec)
    assert {name for name, *_ in calls} == set(package.OPERATIONS)

    def check(name: str, operation: dict[str, Any], result: Any) -> None:
        method, path, _body, headers = index.received[-1]
        assert method == _method_of(spec, operation)
        assert path.split("?")[0] == _path_of(spec, operation, path_values[name])
        assert headers["X-Pinecone-Api-Version"] == version
        assert type(result).__name__ == _success_model(spec, operation)

    path_values = {
        name: [minimal(spec, p["schema"]) for p in operation.get("parameters", []) if p["in"] == "path"]
        for name, _r, _m, _p, _k, operation in calls
    }
    with package.Client(index.url, KEY) as client:
        for name, resource, method, positional, keywords, operation in calls:
            index.reply = success_response(spec, operation)
            result = getattr(getattr(client, resource), method)(*positional, **keywords)
            if method == "list":
                result = next(iter(result.pages()))
            check(name, operation, result)

    async def asynchronously() -> None:
        async with package.AsyncClient(index.url, KEY) as client:
            for name, resource, method, positional, keywords, operation in calls:
                index.reply = success_response(spec, operation)
                call = getattr(getattr(client, resource), method)(*positional, **keywords)
                result = await anext(aiter(call.pages())) if method == "list" else await call
                check(name, operation, result)

    asyncio.run(asynchronously())


def _method_of(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    return next(method for method, _path, found in operations(spec) if found is operation)


def _path_of(spec: dict[str, Any], operation: dict[str, Any], positional: list[Any]) -> str:
    path = next(p for _m, p, o in operations(spec) if o is operation)
    for value in positional:
        path = path.replace(path[path.index("{") : path.index("}") + 1], value, 1)
    return path


@pytest.mark.parametrize("version", spec_versions())
def test_records_upsert_sends_ndjson_in_both_faces(version: str, index: LoopbackIndex) -> None:
    package = importlib.import_module(module_name(version))
    index.reply = (201, None)
    with package.Client(index.url, KEY) as client:
        assert client.records.upsert("articles", [{"_id": "1", "text": "a"}, {"_id": "2", "text": "b"}]) is None
    method, path, body, headers = index.received[-1]
    assert (method, path, headers["Content-Type"]) == (
        "POST",
        "/records/namespaces/articles/upsert",
        "application/x-ndjson",
    )
    assert [json.loads(line) for line in body.decode().splitlines()] == [
        {"_id": "1", "text": "a"},
        {"_id": "2", "text": "b"},
    ]

    async def asynchronously() -> None:
        async with package.AsyncClient(index.url, KEY) as client:
            await client.records.upsert("articles", [{"_id": "3", "text": "c"}])

    asyncio.run(asynchronously())
    assert index.received[-1][2] == b'{"_id":"3","text":"c"}\n'
