"""``make mutate``: mutation testing (cosmic-ray) of the modules that carry the SDK's promises.

    python -m tests.mutation [--module NAME ...] [--resume | --again | --lines N ...]

For each module below, cosmic-ray makes every mutant of it (a comparison turned round, a condition negated,
a constant changed, a decorator dropped...) and runs the few fast test files that exercise the module
against each one. A mutant the tests do not fail "survived": either a test is missing, or the mutant is
equivalent (no caller can tell it from the original), and then docs/mutation.md says why. The run prints
a score per module and every survivor, and exits 1 when a survivor is not explained there.

It works on a copy of the files git tracks or would track (under .venv/mutation/), never on the checkout:
cosmic-ray writes each mutant into the file itself and restores it afterwards, and a run cut short must
leave no mutant behind. The copy's ``overlay/`` and ``generated/`` go first on PYTHONPATH, so the package (whose
``__path__`` spans both directories) and every subprocess a test starts import the mutated copy.

Left out before any test runs, so that the run stays within reason on a small machine:

- mutants inside annotations and ``if TYPE_CHECKING:`` blocks: with postponed annotations they are never
  evaluated, so every one of them is equivalent;
- of the replacements of an arithmetic operator, those to ``%``, ``//``, ``**``, shifts and bit operators:
  the replacements by ``+``, ``-``, ``*`` and ``/`` already test that the operator matters;
- in ``_lib/imports.py``, the functions that are not lost-start recovery or waiting (validate, verify and
  their reports, which tests/test_sources.py and tests/test_import_safety.py cover).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".venv" / "mutation"
EXPLAINED = ROOT / "docs" / "mutation.md"
PACKAGE = "overlay"
# Seconds one mutant's test run may take before it counts as killed (a mutant that loops forever): this many
# times the run without a mutant, and never less than the floor (the last run's survivors, run again, and a run
# resumed take the ceiling).
TIMEOUT_PER_BASELINE = 10
TIMEOUT_FLOOR = 30.0
TIMEOUT = 120.0
KEPT_ARITHMETIC = {"Add", "Sub", "Mul", "Div"}
ENVIRONMENT = dict(os.environ)


@dataclass(frozen=True)
class Module:
    path: str  # under PACKAGE
    tests: tuple[str, ...]
    # Functions (by name) whose mutants are not run: they carry none of the promises measured here.
    left_out: frozenset[str] = field(default_factory=frozenset)


MODULES = {
    "imports": Module(
        "pinecone_dataplane/_lib/imports.py",
        ("tests/test_imports.py", "tests/test_lost_start.py"),
        frozenset(
            {"validate", "verify", "verification", "index_counts", "existing", "to_json", "ok", "_source_of", "_show"}
            | {"_vectors_of", "list", "describe", "_start", "_models", "Verification"}
        ),
    ),
    "policy": Module("apiwire/_http/policy.py", ("tests/test_transport.py",)),
    "waiting": Module(
        "apiwire/waiting.py",
        (
            "tests/test_imports.py",
            "tests/test_indexing_phase.py::test_wait_keeps_its_schedule_through_ten_minutes_of_indexing",
            "tests/test_core_with_exa_profile.py::test_waiting_on_an_import_reads_its_statuses_until_completed",
            "tests/test_core_with_exa_profile.py::test_a_failed_import_raises_with_the_profiles_failure_fields",
            "tests/test_core_with_exa_profile.py::test_a_wait_past_its_timeout_names_the_last_status",
            "tests/test_core_with_exa_profile.py::test_waiting_names_the_operation_and_takes_every_option_by_keyword_only",
            "tests/test_exa_websets_workflow.py",
        ),
    ),
    "pagination": Module("apiwire/pagination.py", ("tests/test_pagination.py", "tests/test_core_with_exa_profile.py")),
    "redaction": Module(
        "apiwire/_core/_redaction.py",
        (
            "tests/test_secrets.py::test_redaction_replaces_a_long_key_everywhere_and_a_short_one_as_a_word",
            "tests/test_secrets.py::test_a_server_echoing_the_key_in_an_error_does_not_put_it_in_the_exception",
            "tests/test_hostile_server.py::test_the_key_echoed_by_the_server_is_replaced_in_the_error",
            "tests/test_hostile_server.py::test_the_key_in_a_successful_answer_is_replaced_before_anything_reads_it",
            "tests/test_secrets.py::test_a_key_glued_to_a_word_is_replaced_from_eight_characters_in_headers_and_answers",
            "tests/test_secrets.py::test_a_key_hidden_in_json_escapes_is_replaced_and_the_body_written_out_readable",
            "tests/test_secrets.py::test_a_body_with_escapes_that_does_not_parse_is_shown_as_it_came",
            "tests/test_secrets.py::test_log_records_are_left_whole_while_no_client_lives",
            "tests/test_secrets.py::test_a_key_that_begins_with_a_digit_is_replaced_in_the_http_debug_log",
        ),
    ),
    "constraints": Module("apiwire/_core/_constraints.py", ("tests/test_constraints.py",)),
}


def _spans_left_out(source: str, module: Module) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, end) as (line, column) of every annotation, ``if TYPE_CHECKING:`` block, and definition (class or
    function, its decorators included) that ``module`` leaves out."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        nodes: list[ast.AST | None] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name in module.left_out:
            first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
            spans.append(((first, 0), (node.end_lineno or 0, node.end_col_offset or 0)))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
            nodes = [node.returns, *(argument.annotation for argument in every if argument is not None)]
        elif isinstance(node, ast.AnnAssign):
            nodes = [node.annotation]
        elif isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            nodes = [node]
        for part in nodes:
            if part is not None:
                spans.append(((part.lineno, part.col_offset), (part.end_lineno or 0, part.end_col_offset or 0)))
    return spans


def _left_out(mutation: object, spans: list[tuple[tuple[int, int], tuple[int, int]]], module: Module) -> bool:
    start = tuple(getattr(mutation, "start_pos"))  # noqa: B009  # cosmic-ray's MutationSpec
    operator = str(getattr(mutation, "operator_name")).rpartition("/")[2]  # noqa: B009
    if any(low <= start < high for low, high in spans):
        return True
    if operator.startswith("ReplaceBinaryOperator_") and operator.split("_")[2] not in KEPT_ARITHMETIC:
        return True
    return getattr(mutation, "definition_name", None) in module.left_out


def _copy_tree(tree: Path) -> None:
    """The tracked files (links as links), compiled, without the bytecode of the module under mutation (see
    ``run``)."""
    shutil.rmtree(tree, ignore_errors=True)
    listing = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    tracked = subprocess.run(listing, cwd=ROOT, capture_output=True, check=True).stdout
    for name in tracked.decode().split("\0"):
        source, target = ROOT / name, tree / name
        if name and (source.is_symlink() or source.is_file()):
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():  # a version package linked into its overlay (relative: it points into the copy)
                target.symlink_to(os.readlink(source))
            else:
                shutil.copy2(source, target)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "overlay", "generated", "tests"], cwd=tree, check=True)


def _environment(tree: Path) -> dict[str, str]:
    paths = [str(tree / "overlay"), str(tree / "generated")]
    return {
        **ENVIRONMENT,
        "PYTHONPATH": os.pathsep.join([*paths, ENVIRONMENT.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        # A mutant may keep the source's size and modification second: its bytecode must never be cached.
        "PYTHONDONTWRITEBYTECODE": "1",
        # Most of a short test run's time would be loading the plugins of every installed tool (schemathesis,
        # hypothesis, moto...); the test files measured here need none of them.
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }


@dataclass(frozen=True)
class Survivor:
    line: int
    operator: str
    original: str
    mutated: str


def _explained() -> dict[tuple[str, str, str], str]:
    """(module, original line, mutated line) -> why it is equivalent, from docs/mutation.md's table."""
    found = {}
    row = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*`(.*?)`\s*\|\s*`(.*?)`\s*\|\s*(.+?)\s*\|\s*$")
    for line in EXPLAINED.read_text(encoding="utf-8").splitlines() if EXPLAINED.exists() else ():
        if match := row.match(line):
            module, original, mutated, why = match.groups()
            found[module, original.replace("\\|", "|"), mutated.replace("\\|", "|")] = why
    return found


