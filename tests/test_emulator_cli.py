"""The emulator command, the subprocess form of running_emulator, and the manual clock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from pinecone_dataplane.emulator import ManualClock, running_emulator, write_dataset
from pinecone_dataplane.emulator._cli import main

from .emulator_support import client


def start_command(*args: str, key: str = "cli-secret-key") -> subprocess.Popen[str]:
    env = {**os.environ, "PINECONE_API_KEY": key}
    return subprocess.Popen(
        [sys.executable, "-m", "pinecone_dataplane.emulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_the_command_prints_its_url_first_and_stops_cleanly(stop_signal: signal.Signals) -> None:
    process = start_command("--port", "0", "--casing", "snake", "--dimension", "3")
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:")
    stats = httpx.post(f"{url}/describe_index_stats", json={}, headers={"Api-Key": "cli-secret-key"}).json()
    assert (stats["dimension"], stats["total_vector_count"]) == (3, 0)
    process.send_signal(stop_signal)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "cli-secret-key" not in out + err


def test_options_are_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for argv, words in [
        (["--fail-rate", "1.5"], "must be a share between 0 and 1"),
        (["--latency", "9-3"], "LOW <= HIGH"),
        (["--dimension", "0"], "dimension must be at least 1"),
        (["--bucket-root", str(tmp_path / "absent")], "is not a directory"),
    ]:
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
        assert words in capsys.readouterr().err


def test_running_emulator_in_a_subprocess(tmp_path: Path) -> None:
    write_dataset(tmp_path / "bkt" / "data", {"ns": 40})
    with running_emulator(subprocess=True, bucket_root=tmp_path, api_key="sub-key", dimension=8) as emulator:
        api = client(emulator.url, emulator.api_key)
        import_id = api.post("/bulk/imports", json={"uri": "gs://bkt/data"}).json()["id"]
        with pytest.raises(RuntimeError, match="no in-process state"):
            _ = emulator.imports_started
        model = api.get(f"/bulk/imports/{import_id}").json()
        assert model["uri"] == "gs://bkt/data"
        assert emulator.process is not None
    assert emulator.process.returncode == 0


def test_a_clock_needs_an_in_process_emulator() -> None:
    with (
        pytest.raises(ValueError, match="in-process"),
        running_emulator(subprocess=True, clock=ManualClock()),
    ):
        pass


def test_the_emulator_stops_when_the_body_raises() -> None:
    urls = []

    def body() -> None:
        with running_emulator() as emulator:
            urls.append(emulator.url)
            raise KeyError("boom")

    with pytest.raises(KeyError):
        body()
    url = urls[0]
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/bulk/imports")


def test_a_ten_minute_import_under_a_manual_clock(tmp_path: Path) -> None:
    """600 virtual seconds pass in one call, and the import sees every moment of them in order."""
    write_dataset(tmp_path / "bkt" / "slow", {"ns": 600})
    clock = ManualClock()
    with running_emulator(bucket_root=tmp_path, clock=clock, records_per_second=1) as emulator:
        api = client(emulator.url, emulator.api_key)
        import_id = api.post("/bulk/imports", json={"uri": "s3://bkt/slow"}).json()["id"]
        clock.advance(59.5)
        assert api.get(f"/bulk/imports/{import_id}").json()["recordsImported"] == 59
        clock.advance(600)
        done = api.get(f"/bulk/imports/{import_id}").json()
        assert (done["status"], done["finishedAt"]) == ("Completed", "2025-01-01T00:10:00.000Z")
    assert clock.elapsed == 659.5


def test_manual_clock_rules() -> None:
    clock = ManualClock()
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    woken = threading.Event()
    clock.worker_started()
    # A registered worker that has not fallen asleep yet holds time back.
    with pytest.raises(TimeoutError, match="did not catch up"):
        clock.settle(timeout=0.05)

    def worker() -> None:
        clock.sleep(10, threading.Event())
        woken.set()
        clock.worker_finished()

    thread = threading.Thread(target=worker)
    thread.start()
    clock.advance(5)
    assert not woken.is_set()
    clock.advance(5)  # returns once the woken worker has finished
    assert woken.is_set()
    assert clock.now().isoformat() == "2025-01-01T00:00:10+00:00"
    thread.join()


def test_a_key_taken_from_the_environment_is_said_so_on_stderr_without_the_key() -> None:
    process = start_command("--port", "0", key="a-real-looking-key-123")
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.readline().startswith("http://127.0.0.1:")
    notice = process.stderr.readline()
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    assert "clients must send the key in this shell's $PINECONE_API_KEY" in notice
    assert "--api-key" in notice
    assert "a-real-looking-key-123" not in notice


def test_a_port_in_use_suggests_port_0_and_writes_no_sample_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with running_emulator() as taken:
        port = taken.url.rsplit(":", 1)[1]
        code = main(["--port", port, "--sample-data", "--bucket-root", str(tmp_path / "buckets")])
    assert code == 1
    err = capsys.readouterr().err
    assert f"cannot serve on port {port}" in err
    assert "pass --port 0" in err
    assert list((tmp_path / "buckets").iterdir()) == []  # nothing written for an emulator that never served
