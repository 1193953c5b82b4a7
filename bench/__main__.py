"""``python -m bench``: run every measure, print the tables and write docs/benchmarks.md.

``--size tiny`` runs each measure on a token size, to check the scripts work (a test does); its figures
mean nothing. ``--only`` picks measures by number.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from . import _cold_start, _decoding, _latency, _listing, _wait
from ._report import Section, machine, official_installed, targets_table

MEASURES: dict[str, Callable[[str], Section]] = {
    "1": _cold_start.run,
    "2": _latency.run,
    "3": _listing.run,
    "4": _decoding.run,
    "5": _wait.run,
}
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

HEADER = """# Benchmarks

pinecone-dataplane against the official `pinecone` SDK and against raw httpx (the floor), measured side by
side in one run on one machine: every ratio compares two figures of the same run. Lower is better everywhere.
"""

NOTES = """## Reading the results

TODO

"""

RERUN = """## How to rerun

```sh
make bench                              # installs the bench extra (the official SDK), runs everything, writes this file
.venv/bin/python -m bench --only 2 4    # some measures; prints them and rewrites this file with those only
.venv/bin/python -m bench --size tiny   # a token run that checks the scripts, figures meaningless
```

The scripts are in `bench/`; a full run takes a few minutes. The server measures (1-3) run against the
emulator in a process of its own (`bench/_server.py`), seeded with finished imports; the official SDK is told
to send `X-Pinecone-Api-Version: 2026-04` (it speaks 2026-07 by default, which the emulator does not serve).
"""


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=("full", "tiny"), default="full")
    parser.add_argument("--only", nargs="+", choices=sorted(MEASURES), default=sorted(MEASURES))
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    if not official_installed():
        print("the official SDK is not installed (pip install -e '.[bench]'): its rows are left out")
    sections = []
    for key in args.only:
        started = time.perf_counter()
        section = MEASURES[key](args.size)
        print(section.markdown(), f"\n({time.perf_counter() - started:.0f} s)\n", flush=True)
        sections.append(section)
    targets = "## Targets\n\n" + targets_table(sections).markdown()
    document = [HEADER, "\n".join(machine()), targets, *(section.markdown() for section in sections), NOTES, RERUN]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n\n".join(part.strip() for part in document) + "\n")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
