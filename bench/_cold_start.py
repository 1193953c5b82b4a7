"""Cold start: a fresh interpreter to a ready client, and to the answer of one describe call."""

from __future__ import annotations

import subprocess
import sys
import time

from ._report import Section, Table, fresh_process_env, median, number, official_installed, ratio
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
OURS_READY = "ours: `v2026_04.Client(host, api_key)`"
OFFICIAL_READY = "official: `Pinecone(api_key).Index(host=...)`"
OFFICIAL_DESCRIBE = "official: `index.describe_import(id)`"


def _time_process(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=fresh_process_env())
    return time.perf_counter() - started


def _measure(snippets: dict[str, str], server: Server, runs: int) -> dict[str, list[float]]:
    programs = {
        name: code.format(url=server.url, key=server.api_key, version=API_VERSION)
        for name, code in snippets.items()
        if official_installed() or not name.startswith("official")
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    if runs > 1:
        for code in programs.values():
            _time_process(code)  # unmeasured: bytecode caches and the page cache warm
    for _ in range(runs):  # interleaved, so that a slow moment of the machine hurts every contender alike
        for name, code in programs.items():
            times[name].append(_time_process(code))
    return times


def _table(times: dict[str, list[float]], baseline: str, official: str) -> Table:
    medians = {name: median(values) * 1000 for name, values in times.items()}
    table = Table(["contender", "median (ms)", f"× {baseline}", "× official"])
    for name, value in medians.items():
        table.add(name, number(value), ratio(value, medians[baseline]), ratio(value, medians.get(official)))
    return table


def run(size: str) -> Section:
    runs = 1 if size == "tiny" else 21
    with bench_server(imports=1) as server:
        ready = _measure(_READY, server, runs)
        describe = _measure(_DESCRIBE, server, runs)
    section = Section(
        "1. Cold start",
        f"Wall time of a fresh `python -c` process, from spawn to exit: median of {runs} runs per contender, "
        "interleaved, after one unmeasured run each (bytecode and page caches warm). The describe variant also "
        "opens a connection to the bench server and reads one import.",
    )
    section.tables.append(("To a ready client:", _table(ready, BASELINE_READY, OFFICIAL_READY)))
    ours, httpx, official = (
        median(ready[name]) if name in ready else None for name in (OURS_READY, BASELINE_READY, OFFICIAL_READY)
    )
    section.target("cold start to a ready client: ours ≤ 0.5× the official SDK", ours, official, 0.5)
    section.target("cold start to a ready client: ours ≤ 1.3× bare `import httpx`", ours, httpx, 1.3)
    section.tables.append(
        ("To the answer of one describe call:", _table(describe, BASELINE_DESCRIBE, OFFICIAL_DESCRIBE))
    )
    return section
