"""`make demo`: a bulk import from start to finish against the local emulator, driven by the real CLI.

Writes a sample dataset (two namespaces, 300,000 records in six Parquet files, five bad records), starts
the emulator, imports it with `pinecone-dataplane imports start ... --error-mode continue --wait`,
describes and lists imports, shows the namespaces' vector counts, starts a second import and cancels it
once it is a quarter done (it stops a little later, before its next batch), and ends by querying the
imported vectors through the SDK's typed client: the nearest neighbours of one of them. Everything lives
in a temporary directory that is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pinecone_dataplane import errors, v2026_04
from pinecone_dataplane.emulator import running_emulator, write_dataset

RECORDS_PER_SECOND = 100_000  # slow enough to watch the progress bar, fast enough to finish in seconds
CANCEL_AT_PERCENT = 25.0


def step(title: str) -> None:
    print(f"\n=== {title}", flush=True)


def find_cli() -> str | None:
    beside_python = Path(sys.executable).parent / "pinecone-dataplane"
    return str(beside_python) if beside_python.exists() else shutil.which("pinecone-dataplane")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=find_cli(), help="the pinecone-dataplane command to drive")
    args = parser.parse_args(argv)
    if args.cli is None:
        print("demo: no pinecone-dataplane command; install the project or pass --cli PATH", file=sys.stderr)
        return 1
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pinecone-dataplane-demo-") as scratch:
        try:
            run_demo(Path(scratch), args.cli)
        except subprocess.CalledProcessError as failed:
            command = shlex.join(failed.cmd)
            print(f"\ndemo: `{command}` exited with status {failed.returncode}", file=sys.stderr)
            return 1
        except DemoError as error:
            print(f"\ndemo: {error}", file=sys.stderr)
            return 1
    print(f"\nDemo finished in {time.monotonic() - began:.1f} s.")
    return 0


class DemoError(Exception):
    pass


def run_demo(buckets: Path, cli_path: str) -> None:
    step("Writing a sample dataset: s3://demo-bucket/catalog and s3://demo-bucket/archive")
    catalog = write_dataset(
        buckets / "demo-bucket" / "catalog",
        {"articles": 150_000, "products": 150_000},
        files_per_namespace=3,
        bad_records=5,
    )
    write_dataset(buckets / "demo-bucket" / "archive", {"archive": 200_000}, files_per_namespace=2, seed=1)
    for path in sorted(catalog.rglob("*.parquet")):
        print(f"  {path.relative_to(buckets)}  ({path.stat().st_size / 1e6:.1f} MB)")

    step(f"Starting the emulator (bucket root {buckets}, {RECORDS_PER_SECOND:,} records/s)")
    with running_emulator(
        subprocess=True, bucket_root=buckets, dimension=8, records_per_second=RECORDS_PER_SECOND
    ) as emulator:
        print(f"  listening on {emulator.url}")
        env = {**os.environ, "PINECONE_API_KEY": emulator.api_key}  # the key never goes on a command line

        def cli(*arguments: str, capture: bool = False) -> str:
            shown = ["pinecone-dataplane", "--host", emulator.url, *arguments]
            print(f"\n$ {shlex.join(shown)}", flush=True)
            done = subprocess.run(
                [cli_path, "--host", emulator.url, *arguments],
                env=env,
                check=True,
                text=True,
                stdout=subprocess.PIPE if capture else None,
            )
            if capture:
                print(done.stdout, end="", flush=True)
            return done.stdout or ""

        # The CLI covers imports; the Python SDK shows the rest (namespaces) and watches the second import.
        sdk = v2026_04.Client(host=emulator.url, api_key=emulator.api_key)

        step("Import the catalog, skipping bad records, and watch it to completion")
        cli("imports", "start", "s3://demo-bucket/catalog", "--error-mode", "continue", "--wait")
        newest = cli("--json", "imports", "list", "--limit", "1", capture=True).splitlines()[0]
        first_id = json.loads(newest)["id"]
        cli("imports", "describe", first_id)
        cli("imports", "list")

        step("Vector counts per namespace (the SDK: client.namespaces.list())")
        for namespace in sdk.namespaces.list():
            print(f"  {namespace.name:<12} {namespace.record_count:>9,}")

        step(f"Start a second import and, once it passes {CANCEL_AT_PERCENT:.0f}%, cancel it")
        started = cli("--json", "imports", "start", "s3://demo-bucket/archive", capture=True)
        second_id = json.loads(started)["id"]
        model = wait_for_progress(sdk, second_id)
        print(f"  import {second_id} is {model.status} at {model.percent_complete:.0f}%")
        cli("imports", "cancel", second_id)
        cli("imports", "describe", second_id)
        final = sdk.imports.describe(second_id)
        if final.status != "Cancelled":
            raise DemoError(f"import {second_id} ended {final.status}, not Cancelled")
        try:
            count = sdk.namespaces.describe("archive").record_count
        except errors.NotFoundError:
            count = 0
        # The import runs on while the cancel command starts, and stops before its next batch.
        print(
            f"  cancelled when the SDK saw {model.percent_complete:.0f}%; it stopped at "
            f"{final.percent_complete or 0:.0f}% and kept the {count:,} records it had written to 'archive'"
        )

        step("Query the imported vectors (the SDK: client.vectors.query)")
        show_neighbours(sdk, namespace="articles")
        step("Stopping the emulator")


def show_neighbours(sdk: v2026_04.Client, *, namespace: str) -> None:
    """The nearest neighbours of the namespace's first record, with their metadata: the import is queryable."""
    first = sdk.vectors.list_page(namespace=namespace, limit=1).vectors
    if not first or not first[0].id:
        raise DemoError(f"namespace {namespace!r} lists no records to query")
    query_id = first[0].id
    print(f"  client.vectors.query(id={query_id!r}, top_k=5, namespace={namespace!r}, include_metadata=True)")
    found = sdk.vectors.query(id=query_id, top_k=5, namespace=namespace, include_metadata=True)
    for match in found.matches or []:
        metadata = match.metadata.to_dict() if match.metadata else {}
        print(f"  {match.id:<20} score {match.score:.4f}  metadata {json.dumps(metadata)}")
    if not found.matches or found.matches[0].id != query_id:
        raise DemoError(f"querying by {query_id} did not find that record first")


def wait_for_progress(sdk: Any, import_id: str) -> Any:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        model = sdk.imports.describe(import_id)
        if model.status not in ("Pending", "InProgress"):
            raise DemoError(f"import {import_id} ended {model.status} before it could be cancelled")
        if (model.percent_complete or 0) >= CANCEL_AT_PERCENT:
            return model
        time.sleep(0.05)  # a demo watching a live import; nothing to synchronise with
    raise DemoError(f"import {import_id} made no progress in 30 s")


if __name__ == "__main__":
    sys.exit(main())
