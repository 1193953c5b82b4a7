"""The installed ``pinecone-dataplane`` console script, run as a user runs it, against a local HTTP server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

KEY = "script-secret-key-51c2"
SCRIPT = Path(sys.executable).with_name("pinecone-dataplane")


class _Index(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.headers.get("Api-Key") != KEY:
            self._reply(401, {"error": {"code": "UNAUTHENTICATED", "message": "invalid API key"}})
        elif self.path == "/bulk/imports/101":
            body = {"id": "101", "uri": "s3://bucket/data", "status": "Completed", "percentComplete": 100.0}
            self._reply(200, {**body, "recordsImported": 5, "createdAt": "2026-07-01T10:00:00Z"})
        else:
            self._reply(404, {"error": {"code": "NOT_FOUND", "message": f"no import at {self.path}"}})

    def _reply(self, status: int, body: object) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def host() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Index)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def script(*argv: str, key: str = KEY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PINECONE_API_KEY": key}
    env.pop("PINECONE_INDEX_HOST", None)
    done = subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert key not in done.stdout + done.stderr
    return done


def test_the_console_script_is_installed() -> None:
    assert SCRIPT.exists(), "run: .venv/bin/pip install -e '.[dev]'"


def test_describe_json_over_http(host: str) -> None:
    done = script("--host", host, "--json", "imports", "describe", "101")
    assert (done.returncode, json.loads(done.stdout)["status"], done.stderr) == (0, "Completed", "")


def test_describe_human_with_debug_logging_never_shows_the_key(host: str) -> None:
    done = script("--debug", "--host", host, "imports", "describe", "101")
    assert done.returncode == 0
    assert "status            Completed" in done.stdout
    assert "HTTP Request: GET" in done.stderr


def test_errors_exit_1_on_one_line(host: str) -> None:
    done = script("--host", host, "imports", "describe", "102")
    assert (done.returncode, done.stderr) == (
        1,
        "pinecone-dataplane: error: 404 Not Found: no import at /bulk/imports/102\n",
    )
    done = script("--host", host, "imports", "describe", "101", key="wrong-key")
    assert done.returncode == 1
    assert "401 Unauthorized: invalid API key" in done.stderr


def test_usage_error_exits_2() -> None:
    done = script("imports", "describe")
    assert done.returncode == 2
    assert "usage:" in done.stderr


def test_help_and_delegation_import_no_http_stack() -> None:
    # The command line pays only for what a command needs: neither help nor comparing two documents loads HTTP.
    spec = str(Path(__file__).resolve().parent.parent / "specs" / "db_data_2025-04.oas.yaml")
    probe = (
        "import sys\n"
        "from pinecone_dataplane.cli import main\n"
        f"codes = [main(['--help']), main(['diff', {spec!r}, {spec!r}])]\n"
        "print(codes, 'httpx' in sys.modules, 'pinecone_dataplane._imports' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[0, 0] False False"


def test_building_a_client_does_not_load_the_workflow() -> None:
    probe = (
        "import sys\n"
        "from pinecone_dataplane import v2026_04\n"
        "v2026_04.Client(host='h.example.io', api_key='k')\n"
        "print(sorted(m for m in sys.modules if m.startswith('pinecone_dataplane.cli') or m.endswith('_imports')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"
