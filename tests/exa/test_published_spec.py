"""specs/exa_websets_v0.oas.yaml against Exa's published Websets document: equal in everything but prose.

The published file is not part of the project, so the comparison runs only when given its path:

    EXA_WEBSETS_PUBLISHED=PATH/exa-websets-spec.yaml .venv/bin/pytest tests/exa/test_published_spec.py

(``make check-exa-spec EXA_PUBLISHED=PATH`` does the same.) Without it, only the comparison itself is tested.

Prose is every description, summary and example, and the published code samples; none of ours may be
theirs word for word. Everything else (paths, operations, parameters, schemas with their type lists and
one-branch oneOfs, constraints, security, servers, titles, info.version) must be equal, value for value:
stricter than ``check-specs``'s diff of client-facing changes, which does not look at a response header's
``required``, for one.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import load_document

PROSE = frozenset({"description", "summary", "example", "examples", "x-codeSamples"})
PUBLISHED_VARIABLE = "EXA_WEBSETS_PUBLISHED"


def without_prose(node: Any, *, names: bool = False) -> Any:
    """``node`` with its prose removed; under ``properties`` the keys are field names (a field may be
    called ``description``), so they are kept."""
    if isinstance(node, dict):
        return {
            key: without_prose(value, names=key == "properties" and not names)
            for key, value in node.items()
            if names or key not in PROSE
        }
    if isinstance(node, list):
        return [without_prose(item) for item in node]
    return node


def differences(published: Any, ours: Any, pointer: str = "") -> list[str]:
    """JSON pointers at which two prose-free documents differ, each with what each side holds there."""
    if isinstance(published, dict) and isinstance(ours, dict):
        found = []
        for key in [*published, *(key for key in ours if key not in published)]:
            where = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in ours:
                found.append(f"{where}: only in the published document")
            elif key not in published:
                found.append(f"{where}: only in ours")
            else:
                found += differences(published[key], ours[key], where)
        return found
    if isinstance(published, list) and isinstance(ours, list) and len(published) == len(ours):
        return [
            line
            for index, pair in enumerate(zip(published, ours, strict=True))
            for line in differences(*pair, f"{pointer}/{index}")
        ]
    # A plain == would take 1 for True and 1.0 for 1; a document states a type too.
    if type(published) is not type(ours) or published != ours:
        return [f"{pointer or '/'}: published {published!r}, ours {ours!r}"]
    return []


@pytest.fixture(scope="module")
def ours(exa_document: dict[str, Any]) -> Any:
    return copy.deepcopy(exa_document)


def prose(node: Any, *, names: bool = False) -> set[str]:
    """Every description, summary and string example, lowercased, its spaces and final full stop dropped."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not names and key in PROSE and isinstance(value, str) and value.strip():
                found.add(" ".join(value.lower().split()).rstrip("."))
            found |= prose(value, names=key == "properties" and not names)
    elif isinstance(node, list):
        for item in node:
            found |= prose(item)
    return found


@pytest.fixture(scope="module")
def published() -> Any:
    path = os.environ.get(PUBLISHED_VARIABLE)
    if not path:
        pytest.skip(f"set {PUBLISHED_VARIABLE} to the published exa-websets-spec.yaml to compare with it")
    return load_document(Path(path))


def test_ours_matches_the_published_document_apart_from_prose(published: Any, ours: Any) -> None:
    found = differences(without_prose(published), without_prose(ours))
    assert not found, f"{len(found)} differences besides prose:\n" + "\n".join(found[:50])


def test_no_prose_is_the_published_documents(published: Any, ours: Any) -> None:
    # Ours is written anew; not even a short summary is theirs word for word.
    assert not prose(published) & prose(ours)


def test_prose_alone_is_no_difference(ours: Any) -> None:
    reworded = copy.deepcopy(ours)
    imports_create = reworded["paths"]["/v0/imports"]["post"]
    imports_create["summary"] = "Something else"
    imports_create["responses"]["201"]["headers"]["X-Request-Id"]["example"] = "req_other"
    reworded["components"]["schemas"]["Import"]["properties"]["status"]["description"] = "Reworded."
    assert differences(without_prose(ours), without_prose(reworded)) == []


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        (
            lambda d: d["components"]["schemas"]["Import"]["properties"]["status"]["enum"].append("queued"),
            "/components/schemas/Import/properties/status/enum",
        ),
        (
            lambda d: d["paths"]["/v0/imports"]["post"]["responses"]["201"]["headers"]["X-Request-Id"].update(
                required=False
            ),
            "/paths/~1v0~1imports/post/responses/201/headers/X-Request-Id/required",
        ),
        # The published single-type lists are facts too: "fixing" one is a difference.
        (
            lambda d: d["components"]["schemas"]["Import"]["properties"]["count"].update(type="number"),
            "/components/schemas/Import/properties/count/type",
        ),
        # A field named like a prose keyword is a field, not prose.
        (
            lambda d: d["components"]["schemas"]["CreateCriterionParameters"]["properties"].pop("description"),
            "/components/schemas/CreateCriterionParameters/properties/description",
        ),
        (lambda d: d["info"].update(version=0), "/info/version"),
    ],
    ids=["enum value", "header required", "type list", "field named description", "version as a number"],
)
def test_a_changed_fact_is_found_where_it_changed(ours: Any, change: Any, pointer: str) -> None:
    changed = copy.deepcopy(ours)
    change(changed)
    found = differences(without_prose(ours), without_prose(changed))
    assert len(found) == 1
    assert found[0].startswith(pointer + ":"), found
