"""Exa Websets as users write it, sync and async: every result has a concrete type."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from exa_websets import errors, v0
from exa_websets.v0.models import CreateImportResponse, GetWebsetResponse, Import, ListImportsResponse


def sync_import(path: Path) -> list[str]:
    with v0.Client(api_key="key", base_url="http://127.0.0.1:8080") as client:
        created = client.imports.create(csv=path, entity={"type": "company"}, title="Companies")
        assert_type(created, Import)
        try:
            done = client.imports.wait(created.id, timeout=600, on_progress=lambda imp: print(imp.status))
        except errors.ImportFailedError as failure:
            print(failure.failed_reason, failure.failed_message)
            raise
        assert_type(done, Import)
        assert_type(client.imports.get(done.id), Import)
        page = client.imports.list_page(limit=25)
        assert_type(page, ListImportsResponse)
        assert_type(page.next_cursor, str | None)
        ids = [assert_type(imp, Import).id for imp in client.imports.list(page_size=10)]
        assert_type(client.imports.delete(done.id), Import)
        assert_type(client.websets.get("ws_1"), GetWebsetResponse)
        return ids


async def async_import(csv_text: str) -> Import:
    async with v0.AsyncClient() as client:  # the key from EXA_API_KEY
        created = await client.imports.create(csv=csv_text, entity={"type": "person"})
        assert_type(created, Import)
        done = await client.imports.wait(created.id, poll_interval=2.0)
        async for imp in client.imports.list(limit=100):
            assert_type(imp, Import)
        updated = await client.imports.update(done.id, title="People")
        assert_type(updated, Import)
        return assert_type(await client.imports.delete(done.id), Import)


def create_answer(answer: CreateImportResponse) -> str:
    return answer.upload_url
