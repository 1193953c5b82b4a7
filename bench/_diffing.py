"""Comparing two API versions: ``pinecone-dataplane diff`` from a fresh process beside oasdiff, and where its time goes.

oasdiff (a Go program, on none of the registries this project installs from) is found by ``--oasdiff PATH``
(``python -m bench --oasdiff PATH``), else the ``OASDIFF`` environment variable, else ``oasdiff`` on PATH.
Without it its row says so and the targets are taken against the time it was measured at elsewhere.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ._report import SPREAD, Sample, Section, Table, compare, fresh_process_env, ratio

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PAIRS = (("2025-10", "2026-04"), ("2026-04", "2026-07"))
# oasdiff 1.10.28's time for 2025-10 → 2026-04 measured on another machine: the target's baseline without it.
OASDIFF_REFERENCE = 0.13
OASDIFF_VARIABLE = "OASDIFF"
BASELINE = "python, nothing imported"
OASDIFF = "oasdiff 1.10.28 `changelog OLD.yaml NEW.yaml`"


def oasdiff_path() -> tuple[str | None, str]:
    """Where oasdiff is (the ``OASDIFF`` variable, set by ``--oasdiff``, else PATH), or None and why not."""
    given = os.environ.get(OASDIFF_VARIABLE)
    if given:
        if os.path.isfile(given) and os.access(given, os.X_OK):
            return given, "oasdiff: the binary `--oasdiff` (or OASDIFF) names."
        return None, f"{OASDIFF_VARIABLE}={given} is not an executable file, so oasdiff's rows are left out"
    found = shutil.which("oasdiff")
    if found:
        return found, "oasdiff: the one on PATH."
    return None, "oasdiff was not given (`--oasdiff PATH`, the OASDIFF variable, or on PATH), so its rows are left out"


def _by_version(old: str, new: str) -> str:
    return f"ours by version: `pinecone-dataplane diff {old} {new}`"


def _by_file(cached: bool) -> str:
    return "ours, the same two documents as files" + ("" if cached else ", `--no-cache`")


def _commands(old: str, new: str) -> dict[str, list[str] | None]:
    oasdiff, _ = oasdiff_path()
    documents = [str(SPECS / f"db_data_{version}.oas.yaml") for version in (old, new)]
    ours = [sys.executable, "-m", "pinecone_dataplane._diff"]
    return {
        BASELINE: [sys.executable, "-c", "pass"],
        _by_version(old, new): [*ours, old, new],
        f"{_by_version(old, new)} `--no-cache`": [*ours, old, new, "--no-cache"],
        _by_file(True): [*ours, *documents],
        _by_file(False): [*ours, *documents, "--no-cache"],
        OASDIFF: None if oasdiff is None else [oasdiff, "changelog", *documents],
    }


def _process(command: list[str], env: dict[str, str]) -> Callable[[], object]:
    def spawn() -> object:
        return subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)

    return spawn


# The command's work, step by step, in a fresh process: each step as `pinecone-dataplane diff` runs it.
_STEPS_SCRIPT = """
import json, sys, time
clock = time.perf_counter
marks = [("start", clock())]
from pinecone_dataplane._diff import _cache, _compare, _python, _report, _spec
marks.append(("imports", clock()))
old, new, cached = sys.argv[1], sys.argv[2], sys.argv[3] == "cached"
store = _cache.Cache(_cache.default_directory() if cached else None)
documents = [_compare.parse_document(*_compare.read_spec(v), label=v, cache=store) for v in (old, new)]
marks.append(("read", clock()))
changes = _spec.spec_changes(*documents)
marks.append(("spec", clock()))
surfaces = _python.surfaces(_compare._generated_package(old), _compare._generated_package(new), cache=store)
marks.append(("surfaces", clock()))
changes += list(_python._changes(*surfaces))
marks.append(("python", clock()))
_report.Report(old, new, _report.merge(changes)).to_markdown()
marks.append(("report", clock()))
print(json.dumps({name: marks[n][1] - marks[n - 1][1] for n, (name, _) in enumerate(marks) if n}))
"""
STEPS = {
    "imports": "import the diff modules (ryaml only when a document is parsed)",
    "read": "read both documents (`read_spec`, `parse_document`: ryaml, or the cache)",
    "spec": "compare the documents (`spec_changes`)",
    "surfaces": "both generated packages' Python surfaces (`_python.surfaces`: the ones they carry, checked "
    "against their files by digest)",
    "python": "compare the packages' surfaces (`_python._changes`)",
    "report": "merge and write the report (`Report.to_markdown`)",
}


def _stages(old: str, new: str, runs: int, env: dict[str, str]) -> Table:
    """Each step in fresh processes, without and with the cache, against the process's whole wall time."""
    columns: dict[str, dict[str, list[float]]] = {}
    wholes: dict[str, list[float]] = {}
    for round_ in range(runs):
        for mode in ("uncached", "cached") if round_ % 2 else ("cached", "uncached"):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _STEPS_SCRIPT, old, new, mode],
                check=True,
                cwd=ROOT,
                capture_output=True,
                text=True,
                env=env,
            )
            wall = time.perf_counter() - started
            timed = json.loads(done.stdout)
            steps = columns.setdefault(mode, {name: [] for name in [*STEPS, "rest"]})
            for name in STEPS:
                steps[name].append(timed[name])
            steps["rest"].append(wall - sum(timed.values()))
            wholes.setdefault(mode, []).append(wall)
    table = Table(["step", f"nothing cached, ms: {SPREAD}", "share", f"cached, ms: {SPREAD}", "share"])
    names = {**STEPS, "rest": "interpreter start-up and exit (the rest of the process's wall time)"}
    totals = {mode: Sample(figures).median for mode, figures in wholes.items()}
    for name, description in names.items():
        cells: list[str] = []
        for mode in ("uncached", "cached"):
            sample = Sample(columns[mode][name])
            cells += [sample.cell(1e3), f"{100 * sample.median / totals[mode]:.0f} %"]
        table.add(description, *cells)
    table.add(
        "**the whole process**",
        Sample(wholes["uncached"]).cell(1e3),
        "100 %",
        Sample(wholes["cached"]).cell(1e3),
        "100 %",
    )
    return table


