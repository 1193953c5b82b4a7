"""exa-py, Exa's own SDK, runs its imports calls unchanged against the fake, sync and async.

Its ``wait_until_completed`` polls with ``time.sleep`` (``asyncio.sleep`` when async); the tests hand it the
fake's clock for those sleeps, so each poll moves the fake's time instead of the test's.
"""

from __future__ import annotations

import asyncio
import time
import types
from pathlib import Path
from typing import Any

import pytest
from exa_py import AsyncExa, Exa
from exa_py.websets.imports import client as imports_module

from exa_websets.emulator import ManualClock, RunningEmulator

from .conftest import PROCESSING_SECONDS, csv_file

POLL_SECONDS = 5  # exa-py's default poll_interval
COMPANIES = csv_file("Acme,https://acme.example", "Globex,https://globex.example")
CREATE = {"format": "csv", "entity": {"type": "company"}, "title": "Prospects", "metadata": {"team": "sales"}}


@pytest.fixture
def polls_on_the_fakes_clock(monkeypatch: pytest.MonkeyPatch, clock: ManualClock) -> list[float]:
    """exa-py's poll sleeps, as the fake's clock saw them."""
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    monkeypatch.setattr(imports_module, "time", types.SimpleNamespace(time=time.time, sleep=sleep))
    fake_asyncio = types.SimpleNamespace(sleep=async_sleep, get_event_loop=asyncio.get_event_loop)
    monkeypatch.setattr(imports_module, "asyncio", fake_asyncio)
    return slept


def uploads(fake: RunningEmulator) -> int:
    return sum(count for request, count in fake.state.requests.items() if request.startswith("upload PUT"))


def test_create_with_csv_data_uploads_the_file_and_reads_the_import_back(fake: RunningEmulator) -> None:
    exa = Exa(api_key=fake.api_key, base_url=fake.origin)
    created = exa.websets.imports.create(CREATE, csv_data=COMPANIES.decode())
    # exa-py filled in size and count, PUT the file without its key (the fake refuses one), and read the import.
    assert (created.status, created.count, created.title) == ("processing", 2, "Prospects")
    assert uploads(fake) == 1
    assert fake.state.requests[f"GET /websets/v0/imports/{created.id}"] == 1


def test_the_workflow_from_create_to_delete(
    fake: RunningEmulator, polls_on_the_fakes_clock: list[float], tmp_path: Path
) -> None:
    exa = Exa(api_key=fake.api_key, base_url=fake.origin)
    source = tmp_path / "companies.csv"
    source.write_bytes(COMPANIES)
    created = exa.websets.imports.create(CREATE, csv_data=source)

    done = exa.websets.imports.wait_until_completed(created.id)
    assert (done.status, done.failed_reason, done.count) == ("completed", None, 2)
    assert PROCESSING_SECONDS < POLL_SECONDS
    assert polls_on_the_fakes_clock == [POLL_SECONDS]  # one poll found it done

    assert exa.websets.imports.get(created.id).status == "completed"
    changed = exa.websets.imports.update(created.id, {"title": "Customers", "metadata": {"team": "success"}})
    assert (changed.title, changed.metadata) == ("Customers", {"team": "success"})
    deleted = exa.websets.imports.delete(created.id)
    assert deleted.id == created.id
    with pytest.raises(ValueError, match="status code 404"):
        exa.websets.imports.get(created.id)


def test_its_list_pages_through_cursors(fake: RunningEmulator) -> None:
    exa = Exa(api_key=fake.api_key, base_url=fake.origin)
    # Without csv_data, exa-py sends what it is given and leaves the upload to the caller.
    ids = [exa.websets.imports.create({**CREATE, "size": 100, "count": 2}).id for _ in range(3)]
    first = exa.websets.imports.list(limit=2)
    assert first.has_more
    second = exa.websets.imports.list(cursor=first.next_cursor, limit=2)
    assert (second.has_more, second.next_cursor) == (False, None)
    assert [item.id for item in [*first.data, *second.data]] == ids[::-1]


def test_a_bad_file_ends_failed_with_its_reason(fake: RunningEmulator, polls_on_the_fakes_clock: list[float]) -> None:
    exa = Exa(api_key=fake.api_key, base_url=fake.origin)
    created = exa.websets.imports.create({**CREATE, "count": 1}, csv_data=COMPANIES.decode())  # a count below the rows'
    failed = exa.websets.imports.wait_until_completed(created.id)
    assert (failed.status, failed.failed_reason) == ("failed", "invalid_file_content")
    assert failed.failed_message is not None
    assert "more than the count of 1" in failed.failed_message
    assert failed.failed_at is not None


def test_a_wrong_key_is_a_401(fake: RunningEmulator) -> None:
    exa = Exa(api_key="not-the-key", base_url=fake.origin)
    with pytest.raises(ValueError, match="status code 401") as raised:
        exa.websets.imports.list()
    assert "UNAUTHORIZED" in str(raised.value)
    assert len(fake.state.imports) == 0


# exa-py's async upload passes the file as httpx's deprecated data=; its code, not ours.
@pytest.mark.filterwarnings("ignore:Use 'content=<...>' to upload raw bytes/text content.:DeprecationWarning")
def test_the_async_client_runs_the_same_workflow(fake: RunningEmulator, polls_on_the_fakes_clock: list[float]) -> None:
    async def workflow() -> dict[str, Any]:
        exa = AsyncExa(api_key=fake.api_key, api_base=fake.origin)
        try:
            created = await exa.websets.imports.create(CREATE, csv_data=COMPANIES.decode())
            done = await exa.websets.imports.wait_until_completed(created.id)
            page = await exa.websets.imports.list(limit=1)
            changed = await exa.websets.imports.update(created.id, {"title": "Customers"})
            deleted = await exa.websets.imports.delete(created.id)
        finally:
            await exa.client.aclose()
        return {
            "created": created.status,
            "done": done.status,
            "listed": [item.id for item in page.data],
            "title": changed.title,
            "deleted": deleted.id,
            "id": created.id,
        }

    outcome = asyncio.run(workflow())
    assert (outcome["created"], outcome["done"], outcome["title"]) == ("processing", "completed", "Customers")
    assert outcome["listed"] == [outcome["id"]] == [outcome["deleted"]]
    assert uploads(fake) == 1
    assert len(fake.state.imports) == 0
