"""The installed ``pinecone-dataplane`` command end to end, against the emulator running as its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pinecone_dataplane import available_versions
from pinecone_dataplane.emulator import RunningEmulator, running_emulator, write_dataset

SCRIPT = Path(sys.executable).with_name("pinecone-dataplane")
KEY = "end-to-end-secret-key-93d1"
WRONG_KEY = "end-to-end-wrong-key-0c7e"
# Fast enough for small imports to finish at once, slow enough that a large one is still running later.
RATE = 2_000
SMALL = {"articles": 300, "__default__": 100}
LARGE = {"archive": 200_000}  # 100 s at RATE: it is cancelled long before


def listed_source(version: str) -> str:
    return f"listed-{version}"


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEmulator]:
    """One emulator process for the module, shared by its tests in any order: each test imports a source of
    its own into namespaces of its own (an import into a namespace holding records fails), and reads the
    listing only for its own imports. Nothing is reset between tests: the emulator's imports accumulate."""
    root = tmp_path_factory.mktemp("buckets")
    write_dataset(root / "bucket" / "small", SMALL)
    for version in available_versions():
        write_dataset(root / "bucket" / listed_source(version), {listed_source(version): 10})
    write_dataset(root / "bucket" / "bad", {"docs": 50}, bad_records=1)
    write_dataset(root / "bucket" / "large", LARGE)
    with running_emulator(bucket_root=root, api_key=KEY, records_per_second=RATE, subprocess=True) as running:
        yield running


def cli(emulator: RunningEmulator, *argv: str, key: str = KEY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PINECONE_API_KEY": key}
    env.pop("PINECONE_INDEX_HOST", None)
    done = subprocess.run(
        [str(SCRIPT), "--host", emulator.url, *argv], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    for secret in (KEY, WRONG_KEY):
        assert secret not in done.stdout + done.stderr, argv
    return done


def test_start_wait_describe_and_list(emulator: RunningEmulator) -> None:
    started = cli(emulator, "imports", "start", "s3://bucket/small", "--error-mode", "continue", "--wait")
    assert started.returncode == 0, started.stderr
    first_line, *progress = started.stdout.splitlines()
    assert first_line.startswith("Started import ")
    import_id = first_line.removeprefix("Started import ")
    # Not a terminal: plain lines, no progress bar drawn with control characters.
    assert not any(char in started.stdout for char in "\r\x1b")
    assert ["status", "Completed"] in [line.split() for line in progress]  # the final describe block

    described = cli(emulator, "--json", "imports", "describe", import_id)
    assert described.returncode == 0, described.stderr
    model = json.loads(described.stdout)
    assert (model["id"], model["status"], model["recordsImported"]) == (import_id, "Completed", 400)
    assert (model["uri"], model["percentComplete"]) == ("s3://bucket/small", 100.0)

    human = cli(emulator, "imports", "describe", import_id)
    assert human.returncode == 0, human.stderr
    fields = dict(line.split(None, 1) for line in human.stdout.splitlines() if not line.startswith("records"))
    assert (fields["id"], fields["status"], fields["uri"]) == (import_id, "Completed", "s3://bucket/small")

    listed = cli(emulator, "--json", "imports", "list")
    assert listed.returncode == 0, listed.stderr
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert import_id in [line["id"] for line in lines]
    table = cli(emulator, "imports", "list", "--limit", "1")
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.split()[:3] == ["ID", "STATUS", "PROGRESS"]
    assert len(rows) == 1


@pytest.mark.parametrize("version", available_versions())
def test_every_api_version_lists_the_imports(emulator: RunningEmulator, version: str) -> None:
    source = f"s3://bucket/{listed_source(version)}"
    started = cli(emulator, "--json", "--api-version", version, "imports", "start", source)
    assert started.returncode == 0, started.stderr
    import_id = json.loads(started.stdout)["id"]
    listed = cli(emulator, "--api-version", version, "imports", "list")
    assert listed.returncode == 0, listed.stderr
    assert import_id in [row.split()[0] for row in listed.stdout.splitlines()[1:]]


def test_a_timed_out_wait_then_cancel(emulator: RunningEmulator) -> None:
    started = cli(emulator, "--json", "imports", "start", "s3://bucket/large")
    assert started.returncode == 0, started.stderr
    import_id = json.loads(started.stdout)["id"]

    waited = cli(emulator, "imports", "wait", import_id, "--timeout", "0.5")
    assert waited.returncode == 4, waited.stderr
    assert "keeps running" in waited.stderr

    cancelled = cli(emulator, "imports", "cancel", import_id)
    assert cancelled.returncode == 0, cancelled.stderr
    # A cancelled import ends Cancelled: waiting for it exits 3, with what it kept.
    ended = cli(emulator, "--json", "imports", "wait", import_id)
    assert ended.returncode == 3, ended.stderr
    model = json.loads(ended.stdout)
    assert model["status"] == "Cancelled"
    assert 0 <= model["recordsImported"] < sum(LARGE.values())
    assert f"import {import_id} ended Cancelled" in ended.stderr


def test_an_aborted_import_exits_3_with_the_servers_reason(emulator: RunningEmulator) -> None:
    done = cli(emulator, "imports", "start", "s3://bucket/bad", "--error-mode", "abort", "--wait")
    assert done.returncode == 3, done.stderr
    reason = done.stderr.strip().splitlines()[-1]
    assert "ended Failed" in reason
    assert "part-0000.parquet" in reason


def test_a_wrong_key_exits_1_without_printing_either_key(emulator: RunningEmulator) -> None:
    done = cli(emulator, "--debug", "imports", "list", key=WRONG_KEY)
    assert done.returncode == 1
    assert "401 Unauthorized: invalid API key" in done.stderr
    assert done.stdout == ""
