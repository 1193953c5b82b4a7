"""The Exa imports fake behind Stoplight Prism: every imports operation, sent as raw HTTP, conforms to our Exa
Websets document, and so does every answer the fake gives.

Prism runs as a validating proxy with --errors: a request the document forbids is answered 422 by Prism and
never reaches the fake; an answer that breaks the document is reported in ``sl-violations``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .conftest import ExaPrism

COMPANIES = b"name,url\nAcme,https://acme.example\nGlobex,https://globex.example\n"
PROCESSING_SECONDS = 2.0  # running_emulator's default


def refuse_violations(response: httpx.Response) -> None:
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{response.request.method} {response.request.url.path}: {violations}"


@pytest.fixture
def api(exa_prism: ExaPrism) -> Iterator[httpx.Client]:
    headers = {"x-api-key": exa_prism.api_key}
    with httpx.Client(base_url=exa_prism.url, headers=headers, event_hooks={"response": [refuse_violations]}) as client:
        yield client


def create(api: httpx.Client, data: bytes = COMPANIES, **extra: Any) -> dict[str, Any]:
    body = {"format": "csv", "size": len(data), "count": data.count(b"\n") - 1, "entity": {"type": "company"}}
    response = api.post("/v0/imports", json={**body, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_every_imports_operation_conforms_both_ways(exa_prism: ExaPrism, api: httpx.Client) -> None:
    created = create(api, title="Prospects", metadata={"team": "sales"}, csv={"identifier": 1})
    assert created["status"] == "pending"
    assert httpx.put(created["uploadUrl"], content=COMPANIES).status_code == 200
    assert api.get(f"/v0/imports/{created['id']}").json()["status"] == "processing"

    failing = create(api, b"name,url\n", entity={"type": "custom", "description": "Bookshops"})
    assert httpx.put(failing["uploadUrl"], content=b"name,url\n").status_code == 200
    exa_prism.clock.advance(PROCESSING_SECONDS)
    assert api.get(f"/v0/imports/{created['id']}").json()["status"] == "completed"
    failed = api.get(f"/v0/imports/{failing['id']}").json()
    assert (failed["status"], failed["failedReason"]) == ("failed", "invalid_file_content")

    seen, cursor = [], None
    while True:
        page = api.get("/v0/imports", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [item["id"] for item in page["data"]]
        cursor = page["nextCursor"]
        if cursor is None:
            break
    assert {created["id"], failing["id"]} <= set(seen)
    assert len(seen) == len(set(seen))

    changed = api.patch(f"/v0/imports/{created['id']}", json={"title": "Customers", "metadata": {"team": "success"}})
    assert changed.json()["title"] == "Customers"
    for import_id in (created["id"], failing["id"]):
        assert api.delete(f"/v0/imports/{import_id}").status_code == 200


def test_prism_checks_both_ways(exa_prism: ExaPrism) -> None:
    """What the tests above rely on: Prism stops a request the document forbids and flags an answer it does
    not describe (the imports operations document no 404)."""
    headers = {"x-api-key": exa_prism.api_key}
    before = sum(exa_prism.fake.state.requests.values())
    forbidden = httpx.get(f"{exa_prism.url}/v0/imports", params={"limit": "many"}, headers=headers)
    assert forbidden.status_code == 422
    assert ["query", "limit"] in [violation["location"] for violation in forbidden.json()["validation"]]
    assert sum(exa_prism.fake.state.requests.values()) == before  # it never reached the fake

    undocumented = httpx.get(f"{exa_prism.url}/v0/imports/no-such-import", headers=headers)
    assert undocumented.status_code == 404
    assert "Unable to match the returned status code" in undocumented.headers["sl-violations"]