def run(size: str) -> Section:
    runs = 1 if size == "tiny" else 15
    oasdiff, where_oasdiff = oasdiff_path()
    section = Section(
        "9. Comparing API versions",
        f"`pinecone-dataplane diff OLD NEW` on our specs, from a fresh interpreter to its report, beside oasdiff "
        f"1.10.28 on the same two documents and an interpreter that does nothing ({runs} runs per command, "
        "interleaved, the order rotating). By version, ours also compares the two generated Python packages; as "
        "files it compares the documents only, as oasdiff does. What reading the documents and packages gave is "
        "kept in the user's cache by content (a temporary one here, filled by a warm-up run), so the plain rows "
        "are a maintainer's second and later runs and the `--no-cache` rows the first one on a fresh machine; in "
        "both, the generated packages carry their Python surfaces (written by `make generate`), so neither parses "
        "their source. "
        + (
            where_oasdiff
            if oasdiff
            else f"{where_oasdiff} and the targets are taken against {OASDIFF_REFERENCE} s, its time for "
            "2025-10 → 2026-04 measured on another machine, not in this run."
        )
        + ' "Where it goes" times each step of the same command in fresh processes (the steps `compare` takes, '
        "in its order), without and with the cache, and sets them against the process's whole wall time; what no "
        "step accounts for is the interpreter's start-up and exit.",
    )
    with tempfile.TemporaryDirectory(prefix="bench-diff-cache-") as cache:
        env = {**fresh_process_env(), "XDG_CACHE_HOME": cache}
        for old, new in PAIRS[:1] if size == "tiny" else PAIRS:  # a tiny run only checks that the measure works
            commands = {name: command for name, command in _commands(old, new).items() if command is not None}
            contenders = {name: _process(command, env) for name, command in commands.items()}
            samples = compare(contenders, rounds=runs, warmup=1)
            timings = {name: sample.median for name, sample in samples.items()}
            against = timings.get(OASDIFF)
            table = Table(["command", f"s: {SPREAD}", f"× {BASELINE}", "× oasdiff"])
            for name in _commands(old, new):
                shown = samples[name].cell(1, 3) if name in samples else "not given: see above"
                table.add(name, shown, ratio(timings.get(name), timings[BASELINE]), ratio(timings.get(name), against))
            section.tables.append((f"{old} → {new}:", table))
            if (old, new) == PAIRS[0]:
                where = "oasdiff in this run" if against is not None else f"oasdiff's {OASDIFF_REFERENCE} s elsewhere"
                for name, form in (
                    (_by_version(old, new), "by version"),
                    (_by_file(True), "as files"),
                    (f"{_by_version(old, new)} `--no-cache`", "by version, nothing cached"),
                    (_by_file(False), "as files, nothing cached"),
                ):
                    section.target(
                        f"diff {old} {new} {form}: ours ≤ 2× {where}",
                        timings[name],
                        against or OASDIFF_REFERENCE,
                        2.0,
                    )
                section.tables.append(
                    (f"Where it goes ({old} → {new}, fresh processes):", _stages(old, new, runs, env))
                )
    return section


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._diffing", description=__doc__)
    parser.add_argument("--size", choices=("full", "tiny"), default="full")
    parser.add_argument("--oasdiff", metavar="PATH", help=f"the oasdiff binary (default: ${OASDIFF_VARIABLE}, or PATH)")
    args = parser.parse_args()
    if args.oasdiff:
        os.environ[OASDIFF_VARIABLE] = args.oasdiff
    print(run(args.size).markdown())


if __name__ == "__main__":
    main()