def _changed_lines(diff: str) -> tuple[str, str]:
    removed = [line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return " ".join(removed), " ".join(added)


def run(
    name: str, module: Module, *, resume: bool = False, lines: frozenset[int] = frozenset()
) -> tuple[int, int, list[Survivor]]:
    """(killed, run, survivors) of one module's mutants; ``resume`` goes on with the last session's; ``lines``
    (when given) runs only the mutants that begin on them."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    tree = WORK / name / "tree"
    config = WORK / name / "config.toml"
    session = WORK / name / "session.sqlite"
    cosmic_ray = [str(Path(sys.executable).with_name("cosmic-ray"))]
    environment = _environment(tree)
    if resume and session.exists():
        # A run cut short may have left its last mutant in the copy; the rest runs with the tests as they are.
        shutil.copy2(ROOT / PACKAGE / module.path, tree / PACKAGE / module.path)
        _copy_tests(tree, module)
        config.write_text(_config(module))
        subprocess.run([*cosmic_ray, "exec", str(config), str(session)], cwd=tree, env=environment, check=True)
        return _results(session, module)
    _copy_tree(tree)
    target = tree / PACKAGE / module.path
    for cached in (target.parent / "__pycache__").glob(f"{target.stem}.*.pyc"):
        cached.unlink()
    config.write_text(_config(module))
    session.unlink(missing_ok=True)
    subprocess.run([*cosmic_ray, "init", str(config), str(session)], cwd=tree, env=environment, check=True)
    spans = _spans_left_out(target.read_text(encoding="utf-8"), module)
    with use_db(str(session), WorkDB.Mode.open) as db:
        skipped = [
            item.job_id
            for item in db.work_items
            if _left_out(item.mutations[0], spans, module) or (lines and item.mutations[0].start_pos[0] not in lines)
        ]
        for job_id in skipped:
            db.set_result(job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED))
    started = time.monotonic()
    baseline = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *module.tests],
        cwd=tree,
        env=environment,
        check=False,
    )
    if baseline.returncode != 0:
        raise SystemExit(f"{name}: the tests fail without any mutant; fix them first")
    # A mutant that makes a wait or a listing loop is killed by the timeout: a fixed two minutes each was most of
    # some modules' runs.
    timeout = min(max(TIMEOUT_PER_BASELINE * (time.monotonic() - started), TIMEOUT_FLOOR), TIMEOUT)
    config.write_text(_config(module, timeout))
    subprocess.run([*cosmic_ray, "exec", str(config), str(session)], cwd=tree, env=environment, check=True)
    return _results(session, module)


def again(name: str, module: Module) -> tuple[int, int, list[Survivor]]:
    """Run the last session's survivors once more against the tests as they are now (after a test was added)."""
    from cosmic_ray.mutating import mutate_and_test
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome

    tree = WORK / name / "tree"
    session = WORK / name / "session.sqlite"
    _copy_tests(tree, module)
    os.environ.update(_environment(tree))
    os.chdir(tree)
    with use_db(str(session), WorkDB.Mode.open) as db:
        survived = [item for item, result in db.completed_work_items if result.test_outcome == TestOutcome.SURVIVED]
        for item in survived:
            db.set_result(item.job_id, mutate_and_test(item.mutations, _test_command(module), TIMEOUT))
    return _results(session, module)


def _config(module: Module, timeout: float = TIMEOUT) -> str:
    return (
        "[cosmic-ray]\n"
        f'module-path = "{PACKAGE}/{module.path}"\n'
        f"timeout = {timeout:.1f}\n"
        "excluded-modules = []\n"
        f'test-command = "{_test_command(module)}"\n'
        '[cosmic-ray.distributor]\nname = "local"\n'
    )


def _copy_tests(tree: Path, module: Module) -> None:
    for test in {test.partition("::")[0] for test in module.tests} | {"tests/conftest.py"}:
        shutil.copy2(ROOT / test, tree / test)


def _test_command(module: Module) -> str:
    return f"{sys.executable} -m pytest -x -q -p no:cacheprovider {' '.join(module.tests)}"


def _results(session: Path, module: Module) -> tuple[int, int, list[Survivor]]:
    """The session's outcomes, leaving out the mutants ``module`` leaves out now (a session begun before a
    definition was left out still holds their results)."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    spans = _spans_left_out((ROOT / PACKAGE / module.path).read_text(encoding="utf-8"), module)
    killed = ran = 0
    survivors = []
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item, result in db.completed_work_items:
            if result.worker_outcome == WorkerOutcome.SKIPPED or _left_out(item.mutations[0], spans, module):
                continue
            ran += 1
            if result.test_outcome == TestOutcome.SURVIVED:
                mutation = item.mutations[0]
                original, mutated = _changed_lines(result.diff or "")
                operator = mutation.operator_name.rpartition("/")[2]
                survivors.append(Survivor(mutation.start_pos[0], operator, original, mutated))
            else:
                killed += 1
    return killed, ran, sorted(survivors, key=lambda survivor: survivor.line)


def _report(name: str, module: Module, killed: int, ran: int, survivors: list[Survivor]) -> Iterator[str]:
    explained = _explained()
    unexplained = [s for s in survivors if (name, s.original, s.mutated) not in explained]
    yield (
        f"{PACKAGE}/{module.path}: {killed} of {ran} mutants killed ({100 * killed / max(ran, 1):.1f} %), "
        f"{len(survivors) - len(unexplained)} equivalent (docs/mutation.md), {len(unexplained)} unexplained"
    )
    for survivor in unexplained:
        yield f"  survived, line {survivor.line} ({survivor.operator}):"
        yield f"    - {survivor.original}"
        yield f"    + {survivor.mutated}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", nargs="+", choices=sorted(MODULES), default=list(MODULES))
    parser.add_argument("--resume", action="store_true", help="go on with the mutants the last run left")
    parser.add_argument("--again", action="store_true", help="test the last run's survivors once more")
    parser.add_argument(
        "--lines", nargs="+", type=int, default=[], metavar="N", help="only the mutants on these lines (one module)"
    )
    arguments = parser.parse_args()
    if arguments.lines and len(arguments.module) != 1:
        parser.error("--lines needs one --module")
    failed = False
    lines = []
    for name in arguments.module:
        module = MODULES[name]
        if arguments.again:
            killed, ran, survivors = again(name, module)
        else:
            killed, ran, survivors = run(name, module, resume=arguments.resume, lines=frozenset(arguments.lines))
        report = list(_report(name, module, killed, ran, survivors))
        if arguments.lines:
            report[0] += f" (lines {', '.join(map(str, sorted(arguments.lines)))} only, not the whole module)"
        print("\n".join(report), flush=True)
        lines += report
        failed = failed or "0 unexplained" not in report[0]
    print("\nmutation scores:\n" + "\n".join(line for line in lines if not line.startswith(" ")))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
