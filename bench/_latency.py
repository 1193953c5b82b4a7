"""Per-call latency on loopback: describe one import and read one 100-import page, sync and async."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ._report import SPREAD, Sample, Section, Table, median, number, official_installed, percentile, ratio
from ._server import API_VERSION, Server, bench_server

PAGE = 100
ROUNDS = 10
Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


def _raw_headers(server: Server) -> dict[str, str]:
    return {"Api-Key": server.api_key, "X-Pinecone-Api-Version": API_VERSION}


def _official_client(server: Server) -> Any:
    from pinecone import Pinecone

    return Pinecone(api_key=server.api_key, additional_headers={"X-Pinecone-Api-Version": API_VERSION})


def _sync_contenders(server: Server, stack: list[Callable[[], object]]) -> dict[str, dict[str, Call]]:
    import httpx

    from pinecone_dataplane import v2026_04

    raw = httpx.Client(base_url=server.url, headers=_raw_headers(server))
    ours = v2026_04.Client(server.url, server.api_key)
    stack += [raw.close, ours.close]
    contenders = {
        "raw httpx + json": {
            "describe": lambda: raw.get("/bulk/imports/1").raise_for_status().json(),
            "list page": lambda: raw.get("/bulk/imports", params={"limit": PAGE}).raise_for_status().json(),
        },
        "ours": {
            "describe": lambda: ours.imports.describe("1"),
            "list page": lambda: ours.imports.list_page(limit=PAGE),
        },
    }
    if official_installed():
        index = _official_client(server).Index(host=server.url)
        stack.append(index.close)
        contenders["official"] = {
            "describe": lambda: index.describe_import("1"),
            "list page": lambda: index.list_imports_paginated(limit=PAGE),
        }
    return contenders


def _sample_sync(call: Call, count: int, into: list[float]) -> None:
    clock = time.perf_counter
    for _ in range(count):
        started = clock()
        call()
        into.append(clock() - started)


async def _sample_async(call: AsyncCall, count: int, into: list[float]) -> None:
    clock = time.perf_counter
    for _ in range(count):
        started = clock()
        await call()
        into.append(clock() - started)


def _measure_sync(server: Server, calls: dict[str, int]) -> dict[tuple[str, str], list[float]]:
    closers: list[Callable[[], object]] = []
    try:
        contenders = _sync_contenders(server, closers)
        samples: dict[tuple[str, str], list[float]] = {}
        for operation, count in calls.items():
            for name, operations in contenders.items():
                _sample_sync(operations[operation], max(1, count // 20), [])  # warm-up: connection, first imports
                samples[name, operation] = []
            for _ in range(ROUNDS):
                for name, operations in contenders.items():
                    _sample_sync(operations[operation], count // ROUNDS, samples[name, operation])
        return samples
    finally:
        for close in closers:
            close()


async def _measure_async(server: Server, calls: dict[str, int]) -> dict[tuple[str, str], list[float]]:
    import httpx

    from pinecone_dataplane import v2026_04

    async with (
        httpx.AsyncClient(base_url=server.url, headers=_raw_headers(server)) as raw,
        v2026_04.AsyncClient(server.url, server.api_key) as ours,
    ):
        contenders: dict[str, dict[str, AsyncCall]] = {
            "raw httpx + json": {
                "describe": lambda: _raw_json(raw, "/bulk/imports/1", {}),
                "list page": lambda: _raw_json(raw, "/bulk/imports", {"limit": PAGE}),
            },
            "ours": {
                "describe": lambda: ours.imports.describe("1"),
                "list page": lambda: ours.imports.list_page(limit=PAGE),
            },
        }
        official = _official_client(server).IndexAsyncio(host=server.url) if official_installed() else None
        if official is not None:
            contenders["official"] = {
                "describe": lambda: official.describe_import("1"),
                "list page": lambda: official.list_imports_paginated(limit=PAGE),
            }
        try:
            samples: dict[tuple[str, str], list[float]] = {}
            for operation, count in calls.items():
                for name, operations in contenders.items():
                    await _sample_async(operations[operation], max(1, count // 20), [])
                    samples[name, operation] = []
                for _ in range(ROUNDS):
                    for name, operations in contenders.items():
                        await _sample_async(operations[operation], count // ROUNDS, samples[name, operation])
            return samples
        finally:
            if official is not None:
                await official.close()


async def _raw_json(client: Any, path: str, params: dict[str, int]) -> object:
    response = await client.get(path, params=params)
    return response.raise_for_status().json()


def _table(samples: dict[tuple[str, str], list[float]]) -> Table:
    table = Table(["operation", "contender", "calls", f"µs: {SPREAD}", "p99 (µs)", "median × raw", "median × official"])
    for operation in ("describe", "list page"):
        calls = {name: Sample(values) for (name, op), values in samples.items() if op == operation}
        medians = {name: sample.median for name, sample in calls.items()}
        for name, sample in calls.items():
            table.add(
                operation,
                name,
                len(sample.values),
                sample.cell(1e6, 0),
                number(percentile(list(sample.values), 0.99) * 1e6, 0),
                ratio(medians[name], medians["raw httpx + json"]),
                ratio(medians[name], medians.get("official")),
            )
    return table


def run(size: str) -> Section:
    calls = {"describe": 20, "list page": 20} if size == "tiny" else {"describe": 5000, "list page": 2000}
    with bench_server(imports=PAGE) as server:
        sync = _measure_sync(server, calls)
        asynchronous = asyncio.run(_measure_async(server, calls))
    section = Section(
        "2. Per-call latency",
        f"Against the bench server (the emulator in its own process, {PAGE} imports) on 127.0.0.1, over one kept-alive "
        f"connection. Each contender makes {calls['describe']} describe calls and reads {calls['list page']} pages of "
        f"{PAGE} imports, in {ROUNDS} interleaved rounds after a warm-up. The time includes the server's, which is "
        "the same for every contender: the differences between rows are the clients' own costs.",
    )
    section.tables.append(("Synchronous clients:", _table(sync)))
    section.tables.append(("Asynchronous clients:", _table(asynchronous)))
    for mode, samples in (("sync", sync), ("async", asynchronous)):
        for operation in ("describe", "list page"):
            p50 = {name: median(values) for (name, op), values in samples.items() if op == operation}
            ours, raw, official = p50["ours"], p50["raw httpx + json"], p50.get("official")
            section.target(f"{operation} median, {mode}: ours ≤ the official SDK", ours, official, 1.0)
            section.target(f"{operation} median, {mode}: ours ≤ 1.1× raw httpx", ours, raw, 1.1)
    return section
