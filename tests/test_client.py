"""The overlay client: configuration, headers on every generated operation, secrets kept out of sight."""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import subprocess
import sys
import textwrap
from typing import Any

import httpx
import pytest
import yaml

import pinecone_dataplane
from apiwire import _codegen
from pinecone_dataplane import errors

from ._spec_examples import call_arguments, generated_operations, operations, success_response
from .conftest import ROOT, spec_versions

KEY = "pc-secret-key-0123456789"
VERSIONS = spec_versions()


def facade(version: str) -> Any:
    return getattr(pinecone_dataplane, "v" + version.replace("-", "_"))


def client_with(version: str, handler: Any, **options: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return facade(version).Client(host="index.example.io", api_key=KEY, http_client=http, **options)


def test_facades_expose_the_version_surface():
    for version in VERSIONS:
        module = facade(version)
        assert version == module.API_VERSION
        assert version == module.Client.API_VERSION
        assert version == module.AsyncClient.API_VERSION
        assert module.models.ImportModel.__module__.startswith(f"pinecone_dataplane.v{version.replace('-', '_')}.")
        assert module.api.__name__.endswith(".api")
    assert pinecone_dataplane.available_versions() == tuple(VERSIONS)
    from pinecone_dataplane import v2025_04, v2026_04

    assert v2025_04.Client is not v2026_04.Client


def test_unknown_version_is_an_attribute_error():
    with pytest.raises(AttributeError):
        _ = pinecone_dataplane.v1999_01
    with pytest.raises(ImportError):
        importlib.import_module("pinecone_dataplane.v1999_01")


def test_missing_host_and_key_name_the_argument_and_the_variable(monkeypatch):
    monkeypatch.delenv("PINECONE_INDEX_HOST", raising=False)
    monkeypatch.delenv("PINECONE_API_KEY", raising=False)
    client_class = facade("2026-04").Client
    with pytest.raises(ValueError, match=r"host=.*PINECONE_INDEX_HOST"):
        client_class(api_key=KEY)
    with pytest.raises(ValueError, match=r"api_key=.*PINECONE_API_KEY"):
        client_class(host="h")


def test_environment_supplies_host_and_key_and_a_bare_host_gets_https(monkeypatch):
    monkeypatch.setenv("PINECONE_INDEX_HOST", "my-index.svc.pinecone.io")
    monkeypatch.setenv("PINECONE_API_KEY", KEY)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "1"})

    client = facade("2026-04").Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.host == "https://my-index.svc.pinecone.io"
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    describe_bulk_import.sync("1", client=client.raw)
    assert str(seen[0].url) == "https://my-index.svc.pinecone.io/bulk/imports/1"
    assert seen[0].headers["Api-Key"] == KEY


def test_api_key_with_line_break_is_refused_without_echo():
    with pytest.raises(ValueError, match="line break") as caught:
        facade("2026-04").Client(host="h", api_key="abc\r\nX-Evil: 1")
    assert "abc" not in str(caught.value)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("http://127.0.0.1:5080", True),
        ("http://localhost:1", True),
        ("http://[::1]:8", True),
        ("http://10.0.0.8", False),
    ],
)
def test_plain_http_only_to_loopback_unless_allowed(host, allowed):
    client_class = facade("2026-04").Client
    if allowed:
        assert client_class(host=host, api_key=KEY).host == host
    else:
        with pytest.raises(ValueError, match="clear text"):
            client_class(host=host, api_key=KEY)
        assert client_class(host=host, api_key=KEY, allow_insecure=True).host == host


@pytest.mark.parametrize("version", VERSIONS)
def test_every_generated_operation_carries_key_version_and_user_agent(version, load_spec):
    spec = load_spec(version)
    called = 0
    package = f"pinecone_dataplane.v{version.replace('-', '_')}"
    for method, _path, operation, module in generated_operations(spec, package):
        status, body = success_response(spec, operation)
        seen: list[httpx.Request] = []

        def handler(
            request: httpx.Request, status: int = status, body: Any = body, seen: list = seen
        ) -> httpx.Response:
            seen.append(request)
            return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

        client = client_with(version, handler)
        module.sync_detailed(client=client.raw, **call_arguments(spec, operation, module))
        (request,) = seen
        assert request.method == method
        assert request.headers["X-Pinecone-Api-Version"] == version
        assert request.headers["Api-Key"] == KEY
        assert request.headers["User-Agent"].startswith("pinecone-dataplane/")
        called += 1
    assert called == len(operations(spec)) - 1


