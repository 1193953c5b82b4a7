from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml

from exa_websets.emulator import ManualClock, RunningEmulator, running_emulator

from ..conftest import SPECS

PROCESSING_SECONDS = 2.0


def load_document(path: Path) -> Any:
    # libyaml's loader, when PyYAML has it, reads the document many times faster.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.fixture(scope="session")
def exa_document() -> dict[str, Any]:
    return dict(load_document(SPECS / "exa_websets_v0.oas.yaml"))


@pytest.fixture(scope="session")
def check_schema(exa_document: dict[str, Any]) -> Callable[[Any, str], None]:
    """Asserts that a body is valid against one of the document's component schemas."""

    def check(body: Any, name: str) -> None:
        # The document as the root, so that its "#/components/schemas/..." references resolve.
        schema = {"$ref": f"#/components/schemas/{name}", "components": exa_document["components"]}
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(body), key=lambda error: error.path)
        assert not errors, f"not a valid {name}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors)

    return check


@pytest.fixture
def clock() -> ManualClock:
    """The fake's time: processing ends when a test moves it."""
    return ManualClock()


@pytest.fixture
def fake(clock: ManualClock) -> Iterator[RunningEmulator]:
    with running_emulator(clock=clock, processing_seconds=PROCESSING_SECONDS) as running:
        yield running


@pytest.fixture
def api(fake: RunningEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key}) as client:
        yield client


def csv_file(*rows: str, header: str = "name,url") -> bytes:
    return "\n".join([header, *rows, ""]).encode()


def create_body(data: bytes, *, count: int | None = None, **extra: Any) -> dict[str, Any]:
    rows = data.decode("utf-8", "replace").strip().count("\n")
    body = {"format": "csv", "size": len(data), "count": rows if count is None else count}
    return {**body, "entity": {"type": "company"}, **extra}
