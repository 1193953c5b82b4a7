"""The overlay end to end against the emulator: Client and AsyncClient, every version, both casings.

Each scenario runs once against an emulator answering in camelCase and once against one answering in
snake_case. Both emulators run on a ManualClock from the same moment, so the models the overlay parses
from the two must be equal, field for field, with nothing left over as an unknown field.
"""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator, write_dataset

from .conftest import spec_versions

CATALOG = {"articles": 300, "__default__": 200}
MORE = {"more": 300}
RATE = 100  # records per second of emulated time


@pytest.fixture(scope="module")
def buckets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("buckets")
    write_dataset(root / "bucket" / "catalog", CATALOG, files_per_namespace=2)
    write_dataset(root / "bucket" / "more", MORE, seed=1)
    return root


def facade(version: str) -> ModuleType:
    return importlib.import_module(f"pinecone_dataplane.v{version.replace('-', '_')}")


def generated(version: str, module: str) -> ModuleType:
    return importlib.import_module(f"pinecone_dataplane.v{version.replace('-', '_')}.api.{module}")


def no_unknown_fields(model: Any) -> None:
    """A snake_case answer read as camelCase leaves its fields in additional_properties: none may be there."""
    assert model.additional_properties == {}, model.additional_properties


def check_scenario(found: dict[str, Any]) -> None:
    """What a user checks after the scenario, whatever the casing of the answers."""
    halfway = found["halfway"]
    assert (halfway.status, halfway.records_imported, halfway.percent_complete) == ("InProgress", RATE, 20.0)
    done = found["done"]
    assert (done.status, done.records_imported, done.percent_complete) == ("Completed", 500, 100.0)
    assert done.finished_at > done.created_at
    assert found["described"].to_dict() == done.to_dict()
    assert found["progress"][-1] == ("Completed", 500)

    cancelled = found["cancelled"]
    assert cancelled.status == "Cancelled"
    assert 0 < cancelled.records_imported < 300
    assert [model.id for model in found["listed"]] == [cancelled.id, done.id]  # newest first
    assert [model.id for model in found["first_page"].data] == [cancelled.id]

    stats = found["stats"]
    expected = {**CATALOG, "more": cancelled.records_imported}
    assert {name: summary.vector_count for name, summary in stats.namespaces.additional_properties.items()} == expected
    assert stats.total_vector_count == sum(expected.values())
    # Versions before 2025-04 have no namespace operations.
    listed_namespaces = found["namespaces"].namespaces if "namespaces" in found else []
    assert {item.name: item.record_count for item in listed_namespaces} == (expected if "namespaces" in found else {})
    # The namespaces map keeps namespace names as keys; its summaries, like every model, have no unknowns.
    summaries = list(stats.namespaces.additional_properties.values())
    for model in (done, cancelled, found["first_page"], stats, *summaries, *listed_namespaces):
        no_unknown_fields(model)


def has_namespaces(version: str) -> bool:
    return "list_namespaces_operation" in facade(version).OPERATIONS


def run_sync(version: str, emulator: RunningEmulator, clock: ManualClock) -> dict[str, Any]:
    v = facade(version)
    found: dict[str, Any] = {"progress": []}
    with v.Client(host=emulator.url, api_key=emulator.api_key) as client:
        started = client.imports.start("s3://bucket/catalog", error_mode="continue")
        clock.advance(1)
        found["halfway"] = client.imports.describe(started.id)
        clock.advance(60)
        found["done"] = client.imports.wait(
            started.id,
            timeout=30,
            on_progress=lambda model: found["progress"].append((model.status, model.records_imported)),
        )
        found["described"] = client.imports.describe(started.id)

        second = client.imports.start("s3://bucket/more")
        clock.advance(1)
        client.imports.cancel(second.id)
        clock.settle()
        found["cancelled"] = client.imports.wait(second.id, timeout=30)

        found["listed"] = list(client.imports.list(page_size=1))
        found["first_page"] = client.imports.list_page(limit=1)
        stats_request = v.models.DescribeIndexStatsRequest()
        found["stats"] = generated(version, "vector_operations.describe_index_stats").sync(
            client=client.raw, body=stats_request
        )
        if has_namespaces(version):
            found["namespaces"] = generated(version, "namespace_operations.list_namespaces_operation").sync(
                client=client.raw
            )
    return found


async def run_async(version: str, emulator: RunningEmulator, clock: ManualClock) -> dict[str, Any]:
    v = facade(version)
    found: dict[str, Any] = {"progress": []}
    async with v.AsyncClient(host=emulator.url, api_key=emulator.api_key) as client:
        started = await client.imports.start("s3://bucket/catalog", error_mode="continue")
        clock.advance(1)
        found["halfway"] = await client.imports.describe(started.id)
        clock.advance(60)
        found["done"] = await client.imports.wait(
            started.id,
            timeout=30,
            on_progress=lambda model: found["progress"].append((model.status, model.records_imported)),
        )
        found["described"] = await client.imports.describe(started.id)

        second = await client.imports.start("s3://bucket/more")
        clock.advance(1)
        await client.imports.cancel(second.id)
        clock.settle()
        found["cancelled"] = await client.imports.wait(second.id, timeout=30)

        found["listed"] = [model async for model in client.imports.list(page_size=1)]
        found["first_page"] = await client.imports.list_page(limit=1)
        stats_request = v.models.DescribeIndexStatsRequest()
        found["stats"] = await generated(version, "vector_operations.describe_index_stats").asyncio(
            client=client.raw, body=stats_request
        )
        if has_namespaces(version):
            found["namespaces"] = await generated(version, "namespace_operations.list_namespaces_operation").asyncio(
                client=client.raw
            )
    return found


def in_both_casings(buckets: Path, scenario: Any) -> dict[str, dict[str, Any]]:
    results = {}
    for casing in ("camel", "snake"):
        clock = ManualClock()
        with running_emulator(bucket_root=buckets, clock=clock, casing=casing, records_per_second=RATE) as emulator:
            results[casing] = scenario(emulator, clock)
    return results


def same_models(camel: dict[str, Any], snake: dict[str, Any]) -> None:
    for key, value in camel.items():
        if isinstance(value, list):
            assert [getattr(item, "to_dict", lambda i=item: i)() for item in value] == [
                getattr(item, "to_dict", lambda i=item: i)() for item in snake[key]
            ], key
        else:
            assert value.to_dict() == snake[key].to_dict(), key


@pytest.mark.parametrize("version", spec_versions())
def test_client_against_the_emulator(buckets: Path, version: str) -> None:
    results = in_both_casings(buckets, lambda emulator, clock: run_sync(version, emulator, clock))
    for found in results.values():
        check_scenario(found)
    same_models(results["camel"], results["snake"])


@pytest.mark.parametrize("version", spec_versions())
def test_async_client_against_the_emulator(buckets: Path, version: str) -> None:
    results = in_both_casings(buckets, lambda emulator, clock: asyncio.run(run_async(version, emulator, clock)))
    for found in results.values():
        check_scenario(found)
    same_models(results["camel"], results["snake"])