def test_a_request_cannot_carry_another_version():
    from pinecone_dataplane.v2026_04.api.bulk_operations import list_bulk_imports

    sent: list[httpx.Request] = []
    client = client_with("2026-04", lambda request: sent.append(request) or httpx.Response(200, json={}))
    with pytest.raises(ValueError, match="2025-04"):
        list_bulk_imports.sync(client=client.raw, x_pinecone_api_version="2025-04")
    assert sent == []


def test_async_client_sends_the_same_headers():
    import asyncio

    from pinecone_dataplane.v2025_04.api.bulk_operations import describe_bulk_import

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "7", "status": "Pending"})

    async def main() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with facade("2025-04").AsyncClient(host="h.io", api_key=KEY, http_client=http) as client:
            return await describe_bulk_import.asyncio("7", client=client.raw)

    model = asyncio.run(main())
    assert model.id == "7"
    assert seen[0].headers["X-Pinecone-Api-Version"] == "2025-04"
    assert seen[0].headers["Api-Key"] == KEY


def test_a_sync_client_also_serves_generated_async_functions():
    import asyncio

    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    client = facade("2026-04").Client(host="h.io", api_key=KEY)
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "9"})

    client._transport._async_inner = httpx.MockTransport(handler)
    assert asyncio.run(describe_bulk_import.asyncio("9", client=client.raw)).id == "9"
    assert seen[0].headers["Api-Key"] == KEY


def test_the_key_appears_in_no_repr_error_or_log(caplog):
    caplog.set_level(logging.DEBUG)
    client = client_with("2026-04", lambda request: httpx.Response(404, json={"code": 5, "message": "no such import"}))
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    with pytest.raises(errors.NotFoundError) as caught:
        describe_bulk_import.sync("nope", client=client.raw)
    texts = [
        repr(client),
        str(client),
        repr(client.raw),
        repr(client._transport),
        str(caught.value),
        repr(caught.value),
    ]
    texts += [record.getMessage() for record in caplog.records]
    assert all(KEY not in text for text in texts)


def test_ndjson_upsert_sends_one_json_record_per_line():
    seen: list[httpx.Request] = []
    client = client_with("2026-04", lambda request: seen.append(request) or httpx.Response(201))
    client.records.upsert("ns/one", [{"_id": "a", "text": "héllo"}, {"_id": "b", "text": "two"}])
    (request,) = seen
    assert request.method == "POST"
    assert request.url.raw_path == b"/records/namespaces/ns%2Fone/upsert"
    assert request.headers["Content-Type"] == "application/x-ndjson"
    lines = request.content.decode().splitlines()
    assert [json.loads(line) for line in lines] == [{"_id": "a", "text": "héllo"}, {"_id": "b", "text": "two"}]
    assert request.headers["X-Pinecone-Api-Version"] == "2026-04"


def test_ndjson_upsert_refuses_bad_records_before_sending():
    seen: list[httpx.Request] = []
    client = client_with("2025-04", lambda request: seen.append(request) or httpx.Response(201))
    with pytest.raises(ValueError, match="empty"):
        client.records.upsert("ns", [])
    with pytest.raises(ValueError, match="record 1 has no '_id'"):
        client.records.upsert("ns", [{"_id": "a"}, {"text": "b"}])
    with pytest.raises(TypeError, match="record 0"):
        client.records.upsert("ns", ["not a record"])
    assert seen == []


