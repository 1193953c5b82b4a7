"""README.md and the guides in docs/guides/, run: every Python block and every shell command, against the emulator.

README.md and the quick start run exactly as written, in order, in one user's shells: the emulator they start
serves the Python blocks that follow. The only change is the port: ``--port 5080`` becomes ``--port 0`` (a free
one) and the README's ``http://127.0.0.1:5080`` the address the emulator printed.

The other guides address a real index (``my-index-abc123.svc.pinecone.io``, ``s3://bucket/embeddings/``), so
they are adapted, and nothing else: the host (the example host and emulator address become the running
emulator's), the API key (``...`` becomes the emulator's), and URIs and paths (the example source becomes a
dataset of two-dimensional vectors written here, served by an emulator of that dimension, ``/tmp/buckets`` and
``~`` a temporary directory, ``old.yaml``/``new.yaml`` two of our specs).

Output is checked where a document states it: a ``console`` block's lines after a ``$`` command, and
``exit code N`` in a command's comment (0 otherwise). Not run, and checked instead: ``make`` lines name a target
of the Makefile (``make test`` cannot run inside itself), ``pip install`` lines name extras that pyproject.toml
defines (installing would change the environment under test), and activating ``.venv`` is what the tests'
own interpreter has done.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pinecone_dataplane.emulator import running_emulator, write_dataset

from .conftest import ROOT

README = ROOT / "README.md"
BIN = Path(sys.executable).parent
KEY = "readme-emulator-key-5b7e"
EXAMPLE_HOST = "my-index-abc123.svc.pinecone.io"
EXAMPLE_SOURCE = "s3://bucket/embeddings/"
EMULATOR_ADDRESS = "127.0.0.1:5080"
# The fake of Exa's imports, in the README's Exa Websets section.
EXA_FAKE_URL = "http://127.0.0.1:5090/websets"


@dataclass
class Block:
    language: str
    line: int  # where it starts in its document
    text: str
    document: str = "README.md"


def blocks(document: Path = README) -> list[Block]:
    found = []
    text = document.read_text(encoding="utf-8")
    for match in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.DOTALL | re.MULTILINE):
        found.append(Block(match[1], text[: match.start()].count("\n") + 1, match[2], document.name))
    return found


GUIDES = ROOT / "docs" / "guides"
# Run as written, each in a session of its own.
EXACT = [README, GUIDES / "quickstart.md"]
# In the order a reader meets them (the command line's walk-through numbers its imports from 1).
ADAPTED = [GUIDES / f"{name}.md" for name in ("client", "imports", "cli", "versions", "emulator", "benchmarks")]
ADAPTED.append(GUIDES / "development.md")
PYTHON_BLOCKS = [block for document in ADAPTED for block in blocks(document) if block.language == "python"]
SHELL_BLOCKS = [block for document in ADAPTED for block in blocks(document) if block.language in ("sh", "console")]

# Runs a block; a block that defines test functions (the README's "In tests") has them called.
_RUNNER = """
import pathlib, sys, tempfile
namespace = {"__name__": "readme"}
exec(compile(sys.stdin.read(), "README.md", "exec"), namespace)
for name, value in list(namespace.items()):
    if name.startswith("test_") and callable(value):
        value(pathlib.Path(tempfile.mkdtemp()))
