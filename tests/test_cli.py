"""The pinecone-dataplane command, through its real entry point: every command, human and --json, every exit code."""

from __future__ import annotations

import datetime
import io
import json
import sys
import types
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pinecone_dataplane.cli import _app, main

from .conftest import ROOT

KEY = "cli-secret-key-7f3a"
HOST = "idx.example.io"
NOW = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)


class FakeIndex:
    """An index's bulk-import endpoints; imports advance on the fake clock the CLI waits on."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self.requests: list[httpx.Request] = []
        self.ends_at = 60.0
        self.final_status = "Completed"
        self.error: str | None = None
        self.override: Callable[[httpx.Request], httpx.Response] | None = None
        self.imports = [self.body(str(n), status="Completed", percent=100.0, records=n * 1000) for n in range(1, 4)]

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    @staticmethod
    def body(id_: str, *, status: str, percent: float, records: int, error: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": id_,
            "uri": "s3://bucket/data",
            "status": status,
            "percentComplete": percent,
            "recordsImported": records,
            "createdAt": (NOW - datetime.timedelta(minutes=3)).isoformat(),
        }
        if status == "Completed":
            body["finishedAt"] = (NOW - datetime.timedelta(seconds=30)).isoformat()
        if error:
            body["error"] = error
        return body

    def current(self, id_: str) -> dict[str, Any]:
        if self.now >= self.ends_at:
            return self.body(id_, status=self.final_status, percent=100.0, records=60_000, error=self.error)
        share = self.now / self.ends_at
        return self.body(id_, status="InProgress", percent=round(100 * share, 1), records=int(60_000 * share))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.override is not None:
            return self.override(request)
        path = request.url.path
        if request.method == "POST":
            return httpx.Response(200, json={"id": "101"})
        if request.method == "DELETE":
            return httpx.Response(200, json={})
        if path == "/bulk/imports":
            token = request.url.params.get("paginationToken")
            start = int(token) if token else 0
            size = int(request.url.params.get("limit", 100))
            body: dict[str, Any] = {"data": self.imports[start : start + size]}
            if start + size < len(self.imports):
                body["pagination"] = {"next": str(start + size)}
            return httpx.Response(200, json=body)
        return httpx.Response(200, json=self.current(path.rsplit("/", 1)[1]))


@pytest.fixture
def index(monkeypatch: pytest.MonkeyPatch) -> FakeIndex:
    fake = FakeIndex()
    # The command builds its own client, whose httpx client makes its transport when built: serve the fake
    # index instead (httpx looks the class up in its _client module).
    monkeypatch.setattr(httpx._client, "HTTPTransport", lambda *args, **kwargs: httpx.MockTransport(fake))
    monkeypatch.setattr(_app, "clock", fake.clock)
    monkeypatch.setattr(_app, "sleep", fake.sleep)
    monkeypatch.setattr(_app, "now", lambda: NOW)
    monkeypatch.setenv("PINECONE_INDEX_HOST", HOST)
    monkeypatch.setenv("PINECONE_API_KEY", KEY)
    return fake


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*argv: str) -> Run:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert KEY not in out + err
        assert "Traceback" not in err or "--debug" in argv
        return Run(code, out, err)

    return run


def lines(text: str) -> list[str]:
    return text.strip().splitlines()


# ---------------------------------------------------------------- start


def test_start(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("imports", "start", "s3://bucket/data", "--error-mode", "ABORT", "--integration-id", "int-1")
    assert run.code == 0
    assert lines(run.out) == ["Started import 101", "Watch it with: pinecone-dataplane imports wait 101"]
    assert json.loads(index.requests[0].content) == {
        "uri": "s3://bucket/data",
        "errorMode": {"onError": "abort"},
        "integrationId": "int-1",
    }


def test_start_json(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "start", "s3://bucket/data")
    assert (run.code, json.loads(run.out)) == (0, {"id": "101"})


def test_start_wait_shows_progress_lines_then_the_import(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("imports", "start", "s3://bucket/data", "--wait")
    assert run.code == 0
    out = lines(run.out)
    assert out[0] == "Started import 101"
    assert "InProgress" in out[1]
    assert any("Completed  100.0%  60,000 records" in line for line in out)
    assert "status            Completed" in out
    assert "\r" not in run.out
    assert "\x1b" not in run.out


def test_start_wait_json_prints_the_final_import_only(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "start", "s3://bucket/data", "--wait")
    assert run.code == 0
    assert json.loads(run.out)["status"] == "Completed"


def test_start_wait_of_a_failing_import_exits_3(index: FakeIndex, cli: Callable[..., Run]) -> None:
    index.final_status, index.error = "Failed", "bad parquet file"
    run = cli("imports", "start", "s3://bucket/data", "--wait")
    assert run.code == 3
    assert run.err.strip() == "pinecone-dataplane: import 101 ended Failed: bad parquet file"


# ---------------------------------------------------------------- describe


def test_describe_shows_a_key_value_block_in_local_time(index: FakeIndex, cli: Callable[..., Run]) -> None:
    index.now = 100.0
    run = cli("imports", "describe", "101")
    assert run.code == 0
    created = (NOW - datetime.timedelta(minutes=3)).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    finished = (NOW - datetime.timedelta(seconds=30)).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    assert lines(run.out) == [
        "id                101",
        "uri               s3://bucket/data",
        "status            Completed",
        "progress          100.0%",
        "records imported  60,000",
        f"created           {created} (3 min ago)",
        f"finished          {finished} (30 s ago)",
        "error             -",
    ]


def test_describe_shows_2026_07_validation_counts(index: FakeIndex, cli: Callable[..., Run]) -> None:
    body = {**index.body("101", status="Completed", percent=100.0, records=990)}
    body["validationResult"] = {"importSuccesses": "990", "importErrors": 10}  # 64-bit counts may be strings
    index.override = lambda request: httpx.Response(200, json=body)
    run = cli("imports", "describe", "101")
    assert lines(run.out)[-1] == "validation        990 passed, 10 failed"
    # Older versions have no such field: no such line.
    assert "validation" not in cli("--api-version", "2026-04", "imports", "describe", "101").out


def test_describe_json_uses_the_api_field_names(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "describe", "101")
    document = json.loads(run.out)
    assert run.code == 0
    assert {"id", "status", "percentComplete", "recordsImported", "createdAt"} <= set(document)


def test_describe_escapes_control_characters_from_the_server(index: FakeIndex, cli: Callable[..., Run]) -> None:
    body = {**index.body("101", status="Completed", percent=100.0, records=1), "uri": "s3://b/\x1b[31mred\r"}
    index.override = lambda request: httpx.Response(200, json=body)
    run = cli("imports", "describe", "101")
    assert "\x1b" not in run.out
    assert "uri               s3://b/\\x1b[31mred\\r" in run.out


def test_describe_percent_encodes_the_id(index: FakeIndex, cli: Callable[..., Run]) -> None:
    assert cli("imports", "describe", "../vectors/delete?x").code == 0
    assert index.requests[0].url.raw_path == b"/bulk/imports/..%2Fvectors%2Fdelete%3Fx"


# ---------------------------------------------------------------- cancel


def test_cancel(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("imports", "cancel", "101")
    assert run.code == 0
    assert run.out.startswith("Cancel requested for import 101")
    assert (index.requests[0].method, index.requests[0].url.path) == ("DELETE", "/bulk/imports/101")


def test_cancel_json(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "cancel", "101")
    assert (run.code, json.loads(run.out)) == (0, {"id": "101"})


# ---------------------------------------------------------------- list


def test_list_shows_a_table_of_every_page(index: FakeIndex, cli: Callable[..., Run]) -> None:
    index.imports *= 40  # 120 imports: two pages of 100
    run = cli("imports", "list")
    table = lines(run.out)
    assert run.code == 0
    assert table[0].split() == ["ID", "STATUS", "PROGRESS", "RECORDS", "CREATED", "URI"]
    assert len(table) == 121
    assert table[1].split()[:4] == ["1", "Completed", "100.0%", "1,000"]
    assert table[1].endswith("(3 min ago)  s3://bucket/data")
    assert len(index.requests) == 2


def test_list_limit_shows_at_most_n(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("imports", "list", "--limit", "2")
    assert len(lines(run.out)) == 3
    assert dict(index.requests[0].url.params) == {"limit": "2"}
    assert len(index.requests) == 1


def test_list_json_prints_one_import_per_line(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "list")
    assert run.code == 0
    assert [json.loads(line)["id"] for line in lines(run.out)] == ["1", "2", "3"]


def test_list_of_no_imports(index: FakeIndex, cli: Callable[..., Run]) -> None:
    index.imports = []
    assert lines(cli("imports", "list").out) == ["No imports."]
    assert cli("--json", "imports", "list").out == ""


# ---------------------------------------------------------------- wait


def test_wait_plain_lines_when_not_a_terminal(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("imports", "wait", "101")
    assert run.code == 0
    progress = [line for line in lines(run.out) if line.startswith("0:")]
    assert progress[0] == "0:00:00  InProgress  0.0%  0 records"
    assert progress[-1].startswith("0:01:")
    assert "Completed  100.0%  60,000 records" in progress[-1]
    assert "rec/s" in progress[-1]
    assert all(char.isprintable() for char in run.out.replace("\n", ""))


def test_wait_progress_shows_the_validation_counts_once_known(index: FakeIndex, cli: Callable[..., Run]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = index.current("101")
        if body["status"] == "Completed":
            body["validationResult"] = {"importSuccesses": 59_990, "importErrors": 10}
        return httpx.Response(200, json=body)

    index.override = answer
    run = cli("imports", "wait", "101")
    progress = [line for line in lines(run.out) if line.startswith("0:")]
    assert "validation" not in progress[0]
    assert "60,000 records  validation: 59,990 passed, 10 failed" in progress[-1]


def test_wait_plain_lines_keep_coming_while_nothing_changes(index: FakeIndex, cli: Callable[..., Run]) -> None:
    body = index.body("101", status="Pending", percent=0.0, records=0)
    index.override = lambda request: httpx.Response(200, json=body)
    run = cli("imports", "wait", "101", "--timeout", "300")
    assert run.code == 4
    assert [line.split()[0] for line in lines(run.out) if "Pending" in line][:5] == [
        "0:00:00",
        "0:01:09",
        "0:02:09",
        "0:03:09",
        "0:04:09",
    ]


def test_wait_live_bar_on_a_terminal(
    index: FakeIndex, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert cli("imports", "wait", "101").code == 0
    shown = terminal.getvalue()
    assert "\r\x1b[K[" in shown
    assert "[########################] 0:01:" in shown
    assert "Completed" in shown
    assert max(index.sleeps) <= 1.0  # the bar is redrawn every second between polls


def test_wait_json(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "wait", "101")
    assert (run.code, json.loads(run.out)["status"]) == (0, "Completed")


@pytest.mark.parametrize("status", ["Failed", "Cancelled"])
def test_wait_on_an_unsuccessful_import_exits_3(index: FakeIndex, cli: Callable[..., Run], status: str) -> None:
    index.final_status = status
    run = cli("--json", "imports", "wait", "101")
    assert run.code == 3
    assert json.loads(run.out)["status"] == status
    assert run.err.strip() == f"pinecone-dataplane: import 101 ended {status}"


def test_wait_timeout_exits_4_with_the_last_state(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("imports", "wait", "101", "--timeout", "10")
    assert run.code == 4
    assert "status            InProgress" in run.out
    assert "did not finish within 10 s" in run.err
    assert index.now == pytest.approx(10)


def test_wait_timeout_json(index: FakeIndex, cli: Callable[..., Run]) -> None:
    run = cli("--json", "imports", "wait", "101", "--timeout", "10")
    assert (run.code, json.loads(run.out)["status"]) == (4, "InProgress")


def test_ctrl_c_during_wait_exits_130_and_says_how_to_cancel(
    index: FakeIndex, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_app, "sleep", interrupted)
    run = cli("--host", HOST, "--api-key", KEY, "--api-version", "2025-04", "imports", "wait", "--", "-x1")
    assert run.code == 130
    assert "import -x1 keeps running" in run.err
    assert "pinecone-dataplane --host idx.example.io --api-version 2025-04 imports cancel -- -x1" in run.err
    assert all(request.method == "GET" for request in index.requests)


# ---------------------------------------------------------------- errors and exit codes


def test_api_error_exits_1_with_the_server_message_on_one_line(index: FakeIndex, cli: Callable[..., Run]) -> None:
    index.override = lambda request: httpx.Response(
        404, json={"error": {"code": "NOT_FOUND", "message": "import 9\nnot found"}}
    )
    run = cli("imports", "describe", "9")
    assert run.code == 1
    assert run.out == ""
    assert run.err == "pinecone-dataplane: error: 404 Not Found: import 9 not found\n"


def test_connection_error_exits_1(index: FakeIndex, cli: Callable[..., Run]) -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    index.override = drop
    run = cli("imports", "start", "s3://bucket/data")
    assert run.code == 1
    assert len(lines(run.err)) == 1
    assert "timed out" in run.err
    # Starting is never repeated after a timeout: the imports are listed instead (and time out too).
    assert [request.method for request in index.requests].count("POST") == 1


def test_start_without_an_id_in_the_answer_exits_1(index: FakeIndex, cli: Callable[..., Run]) -> None:
    index.override = lambda request: httpx.Response(200, json={})
    run = cli("imports", "start", "s3://bucket/data", "--wait")
    assert run.code == 1
    assert "'id' is missing" in run.err
    assert [request.method for request in index.requests].count("POST") == 1


def test_debug_shows_the_traceback_but_never_the_key(index: FakeIndex, cli: Callable[..., Run]) -> None:
    # The HTTP log lines --debug turns on are checked in a process of their own (test_secrets.py):
    # in-process, pytest's logging handlers would catch them.
    index.override = lambda request: httpx.Response(500, text="<html>oops</html>")
    run = cli("--debug", "--api-key", KEY, "imports", "start", "s3://bucket/data")
    assert run.code == 1
    assert "Traceback" in run.err
    assert "ServerError" in run.err
    assert KEY not in run.err + run.out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["imports"],
        ["imports", "frobnicate"],
        ["imports", "list", "--limit", "0"],
        ["imports", "wait", "101", "--timeout", "-5"],
        ["imports", "start", "s3://b/d", "--error-mode", "skip"],
        ["--api-version", "1999-01", "imports", "list"],
        ["imports", "describe", ""],
        ["imports", "start", ""],
        ["imports", "start", "s3://b/d", "--timeout", "5"],
    ],
)
def test_usage_errors_exit_2_before_any_request(index: FakeIndex, cli: Callable[..., Run], argv: list[str]) -> None:
    run = cli(*argv)
    assert run.code == 2
    assert run.err.strip()
    assert index.requests == []


def test_missing_api_key_exits_2_naming_the_variable(
    index: FakeIndex, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PINECONE_API_KEY")
    run = cli("imports", "list")
    assert run.code == 2
    assert "PINECONE_API_KEY" in run.err


def test_help_documents_the_exit_codes(cli: Callable[..., Run]) -> None:
    run = cli("--help")
    assert run.code == 0
    for line in ("0    success", "1    API or connection error", "2    usage error", "3    the import ended"):
        assert line in run.out
    assert "4    wait timed out" in run.out
    assert "130  interrupted" in run.out
    assert "PINECONE_API_KEY" in run.out


def test_a_bug_is_reported_without_traceback(
    index: FakeIndex, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args: Any, client: Any) -> int:
        raise RuntimeError("unexpected")

    monkeypatch.setattr(_app, "_describe", broken)
    run = cli("imports", "describe", "101")
    assert run.code == 1
    assert run.err == "pinecone-dataplane: RuntimeError: unexpected (run with --debug for details)\n"


# ---------------------------------------------------------------- emulator and diff


@pytest.mark.parametrize(
    ("command", "module"), [("emulator", "pinecone_dataplane.emulator._cli"), ("diff", "pinecone_dataplane._diff")]
)
def test_delegated_commands_get_their_arguments_untouched(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, command: str, module: str
) -> None:
    received: list[list[str]] = []
    fake = types.ModuleType(module)
    fake.main = lambda argv: received.append(argv) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module, fake)
    assert cli(command, "--json", "serve", "--port", "0").code == 7
    assert received == [["--json", "serve", "--port", "0"]]


@pytest.mark.parametrize(
    ("command", "module"), [("emulator", "pinecone_dataplane.emulator._cli"), ("diff", "pinecone_dataplane._diff")]
)
def test_delegated_commands_without_their_extra_exit_2(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, command: str, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if not installed
    run = cli(command, "anything")
    assert run.code == 2
    # From this checkout, the extra is installed from it (a wheel's line is tested in test_first_hour.py).
    assert f"pip install -e '{ROOT}[{command}]'" in run.err


# ---------------------------------------------------------------- hints where a newcomer stumbles


def test_a_global_option_after_the_command_says_where_it_goes(cli: Callable[..., Run]) -> None:
    run = cli("imports", "list", "--json")
    assert run.code == 2
    assert (
        "unrecognized arguments: --json (--json goes before the command: pinecone-dataplane --json imports" in run.err
    )


def test_a_refused_connection_suggests_checking_the_host_or_starting_the_emulator(cli: Callable[..., Run]) -> None:
    import socket

    with socket.socket() as unused:  # a port nothing listens on: bound, never listening
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
        run = cli("--host", f"http://127.0.0.1:{port}", "--api-key", KEY, "imports", "list")
    assert run.code == 1
    assert "Connection refused" in run.err
    assert "check --host (or $PINECONE_INDEX_HOST), or start the emulator: pinecone-dataplane emulator" in run.err


def test_the_timeout_and_uri_help_are_whole(cli: Callable[..., Run]) -> None:
    run = cli("imports", "start", "--help")
    assert run.code == 0
    text = " ".join(run.out.split())
    assert "with --wait: stop waiting after SECONDS" in text
    assert "file://" in text
