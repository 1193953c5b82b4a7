"""The client against Stoplight Prism: every request we send conforms to our specs, every response parses.

Prism runs with --errors, so a request that violates the spec (a missing header, a wrong query type, a
body that does not match its schema) is answered with an error, which the overlay raises.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import pinecone_dataplane

from .._spec_examples import call_arguments, generated_operations
from ..conftest import SPECS, spec_versions
from ._prism import running_prism

KEY = "contract-test-key"
VERSIONS = spec_versions()
DYNAMIC_ROUNDS = 3
# The operations whose answers Prism cannot generate so that its own check passes (see
# prism_rejected_its_own_answer), from its examples (static) and from its schemas (dynamic, seeded): their
# requests are checked, their answers are not. Named, so that an operation Prism newly fails to answer fails
# the test rather than counting as called. Each is answered in the other mode, so every answer is parsed.
PRISM_CANNOT_ANSWER = {
    "static": {"2026-07": {"GET /vectors/fetch", "POST /vectors/fetch_by_metadata"}},
    "dynamic": {"2026-07": {"GET /namespaces/{namespace}", "POST /namespaces"}},
}


def refuse_violations(response: httpx.Response) -> None:
    # Prism reports what it disliked in this header even when it still answers 2xx.
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{response.request.method} {response.request.url.path}: {violations}"


def client_for(version: str, url: str) -> Any:
    facade = getattr(pinecone_dataplane, "v" + version.replace("-", "_"))
    http = httpx.Client(event_hooks={"response": [refuse_violations]})
    # Prism's dynamic answers ignore what a request asks for (a query's top_k, say), so they may exceed the cap
    # the SDK derives from the request; the cap is not what these tests are about.
    return facade.Client(host=url, api_key=KEY, http_client=http, max_retries=0, max_response_bytes=1 << 30)


@pytest.fixture(scope="module", params=VERSIONS)
def static_prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    with running_prism(SPECS / f"db_data_{request.param}.oas.yaml") as url:
        yield request.param, url


@pytest.fixture(scope="module", params=VERSIONS)
def dynamic_prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    with running_prism(SPECS / f"db_data_{request.param}.oas.yaml", dynamic=True) as url:
        yield request.param, url


def prism_rejected_its_own_answer(error: pinecone_dataplane.errors.ApiError) -> bool:
    """Whether Prism accepted the request but could not make an answer its own check passes.

    Its example generator ignores some of what 2026-07 states (an `anyOf` of required fields, `maxProperties`,
    `format: byte` inside free-form details): with --errors, it then answers 500 listing only response
    violations. The request conformed, which is what these tests check; there is no answer to parse.
    """
    try:
        problem = json.loads(error.body)
    except ValueError:
        return False
    violations = problem.get("validation", []) if isinstance(problem, dict) else []
    return (
        error.status_code == 500
        and str(problem.get("type", "")).endswith("#VIOLATIONS")
        and bool(violations)
        and all(violation["location"][0] == "response" for violation in violations)
    )


@dataclass
class Calls:
    """What each operation's call came to: ``parsed`` (a 2xx whose body parsed), or ``unanswered`` (Prism took
    the request but could not make an answer of its own that passes its check: the request is checked, no
    answer is)."""

    parsed: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)


def call_every_operation(version: str, url: str, spec: dict[str, Any]) -> Calls:
    client = client_for(version, url)
    calls = Calls()
    for method, path, operation, module in generated_operations(
        spec, f"pinecone_dataplane.v{version.replace('-', '_')}"
    ):
        try:
            response = module.sync_detailed(client=client.raw, **call_arguments(spec, operation, module))
        except pinecone_dataplane.errors.ServerError as error:
            if not prism_rejected_its_own_answer(error):
                raise
            calls.unanswered.append(f"{method} {path}")
            continue
        assert 200 <= response.status_code < 300
        if response.content:
            assert response.parsed is not None, f"{method} {path}: 2xx body did not parse"
        calls.parsed.append(f"{method} {path}")
    return calls


def spec_operations(spec: dict[str, Any]) -> int:
    return sum(1 for item in spec["paths"].values() for key in item if key != "parameters")


def test_every_generated_operation_is_accepted_and_parses(static_prism, load_spec):
    version, url = static_prism
    spec = load_spec(version)
    calls = call_every_operation(version, url, spec)
    # Every operation but the ndjson upsert (not generated; test_ndjson_upsert_breaks_no_other_rule) is called.
    assert len(calls.parsed) + len(calls.unanswered) == spec_operations(spec) - 1
    assert set(calls.unanswered) == PRISM_CANNOT_ANSWER["static"].get(version, set())


# Prism does not parse application/x-ndjson: it checks the raw text against the body's array schema and
# reports "Request body must be array" for any ndjson body (and, with --errors, then fails generating
# the rpcStatus error example). So the upsert runs against a Prism without --errors, and that one
# complaint is the only request violation allowed.
PRISM_CANNOT_PARSE_NDJSON = {"location": ["request", "body"], "code": "type", "message": "Request body must be array"}


@pytest.mark.parametrize("version", VERSIONS)
def test_ndjson_upsert_breaks_no_other_rule(version):
    with running_prism(SPECS / f"db_data_{version}.oas.yaml", errors=False) as url:
        facade = getattr(pinecone_dataplane, "v" + version.replace("-", "_"))
        client = facade.Client(host=url, api_key=KEY, max_retries=0)
        with pytest.raises(pinecone_dataplane.errors.UnprocessableEntityError) as caught:
            client.records.upsert("books", [{"_id": "1", "chunk_text": "a"}, {"_id": "2", "chunk_text": "b"}])
    violations = json.loads(caught.value.headers["sl-violations"])
    request_violations = [
        {key: v[key] for key in ("location", "code", "message")} for v in violations if v["location"][0] == "request"
    ]
    assert request_violations == [PRISM_CANNOT_PARSE_NDJSON]


def test_models_parse_every_shape_prism_generates(dynamic_prism, load_spec):
    version, url = dynamic_prism
    spec = load_spec(version)
    unanswerable = PRISM_CANNOT_ANSWER["dynamic"].get(version, set())
    for _ in range(DYNAMIC_ROUNDS):
        calls = call_every_operation(version, url, spec)
        assert set(calls.unanswered) == unanswerable
        assert len(calls.parsed) == spec_operations(spec) - 1 - len(unanswerable)


def test_every_import_verb_conforms(static_prism):
    version, url = static_prism
    imports = client_for(version, url).imports
    started = imports.start("s3://bucket/path/", error_mode="continue", integration_id="integration-1")
    assert isinstance(started.id, str)
    assert imports.describe("101").id is not None
    imports.cancel("101")
    page = imports.list_page(limit=5, pagination_token="abc")
    assert isinstance(page.data, list)
    # A static mock answers every page with the same next token: read the first page's items only.
    assert all(model.id is not None for model in itertools.islice(imports.list(limit=2), len(page.data)))
