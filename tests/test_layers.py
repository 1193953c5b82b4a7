"""The package's shape: real version packages (no import hook), layers that only point down, and faults in
the SDK's own code reported as themselves rather than as the server's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import httpx
import pytest

from apiwire import _codegen
from pinecone_dataplane import errors, v2026_04
from pinecone_dataplane._versions import module_attribute

from .conftest import ROOT, spec_versions

# The tools sit above the SDK; every other hand-written module sits below the generated versions.
TOOLS = ("cli", "emulator", "_diff")


def test_importing_a_version_leaves_the_import_system_as_it_was() -> None:
    script = (
        "import sys\n"
        "finders = list(sys.meta_path)\n"
        "import pinecone_dataplane.v2026_04, pinecone_dataplane.v2026_04.models\n"
        "print(sys.meta_path == finders, pinecone_dataplane.v2026_04.__file__)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    same, location = result.stdout.split()
    assert same == "True"
    assert Path(location).is_file()  # a real package on disk


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> grimp.ImportGraph:
    site = tmp_path_factory.mktemp("layout")
    _codegen.write_layout(ROOT / "overlay", ROOT / "generated", site)
    sys.path.insert(0, str(site))
    saved = {name: module for name, module in sys.modules.items() if name.startswith("pinecone_dataplane")}
    try:
        for name in saved:
            del sys.modules[name]
        return grimp.build_graph("pinecone_dataplane", "apiwire", cache_dir=None)
    finally:
        sys.path.remove(str(site))
        sys.modules.update(saved)


def test_no_hand_written_module_below_the_tools_imports_a_version(graph: grimp.ImportGraph) -> None:
    for version in spec_versions():
        package = f"pinecone_dataplane.{module_attribute(version)}"
        importers = {
            importer
            for module in graph.find_descendants(package) | {package}
            for importer in graph.find_modules_that_directly_import(module)
        }
        outside = {
            importer
            for importer in importers
            if not importer.startswith(package) and importer.split(".")[1] not in TOOLS
        }
        assert outside == set()


def test_the_layers_only_point_down(graph: grimp.ImportGraph) -> None:
    pinecone = [
        "pinecone_dataplane._lib",
        "pinecone_dataplane._client",
        "pinecone_dataplane._profile",
        "pinecone_dataplane._http",
        "pinecone_dataplane.errors",
    ]
    core = [
        "apiwire.waiting",
        "apiwire.pagination",
        "apiwire._client",
        "apiwire._http",
        "apiwire._core",
        "apiwire.profile",
        "apiwire.errors",
    ]
    assert graph.find_illegal_dependencies_for_layers(layers=pinecone) == set()
    assert graph.find_illegal_dependencies_for_layers(layers=core) == set()
    assert graph.find_shortest_chain(importer="apiwire._core", imported="apiwire._client") is None
    for module in graph.find_descendants("apiwire") | {"apiwire"}:
        assert graph.find_shortest_chain(importer=module, imported="pinecone_dataplane") is None


def test_a_fault_in_the_sdks_own_code_is_not_reported_as_a_bad_body(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(cls: type, src_dict: object) -> object:
        raise KeyError("a template bug")

    monkeypatch.setattr(v2026_04.models.ImportModel, "from_dict", classmethod(broken))
    # A snake_case field: the body is read by the tolerant path, from_dict, rather than by its msgspec twin.
    body = {"id": "1", "percent_complete": 5.0}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)))
    client = v2026_04.Client(host="idx.example.io", api_key="k" * 20, http_client=http)
    with pytest.raises(KeyError, match="a template bug"):
        client.imports.describe("1")


def test_a_body_of_the_wrong_shape_is_the_servers_fault() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"data": 5})))
    client = v2026_04.Client(host="idx.example.io", api_key="k" * 20, http_client=http)
    with pytest.raises(errors.ResponseValidationError, match="not the shape"):
        client.imports.list_page()  # a page's data is a list
