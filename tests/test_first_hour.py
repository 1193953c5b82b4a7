"""What a new user meets first: install lines, sample data, the command line's messages and exit paths.

The last tests drive every exit path of ``pinecone-dataplane`` and scan what it prints on stderr: no
Python argument names, no ``[API key]`` in place of an ordinary word, no traceback without ``--debug``.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pinecone_dataplane import _install, v2026_04
from pinecone_dataplane.cli import _app, main
from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator
from pinecone_dataplane.emulator._cli import DEFAULT_API_KEY
from pinecone_dataplane.emulator._dataset import SAMPLES, write_samples

from .conftest import ROOT

SCRIPT = Path(sys.executable).with_name("pinecone-dataplane")
STUCK_KEY = "first-hour-stuck-key-4d2a"


@pytest.fixture(scope="module")
def wheel_layout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package as a wheel installs it: no checkout around it."""
    target = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "apiwire._codegen", "layout", "--to", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def python_in(layout: Path | None, code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **({"PYTHONPATH": str(layout)} if layout else {})}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd, timeout=60, check=False
    )


# ---------------------------------------------------------------- install lines


def test_install_lines_name_the_checkout_it_runs_from() -> None:
    assert _install.checkout() == ROOT
    assert _install.extra_install_command("diff") == f"pip install -e '{ROOT}[diff]'"


def test_install_lines_of_a_wheel_name_the_distribution(wheel_layout: Path, tmp_path: Path) -> None:
    run = python_in(
        wheel_layout, "from pinecone_dataplane import _install as i; print(i.extra_install_command('diff'))", tmp_path
    )
    assert run.stdout.strip() == "pip install 'pinecone-dataplane[diff]'", run.stderr


def test_the_emulator_module_without_its_extra_exits_2_with_the_install_line(tmp_path: Path) -> None:
    code = (  # as if uvicorn were not installed
        "import sys, runpy; sys.modules['uvicorn'] = None; "
        "runpy.run_module('pinecone_dataplane.emulator', run_name='__main__')"
    )
    run = python_in(None, code, tmp_path)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == (
        "python -m pinecone_dataplane.emulator needs the emulator extra (missing module uvicorn): "
        f"pip install -e '{ROOT}[emulator]'"
    )


def test_diff_outside_a_checkout_says_where_spec_files_come_from(wheel_layout: Path, tmp_path: Path) -> None:
    code = "import sys; from pinecone_dataplane._diff._cli import main; sys.exit(main(['2025-04', '2026-04']))"
    run = python_in(wheel_layout, code, tmp_path)
    assert run.returncode == 2
    assert "site-packages" not in run.stderr
    assert "no db_data_2025-04.oas.yaml in specs;" in run.stderr
    assert "pass --specs DIR, or give the paths of two OpenAPI documents" in run.stderr


# ---------------------------------------------------------------- sample data


