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
        timeout=120,
    )
    document = output.read_text()
    for heading in ("## Targets", "## 1. Cold start", "## 2. Per-call latency", "## 3. Long listing"):
        assert heading in document
    for heading in ("## 4. Decoding", "## 5. wait()", "## 6. validate_source on a large source", "## How to rerun"):
        assert heading in document
    assert "| ours, as generated endpoints call it |" in document
