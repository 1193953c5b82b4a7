"""A bench server run in a process of its own, so that it never competes for the measured interpreter's lock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def server_process(module: str, *args: str, lines: int = 1) -> Iterator[list[str]]:
    """Run ``python -m module args`` and yield the first ``lines`` lines it prints, its URL first.

    The server stops when its standard input closes, on leaving the block.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        printed = [process.stdout.readline().strip() for _ in range(lines)]
        if not printed[0].startswith("http://127.0.0.1:"):
            raise RuntimeError(f"{module} did not start (exit status {process.poll()})")
        yield printed
    finally:
        process.stdin.close()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
