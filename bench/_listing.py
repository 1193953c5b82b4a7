"""Long listing: every import of an index with 10,000 of them (100 pages), wall time and peak memory."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable, Iterable
from typing import Any

from ._report import SPREAD, Section, Table, compare, number, official_installed, ratio
from ._server import API_VERSION, Server, bench_server

PAGE = 100


def _raw_listing(http: Any) -> Iterable[object]:
    params: dict[str, object] = {"limit": PAGE}
    while True:
        page = http.get("/bulk/imports", params=params).raise_for_status().json()
        yield from page.get("data", ())
        token = (page.get("pagination") or {}).get("next")
        if not token:
            return
        params["paginationToken"] = token


def _contenders(server: Server, closers: list[Callable[[], object]]) -> dict[str, Callable[[], Iterable[object]]]:
    import httpx

    from pinecone_dataplane import v2026_04

    raw = httpx.Client(base_url=server.url, headers={"Api-Key": server.api_key, "X-Pinecone-Api-Version": API_VERSION})
    ours = v2026_04.Client(server.url, server.api_key)
    closers += [raw.close, ours.close]
    contenders: dict[str, Callable[[], Iterable[object]]] = {
        "raw httpx + json": lambda: _raw_listing(raw),
        "ours: `client.imports.list()`": lambda: ours.imports.list(page_size=PAGE),
    }
    if official_installed():
        from pinecone import Pinecone

        pc = Pinecone(api_key=server.api_key, additional_headers={"X-Pinecone-Api-Version": API_VERSION})
        index = pc.Index(host=server.url)
        closers.append(index.close)
        contenders["official: `index.list_imports()`"] = lambda: index.list_imports(limit=PAGE)
    return contenders


def _count(listing: Iterable[object]) -> int:
    return sum(1 for _ in listing)


def _consumer(listing: Callable[[], Iterable[object]]) -> Callable[[], int]:
    return lambda: _count(listing())


def _peak_bytes(listing: Callable[[], Iterable[object]]) -> int:
    """Peak of the memory Python allocates while the listing runs (tracemalloc), items consumed one by one."""
    gc.collect()
    tracemalloc.start()
    try:
        _count(listing())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run(size: str) -> Section:
    imports, runs = (300, 1) if size == "tiny" else (10_000, 9)
    closers: list[Callable[[], object]] = []
    with bench_server(imports=imports) as server:
        try:
            contenders = _contenders(server, closers)
            for name, listing in contenders.items():
                if _count(listing()) != imports:  # also the warm-up
                    raise RuntimeError(f"{name} did not list {imports} imports")
            times = compare({name: _consumer(listing) for name, listing in contenders.items()}, rounds=runs, warmup=0)
            peaks = {name: _peak_bytes(listing) for name, listing in contenders.items()}
        finally:
            for close in closers:
                close()
    walls = {name: sample.median for name, sample in times.items()}
    official = next((name for name in walls if name.startswith("official")), None)
    table = Table(["contender", f"wall ms: {SPREAD}", "× raw", "× official", "peak memory (KiB)", "memory × raw"])
    for name, wall in walls.items():
        table.add(
            name,
            times[name].cell(1000, 0),
            ratio(wall, walls["raw httpx + json"]),
            ratio(wall, walls.get(official) if official else None),
            number(peaks[name] / 1024, 0),
            ratio(peaks[name], peaks["raw httpx + json"]),
        )
    section = Section(
        "3. Long listing",
        f"Every import of the bench server seeded with {imports:,} imports ({imports // PAGE} pages of {PAGE}), "
        f"iterated and dropped one by one: wall time over {runs} runs per contender (interleaved, the order "
        "rotating, after a warm-up), and the peak of the memory Python allocated during one more run (tracemalloc, "
        "which slows that run and is not timed). The server is the emulator in its own process, seeded directly "
        "in its state.",
    )
    section.tables.append(("", table))
    ours = walls["ours: `client.imports.list()`"]
    section.target(
        "long listing wall time: ours ≤ the official SDK", ours, walls.get(official) if official else None, 1.0
    )
    section.target("long listing wall time: ours ≤ 1.2× raw httpx", ours, walls["raw httpx + json"], 1.2)
    return section