"""


def test_the_documents_have_blocks_of_both_kinds() -> None:
    readme = blocks(README)
    assert len([block for block in readme if block.language == "python"]) >= 2
    assert len([block for block in readme if block.language == "sh"]) >= 4
    assert len(PYTHON_BLOCKS) >= 5
    assert len(SHELL_BLOCKS) >= 8


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"{block.document}-line-{block.line}" for block in PYTHON_BLOCKS])
def test_python_block_of_a_guide_runs_against_the_emulator(block: Block, tmp_path: Path) -> None:
    # The blocks upsert two-dimensional vectors; the example source has the same dimension.
    source = write_dataset(tmp_path / "bucket" / "embeddings", {"embeddings": 200}, dimension=2)
    with running_emulator(bucket_root=tmp_path, api_key=KEY, dimension=2) as emulator:
        code = block.text.replace(EXAMPLE_HOST, emulator.url).replace(EXAMPLE_SOURCE, source.as_uri())
        env = {**os.environ, "PINECONE_INDEX_HOST": emulator.url, "PINECONE_API_KEY": KEY}
        run = subprocess.run(
            [sys.executable, "-c", _RUNNER],
            input=code,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
    assert run.returncode == 0, f"{block.document} line {block.line}:\n{run.stderr}"


# ---------------------------------------------------------------- shell commands, in one session


@dataclass
class Session:
    """One user's shells: variables exported so far, and the emulator serving in another shell."""

    home: Path
    work: Path
    env: dict[str, str] = field(default_factory=dict)
    emulator: subprocess.Popen[str] | None = None
    emulator_url: str = ""
    exa_fake: subprocess.Popen[str] | None = None
    exa_fake_url: str = ""
    ran: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # each Python block's output

    def adapt(self, text: str) -> str:
        text = text.replace("/tmp/buckets", str(self.home / "tmp-buckets"))
        text = text.replace("--port 5080", "--port 0").replace("--port 5090", "--port 0")
        if self.exa_fake_url:
            text = text.replace(EXA_FAKE_URL, self.exa_fake_url)
        if self.emulator_url:
            text = text.replace(f"http://{EMULATOR_ADDRESS}", self.emulator_url)
        text = text.replace("PINECONE_API_KEY=...", f"PINECONE_API_KEY={KEY}")
        text = re.sub(r"\bold\.yaml\b", str(ROOT / "specs" / "db_data_2025-04.oas.yaml"), text)
        return re.sub(r"\bnew\.yaml\b", str(ROOT / "specs" / "db_data_2026-04.oas.yaml"), text)

    def command(self, line: str, expected: list[str] | None, where: str) -> None:
        words = shlex.split(self.adapt(line), comments=True)
        if not words:
            return
        self.ran.append(line)
        if words[0] == "make":
            assert _make_target(words[1]), f"{where}: no Makefile target {words[1]!r}"
        elif words[:2] == ["pip", "install"]:
            for extra in _extras(words):
                assert extra in _pyproject_extras(), f"{where}: pyproject.toml defines no extra {extra!r}"
        elif words[0] in (".", "source") and words[1:] == [".venv/bin/activate"]:
            # The tests run in that environment: its commands are on this session's PATH already.
            assert (BIN / "activate").is_file(), f"{where}: the tests do not run in a virtual environment"
        elif words[0] == "export":
            for assignment in words[1:]:
                name, _, value = assignment.partition("=")
                self.env[name] = value
        elif words[1:3] == ["-m", "exa_websets.emulator"]:
            self.serve_exa_fake(line, where)
        elif "emulator" in words[1:2] or words[1:3] == ["-m", "pinecone_dataplane.emulator"]:
            self.serve(line, expected, where)
        else:
            self.run(line, expected, where)

    def python(self, block: Block, where: str) -> None:
        """A Python block, in this session: its exports, and the emulator it started."""
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER],
            input=self.adapt(block.text),
            capture_output=True,
            text=True,
            env=self.shell_env(self.env),
            cwd=self.work,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, f"{where}:\n{done.stderr}"
        self.ran.append(block.text)
        self.printed.append(done.stdout)

    def run(self, line: str, expected: list[str] | None, where: str) -> None:
        comment = line.partition(" #")[2]
        code = int(found[1]) if (found := re.search(r"exit code (\d+)", comment)) else 0
        done = subprocess.run(
            ["bash", "-c", self.adapt(line)],
            capture_output=True,
            text=True,
            env=self.shell_env(self.env),
            cwd=self.work,
            timeout=120,
            check=False,
        )
        assert done.returncode == code, f"{where}: `{line}` exited {done.returncode}:\n{done.stdout}{done.stderr}"
        if expected is not None:
            assert done.stdout.splitlines() == [self.adapt(text) for text in expected], where

    def serve(self, line: str, expected: list[str] | None, where: str) -> None:
        """An emulator serves until stopped: in another shell, without this one's exports."""
        self.stop()
        self.emulator = subprocess.Popen(
            ["bash", "-c", f"exec {self.adapt(line)}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.shell_env({}),
            cwd=self.work,
        )
        assert self.emulator.stdout is not None
        self.emulator_url = self.emulator.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", self.emulator_url), f"{where}: first line {self.emulator_url!r}"
        if expected is not None:
            shown = [self.emulator_url, *(self.emulator.stdout.readline().rstrip("\n") for _ in expected[1:])]
            adapted = [self.adapt(text) for text in expected]
            adapted[0] = self.emulator_url if expected[0] == f"http://{EMULATOR_ADDRESS}" else adapted[0]
            assert shown == adapted, where

    def serve_exa_fake(self, line: str, where: str) -> None:
        """Exa's fake, in a shell of its own beside the emulator's; its first line is its base URL."""
        self.exa_fake = subprocess.Popen(
            ["bash", "-c", f"exec {self.adapt(line)}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.shell_env({}),
            cwd=self.work,
        )
        assert self.exa_fake.stdout is not None
        self.exa_fake_url = self.exa_fake.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/websets", self.exa_fake_url), f"{where}: {self.exa_fake_url!r}"

    def stop(self) -> None:
        for process in (self.emulator, self.exa_fake):
            if process is not None:
                process.send_signal(signal.SIGTERM)
                assert process.wait(timeout=30) == 0  # "serves until Ctrl-C or SIGTERM"
        self.emulator = self.exa_fake = None

    def shell_env(self, exported: dict[str, str]) -> dict[str, str]:
        base = {name: value for name, value in os.environ.items() if not name.startswith("PINECONE_")}
        return {**base, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "HOME": str(self.home), **exported}


def _make_target(name: str) -> bool:
    return re.search(rf"^{re.escape(name)}:", (ROOT / "Makefile").read_text(), re.MULTILINE) is not None


def _pyproject_extras() -> set[str]:
    return set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"])


def _extras(words: list[str]) -> list[str]:
    extras: list[str] = []
    for word in words[2:]:
        if (found := re.fullmatch(r"\.\[([\w,-]+)\]", word)) is not None:
            extras += found[1].split(",")
    return extras


def _commands(block: Block) -> Iterator[tuple[str, list[str] | None, str]]:
    """(command, the output the README states or None, where) for each command of the block."""
    lines = textwrap.dedent(block.text).splitlines()
    for number, line in enumerate(lines):
        where = f"{block.document} line {block.line + 1 + number}"
        if block.language == "sh":
            yield line, None, where
        elif line.startswith("$ "):
            output = []
            for following in lines[number + 1 :]:
                if following.startswith("$ "):
                    break
                output.append(following)
            yield line[2:], output, where


@pytest.mark.parametrize("document", EXACT, ids=lambda path: path.name)
def test_every_block_runs_exactly_as_written_in_order(document: Path, tmp_path: Path) -> None:
    (tmp_path / "work").mkdir()
    session = Session(home=tmp_path, work=tmp_path / "work")
    try:
        for block in blocks(document):
            if block.language == "python":
                session.python(block, f"{document.name} line {block.line}")
            elif block.language in ("sh", "console"):
                for line, expected, where in _commands(block):
                    session.command(line, expected, where)
    finally:
        session.stop()
    assert session.emulator_url, "no emulator started"
    assert "['b']" in session.printed[0]  # the quick start's query finds its nearest vector
    if document == README:
        assert session.printed[1].split() == ["Completed", "997"]  # the import skipped the three bad records
        exa = session.printed[2].splitlines()
        assert exa[-2:] == ["completed 2", "True True"]  # the Exa import ran to its end, listed and deleted


def test_the_guides_shell_commands_run_as_written(tmp_path: Path) -> None:
    (tmp_path / "work").mkdir()
    session = Session(home=tmp_path, work=tmp_path / "work")
    try:
        for block in SHELL_BLOCKS:
            for line, expected, where in _commands(block):
                session.command(line, expected, where)
    finally:
        session.stop()
    assert any("imports verify" in line for line in session.ran)
    assert (session.work / "missing.tsv").read_text().count("\n") == 3  # the three bad records