def test_a_new_spec_version_is_served_by_the_overlay_without_edits(tmp_path):
    """A third version generated from a modified spec gets its facade, client and header for free."""
    specs = tmp_path / "specs"
    specs.mkdir()
    document = yaml.safe_load((ROOT / "specs" / "db_data_2026-04.oas.yaml").read_text())
    document["info"]["version"] = "2099-01"
    for item in document["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "X-Pinecone-Api-Version":
                    parameter["schema"]["default"] = "2099-01"
    document["components"]["schemas"]["ImportModel"]["properties"]["priority"] = {"type": "integer"}
    (specs / "db_data_2099-01.oas.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    out = tmp_path / "generated"
    out.mkdir()
    assert _codegen.generate_into(specs, ROOT / "generator-config.yaml", out) == ["pinecone_dataplane.v2099_01"]

    script = textwrap.dedent(
        """
        import httpx
        import pinecone_dataplane
        from pinecone_dataplane import v2099_01
        from pinecone_dataplane.v2099_01.api.bulk_operations import describe_bulk_import

        def handler(request):
            assert request.headers["X-Pinecone-Api-Version"] == "2099-01"
            return httpx.Response(200, json={"id": "1", "priority": 3})

        http = httpx.Client(transport=httpx.MockTransport(handler))
        client = v2099_01.Client(host="h", api_key="k", http_client=http)
        model = describe_bulk_import.sync("1", client=client.raw)
        print(v2099_01.API_VERSION, model.priority, "2099-01" in pinecone_dataplane.available_versions())
        """
    )
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2099-01", "3", "True"]


def test_creating_a_client_imports_no_models_cli_or_emulator():
    script = (
        "import sys\n"
        "from pinecone_dataplane import v2026_04\n"
        "v2026_04.Client(host='h', api_key='k')\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split())
    assert "pinecone_dataplane._client" in loaded
    not_needed = (
        "pinecone_dataplane.v2026_04.models",
        "pinecone_dataplane.v2025_04",
        "attr",
        "asyncio",
        "pinecone_dataplane.cli",
        "pinecone_dataplane.emulator",
        "pinecone_dataplane._diff",
    )
    unwanted = {name for name in loaded if name.startswith(not_needed)}
    assert unwanted == set()


@pytest.mark.parametrize(
    ("namespace", "segment"),
    [
        ("..", b"%2E%2E"),
        (".", b"%2E"),
        ("a/../b?c#d", b"a%2F..%2Fb%3Fc%23d"),
        ("50% off", b"50%25%20off"),
        ("x\r\nX-Injected: 1", b"x%0D%0AX-Injected%3A%201"),
        ("espa\u00f1ol", b"espa%C3%B1ol"),
    ],
)
def test_namespaces_stay_one_literal_path_segment(namespace, segment):
    from pinecone_dataplane.v2026_04.api.namespace_operations import delete_namespace

    seen: list[httpx.Request] = []
    client = client_with("2026-04", lambda request: seen.append(request) or httpx.Response(201))
    with pytest.raises(errors.ResponseValidationError, match=r"answered 201, .* it accepted the request"):
        delete_namespace.sync_detailed(namespace, client=client.raw)
    client.records.upsert(namespace, [{"_id": "1"}])
    assert [request.url.raw_path for request in seen] == [
        b"/namespaces/" + segment,
        b"/records/namespaces/" + segment + b"/upsert",
    ]
    assert all("X-Injected" not in request.headers for request in seen)


def test_one_httpx_client_cannot_serve_two_overlay_clients():
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"id": "1"})))
    facade("2026-04").Client(host="a.example.io", api_key=KEY, http_client=http)
    with pytest.raises(ValueError, match="already serves another"):  # at construction, before any request
        facade("2026-04").Client(host="b.example.io", api_key="another-key", http_client=http)


def test_mounted_transports_of_a_callers_client_are_wrapped_too():
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    seen: list[httpx.Request] = []
    mounted = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={"id": "4"}))
    never = httpx.MockTransport(lambda request: pytest.fail("the default transport was used"))
    http = httpx.Client(transport=never, mounts={"https://index.example.io": mounted})
    client = facade("2026-04").Client(host="index.example.io", api_key=KEY, http_client=http)
    assert describe_bulk_import.sync("4", client=client.raw).id == "4"
    assert seen[0].headers["Api-Key"] == KEY
    assert seen[0].headers["X-Pinecone-Api-Version"] == "2026-04"


def _one_shot_server(answer: bytes) -> tuple[Any, list[bytes], Any]:
    """A loopback TCP server that records the first bytes of one connection and sends ``answer``."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            received.append(connection.recv(4096))
            connection.sendall(answer)

    thread = threading.Thread(target=serve)
    thread.start()
    return listener, received, thread


@pytest.mark.parametrize("scheme", ["http://", ""], ids=["with-scheme", "without-scheme"])
def test_the_default_client_goes_through_the_proxy_the_environment_names(monkeypatch, scheme):
    """A real loopback 'proxy' records the CONNECT it receives and refuses it."""
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    listener, received, thread = _one_shot_server(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
    monkeypatch.setenv("HTTPS_PROXY", f"{scheme}127.0.0.1:{listener.getsockname()[1]}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = facade("2026-04").Client(host="index.example.io", api_key=KEY, max_retries=0)
    with pytest.raises(errors.ApiConnectionError):
        describe_bulk_import.sync("1", client=client.raw)
    thread.join()
    listener.close()
    assert received[0].startswith(b"CONNECT index.example.io:443 ")


def test_no_proxy_sends_directly(monkeypatch):
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    body = b'{"id": "7"}'
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    listener, received, thread = _one_shot_server(answer)
    with socket_closed_port() as dead:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{dead}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = facade("2026-04").Client(host=f"http://127.0.0.1:{listener.getsockname()[1]}", api_key=KEY)
    assert describe_bulk_import.sync("7", client=client.raw).id == "7"
    thread.join()
    listener.close()
    assert received[0].startswith(b"GET /bulk/imports/7 ")


@contextlib.contextmanager
def socket_closed_port() -> Any:
    """A loopback port nothing listens on once the block ends."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield port


