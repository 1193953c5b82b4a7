"""The ``pinecone-dataplane emulator`` command (or ``python -m pinecone_dataplane.emulator``)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from ._dataset import write_samples
from ._server import Emulator
from ._state import Faults, Settings
from ._store import METRICS

# Looks like a key, so that nobody reads it as a word; long enough that clients redact it if echoed.
DEFAULT_API_KEY = "local-emulator-key"
_SIGNAL_CHECK = 0.2  # seconds between looks for a signal delivered to another thread


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a share between 0 and 1, not {text}")
    return value


def _latency(text: str) -> tuple[float, float]:
    """``MS`` or ``LOW-HIGH`` milliseconds, as seconds."""
    low, _, high = text.partition("-")
    try:
        bounds = (float(low) / 1000, float(high or low) / 1000)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be MS or LOW-HIGH milliseconds, not {text!r}") from None
    if not 0.0 <= bounds[0] <= bounds[1]:
        raise argparse.ArgumentTypeError(f"must be MS or LOW-HIGH milliseconds with LOW <= HIGH, not {text!r}")
    return bounds


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return value


def build_parser(prog: str = "pinecone-dataplane emulator") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Run a local emulator of Pinecone's data-plane API (bulk imports and the vector operations) on "
            "127.0.0.1. Prints its URL (http://127.0.0.1:PORT) as the first line of output and serves until "
            "interrupted."
        ),
        epilog=(
            "Sources: s3://bucket/prefix and gs://bucket/prefix read from BUCKET_ROOT/bucket/prefix, "
            "https://ACCOUNT.blob.core.windows.net/container/prefix from BUCKET_ROOT/container/prefix, and "
            "file:///absolute/dir when the directory is inside BUCKET_ROOT (nothing outside it is read, "
            "symlinks included). One sub-directory per namespace (__default__ for the default one); "
            "every *.parquet file in it is imported."
        ),
    )
    index = parser.add_argument_group("index")
    index.add_argument("--port", type=int, default=0, help="port to listen on; 0 (default) picks a free one")
    index.add_argument("--dimension", type=int, default=8, help="dimension of the dense index (default 8)")
    index.add_argument("--vector-type", choices=("dense", "sparse"), default="dense", help="default dense")
    index.add_argument(
        "--metric",
        choices=METRICS,
        help="similarity metric of queries; default cosine (dotproduct on a sparse index, its only metric)",
    )
    index.add_argument(
        "--api-key",
        help=f"the key clients must send; default $PINECONE_API_KEY, else {DEFAULT_API_KEY!r}",
    )
    index.add_argument(
        "--bucket-root", type=Path, help="directory holding the s3:// and gs:// buckets and the Azure containers"
    )
    index.add_argument(
        "--sample-data",
        action="store_true",
        help="write small Parquet datasets to import under the bucket root (a temporary one when none is "
        "given) and print their URIs",
    )
    index.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="serve requests whose Host header names NAME too (repeatable; '*' for any); by default only "
        "loopback names (localhost, 127.0.0.1, [::1]) are served, so that no web page can reach the "
        "emulator by rebinding its own name to 127.0.0.1",
    )
    index.add_argument(
        "--max-body-bytes",
        type=int,
        help="largest request body served, 413 past it; default: an upsert of 1000 vectors of the dimension "
        "with the largest ids, sparse values and metadata the specs allow",
    )
    index.add_argument(
        "--casing",
        choices=("camel", "snake"),
        default="camel",
        help="field names in responses: the spec's camelCase (default) or snake_case",
    )
    index.add_argument(
        "--embedding-field",
        help="emulate integrated embedding of this text field (upsert_records, search by text, rerank), "
        "embedded by a local lexical embedder",
    )
    index.add_argument(
        "--document-schema",
        type=_json_object,
        help='the index schema of the documents operations, as JSON: {"fields": {NAME: {"type": ...}}}',
    )
    imports = parser.add_argument_group("imports")
    imports.add_argument(
        "--records-per-second", type=float, help="slow every import to this rate, to watch it progress"
    )
    imports.add_argument(
        "--pending-seconds", type=float, default=0.0, help="how long a new import stays Pending (default 0)"
    )
    imports.add_argument(
        "--indexing-seconds",
        type=float,
        default=0.0,
        help="how long a finished import stays InProgress at 100%% while the index is built (default 0)",
    )
    imports.add_argument("--batch-size", type=int, default=10_000, help="Parquet rows read at a time (default 10000)")
    faults = parser.add_argument_group("faults")
    faults.add_argument("--fail-rate", type=_rate, default=0.0, help="share of requests answered 503")
    faults.add_argument(
        "--retry-after", type=float, default=1.0, help="Retry-After seconds on injected 503s (default 1)"
    )
    faults.add_argument(
        "--no-retry-after",
        dest="retry_after",
        action="store_const",
        const=None,
        help="send injected 503s without Retry-After",
    )
    faults.add_argument(
        "--latency",
        type=_latency,
        default=(0.0, 0.0),
        metavar="MS|LOW-HIGH",
        help="delay every response by MS, or by a uniform draw between LOW and HIGH milliseconds",
    )
    faults.add_argument(
        "--drop-rate",
        type=_rate,
        default=0.0,
        help="share of connections closed before the request is handled",
    )
    faults.add_argument(
        "--lost-response-rate",
        type=_rate,
        default=0.0,
        help="share of requests handled whose connection is then closed without an answer",
    )
    faults.add_argument("--seed", type=int, help="seed for the fault draws, to repeat a run")
    output = parser.add_argument_group("output")
    output.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug"),
        default="warning",
        help="server log level on stderr (default warning)",
    )
    output.add_argument(
        "--access-log", action="store_true", help="print one line per request on stderr: method, path, status, time"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the emulator until SIGINT or SIGTERM; 0 when stopped that way, 1 if it could not serve."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.sample_data and args.bucket_root is not None and not args.bucket_root.exists():
        args.bucket_root.mkdir(parents=True)  # it is about to hold the samples
    if args.bucket_root is not None and not args.bucket_root.is_dir():
        parser.error(f"--bucket-root {str(args.bucket_root)!r} is not a directory")
    if args.sample_data and args.vector_type == "sparse":
        parser.error("--sample-data writes dense vectors; leave out --vector-type sparse")
    with contextlib.ExitStack() as scratch:
        bucket_root = args.bucket_root
        if args.sample_data and bucket_root is None:  # removed when the emulator stops
            bucket_root = Path(scratch.enter_context(tempfile.TemporaryDirectory(prefix="emulator-buckets-")))
        try:
            settings = Settings(
                api_key=args.api_key or os.environ.get("PINECONE_API_KEY") or DEFAULT_API_KEY,
                dimension=args.dimension,
                vector_type=args.vector_type,
                metric=args.metric,
                bucket_root=bucket_root,
                casing=args.casing,
                records_per_second=args.records_per_second,
                pending_seconds=args.pending_seconds,
                indexing_seconds=args.indexing_seconds,
                batch_size=args.batch_size,
                embedding_field=args.embedding_field,
                document_schema=args.document_schema,
                allowed_hosts=frozenset(args.allow_host),
                max_body_bytes=args.max_body_bytes,
            )
            faults = Faults(
                fail_rate=args.fail_rate,
                retry_after=args.retry_after,
                latency=args.latency,
                drop_rate=args.drop_rate,
                lost_response_rate=args.lost_response_rate,
                seed=args.seed,
            )
        except ValueError as exc:
            parser.error(str(exc))
        return _serve(args, settings, faults)


def _serve(args: argparse.Namespace, settings: Settings, faults: Faults) -> int:
    samples = None
    if args.sample_data and settings.bucket_root is not None:  # written before the first import can ask
        samples = write_samples(settings.bucket_root, dimension=settings.dimension)
    wake = threading.Event()  # set by a signal, or when the server stops on its own
    signals: list[int] = []

    def on_signal(signum: int, frame: FrameType | None) -> None:
        signals.append(signum)
        wake.set()

    emulator = Emulator(
        settings,
        faults=faults,
        port=args.port,
        log_level=args.log_level,
        access_log=args.access_log,
        on_exit=wake.set,
    )
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            url = emulator.start()
        except (OSError, RuntimeError) as exc:
            print(f"pinecone-dataplane emulator: cannot serve on port {args.port}: {exc}", file=sys.stderr)
            return 1
        print(url, flush=True)
        if samples is not None:
            _print_samples(samples, settings)
        # A signal the kernel hands to another thread (uvicorn's, Arrow's) does not interrupt a wait with
        # no timeout, and Python runs its handler only when the main thread wakes: so wake up now and then.
        while not wake.wait(_SIGNAL_CHECK):
            pass
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if signals else 1


def _print_samples(samples: dict[str, tuple[int, int]], settings: Settings) -> None:
    print(f"sample data (dimension {settings.dimension}), one dataset per import:")
    for uri, (records, bad) in samples.items():
        namespace = uri.rsplit("/", 1)[-1]
        flaw = f", {bad} of them bad (import with --error-mode continue)" if bad else ""
        print(f"  {uri}  {records:,} records for namespace {namespace}{flaw}")
    sys.stdout.flush()