def test_emulator_sample_data_prints_uris_that_import(tmp_path: Path) -> None:
    env = {**os.environ, "PINECONE_API_KEY": DEFAULT_API_KEY}
    emulator = subprocess.Popen(
        [str(SCRIPT), "emulator", "--bucket-root", str(tmp_path), "--sample-data"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert emulator.stdout is not None
        url = emulator.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        assert emulator.stdout.readline().startswith("sample data (dimension 8)")
        lines = [emulator.stdout.readline().split() for _ in SAMPLES]
        uris = [line[0] for line in lines]
        assert uris == [(tmp_path / "sample" / name).resolve().as_uri() for name in SAMPLES]
        for uri in uris:  # each its own namespace: every one imports beside the others
            done = subprocess.run(
                [str(SCRIPT), "--host", url, "imports", "start", uri, "--error-mode", "continue", "--wait"],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            assert "Completed" in done.stdout
    finally:
        emulator.send_signal(signal.SIGTERM)
        assert emulator.wait(timeout=30) == 0


# ---------------------------------------------------------------- the Python side of the first hour


def test_absent_fields_are_none_in_reprs_and_on_the_last_page() -> None:
    model = v2026_04.models.ImportModel.from_dict({"id": "1", "status": "Completed"})
    assert model.error is None
    assert "Unset" not in repr(model)
    page = v2026_04.models.ListImportsResponse.from_dict({"data": []})
    assert page.pagination is None


def test_a_shared_http_client_is_refused_when_the_second_client_is_built() -> None:
    import httpx

    shared = httpx.Client()
    v2026_04.Client("index.example.io", "first-client-key-0123456789", http_client=shared)
    with pytest.raises(ValueError, match="already serves another pinecone_dataplane client"):
        v2026_04.Client("other.example.io", "second-client-key-0123456789", http_client=shared)
    with pytest.raises(TypeError, match=r"must be an httpx\.Client, got AsyncClient"):
        v2026_04.Client("index.example.io", "first-client-key-0123456789", http_client=httpx.AsyncClient())


def test_dir_of_the_package_shows_what_users_import() -> None:
    import pinecone_dataplane

    shown = dir(pinecone_dataplane)
    assert {"paginate", "apaginate", "errors", "v2026_04", "available_versions"} <= set(shown)
    assert not {"os", "sys", "importlib", "candidate", "install_finder"} & set(shown)


def test_help_of_a_client_documents_its_arguments() -> None:
    import pydoc

    text = pydoc.render_doc(v2026_04.Client, renderer=pydoc.plaintext)
    assert "http_client: 'httpx.Client | None'" in text
    for argument in ("host:", "api_key:", "timeout:", "max_retries:", "http_client:", "allow_insecure:"):
        assert argument in text
    async_text = pydoc.render_doc(v2026_04.AsyncClient, renderer=pydoc.plaintext)
    assert "http_client: 'httpx.AsyncClient | None'" in async_text


# ---------------------------------------------------------------- every exit path of the command line


@pytest.fixture(scope="module")
def fast(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEmulator]:
    """Imports end at once. The emulator's default key, which used to read as a word in messages."""
    root = tmp_path_factory.mktemp("fast")
    write_samples(root, dimension=8)
    with running_emulator(bucket_root=root, api_key=DEFAULT_API_KEY) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def stuck(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEmulator]:
    """Imports never move: the clock stands still."""
    root = tmp_path_factory.mktemp("stuck")
    write_samples(root, dimension=8)
    with running_emulator(bucket_root=root, api_key=STUCK_KEY, clock=ManualClock(), records_per_second=1) as emulator:
        yield emulator


def sample(emulator: RunningEmulator, name: str) -> str:
    assert emulator.settings.bucket_root is not None
    return (emulator.settings.bucket_root / "sample" / name).resolve().as_uri()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Scan:
    """Runs the command in-process; every run's stderr is held to the same rules."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self._monkeypatch = monkeypatch
        self._capsys = capsys
        monkeypatch.setattr(_app, "sleep", lambda seconds: None)  # imports here end at once or never

    def run(self, argv: list[str], code: int, *, host: str | None, key: str | None = DEFAULT_API_KEY) -> str:
        for variable, value in (("PINECONE_INDEX_HOST", host), ("PINECONE_API_KEY", key)):
            if value is None:
                self._monkeypatch.delenv(variable, raising=False)
            else:
                self._monkeypatch.setenv(variable, value)
        try:
            got = main(argv)
        except SystemExit as exit_:  # the delegated tools' argparse
            got = exit_.code if isinstance(exit_.code, int) else 1
        err = self._capsys.readouterr().err
        assert got == code, (argv, err)
        assert_in_cli_words(err)
        return err


PYTHON_ARGUMENT = re.compile(
    r"\b(api_key|allow_insecure|http_client|max_retries|integration_id|error_mode|page_size|sample_rows|"
    r"vector_type|pagination_token|missing_out|raise_on_failure|poll_interval)\b|\b[a-z_]+=(\.\.\.|True|False|None)"
)


def assert_in_cli_words(err: str) -> None:
    assert "Traceback" not in err
    assert "[API key]" not in err  # no key in these runs is echoed: any such mark replaced a word
    found = PYTHON_ARGUMENT.search(err)
    assert found is None, f"names a Python argument ({found[0]!r}): {err}"


# The exit codes of `pinecone-dataplane --help`, each driven below.
EXIT_CODES = {0, 1, 2, 3, 4, 5, 130, 143}


def test_the_scan_drives_every_exit_code() -> None:
    assert {value for name, value in vars(_app).items() if name.startswith("EXIT_")} == EXIT_CODES


@pytest.mark.parametrize(
    ("argv", "variables"),
    [
        ([], "host key"),
        (["imports"], "host key"),
        (["imports", "describe"], "host key"),
        (["imports", "describe", "-id"], "host key"),
        (["imports", "list", "--limit", "0"], "host key"),
        (["--bogus", "imports", "list"], "host key"),
        (["--api-version", "1999-01", "imports", "list"], "host key"),
        (["imports", "start", ""], "host key"),
        (["imports", "start", "s3://b/p", "--integration-id", "i" * 1001], "host key"),
        (["imports", "start", "s3://b/p", "--error-mode", "skip"], "host key"),
        (["imports", "start", "s3://b/p", "--timeout", "5"], "host key"),
        (["imports", "describe", "d" * 1001], "host key"),
        (["imports", "verify", "1", "--missing-out", "missing.tsv"], "host key"),
        (["imports", "list"], "key"),
        (["imports", "list"], "host"),
        (["--host", "http://example.com", "imports", "list"], "key"),
        (["--host", "ftp://example.com", "imports", "list"], "key"),
        (["emulator", "--bogus"], ""),
        (["emulator", "--bucket-root", "/nonexistent/buckets"], ""),
        (["emulator", "--sample-data", "--vector-type", "sparse"], ""),
        (["diff", "1999-01", "2026-04"], ""),
        (["diff", "2025-04"], ""),
        (["diff", "/nonexistent/old.yaml", "/nonexistent/new.yaml"], ""),
    ],
)
def test_usage_errors_exit_2_in_the_cli_words(
    argv: list[str], variables: str, fast: RunningEmulator, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(ROOT.parent)  # no specs/ here
    scan = Scan(monkeypatch, capsys)
    scan.run(
        argv, 2, host=fast.url if "host" in variables else None, key=DEFAULT_API_KEY if "key" in variables else None
    )


def test_usage_messages_say_what_to_type(fast: RunningEmulator, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    scan = Scan(monkeypatch, capsys)
    bare = scan.run([], 2, host=fast.url)
    assert "examples:\n  export PINECONE_INDEX_HOST=" in bare
    assert "required: imports" not in bare
    assert "needs an import ID" in scan.run(["imports", "describe"], 2, host=fast.url)
    assert scan.run(["imports", "list"], 2, host=None).endswith(
        "error: no index host: pass --host HOST or set PINECONE_INDEX_HOST\n"
    )
    assert scan.run(["imports", "list"], 2, host=fast.url, key=None).endswith(
        "error: no API key: pass --api-key KEY or set PINECONE_API_KEY\n"
    )
    assert "or pass --allow-insecure if this network is trusted" in scan.run(
        ["--host", "http://example.com", "imports", "list"], 2, host=None
    )
    assert "--integration-id must be a string of at most 1000 characters" in scan.run(
        ["imports", "start", "s3://b/p", "--integration-id", "i" * 1001], 2, host=fast.url
    )


def test_version_and_help(capsys: Any) -> None:
    from pinecone_dataplane import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"pinecone-dataplane {__version__}\n"
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for shown in ("examples:", "--sample-data", "143  terminated", "--allow-insecure"):
        assert shown in out


def test_api_and_connection_errors_exit_1(fast: RunningEmulator, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    scan = Scan(monkeypatch, capsys)
    # The emulator's own words stay as they are with its default key.
    assert "the emulator reads file://" in scan.run(["imports", "start", "bucket/prefix"], 1, host=fast.url)
    assert "404 Not Found" in scan.run(["imports", "describe", "999"], 1, host=fast.url)
    assert "401" in scan.run(["imports", "list"], 1, host=fast.url, key="wrong-key-for-the-emulator")
    port = fast.url.rsplit(":", 1)[1]
    tls = scan.run(["--host", f"127.0.0.1:{port}", "imports", "list"], 1, host=None)
    assert f"use http://127.0.0.1:{port}" in tls
    assert "failed" in scan.run(["--host", f"http://127.0.0.1:{closed_port()}", "imports", "list"], 1, host=None)
    assert "is not an import source" in scan.run(
        ["imports", "validate", "hdfs://x/y", "--dimension", "8"], 1, host=None
    )


def test_an_emulator_that_cannot_serve_exits_1(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        err = Scan(monkeypatch, capsys).run(["emulator", "--port", str(port)], 1, host=None)
    assert f"cannot serve on port {port}" in err


def test_import_outcomes_exit_3_4_and_5(
    fast: RunningEmulator, stuck: RunningEmulator, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    scan = Scan(monkeypatch, capsys)
    failed = scan.run(
        ["imports", "start", sample(fast, "reviews"), "--error-mode", "abort", "--wait"], 3, host=fast.url
    )
    assert "ended Failed" in failed
    monkeypatch.setattr(_app, "clock", iter(range(0, 10_000, 10)).__next__)  # ten seconds a look
    late = ["imports", "start", sample(stuck, "archive"), "--wait", "--timeout", "30"]
    assert "it keeps running" in scan.run(late, 4, host=stuck.url, key=STUCK_KEY)
    scan.run(["imports", "validate", sample(fast, "reviews"), "--full", "--dimension", "8"], 5, host=None)
    with v2026_04.Client(fast.url, DEFAULT_API_KEY) as client:
        started = client.imports.start(sample(fast, "products"), error_mode="continue")
        client.imports.wait(started.id, poll_interval=0.01)
    assert scan.run(["imports", "verify", started.id], 0, host=fast.url) == ""


@pytest.mark.parametrize(("how", "code", "said"), [("ctrl-c", 130, "interrupted"), ("sigterm", 143, "terminated")])
def test_interrupting_a_wait_says_how_to_cancel(
    how: str, code: int, said: str, stuck: RunningEmulator, *, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    with v2026_04.Client(stuck.url, STUCK_KEY) as client:
        import_id = client.imports.start(sample(stuck, "articles") if how == "ctrl-c" else sample(stuck, "products")).id
    scan = Scan(monkeypatch, capsys)

    def interrupt(seconds: float) -> None:
        if how == "ctrl-c":
            raise KeyboardInterrupt
        signal.raise_signal(signal.SIGTERM)  # the CLI's handler turns it into the same path

    monkeypatch.setattr(_app, "sleep", interrupt)
    err = scan.run(["imports", "wait", import_id], code, host=stuck.url, key=STUCK_KEY)
    assert f"{said}: import {import_id} keeps running. To cancel it:\n" in err
    assert f"pinecone-dataplane --host {stuck.url} imports cancel {import_id}" not in err  # host from the env
    assert f"  pinecone-dataplane imports cancel {import_id}\n" in err
    assert signal.getsignal(signal.SIGTERM) is not _app._terminate  # put back when the command ends


def test_sigterm_to_the_installed_command_during_wait(stuck: RunningEmulator) -> None:
    with v2026_04.Client(stuck.url, STUCK_KEY) as client:
        import_id = client.imports.start(sample(stuck, "reviews")).id
    env = {**os.environ, "PINECONE_API_KEY": STUCK_KEY, "PINECONE_INDEX_HOST": stuck.url}
    waiting = subprocess.Popen(
        [str(SCRIPT), "imports", "wait", import_id], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert waiting.stdout is not None
    assert waiting.stdout.readline()  # the first poll is shown: it is waiting now
    waiting.send_signal(signal.SIGTERM)
    _, err = waiting.communicate(timeout=30)
    assert waiting.returncode == 143
    assert err.endswith(
        f"import {import_id} keeps running. To cancel it:\n  pinecone-dataplane imports cancel {import_id}\n"
    )
    assert "Traceback" not in err
