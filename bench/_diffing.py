"""Comparing two API versions: ``pinecone-dataplane diff`` from a fresh process, and where its time goes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from ._decoding import time_per_call
from ._report import Section, Table, fresh_process_env, median, number, ratio

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PAIRS = (("2025-10", "2026-04"), ("2026-04", "2026-07"))
# oasdiff is a Go program, on none of the registries this project installs from (PyPI, npm, Debian). Without
# it on PATH, the target is taken against the time it was measured at elsewhere for 2025-10 → 2026-04.
OASDIFF_REFERENCE = 0.13
BASELINE = "python, nothing imported"
# Without libyaml's parser: what the command cost before it used yaml.CSafeLoader.
_PURE_PYTHON_YAML = (
    "import sys, yaml\ndel yaml.CSafeLoader\nfrom pinecone_dataplane._diff import main\nmain(sys.argv[1:])"
)


def _commands(old: str, new: str) -> dict[str, list[str] | None]:
    oasdiff = shutil.which("oasdiff")
    documents = [str(SPECS / f"db_data_{version}.oas.yaml") for version in (old, new)]
    return {
        BASELINE: [sys.executable, "-c", "pass"],
        f"ours: `pinecone-dataplane diff {old} {new}`": [sys.executable, "-m", "pinecone_dataplane._diff", old, new],
        "ours with PyYAML's pure-Python parser": [sys.executable, "-c", _PURE_PYTHON_YAML, old, new],
        "oasdiff `changelog`": None if oasdiff is None else [oasdiff, "changelog", *documents],
    }


def _time_process(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env=fresh_process_env())
    return time.perf_counter() - started


def _stages(old: str, new: str, budget: float | None) -> Table:
    """The command's work in this process: each document read, then the comparison."""
    import yaml

    from pinecone_dataplane._diff import _compare, _spec

    paths = [_compare.resolve_spec(version) for version in (old, new)]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    documents = [_compare.load_document(path) for path in paths]
    steps = {
        "read both documents (`load_document`, libyaml)": lambda: [_compare.load_document(path) for path in paths],
        "… pure-Python `yaml.safe_load` instead": lambda: [yaml.safe_load(text) for text in texts],
        "compare them (`spec_changes`)": lambda: _spec.spec_changes(*documents),
    }
    table = Table(["step", "ms"])
    for name, call in steps.items():
        table.add(name, number(time_per_call(call, budget) * 1e3))
    return table


def run(size: str) -> Section:
    runs = 1 if size == "tiny" else 15
    budget = None if size == "tiny" else 1.0
    section = Section(
        "9. Comparing API versions",
        f"`pinecone-dataplane diff OLD NEW` on our specs, from a fresh interpreter to its report (median of {runs} "
        "runs), beside an interpreter that does nothing. oasdiff is measured when it is on PATH; it is not "
        f"installable here (not on PyPI, npm or Debian), so the target is then taken against {OASDIFF_REFERENCE} s, "
        "its time for 2025-10 → 2026-04 measured on another machine, not in this run.",
    )
    for old, new in PAIRS:
        commands = _commands(old, new)
        timings = {
            name: median([_time_process(command) for _ in range(runs)]) if command else None
            for name, command in commands.items()
        }
        table = Table(["command", "s", f"× {BASELINE}"])
        for name, command in commands.items():
            shown = number(timings[name], 3) if command else "not installed"
            table.add(name, shown, ratio(timings[name], timings[BASELINE]))
        section.tables.append((f"{old} → {new}:", table))
        if (old, new) == PAIRS[0]:
            ours = timings[f"ours: `pinecone-dataplane diff {old} {new}`"]
            oasdiff = timings["oasdiff `changelog`"]
            against = "oasdiff in this run" if oasdiff is not None else f"oasdiff's {OASDIFF_REFERENCE} s elsewhere"
            section.target(f"diff {old} {new}: ours ≤ 2× {against}", ours, oasdiff or OASDIFF_REFERENCE, 2.0)
        section.tables.append((f"Where it goes ({old} → {new}, in one process):", _stages(old, new, budget)))
    return section
