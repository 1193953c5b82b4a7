"""``python -m soak``: hundreds of bulk-import workflows and 100,000 vectors written with upsert_many, fetched
and queried against a faulty emulator, then the figures.

Exits 1 when a workflow ended otherwise than planned, an import was started twice, a vector was not stored
once with its values and metadata, or a call to a server that is down took longer than the retry policy
allows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from .campaign import Setup, campaign, give_up, give_up_bound, server_down


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m soak", description=__doc__.splitlines()[0])
    parser.add_argument("--workflows", type=int, default=400, help="import workflows")
    parser.add_argument(
        "--vectors", type=int, default=100_000, help="vectors upserted in all, over one workflow per version and face"
    )
    parser.add_argument("--concurrency", type=int, default=32, help="workflows at a time, per face")
    parser.add_argument("--fail-rate", type=float, default=0.3, help="share of requests answered 503")
    parser.add_argument("--retry-after", type=float, default=1.0, help="its Retry-After, for half the workflows")
    parser.add_argument("--latency", default="100-500", help="milliseconds, LOW-HIGH")
    parser.add_argument("--drop-rate", type=float, default=0.05)
    parser.add_argument("--lost-response-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    low, _, high = args.latency.partition("-")
    setup = Setup(
        fail_rate=args.fail_rate,
        retry_after=args.retry_after,
        latency=(float(low) / 1000, float(high or low) / 1000),
        drop_rate=args.drop_rate,
        lost_response_rate=args.lost_response_rate,
        seed=args.seed,
        concurrency=args.concurrency,
    )
    print(f"soak: {args.workflows} workflows, {args.vectors} vectors, {setup}", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="soak-") as bucket_root:
        figures = campaign(Path(bucket_root), args.workflows, setup, vectors=args.vectors)
    print(f"ran in {time.monotonic() - started:.0f} s")
    print("\n".join(figures.lines()))
    for wrong in figures.wrong:
        print(f"  {wrong}")
    ok = (
        not figures.wrong
        and figures.duplicates == 0
        and figures.vector_duplicates == 0
        and figures.imports_started == figures.workflows
    )
    for kind, timeout in (("refused", 1.0), ("silent", 1.0)):
        bound = give_up_bound(2, timeout)
        with server_down(kind) as url:
            error, took = give_up(url, lambda client: client.imports.describe("1"), max_retries=2, timeout=timeout)
        # A little room for the machine: sending, connecting and scheduling take time the policy cannot.
        within = took <= bound * 1.05
        ok = ok and within
        print(
            f"server down ({kind}): describe gave up after {took:.2f} s with {type(error).__name__}; "
            f"bound {bound:.2f} s ({give_up_bound(2, 0.0):g} s of pauses + 3 x {timeout:g} s timeouts): "
            f"{'within' if within else 'EXCEEDED'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
