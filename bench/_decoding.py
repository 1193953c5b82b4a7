"""Decoding one 100-import ListImportsResponse from bytes, camelCase and snake_case, and where ours spends it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ._report import SPREAD, Sample, Section, Table, calls_for, compare, official_installed, ratio

ITEMS = 100


def body(casing: str) -> bytes:
    """A page as the emulator sends it, in the spec's camelCase or in snake_case."""
    items = [
        {
            "id": str(index),
            "uri": f"s3://bench-bucket/imports/{index:05d}/",
            "status": "Completed",
            "createdAt": f"2025-01-01T{index // 60 % 24:02d}:{index % 60:02d}:00.000Z",
            "finishedAt": f"2025-01-01T{index // 60 % 24:02d}:{index % 60:02d}:42.000Z",
            "percentComplete": 100.0,
            "recordsImported": 1000 + index,
        }
        for index in range(ITEMS)
    ]
    page: dict[str, Any] = {"data": items, "pagination": {"next": "Ymx1ZQ=="}}
    text = json.dumps(page)
    if casing == "snake":
        for camel, snake in (
            ("createdAt", "created_at"),
            ("finishedAt", "finished_at"),
            ("percentComplete", "percent_complete"),
            ("recordsImported", "records_imported"),
        ):
            text = text.replace(f'"{camel}"', f'"{snake}"')
    return text.encode()


REPEATS = 7


def time_calls(calls: dict[str, Callable[[], object]], budget: float | None) -> dict[str, Sample]:
    """Seconds per call of each, over REPEATS interleaved rounds of about budget/REPEATS seconds per contender
    (None: three calls a round)."""
    counts = {name: 3 if budget is None else calls_for(call, budget / REPEATS) for name, call in calls.items()}
    return compare(calls, rounds=REPEATS, calls=counts, warmup=0)


def contenders(payload: bytes) -> dict[str, Callable[[], object]]:
    import httpx
    import orjson

    from apiwire import _core
    from pinecone_dataplane.v2026_04.models.list_imports_response import ListImportsResponse

    response = httpx.Response(200, content=payload)
    calls: dict[str, Callable[[], object]] = {}
    if official_installed():
        from pinecone._internal.adapters.imports_adapter import ImportsAdapter

        calls["official (msgspec)"] = lambda: ImportsAdapter.to_import_list(payload)
    calls["ours, as generated endpoints call it"] = lambda: _core.model_body(response, ListImportsResponse)
    calls["ours, the tolerant path alone (`from_dict` over `json_body`)"] = lambda: ListImportsResponse.from_dict(
        _core.json_body(response)
    )
    calls["the floor: msgspec into ours' twins alone, no models"] = _twin_decoder(ListImportsResponse, payload)
    calls["ours, standard-library json"] = lambda: ListImportsResponse.from_dict(json.loads(payload))
    calls["`orjson.loads` alone"] = lambda: orjson.loads(payload)
    calls["`json.loads` alone"] = lambda: json.loads(payload)
    return calls


def _twin_decoder(model: type[Any], payload: bytes) -> Callable[[], object]:
    """msgspec decoding the body into the Struct twins `_core.model_body` derives: its fast path without the models."""
    import httpx

    from apiwire import _core
    from apiwire._core import _typed

    _core.model_body(httpx.Response(200, content=payload), model)  # derives the twins
    reader = _typed._readers[model]
    assert reader is not None
    return lambda: reader.decoder.decode(payload)


def _works(call: Callable[[], object]) -> str | None:
    try:
        call()
    except Exception as error:
        return f"fails: {type(error).__name__}"
    return None


def breakdown(payload: bytes, budget: float | None) -> Table:
    """Where ours spends its time on a camelCase page: each step timed alone, for the whole page."""
    import httpx

    from apiwire import _core
    from apiwire._core import _typed
    from pinecone_dataplane.v2026_04.models import import_model
    from pinecone_dataplane.v2026_04.models.list_imports_response import ListImportsResponse

    response = httpx.Response(200, content=payload)
    items = _core.json_body(response)["data"]
    stamps = [item[key] for item in items for key in ("createdAt", "finishedAt")]
    model = import_model.ImportModel
    decode_twins = _twin_decoder(ListImportsResponse, payload)
    reader = _typed._readers[ListImportsResponse]
    assert reader is not None
    twins = decode_twins()
    steps: dict[str, Callable[[], object]] = {
        "whole decode": lambda: _core.model_body(response, ListImportsResponse),
        "bytes to twins (msgspec)": decode_twins,
        "twins to models (written-out conversion)": lambda: reader.convert(twins),
        "the tolerant path, for a body the twins refuse": lambda: ListImportsResponse.from_dict(
            _core.json_body(response)
        ),
        "JSON to dicts (`_core.json_body`)": lambda: _core.json_body(response),
        f"{ITEMS} × `ImportModel.from_dict`": lambda: [model.from_dict(item) for item in items],
        f"… of which {ITEMS} × `JsonFields.split`": lambda: [import_model._FIELDS.split(item) for item in items],
        f"… of which {2 * ITEMS} × `parse_datetime`": lambda: [_core.parse_datetime(stamp) for stamp in stamps],
        f"… of which {ITEMS} × `ImportModel.__new__`": lambda: [model.__new__(model) for _ in items],
    }
    timings = time_calls(steps, budget)
    whole = timings["whole decode"].median
    table = Table(["step", f"µs per page: {SPREAD}", "share of the whole"])
    for name, sample in timings.items():
        table.add(name, sample.cell(1e6), f"{100 * sample.median / whole:.0f} %")
    return table


def run(size: str) -> Section:
    budget = None if size == "tiny" else 1.5
    section = Section(
        "4. Decoding",
        f"One ListImportsResponse of {ITEMS} imports decoded from bytes, in the process: {REPEATS} interleaved "
        "rounds of many calls per contender. Ours is what a generated endpoint does with a body: `_core.model_body`, "
        "msgspec into the models' Struct twins then the twins copied into the models (timestamps parsed into "
        "datetimes; the official decoder keeps them as strings); a body the twins refuse (the snake_case one: "
        "other spellings, unknown fields) is then read by the tolerant path, `ListImportsResponse.from_dict` over "
        "`_core.json_body`.",
    )
    for casing in ("camel", "snake"):
        payload = body(casing)
        calls = contenders(payload)
        failures = {name: failure for name, call in calls.items() if (failure := _works(call)) is not None}
        samples = time_calls({name: call for name, call in calls.items() if name not in failures}, budget)
        timings = {name: sample.median for name, sample in samples.items()}
        baseline = timings.get("official (msgspec)")
        table = Table(["decoder", f"µs per page: {SPREAD}", "× official"])
        for name in calls:
            shown = failures.get(name) or samples[name].cell(1e6)
            table.add(name, shown, ratio(timings.get(name), baseline))
        section.tables.append((f"{casing}Case body ({len(payload):,} bytes):", table))
        if casing == "camel":
            ours = timings.get("ours, as generated endpoints call it")
            section.target("decoding a 100-import page: ours ≤ 1.0× the official decoder", ours, baseline, 1.0)
    title = "Where ours spends it (camelCase body, each step timed alone; then the tolerant path's steps):"
    section.tables.append((title, breakdown(body("camel"), budget)))
    return section
