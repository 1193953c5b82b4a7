from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def spec_versions() -> list[str]:
    return sorted(path.name[len("db_data_") : -len(".oas.yaml")] for path in SPECS.glob("db_data_*.oas.yaml"))


@pytest.fixture(scope="session")
def load_spec():
    cache: dict[str, dict] = {}

    def load(version: str) -> dict:
        if version not in cache:
            cache[version] = yaml.safe_load((SPECS / f"db_data_{version}.oas.yaml").read_text())
        return cache[version]

    return load


@pytest.fixture(autouse=True, scope="session")
def _private_cache_directory(tmp_path_factory: pytest.TempPathFactory):
    """`pinecone-dataplane diff` keeps what it read in the user's cache: the tests keep theirs apart."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield
