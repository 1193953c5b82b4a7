"""``pinecone-dataplane vectors upsert FILE|URI`` against the emulator on loopback: Parquet in the import layout,
a lone Parquet file, JSON lines; the summary, the progress lines, a batch the server refuses, and usage errors
without tracebacks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pinecone_dataplane import v2026_07
from pinecone_dataplane.cli import main
from pinecone_dataplane.emulator import RunningEmulator, running_emulator, write_dataset

KEY = "cli-upsert-secret-key-5b21"


@pytest.fixture
def emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningEmulator]:
    with running_emulator(api_key=KEY) as running:
        monkeypatch.setenv("PINECONE_API_KEY", KEY)
        monkeypatch.setenv("PINECONE_INDEX_HOST", running.url)
        yield running


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert KEY not in out + err
    assert "Traceback" not in err
    return code, out, err


def index_vectors(emulator: RunningEmulator, namespace: str | None, ids: list[str]) -> dict[str, Any]:
    with v2026_07.Client(emulator.url, KEY) as client:
        found: dict[str, Any] = {}
        for start in range(0, len(ids), 100):
            answer = client.vectors.fetch(ids=ids[start : start + 100], namespace=namespace)
            found.update({id_: v.to_dict() for id_, v in answer.vectors.additional_properties.items()})
    return found


def parquet_rows(path: Path) -> dict[str, dict[str, Any]]:
    return {
        row["id"]: {"id": row["id"], "values": row["values"], "metadata": json.loads(row["metadata"])}
        for row in pq.read_table(path).to_pylist()
    }


def test_the_import_layout_goes_to_its_namespaces_with_exact_values(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = write_dataset(tmp_path / "source", {"articles": 250, "__default__": 40}, files_per_namespace=2)
    code, out, err = cli(capsys, "vectors", "upsert", str(root), "--batch-size", "50", "--concurrency", "3")
    assert (code, err) == (0, "")
    # Two files of 125 vectors each: 50, 50 and 25 a request; two of 20.
    assert out.splitlines() == [
        "40 vectors written to the default namespace in 2 requests",
        "250 vectors written to namespace articles in 6 requests",
    ]
    assert "\r" not in out  # not a terminal: no bar redrawn in place
    for namespace, directory in (("articles", "articles"), (None, "__default__")):
        expected: dict[str, Any] = {}
        for part in sorted((root / directory).glob("*.parquet")):
            expected.update(parquet_rows(part))
        found = index_vectors(emulator, namespace, list(expected))
        assert {id_: {k: v[k] for k in ("id", "values", "metadata")} for id_, v in found.items()} == expected


def test_a_lone_parquet_file_and_json_lines_go_to_namespace(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = write_dataset(tmp_path / "source", {"one": 30})
    lines = tmp_path / "vectors.jsonl"
    vectors = [{"id": f"j-{n}", "values": [n / 8] * 8, "metadata": {"n": n}} for n in range(23)]
    lines.write_text("\n".join(json.dumps(v) for v in vectors) + "\n\n")
    code, out, _ = cli(capsys, "vectors", "upsert", str(root / "one" / "part-0000.parquet"), "--namespace", "lone")
    assert code == 0
    assert out == "30 vectors written to namespace lone in 1 request\n"
    code, out, _ = cli(
        capsys, "--json", "vectors", "upsert", lines.as_uri(), "--namespace", "lines", "--batch-size", "5"
    )
    assert code == 0
    assert json.loads(out) == {"written": 23, "batches": 5, "failed": []}
    found = index_vectors(emulator, "lines", [v["id"] for v in vectors])
    assert {id_: {k: v[k] for k in ("id", "values", "metadata")} for id_, v in found.items()} == {
        v["id"]: v for v in vectors
    }


def test_a_batch_the_server_refuses_is_listed_with_its_ids_and_the_command_exits_5(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # write_dataset puts a vector of the wrong dimension in row 0: the first batch of 10 is refused.
    root = write_dataset(tmp_path / "source", {"docs": 35}, bad_records=1)
    code, out, err = cli(capsys, "vectors", "upsert", str(root), "--batch-size", "10")
    assert code == 5
    assert "25 vectors written to namespace docs in 4 requests; 10 not written, in 1 batch:" in out
    assert "10 vectors, docs-00000000 to docs-00000009: 400" in out
    assert "dimension" in out
    assert "10 vectors were not written" in err
    code, out, _ = cli(capsys, "--json", "vectors", "upsert", str(root), "--batch-size", "10")
    [failed] = json.loads(out)["failed"]
    assert failed["ids"] == [f"docs-{n:08d}" for n in range(10)]
    assert failed["namespace"] == "docs"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--namespace", "x"], "--namespace is for a lone file"),
        (["--batch-size", "1001"], "--batch-size must be between 1 and 1000"),
        (["--concurrency", "0"], "--concurrency: expected a whole number of 1 or more"),
    ],
)
def test_usage_errors_name_the_option_and_exit_2(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    root = write_dataset(tmp_path / "source", {"docs": 5})
    got, _, err = cli(capsys, "vectors", "upsert", str(root), *argv)
    assert got == 2
    assert message in err
    assert emulator.requests["POST /vectors/upsert"] == 0


def test_a_missing_or_unreadable_source_is_one_line_of_error(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = cli(capsys, "vectors", "upsert", str(tmp_path / "nothing-here"))
    assert code == 1
    assert err.startswith("pinecone-dataplane: error: ")
    assert len(err.splitlines()) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "values": [0,0,0,0,0,0,0,0]}\nnot json\n')
    code, _, err = cli(capsys, "vectors", "upsert", str(bad))
    assert code == 1
    assert "line 2 is not JSON" in err
