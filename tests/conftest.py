from __future__ import annotations

import os
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx._transports.default as httpx_transports
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


@pytest.fixture(scope="session", autouse=True)
def one_certificate_store_per_setting() -> Iterator[None]:
    """Each httpx transport loads the CA bundle into an SSL context of its own when it is made (0.1 to 0.5 s of
    CPU on a small machine), though nearly every test speaks plain HTTP on loopback and makes many clients: the
    suite makes the default context once per CA setting (SSL_CERT_FILE, SSL_CERT_DIR) and shares it, as one
    application's clients may. A context asked for with other arguments (a CA, a client certificate) is made
    afresh, as httpx makes it. State shared by the whole session, undone at its end."""
    make = httpx_transports.create_ssl_context
    made: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}

    def shared(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is not True or cert is not None:
            return make(verify=verify, cert=cert, trust_env=trust_env)
        setting = (trust_env, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if setting not in made:
            made[setting] = make(verify=True, trust_env=trust_env)
        return made[setting]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(httpx_transports, "create_ssl_context", shared)
        yield
