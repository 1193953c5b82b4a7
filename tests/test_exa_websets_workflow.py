"""Exa's import workflow against the loopback fake of its imports: create(csv=...) -> wait -> get -> list -> delete.

The fake (``exa_websets.emulator``) is two real HTTP servers on 127.0.0.1: the API, which wants the key, and
the store behind each ``uploadUrl``, which refuses a request carrying it. Its clock is a ``ManualClock`` that
``wait()``'s pauses move, so nothing here sleeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from exa_websets import errors, v0
from exa_websets.emulator import ManualClock, RunningEmulator, running_emulator

CSV = "name,url\nExa,https://exa.ai\nPinecone,https://www.pinecone.io\n"


@pytest.fixture
def fake() -> Iterator[RunningEmulator]:
    with running_emulator(clock=ManualClock(), processing_seconds=2.0) as running:
        yield running


def sync_client(fake: RunningEmulator) -> v0.Client:
    client = v0.Client(fake.api_key, base_url=fake.url)
    client.imports._sleep = fake.clock.advance  # waiting moves the fake's time
    return client


def async_client(fake: RunningEmulator) -> v0.AsyncClient:
    client = v0.AsyncClient(fake.api_key, base_url=fake.url)

    async def sleep(seconds: float) -> None:
        fake.clock.advance(seconds)

    client.imports._sleep = sleep
    return client


def test_an_import_from_a_file_runs_to_its_end_and_is_listed_and_deleted(fake: RunningEmulator, tmp_path: Path) -> None:
    path = tmp_path / "companies.csv"
    path.write_text(CSV)
    statuses: list[str] = []
    with sync_client(fake) as client:
        created = client.imports.create(csv=path, entity={"type": "company"}, title="Companies")
        assert str(created.status) == "processing"  # uploaded: the fake processes it now
        assert created.count == 2
        done = client.imports.wait(created.id, on_progress=lambda imp: statuses.append(str(imp.status)))
        assert str(done.status) == "completed"
        assert statuses == ["processing", "completed"]
        assert client.imports.get(created.id).title == "Companies"
        others = [client.imports.create(csv=CSV.encode(), entity={"type": "company"}).id for _ in range(2)]
        assert client.imports.list_page(limit=2).has_more is True
        assert sorted(imp.id for imp in client.imports.list(page_size=2)) == sorted([created.id, *others])
        assert client.imports.delete(created.id).id == created.id
        with pytest.raises(errors.NotFoundError):
            client.imports.get(created.id)
    # One upload per import, each without the key (the store answers 400 to one that carries it).
    uploads = {name: count for name, count in fake.state.requests.items() if name.startswith("upload PUT")}
    assert sorted(uploads.values()) == [1, 1, 1]


def test_the_async_client_runs_the_same_workflow(fake: RunningEmulator) -> None:
    asyncio.run(async_workflow(fake))


async def async_workflow(fake: RunningEmulator) -> None:
    async with async_client(fake) as client:
        created = await client.imports.create(csv=CSV, entity={"type": "company"})
        done = await client.imports.wait(created.id, timeout=60)
        assert str(done.status) == "completed"
        assert (await client.imports.get(created.id)).count == 2
        await client.imports.create(csv=CSV, entity={"type": "company"})
        assert len([imp async for imp in client.imports.list(page_size=1)]) == 2
        assert (await client.imports.delete(created.id)).id == created.id


def test_a_file_the_api_cannot_read_fails_the_import_with_its_reason_and_message(fake: RunningEmulator) -> None:
    with sync_client(fake) as client:
        created = client.imports.create(csv="name\nExa\nPinecone\n", entity={"type": "company"})
        with pytest.raises(errors.ImportFailedError) as raised:
            client.imports.wait(created.id)
    assert raised.value.failed_reason == "missing_identifier"
    assert "URL" in raised.value.failed_message
    assert raised.value.model.id == created.id


def test_a_wrong_key_is_refused_before_any_upload(fake: RunningEmulator) -> None:
    with v0.Client("not-the-key", base_url=fake.url) as client, pytest.raises(errors.UnauthorizedError):
        client.imports.create(csv=CSV, entity={"type": "company"})
    assert not [name for name in fake.state.requests if name.startswith("upload")]