def test_a_host_with_credentials_is_refused_without_echoing_them():
    with pytest.raises(ValueError, match="user name or password") as caught:
        facade("2026-04").Client(host="https://user:s3cret@index.example.io", api_key=KEY)
    assert "s3cret" not in str(caught.value)


def test_the_package_version_is_the_distributions():
    from importlib.metadata import version

    assert pinecone_dataplane.__version__ == version("pinecone-dataplane")


def test_a_successful_page_echoing_the_key_does_not_carry_it_into_the_error():
    from pinecone_dataplane.v2026_04.api.bulk_operations import describe_bulk_import

    def echo(request: httpx.Request) -> httpx.Response:
        key = request.headers["Api-Key"]
        return httpx.Response(200, text=f"<html>Api-Key: {key}</html>", headers={"X-Seen": key})

    client = client_with("2026-04", echo)
    with pytest.raises(errors.ResponseValidationError) as caught:
        describe_bulk_import.sync("1", client=client.raw)
    error = caught.value
    assert KEY not in error.body + str(error) + repr(dict(error.headers))
    assert "[API key]" in error.body


def test_a_release_candidate_generates_beside_the_stable_versions_never_default_and_warns(tmp_path):
    # One of our specs under a release candidate's name, as Pinecone publishes them (2026-01.alpha).
    specs = tmp_path / "specs"
    specs.mkdir()
    document = yaml.safe_load((ROOT / "specs" / "db_data_2026-04.oas.yaml").read_text())
    document["info"]["version"] = "2026-01.alpha"
    for item in document["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "X-Pinecone-Api-Version":
                    parameter["schema"]["default"] = "2026-01.alpha"
    (specs / "db_data_2026-01.alpha.oas.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    out = tmp_path / "generated"
    out.mkdir()
    assert _codegen.generate_into(specs, ROOT / "generator-config.yaml", out) == ["pinecone_dataplane.v2026_01_alpha"]

    script = textwrap.dedent(
        """
        import warnings
        import httpx
        import pinecone_dataplane
        from pinecone_dataplane import v2026_01_alpha
        from pinecone_dataplane.cli import _app

        def handler(request):
            assert request.headers["X-Pinecone-Api-Version"] == "2026-01.alpha"
            return httpx.Response(200, json={"id": "1"})

        http = httpx.Client(transport=httpx.MockTransport(handler))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client = v2026_01_alpha.Client(host="h", api_key="k", http_client=http)
        print(client.imports.describe("1").id)
        print([(w.category.__name__, str(w.message)) for w in caught])
        print("2026-01.alpha" in pinecone_dataplane.available_versions(), pinecone_dataplane.latest_version())
        args = _app.build_parser().parse_args(["--host", "h", "--api-key", "k", "imports", "list"])
        print(_app._client(args).API_VERSION)
        """
    )
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0, result.stderr
    described, warned, listed, cli_default = result.stdout.splitlines()
    assert described == "1"
    assert warned == (
        "[('FutureWarning', 'API version 2026-01.alpha is a release candidate: it may change before it is released')]"
    )
    assert listed == "True 2026-07"
    assert cli_default == "2026-07"


def test_a_plain_http_client_loads_no_certificates_and_an_https_one_still_does() -> None:
    """Loading the CA bundle costs a tenth to half a second of CPU per client; a client of a plain-http host
    (the emulator, a local proxy) never speaks TLS, so it should not pay it. Counted in a fresh interpreter,
    where nothing has loaded certificates yet."""
    script = textwrap.dedent(
        """
        import ssl

        loaded = []
        original = ssl.SSLContext.load_verify_locations

        def counting(self, *args, **kwargs):
            loaded.append(args or kwargs)
            return original(self, *args, **kwargs)

        ssl.SSLContext.load_verify_locations = counting
        from pinecone_dataplane import errors, v2026_07

        for host in ("http://127.0.0.1:9", "https://127.0.0.1:9"):  # nothing listens on port 9
            with v2026_07.Client(host, "a-key-of-twenty-chars", max_retries=0) as client:
                try:
                    client.imports.describe("1")
                except errors.ApiConnectionError:
                    pass
            print(len(loaded))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    after_http, after_https = map(int, done.stdout.split())
    assert after_http == 0
    assert after_https > 0
