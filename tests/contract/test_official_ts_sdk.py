"""The official TypeScript SDK (``@pinecone-database/pinecone`` 9.0, pinned with its lockfile in package.json),
unchanged, against the emulator: ``ts/official_sdk.test.mjs`` run by ``node --test``, an independent client in
another language reading the same API. Vectors, namespaces created with a schema, integrated records searched by
text with reranking, and a document round trip; the SDK sends ``X-Pinecone-Api-Version: 2026-07``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pinecone_dataplane.emulator import running_emulator

from .test_official_sdk import SCHEMA

HERE = Path(__file__).parent
SUITE = HERE / "ts" / "official_sdk.test.mjs"
SDK = HERE / "node_modules" / "@pinecone-database" / "pinecone"
DIMENSION = 64  # wide enough that the lexical embedder's hashed words rarely share a position


def test_the_typescript_sdk_passes_its_suite() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    if not SDK.is_dir():
        raise RuntimeError(f"{SDK} is missing: run `make test` (it runs npm ci in {HERE})")
    with running_emulator(dimension=DIMENSION, embedding_field="chunk_text", document_schema=SCHEMA) as emulator:
        # The key reaches the suite only through its environment, as the SDK reads it.
        env = {
            "PATH": os.environ.get("PATH", ""),
            "EMULATOR_URL": emulator.url,
            "EMULATOR_API_KEY": emulator.api_key,
            "EMULATOR_DIMENSION": str(DIMENSION),
        }
        run = subprocess.run(
            [node, "--test", "--test-reporter=tap", str(SUITE)],
            cwd=HERE,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-4000:]
    assert "# fail 0" in run.stdout
