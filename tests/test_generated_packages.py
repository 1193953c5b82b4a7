"""The generated packages: present for every spec, importable side by side, complete, reproducible."""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from openapi_python_client.strings import snake_case

from apiwire import _codegen

from .conftest import ROOT, spec_versions

VERSIONS = spec_versions()
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def package(version: str):
    return importlib.import_module(f"pinecone_dataplane.v{version.replace('-', '_')}")


VERSIONS_GUIDE = ROOT / "docs" / "guides" / "versions.md"


def skipped_in_readme() -> set[tuple[str, str]]:
    """(METHOD, path) pairs the 'Operations the generator skips' table of the versions guide lists."""
    readme = VERSIONS_GUIDE.read_text()
    section = readme.split("## Operations the generator skips", 1)[1].split("\n## ", 1)[0]
    return {(m, p) for m, p in re.findall(r"^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)`", section, re.M)}


def test_both_published_versions_are_present():
    assert {"2025-04", "2026-04"} <= set(VERSIONS)


def test_versions_import_side_by_side_as_distinct_packages():
    old, new = (importlib.import_module(f"{package(v).__name__}.models") for v in ("2025-04", "2026-04"))
    assert old.ImportModel is not new.ImportModel
    assert old.ImportModel.__module__.startswith("pinecone_dataplane.v2025_04.")
    assert new.ImportModel.__module__.startswith("pinecone_dataplane.v2026_04.")
    for module in map(package, VERSIONS):
        assert (Path(module.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize("version", VERSIONS)
def test_every_spec_operation_has_a_generated_function_except_the_listed_skips(version, load_spec):
    spec = load_spec(version)
    operations = {
        (method.upper(), path): snake_case(op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }
    skipped = skipped_in_readme()
    assert skipped <= set(operations), "the README lists an operation the spec does not have"

    api_dir = Path(package(version).__file__).parent / "api"
    generated = {p.stem for p in api_dir.glob("*/*.py") if p.stem != "__init__"}
    expected = {name for key, name in operations.items() if key not in skipped}
    assert generated == expected

    for name in generated:
        (module_path,) = api_dir.glob(f"*/{name}.py")
        module = importlib.import_module(f"{package(version).__name__}.api.{module_path.parent.name}.{name}")
        for face in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, face))


IMPORT_EXAMPLES = {
    "ImportModel": {
        "id": "101",
        "uri": "s3://bucket/imports/",
        "status": "InProgress",
        "createdAt": "2026-04-01T10:00:00+00:00",
        "finishedAt": "2026-04-01T10:30:00+00:00",
        "percentComplete": 42.5,
        "recordsImported": 1000000,
        "error": "2 records skipped",
    },
    "StartImportRequest": {
        "uri": "s3://bucket/imports/",
        "integrationId": "integration-7",
        "errorMode": {"onError": "continue"},
    },
    "ListImportsResponse": {
        "data": [
            {
                "id": "1",
                "uri": "gs://b/p/",
                "status": "Completed",
                "percentComplete": 100.0,
                "recordsImported": 7,
                "createdAt": "2026-04-01T10:00:00+00:00",
            }
        ],
        "pagination": {"next": "token-2"},
    },
    "ImportErrorMode": {"onError": "abort"},
}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("model_name", sorted(IMPORT_EXAMPLES))
def test_import_models_round_trip(version, model_name):
    models = importlib.import_module(f"{package(version).__name__}.models")
    model_class = getattr(models, model_name)
    example = IMPORT_EXAMPLES[model_name]
    model = model_class.from_dict(example)
    assert model.to_dict() == example
    assert model.additional_properties == {}


@dataclass(frozen=True)
class Generation:
    tree: Path  # what the generator writes from specs/ now
    warnings: str  # what it printed on stderr meanwhile


@pytest.fixture(scope="module")
def generation(tmp_path_factory: pytest.TempPathFactory) -> Generation:
    """One generation from specs/ for the tests of this module that read one (generating takes seconds)."""
    tree = tmp_path_factory.mktemp("generation")
    printed = io.StringIO()
    with contextlib.redirect_stderr(printed):
        _codegen.generate_into(ROOT / "specs", ROOT / "generator-config.yaml", tree)
    return Generation(tree, printed.getvalue())


def test_check_generated_fails_on_one_changed_byte(tmp_path, capsys, monkeypatch, generation):
    tree = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", tree, ignore=shutil.ignore_patterns("__pycache__"))
    target = tree / "pinecone_dataplane" / "v2026_04" / "models" / "import_model.py"
    content = bytearray(target.read_bytes())
    content[-2] ^= 0x01
    target.write_bytes(bytes(content))

    def generate_into(specs, config, out, vendors=None):
        # What generating from specs/ writes (the module's one generation, which the next test reads too).
        assert (specs, config) == (ROOT / "specs", ROOT / "generator-config.yaml")
        shutil.copytree(generation.tree, out, dirs_exist_ok=True)
        return sorted(f"{package.name}.{version.name}" for package in out.iterdir() for version in package.iterdir())

    monkeypatch.setattr(_codegen, "generate_into", generate_into)
    check = ["check", "--specs", str(ROOT / "specs"), "--config", str(ROOT / "generator-config.yaml")]
    assert _codegen.main([*check, "--out", str(ROOT / "generated")]) == 0  # the tree as committed matches
    assert _codegen.main([*check, "--out", str(tree)]) == 1
    assert "differs: pinecone_dataplane/v2026_04/models/import_model.py" in capsys.readouterr().err


def test_generation_refuses_to_run_without_the_custom_templates(tmp_path):
    config = tmp_path / "generator-config.yaml"
    shutil.copy(ROOT / "generator-config.yaml", config)
    with pytest.raises(_codegen.CodegenError, match="custom templates not found"):
        _codegen.generate_into(ROOT / "specs", config, tmp_path / "out")


def test_the_readmes_table_of_skipped_operations_is_what_the_generator_warns(generation):
    # The table is what users read about missing methods; the warnings are what `make generate` prints.
    warned = {
        (spec, method, path)
        for spec, method, path in re.findall(
            r"^db_data_(\S+)\.oas\.yaml: WARNING parsing (\w+) (\S+) ", generation.warnings, re.M
        )
    }
    readme = VERSIONS_GUIDE.read_text()
    section = readme.split("## Operations the generator skips", 1)[1].split("\n## ", 1)[0]
    # "every version" stands for all of specs/, so that a new version skipping nothing new needs no edit here.
    listed = {
        (version, method, path)
        for method, path, versions in re.findall(r"^\| `(\w+) ([^`]+)`[^|]*\| ([^|]+) \|", section, re.M)
        for version in (VERSIONS if versions.strip() == "every version" else versions.replace(" ", "").split(","))
    }
    assert warned, "every version skips the newline-delimited upsert"
    assert listed == warned
