"""The documentation site (mkdocs.yml, docs/, docs_hooks.py), built as ``make docs`` builds it, read as a user does.

The reference of every API version has a page per resource with an entry for every public method of both
faces, its signature naming every argument; on the sync face each argument of every method, generated or
hand-written, also has its row in the parameter table, with the description its docstring gives.
"""

from __future__ import annotations

import html
import importlib
import inspect
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from pinecone_dataplane._versions import available_versions, module_attribute, module_name

from . import docs_site
from .conftest import ROOT

MKDOCS = Path(sys.executable).parent / "mkdocs"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # `make test` runs `make docs` first: its site is read while nothing it was built from has changed since.
    if docs_site.is_current(ROOT / "site", ROOT):
        return ROOT / "site"
    target = tmp_path_factory.mktemp("site")
    command = [str(MKDOCS), "build", "--strict", "--quiet", "--site-dir", str(target)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def resource_classes(version: str) -> list[tuple[str, type]]:
    module = importlib.import_module(module_name(version))
    attributes = sorted({resource for resource, _method in module.OPERATIONS.values()})
    return [
        (attribute, getattr(module, prefix + attribute.capitalize()))
        for attribute in attributes
        for prefix in ("", "Async")
    ]


def public_methods(resource: type) -> list[tuple[str, list[str]]]:
    """Each public method and the names of its arguments (every overload's, for the overloaded ones)."""
    found = []
    for name, function in inspect.getmembers(resource, inspect.isfunction):
        if name.startswith("_"):
            continue
        names: list[str] = []
        for variant in [function, *typing.get_overloads(function)]:
            for parameter in list(inspect.signature(variant).parameters.values())[1:]:
                if parameter.kind is not parameter.VAR_KEYWORD and parameter.name not in names:
                    names.append(parameter.name)
        found.append((name, names))
    return found


def entry(page: str, anchor: str) -> str:
    """The HTML of one documented object: from its heading to the next heading of an object."""
    start = page.find(f'id="{anchor}"')
    assert start >= 0, f"no entry {anchor}"
    end = page.find('class="doc doc-heading"', page.find('class="doc doc-heading"', start) + 1)
    return page[start : end if end > 0 else len(page)]


def text_of(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment)))


VERSIONS = available_versions()


@pytest.mark.parametrize("version", VERSIONS)
def test_every_method_of_every_resource_has_an_entry_naming_all_its_arguments(site: Path, version: str) -> None:
    alias = module_attribute(version)
    for attribute, resource in resource_classes(version):
        page = (site / "reference" / alias / f"{attribute}.html").read_text(encoding="utf-8")
        methods = public_methods(resource)
        assert methods, resource
        for method, arguments in methods:
            section = entry(page, f"pinecone_dataplane.{alias}.{resource.__name__}.{method}")
            signature = text_of(section)
            for argument in arguments:
                assert re.search(rf"\b{argument}\s*:", signature), f"{resource.__name__}.{method}: {argument}"
                if not resource.__name__.startswith("Async"):
                    assert f"<code>{argument}</code>" in section, f"{resource.__name__}.{method}: no row for {argument}"


def test_the_query_page_describes_each_argument_with_its_limits_return_and_errors(site: Path) -> None:
    page = (site / "reference" / "v2026_07" / "vectors.html").read_text(encoding="utf-8")
    query = text_of(entry(page, "pinecone_dataplane.v2026_07.Vectors.query"))
    assert "How many matches to return per query. Limits: 1 to 10000. Required." in query
    for argument in ("sparse_vector", "scan_factor", "max_candidates", "filter"):
        assert re.search(rf"\b{argument}\b", query)
    assert "Limits: 0.5 to 4.0" in query  # scan_factor
    assert "QueryResponse" in query
    assert "BadRequestError" in query
    assert "ApiConnectionError" in query


def test_each_version_has_its_clients_and_models_pages_and_the_guides_are_there(site: Path) -> None:
    for version in VERSIONS:
        alias = module_attribute(version)
        clients = (site / "reference" / alias / "index.html").read_text(encoding="utf-8")
        assert f'id="pinecone_dataplane.{alias}.Client"' in clients
        assert f'id="pinecone_dataplane.{alias}.AsyncClient"' in clients
        models = (site / "reference" / alias / "models.html").read_text(encoding="utf-8")
        for name in importlib.import_module(f"{module_name(version)}.models").__all__:
            assert f'id="pinecone_dataplane.{alias}.models.{name}"' in models, name
    for guide in ("quickstart", "imports", "emulator", "cli", "versions"):
        assert (site / "guides" / f"{guide}.html").is_file()
    assert (site / "benchmarks.html").is_file()


def make_checkout(root: Path) -> None:
    for name, text in {
        "mkdocs.yml": "site_name: x\n",
        "docs_hooks.py": "",
        "docs/index.md": "# x\n",
        "overlay/pinecone_dataplane/__init__.py": '"""x"""\n',
        "generated/pinecone_dataplane/v1/__init__.py": '"""x"""\n',
        "tests/test_x.py": "",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


BUILD_INPUTS = ["mkdocs.yml", "docs_hooks.py", "docs/index.md", "docs/guides/new.md"]
BUILD_INPUTS += ["overlay/pinecone_dataplane/__init__.py", "generated/pinecone_dataplane/v1/__init__.py"]


@pytest.mark.parametrize("changed", BUILD_INPUTS)
def test_a_built_site_is_read_again_only_until_an_input_of_the_build_changes(tmp_path: Path, changed: str) -> None:
    make_checkout(tmp_path)
    site = tmp_path / "site"
    assert not docs_site.is_current(site, tmp_path)  # never built
    site.mkdir()
    (site / docs_site.STAMP).write_text(docs_site.fingerprint(tmp_path) + "\n")  # as `make docs` writes it
    assert docs_site.is_current(site, tmp_path)
    (tmp_path / "tests" / "test_x.py").write_text("def test(): pass\n")  # read by no build
    (site / "index.html").write_text("<html></html>")
    assert docs_site.is_current(site, tmp_path)
    (tmp_path / changed).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / changed).write_text("changed\n")
    assert not docs_site.is_current(site, tmp_path)
