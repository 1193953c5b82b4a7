"""The benchmark scripts run, on a token size: no figure is checked (timings belong in docs/benchmarks.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_measure_runs_on_a_tiny_size_and_writes_its_tables(tmp_path: Path) -> None:
    output = tmp_path / "benchmarks.md"
    subprocess.run(
        [sys.executable, "-m", "bench", "--size", "tiny", "--output", str(output)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,  # a guard against a hung measure: the tiny run takes about a minute on an idle 2-core machine
    )
    document = output.read_text()
    for heading in ("## Targets", "## 1. Cold start", "## 2. Per-call latency", "## 3. Long listing"):
        assert heading in document
    for heading in ("## 4. Decoding", "## 5. wait()", "## 6. validate_source on a large source", "## How to rerun"):
        assert heading in document
    for heading in ("## 7. Emulator data plane", "## 8. Vector hot paths", "## 10. A cheap request during heavy ones"):
        assert heading in document
    assert "## 11. validate_source on a multi-GB source, local and on a Dask cluster" in document
    assert "## 12. upsert_many throughput" in document
    assert "| ours, as generated endpoints call it |" in document


def test_the_vector_hot_paths_are_not_grossly_slower_than_the_official_sdk() -> None:
    # A guard, not the targets (those are in make bench): a change that made a heavy vector call twice as slow
    # as the official SDK's, measured here side by side, fails the suite.
    import pytest

    pytest.importorskip("pinecone", reason="the official SDK (the bench extra) is the baseline")
    from bench._canned import canned_server
    from bench._report import compare
    from bench._vectors import contenders

    with canned_server(1536) as url:
        table, closers = contenders(url)
        try:
            heavy = [name for name in table if name.startswith(("query top_k 100 ", "fetch 100 ", "upsert 100 "))]
            assert len(heavy) == 3
            for operation in heavy:
                timings = compare(table[operation], rounds=5)
                ours, official = min(timings["ours"].values), min(timings["official"].values)
                assert ours <= 2 * official, f"{operation}: {ours * 1000:.1f} ms against {official * 1000:.1f} ms"
        finally:
            for close in closers:
                close()
