"""Comparing two API versions: ``pinecone-dataplane diff`` from a fresh process, and where its time goes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ._report import SPREAD, Sample, Section, Table, compare, fresh_process_env, ratio

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


def _process(command: list[str]) -> Callable[[], object]:
    def spawn() -> object:
        return subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env=fresh_process_env())

    return spawn


# The command's work, step by step, in a fresh process: each step as `pinecone-dataplane diff` runs it.
_STEPS_SCRIPT = """
import json, sys, time
clock = time.perf_counter
marks = [("start", clock())]
import yaml, griffe
from pinecone_dataplane._diff import _compare, _python, _report, _spec
marks.append(("imports", clock()))
old, new = sys.argv[1], sys.argv[2]
documents = [_compare.load_document(_compare.resolve_spec(version)) for version in (old, new)]
marks.append(("read", clock()))
changes = _spec.spec_changes(*documents)
marks.append(("spec", clock()))
surfaces = [_python._Surface(_compare._generated_package(version)) for version in (old, new)]
marks.append(("griffe both", clock()))
changes += list(_python._changes(surfaces[0].entries, surfaces[1].entries))
marks.append(("python", clock()))
_report.Report(old, new, _report.merge(changes)).to_markdown()
marks.append(("report", clock()))
print(json.dumps({name: marks[n][1] - marks[n - 1][1] for n, (name, _) in enumerate(marks) if n}))
"""
STEPS = {
    "imports": "import PyYAML, griffe and the diff modules",
    "read": "read both documents (`load_document`, libyaml)",
    "spec": "compare the documents (`spec_changes`)",
    "griffe both": "griffe reads both generated packages (`_python._Surface`, in `compare_packages`)",
    "python": "compare the packages' surfaces (`_python._changes`)",
    "report": "merge and write the report (`Report.to_markdown`)",
}


def _stages(old: str, new: str, runs: int) -> Table:
    """Each step of the command in fresh processes, against the whole command's wall time in the same runs."""
    steps: dict[str, list[float]] = {name: [] for name in [*STEPS, "rest"]}
    whole: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _STEPS_SCRIPT, old, new],
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=fresh_process_env(),
        )
        wall = time.perf_counter() - started
        timed = json.loads(done.stdout)
        for name in STEPS:
            steps[name].append(timed[name])
        steps["rest"].append(wall - sum(timed.values()))
        whole.append(wall)
    total = Sample(whole).median
    table = Table(["step", f"ms: {SPREAD}", "share of the whole"])
    names = {**STEPS, "rest": "interpreter start-up and exit (the rest of the process's wall time)"}
    for name, figures in steps.items():
        sample = Sample(figures)
        table.add(names[name], sample.cell(1e3), f"{100 * sample.median / total:.0f} %")
    table.add("**the whole process**", Sample(whole).cell(1e3), "100 %")
    return table


def run(size: str) -> Section:
    runs = 1 if size == "tiny" else 15
    section = Section(
        "9. Comparing API versions",
        f"`pinecone-dataplane diff OLD NEW` on our specs, from a fresh interpreter to its report ({runs} runs per "
        "command, interleaved, the order rotating), beside an interpreter that does nothing. oasdiff is measured "
        "when it is on PATH; it is not installable here (not on PyPI, npm or Debian), so the target is then taken "
        f"against {OASDIFF_REFERENCE} s, its time for 2025-10 → 2026-04 measured on another machine, not in this "
        'run. "Where it goes" times each step of the same command in fresh processes (the steps `compare` '
        "takes, in its order) and sets them against the process's whole wall time; what no step accounts for is "
        "the interpreter's start-up and exit.",
    )
    for old, new in PAIRS[:1] if size == "tiny" else PAIRS:  # a tiny run only checks that the measure works
        commands = {name: command for name, command in _commands(old, new).items() if command is not None}
        samples = compare({name: _process(command) for name, command in commands.items()}, rounds=runs, warmup=0)
        timings = {name: sample.median for name, sample in samples.items()}
        table = Table(["command", f"s: {SPREAD}", f"× {BASELINE}"])
        for name in _commands(old, new):
            shown = samples[name].cell(1, 3) if name in samples else "not installed"
            table.add(name, shown, ratio(timings.get(name), timings[BASELINE]))
        section.tables.append((f"{old} → {new}:", table))
        if (old, new) == PAIRS[0]:
            ours = timings[f"ours: `pinecone-dataplane diff {old} {new}`"]
            oasdiff = timings.get("oasdiff `changelog`")
            against = "oasdiff in this run" if oasdiff is not None else f"oasdiff's {OASDIFF_REFERENCE} s elsewhere"
            section.target(f"diff {old} {new}: ours ≤ 2× {against}", ours, oasdiff or OASDIFF_REFERENCE, 2.0)
        section.tables.append((f"Where it goes ({old} → {new}, fresh processes):", _stages(old, new, runs)))
    return section
