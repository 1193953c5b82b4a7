"""The generated Exa client behind Stoplight Prism: every request it sends for the import workflow conforms to
our Exa Websets document (the published one apart from prose, tests/exa/test_published_spec.py), and so does
every answer it reads.

Prism runs as a validating proxy with --errors: a request the document forbids is answered 422 by Prism (which
the client raises as an error), an answer that breaks the document is reported in ``sl-violations``.
"""

from __future__ import annotations

import httpx

from exa_websets import v0

from .conftest import ExaPrism

COMPANIES = "name,url\nAcme,https://acme.example\nGlobex,https://globex.example\n"


def test_the_import_workflow_sends_and_reads_only_what_the_document_allows(exa_prism: ExaPrism) -> None:
    checked: list[str] = []

    def refuse_violations(response: httpx.Response) -> None:
        violations = response.headers.get("sl-violations")
        assert violations is None, f"{response.request.method} {response.request.url.path}: {violations}"
        checked.append(f"{response.request.method} {response.request.url.path}")

    http = httpx.Client(event_hooks={"response": [refuse_violations]})
    with v0.Client(exa_prism.api_key, base_url=exa_prism.url, http_client=http) as client:
        client.imports._sleep = exa_prism.clock.advance  # waiting moves the fake's time
        created = client.imports.create(csv=COMPANIES, entity={"type": "company"}, title="Contract", metadata={})
        done = client.imports.wait(created.id)
        assert str(done.status) == "completed"
        client.imports.update(created.id, title="Contract, renamed")
        page = client.imports.list_page(limit=1)
        assert [imp.id for imp in client.imports.list(page_size=1, limit=3)]
        if page.next_cursor:
            client.imports.list_page(cursor=page.next_cursor, limit=25)
        client.imports.delete(created.id)
    assert {"POST /v0/imports", "GET /v0/imports", "PATCH /v0/imports/" + created.id} <= set(checked)
