"""Cold start: a fresh interpreter to a ready client, and to the answer of one describe call."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from ._report import SPREAD, Sample, Section, Table, compare, fresh_process_env, official_installed, ratio
from ._server import API_VERSION, Server, bench_server

# Each snippet is the whole program of a fresh process; {url} and {key} are filled in.
_READY = {
    "python, nothing imported": "pass",
    "bare `import httpx`": "import httpx",
    "ours: `v2026_04.Client(host, api_key)`": (
        "from pinecone_dataplane import v2026_04\nclient = v2026_04.Client({url!r}, {key!r})"
    ),
    "official: `Pinecone(api_key).Index(host=...)`": (
        "from pinecone import Pinecone\nindex = Pinecone(api_key={key!r}).Index(host={url!r})"
    ),
}
_DESCRIBE = {
    "raw httpx + json": (
        "import httpx\n"
        "with httpx.Client(base_url={url!r}, headers={{'Api-Key': {key!r}, "
        "'X-Pinecone-Api-Version': {version!r}}}) as http:\n"
        "    http.get('/bulk/imports/1').raise_for_status().json()"
    ),
    "ours: `client.imports.describe(id)`": (
        "from pinecone_dataplane import v2026_04\n"
        "with v2026_04.Client({url!r}, {key!r}) as client:\n"
        "    client.imports.describe('1')"
    ),
    "official: `index.describe_import(id)`": (
        "from pinecone import Pinecone\n"
        "pc = Pinecone(api_key={key!r}, additional_headers={{'X-Pinecone-Api-Version': {version!r}}})\n"
        "with pc.Index(host={url!r}) as index:\n"
        "    index.describe_import('1')"
    ),
}
BASELINE_READY = "bare `import httpx`"
BASELINE_DESCRIBE = "raw httpx + json"
OFFICIAL_READY = "official: `Pinecone(api_key).Index(host=...)`"
OURS_DESCRIBE = "ours: `client.imports.describe(id)`"
OFFICIAL_DESCRIBE = "official: `index.describe_import(id)`"


def _process(code: str) -> Callable[[], object]:
    def spawn() -> object:
        return subprocess.run([sys.executable, "-c", code], check=True, env=fresh_process_env())

    return spawn


def _measure(snippets: dict[str, str], server: Server, runs: int) -> dict[str, Sample]:
    """Wall time of each program from spawn to exit, interleaved, after one unmeasured run each (caches warm)."""
    programs = {
        name: _process(code.format(url=server.url, key=server.api_key, version=API_VERSION))
        for name, code in snippets.items()
        if official_installed() or not name.startswith("official")
    }
    return compare(programs, rounds=runs, warmup=1 if runs > 1 else 0)


def _table(samples: dict[str, Sample], baseline: str, official: str) -> Table:
    medians = {name: sample.median for name, sample in samples.items()}
    table = Table(["contender", "ms: " + SPREAD, f"× {baseline}", "× official"])
    for name, sample in samples.items():
        value = medians[name]
        table.add(name, sample.cell(1000), ratio(value, medians[baseline]), ratio(value, medians.get(official)))
    return table


def run(size: str) -> Section:
    runs = 1 if size == "tiny" else 21
    with bench_server(imports=1) as server:
        ready = _measure(_READY, server, runs)
        describe = _measure(_DESCRIBE, server, runs)
    section = Section(
        "1. Cold start",
        f"Wall time of a fresh `python -c` process, from spawn to exit: {runs} runs per contender, interleaved "
        "(the order rotating), after one unmeasured run each (bytecode and page caches warm). The like-for-like "
        "measure, and the one the targets are on, is the first answered call: a fresh process that opens a "
        "connection to the bench server and reads one import. Ours defers loading its generated package and models "
        "to the first call, so a ready client alone is shown for information only.",
    )
    ours, httpx, official = (
        describe[name].median if name in describe else None
        for name in (OURS_DESCRIBE, BASELINE_DESCRIBE, OFFICIAL_DESCRIBE)
    )
    section.tables.append(
        ("To the answer of one describe call:", _table(describe, BASELINE_DESCRIBE, OFFICIAL_DESCRIBE))
    )
    section.target("cold start to the first answered call: ours ≤ 0.5× the official SDK", ours, official, 0.5)
    section.target("cold start to the first answered call: ours ≤ 1.3× raw httpx + json", ours, httpx, 1.3)
    ready_table = _table(ready, BASELINE_READY, OFFICIAL_READY)
    section.tables.append(("To a ready client (no request; ours loads its models at the first call):", ready_table))
    return section
