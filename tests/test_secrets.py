"""The API key appears nowhere a user or a log collector can see it: whole workflows, good and failing, with
logging at DEBUG, through the Python API and the command line (with and without --debug).

Every log record (message, arguments, formatted traceback), every exception (str, repr, attributes and
chained causes, as a traceback prints them), every repr and all CLI output is scanned for the key and for a
fragment of it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from apiwire._http import policy
from pinecone_dataplane import errors, v2025_04, v2026_04
from pinecone_dataplane.cli import _app, main
from pinecone_dataplane.emulator import running_emulator, write_dataset
from soak.campaign import server_down

from .hostile_server import HostileServer, key_echoes

KEY = "pcsk_4Zq9-SECRET-e81b7c2d0f3a"
FRAGMENTS = (KEY, KEY[-12:], KEY[:10])
SCRIPT = Path(sys.executable).with_name("pinecone-dataplane")


class Seen:
    """Everything a user or a log collector could see, gathered for the scan."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *texts: str) -> None:
        self.texts.extend(texts)

    def exception(self, error: BaseException) -> None:
        self.add(str(error), repr(error), repr(vars(error)), "".join(traceback.format_exception(error)))

    def records(self, records: list[logging.LogRecord]) -> None:
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        for record in records:
            self.add(record.getMessage(), repr(record.args), formatter.format(record))

    def leaks(self) -> list[str]:
        return [text[:200] for text in self.texts for fragment in FRAGMENTS if fragment in text]


@pytest.fixture
def seen(caplog: pytest.LogCaptureFixture) -> Iterator[Seen]:
    caplog.set_level(logging.DEBUG)
    gathered = Seen()
    yield gathered
    gathered.records(caplog.records)
    assert gathered.leaks() == []


def assert_http_was_logged(caplog: pytest.LogCaptureFixture) -> None:
    # Otherwise the scan of the log would prove nothing.
    assert any(record.name.startswith("httpx") for record in caplog.records)


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Any]:
    write_dataset(tmp_path / "bucket" / "good", {"ns": 20}, bad_records=1)
    with running_emulator(bucket_root=tmp_path, api_key=KEY) as running:
        yield running


def expect_error(seen: Seen, call: Callable[[], Any]) -> BaseException:
    with pytest.raises(errors.PineconeDataplaneError) as caught:
        call()
    seen.exception(caught.value)
    return caught.value


@pytest.mark.parametrize("facade", [v2025_04, v2026_04], ids=lambda facade: facade.API_VERSION)
def test_python_workflows_good_and_failing_never_show_the_key(
    facade: Any, emulator: Any, seen: Seen, caplog: pytest.LogCaptureFixture
) -> None:
    with facade.Client(host=emulator.url, api_key=KEY, timeout=5) as client:
        started = client.imports.start("s3://bucket/good", error_mode="abort")
        done = client.imports.wait(started.id, poll_interval=0.01, timeout=30)
        seen.add(repr(client), str(client), repr(client.raw), repr(client.imports), repr(started), repr(done))
        seen.add(*(repr(model) for model in client.imports.list()), repr(client.imports.describe(started.id)))
        client.imports.cancel(started.id)
        expect_error(seen, lambda: client.imports.describe("no-such-import"))
        expect_error(seen, lambda: client.imports.list_page(pagination_token="not-a-token"))
        expect_error(seen, lambda: client.imports.wait(started.id, raise_on_failure=True, poll_interval=0.01))
        emulator.faults.fail_rate, emulator.faults.retry_after = 1.0, 0.0
        expect_error(seen, client.imports.list_page)
        emulator.faults.fail_rate = 0.0
    with facade.Client(host=emulator.url, api_key=KEY + "-wrong", timeout=5) as wrong:
        expect_error(seen, lambda: wrong.imports.describe(started.id))
    for kind in ("refused", "silent"):
        with server_down(kind) as url, facade.Client(host=url, api_key=KEY, timeout=0.2, max_retries=1) as down:
            down._transport._sleep = lambda seconds: None
            expect_error(seen, lambda down=down: down.imports.describe("1"))

    async def async_workflow() -> None:
        async with facade.AsyncClient(host=emulator.url, api_key=KEY) as client:
            seen.add(repr(client), repr(client.raw))
            started = await client.imports.start("s3://bucket/good")
            seen.add(repr(await client.imports.wait(started.id, poll_interval=0.01, timeout=30)))
            with pytest.raises(errors.NotFoundError) as missing:
                await client.imports.describe("no-such-import")
            seen.exception(missing.value)

    asyncio.run(async_workflow())
    # Refused when the client is built, without echoing the key.
    with pytest.raises(ValueError, match="line break") as refused:
        facade.Client(host=emulator.url, api_key=KEY + "\r\nX-Evil: 1")
    seen.exception(refused.value)
    assert_http_was_logged(caplog)


def test_a_server_echoing_the_key_in_an_error_does_not_put_it_in_the_exception(seen: Seen) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        key = request.headers["Api-Key"]
        return httpx.Response(401, json={"message": f"invalid key {key}"}, headers={"X-Echo": key})

    http = httpx.Client(transport=httpx.MockTransport(echo))
    with v2026_04.Client(host="index.example.io", api_key=KEY, http_client=http) as client:
        error = expect_error(seen, lambda: client.imports.describe("1"))
    assert isinstance(error, errors.UnauthorizedError)
    assert error.message == "invalid key [API key]"
    assert error.headers["x-echo"] == "[API key]"
    seen.add(error.body, repr(dict(error.headers)))


@pytest.fixture
def cli_emulator(emulator: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("PINECONE_INDEX_HOST", emulator.url)
    monkeypatch.setenv("PINECONE_API_KEY", KEY)
    # Imports here take milliseconds: poll often rather than after the CLI's usual second.
    monkeypatch.setattr(_app, "sleep", lambda seconds: time.sleep(min(seconds, 0.01)))
    return emulator


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
def test_the_command_line_never_prints_the_key(
    debug: list[str],
    cli_emulator: Any,
    seen: Seen,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    runs = [
        (["imports", "start", "s3://bucket/good", "--error-mode", "continue", "--wait", "--timeout", "30"], 0),
        (["--json", "imports", "list"], 0),
        (["imports", "describe", "1"], 0),
        (["imports", "cancel", "1"], 0),
        (["imports", "describe", "no-such-import"], 1),
        (["--api-key", KEY + "-wrong", "imports", "list"], 1),
        (["--api-key", KEY, "imports", "start", "s3://bucket/good", "--error-mode", "abort", "--wait"], 3),
        (["--host", "http://example.com", "imports", "list"], 2),
    ]
    for argv, code in runs:
        assert main([*debug, *argv]) == code, argv
        out, err = capsys.readouterr()
        seen.add(out, err)
    with server_down("refused") as url:
        assert main([*debug, "--host", url, "imports", "list"]) == 1
    seen.add(*capsys.readouterr())
    assert_http_was_logged(caplog)


def test_the_installed_command_with_debug_logging_never_prints_the_key(emulator: Any, seen: Seen) -> None:
    # A process of its own, so that --debug configures logging as it does for a user (pytest owns it here).
    env = {**os.environ, "PINECONE_INDEX_HOST": emulator.url, "PINECONE_API_KEY": KEY}
    for argv in (["imports", "describe", "1"], ["--api-key", KEY + "x", "imports", "list"]):
        result = subprocess.run(
            [str(SCRIPT), "--debug", *argv], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert "httpx" in result.stderr  # the HTTP log was on
        seen.add(result.stdout, result.stderr)


@pytest.mark.parametrize(
    ("key", "message", "shown"),
    [
        # A key of eight characters or more is replaced wherever it occurs: glued to other text too.
        ("emulator", "the emulator reads file://", "the [API key] reads file://"),
        (KEY, f"invalid key {KEY}", "invalid key [API key]"),
        (KEY, f"Api-Key: {KEY}; retry", "Api-Key: [API key]; retry"),
        (KEY, f"id {KEY}-2 and x{KEY}", "id [API key]-2 and x[API key]"),
        # A shorter one (a test key) only where it stands alone, so that the words holding it stay readable.
        ("test", "a test of the latest tests", "a [API key] of the latest tests"),
        ("k", "ok: k", "ok: [API key]"),
    ],
    ids=["eight-characters", "whole", "in-a-header-echo", "inside-longer-tokens", "short-key", "one-letter"],
)
def test_redaction_replaces_a_long_key_everywhere_and_a_short_one_as_a_word(key: str, message: str, shown: str) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": message})

    http = httpx.Client(transport=httpx.MockTransport(echo))
    with (
        v2026_04.Client(host="index.example.io", api_key=key, http_client=http) as client,
        pytest.raises(errors.BadRequestError) as raised,
    ):
        client.imports.describe("1")
    assert raised.value.message == shown


def bad_request(body: bytes, key: str = KEY) -> errors.ApiError:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, content=body, headers={"Content-Type": "application/json"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        v2026_04.Client(host="index.example.io", api_key=key, http_client=http) as client,
        pytest.raises(errors.BadRequestError) as raised,
    ):
        client.imports.describe("1")
    return raised.value


# Glued to other characters of a token: replaced from eight characters on, a shorter key kept as it is.
GLUED = [("k3y-8chr", True), (KEY, True), ("k3y-7ch", False)]


@pytest.mark.parametrize(("key", "replaced"), GLUED, ids=[f"{len(key)}-characters" for key, _ in GLUED])
def test_a_key_glued_to_a_word_is_replaced_from_eight_characters_in_headers_and_answers(
    key: str, replaced: bool
) -> None:
    glued = f"id-{key}-2"
    shown = "id-[API key]-2" if replaced else glued
    record = {"id": "1", "uri": "s3://bucket/data", "status": "InProgress", "percentComplete": 10.0}

    def echo(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/2"):
            return httpx.Response(200, json={**record, "createdAt": glued})
        return httpx.Response(404, json={"message": "no such import"}, headers={"X-Echo": glued})

    http = httpx.Client(transport=httpx.MockTransport(echo))
    with v2026_04.Client(host="index.example.io", api_key=key, http_client=http) as client:
        with pytest.raises(errors.NotFoundError) as raised:
            client.imports.describe("1")
        assert raised.value.headers["x-echo"] == shown
        assert client.imports.describe("2").created_at == shown  # a timestamp no parser reads, kept as text


def test_a_key_hidden_in_json_escapes_is_replaced_and_the_body_written_out_readable() -> None:
    escaped = "".join(f"\\u{ord(char):04x}" for char in KEY)
    error = bad_request(f'{{"message": "cl\\u00e9 {escaped} refus\\u00e9e", "details": ["{escaped}", 3]}}'.encode())
    assert error.message == "clé [API key] refusée"
    assert json.loads(error.body) == {"message": "clé [API key] refusée", "details": ["[API key]", 3]}
    assert "clé" in error.body  # as a reader of the message would see it, not as escapes


@pytest.mark.parametrize(
    "body",
    [b"upstream says \\u0070 and then {not json", b"[" * 100_000 + b'"\\u0041"' + b"]" * 100_000],
    ids=["not-json", "nested-beyond-the-parser"],
)
def test_a_body_with_escapes_that_does_not_parse_is_shown_as_it_came(body: bytes) -> None:
    assert bad_request(body).body == body.decode()


def test_log_records_are_left_whole_while_no_client_lives() -> None:
    script = (
        "import gc, logging, sys\n"
        "from pinecone_dataplane import v2026_07\n"
        "logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(name)s %(message)s')\n"
        "with v2026_07.Client('http://127.0.0.1:1', 'k3y-of-a-client') as client:\n"
        "    logging.getLogger('pinecone_dataplane').info('while it lives: %s', 'k3y-of-a-client')\n"
        "del client\n"
        "gc.collect()\n"
        "logging.getLogger('httpx').info('after it: %s', 'k3y-of-a-client')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.splitlines() == [
        "pinecone_dataplane while it lives: [API key]",
        "httpx after it: k3y-of-a-client",  # nothing to hide any more: the record is not dropped
    ]


def test_a_key_that_begins_with_a_digit_is_replaced_in_the_http_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    # Older Pinecone keys are UUIDs: the first character of one sorts before the "[" of what replaces it.
    key = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
    caplog.set_level(logging.DEBUG)
    with (
        HostileServer(key_echoes(key)["reason-phrase-and-header"]) as server,
        v2026_04.Client(host=server.url, api_key=key, max_retries=0) as client,
        pytest.raises(errors.ApiError),
    ):
        client.imports.describe("1")
    logged = [record.getMessage() for record in caplog.records if record.name.startswith("httpcore")]
    assert any("[API key]" in message for message in logged)  # the echoed headers were logged, cleaned
    assert not [message for message in logged if key in message]


# Keys of every length this promise covers: eight characters (the shortest replaced inside words), twelve,
# the probe's, and one as long as Pinecone's.
KEYS = ["k3y-8chr", "twelve-chars", "probe-key-0123456789abcdef", "pcsk_" + "x7Q2" * 16 + "z"]


@pytest.mark.parametrize("key", KEYS, ids=lambda key: f"{len(key)}-characters")
def test_no_byte_of_a_key_of_any_supported_length_reaches_any_output_of_a_hostile_server(
    key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen = Seen()
    monkeypatch.setenv("PINECONE_API_KEY", key)
    # The command line retries a 5xx and a broken answer as it should, and logs each retry; only the pauses
    # between them (tests/test_transport.py's business) are left out.
    monkeypatch.setattr(policy, "BACKOFF_INITIAL", 0.0)
    for name, answer in key_echoes(key).items():
        with HostileServer(answer) as server:
            with v2026_04.Client(host=server.url, api_key=key, max_retries=0) as client:
                try:
                    seen.add(repr(client.imports.describe("1")))  # a kept timestamp: the model holds the server's data
                except errors.ApiError as error:
                    seen.exception(error)

            async def async_call(url: str) -> None:
                async with v2026_04.AsyncClient(host=url, api_key=key, max_retries=0) as client:
                    await client.imports.describe("1")

            try:
                asyncio.run(async_call(server.url))
            except errors.ApiError as error:
                seen.exception(error)
            for debug in ([], ["--debug"]):
                main([*debug, "--host", server.url, "imports", "describe", "1"])
                seen.add(*capsys.readouterr())
                main([*debug, "--json", "--host", server.url, "imports", "describe", "1"])
                seen.add(*capsys.readouterr())
        assert any(record.name.startswith("httpcore") for record in caplog.records), name
    seen.records(caplog.records)
    assert [text[:200] for text in seen.texts if key in text] == []
