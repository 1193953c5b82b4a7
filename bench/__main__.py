"""``python -m bench``: run every measure, print the tables and write docs/benchmarks.md.

``--size tiny`` runs each measure on a token size, to check the scripts work (a test does); its figures
mean nothing. ``--only`` picks measures by number.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from . import (
    _cold_start,
    _concurrency,
    _decoding,
    _diffing,
    _distributed,
    _emulator,
    _latency,
    _listing,
    _upsert_many,
    _validate,
    _vectors,
    _wait,
)
from ._report import Section, machine, official_installed, targets_table

MEASURES: dict[str, Callable[[str], Section]] = {
    "1": _cold_start.run,
    "2": _latency.run,
    "3": _listing.run,
    "4": _decoding.run,
    "5": _wait.run,
    "6": _validate.run,
    "7": _emulator.run,
    "8": _vectors.run,
    "9": _diffing.run,
    "10": _concurrency.run,
    "11": _distributed.run,
    "12": _upsert_many.run,
}
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

HEADER = """# Benchmarks

pinecone-dataplane against the official `pinecone` SDK and against raw httpx (a baseline), measured side by
side in one run on one machine: every ratio compares two medians of the same run. Lower is better everywhere
but throughput. Every timed figure is the median of repeated runs in which the contenders take turns (the
order rotating from round to round), followed by its interquartile range in brackets: how much it moved.
"""

NOTES = """## Reading the results

Written by hand on 2026-11-25 from runs like the one above; the tables are this run's, these notes are not.

**Decoding (target: at most 1.0× the official decoder).** The table "Where ours spends it" is the profile.
The official SDK hands the bytes to msgspec, which decodes them in C straight into its structs and keeps
timestamps as strings. Since 2026-12-03 ours does the same into msgspec Struct twins of the generated models
(`_core.model_body`, `_core/_typed.py`: derived from each model on its first answer, unknown fields refused),
then copies each twin into its attrs model with a conversion written out per model, parsing the two timestamps
into datetimes as `from_dict` does (`datetime.fromisoformat`, the tolerant parser when it refuses). A body a
twin refuses (another spelling, an unknown field, a decimal-string integer, a wrong type) is read by the
tolerant path, `from_dict` over `_core.json_body`, as before, so nothing reads differently; the snake_case row
is that path. Measured 2026-12-03 on a busy shared machine, in one run: ours 2.05× the official decoder, the
tolerant path alone 6.2× (it was ours until then; 5.8× on a quieter run), msgspec into our twins alone 0.92×.
That last row is the floor: the same C decoding the official SDK does, into structs of our fields. What ours
adds to it is Python, per object: making the attrs instance and setting its nine attributes (about 0.6× the
whole official decode for 100 imports), and two `datetime.fromisoformat` (about 0.4×); msgspec's own datetime
parsing would be faster, but it rounds digits beyond microseconds where `fromisoformat` cuts them, so a
timestamp would read differently by path. Reaching 1.0× would take the public models being msgspec Structs
themselves, with unknown fields and other spellings kept some other way; that is not done.

**Noise.** The machine is small (2 cores, client and server on one each) and shared: from one run to the next,
wall times of the server measures move by 10-20 %, so a ratio within a few percent of its limit can land on
either side of it. The in-process decoding figures are steadier.

**Per-call latency and long listing.** A describe call costs the same with every client, within the noise of a
loopback call. On a page of 100 imports, and so on the long listing of 100 pages, the difference to the official
SDK is mostly the decoding above, paid per page. Peak memory: ours, like raw httpx + json, holds one page as
dicts while it is read (and ours the page's models as they are built); the official SDK decodes into its structs
directly and holds no dicts.

**Cold start** (rewritten 2026-12-03). The targets are on the first answered call, the like-for-like row:
ours defers loading its generated package, attrs and the models to the first call, so "a ready client" (about
the cost of `import httpx` alone) compares ours before that work with the official SDK after its own; that row
is shown for information only. Through the first describe, ours read 0.81× the official SDK in the run that
moved the target here, where the ready client had read 0.41× to 0.53×. The first call imports only the models
it uses: the generated `models` package loads each model on first use of its name (a custom
`models_init.py.jinja`). The measured processes may cache bytecode even where PYTHONDONTWRITEBYTECODE is set:
otherwise this checkout's modules were compiled at every start while the installed SDKs' were compiled at
install. A bare `import httpx` here includes httpx's command line (rich and click, which it loads whenever they
are installed), about 55 ms of it.

**wait().** The schedule (first poll at once, then 1 s growing 1.5× per poll up to 20 s) keeps the number of
requests low (an import of ten minutes costs 37). On its own it would return up to a whole pause (20 s) after an
import ends: a 60 s import returned 9.3 s late. So the last pause is cut to when the percentage's growth says the
import should end (never under 1 s): for an import that progresses steadily, as here, wait() returns within a
fraction of a second of the end, with the same number of requests.

**Vector hot paths** (measure 8; written 2026-12-02 from runs like the one above, on a shared 2-core machine
where two figures of one row move by 10-20 % between runs: read the ratios, and rerun before trusting one
within 10 % of its limit). What each change paid, as ours ÷ official in interleaved runs before and after:
request bodies written once from the keyword arguments (`_core._wire`: the JSON the body model would write,
without building it; the caller's lists go into the body as they are) and constraint checks that build a
value's name only when they raise, upsert 100 × 1536 1.33× → 0.97×, upsert 1000 1.05× → 0.91×, threaded
upsert throughput 0.60× → 0.91×; models importing the models they nest once rather than in every
`from_dict`, and free-form objects copied in one step, decoding a query answer's 100 matches 0.94 → 0.28 ms;
requests handed straight to the overlay's transport when httpx's client would add nothing to them (as the
official SDK does), with headers merged once, describe 1.06× → 0.63-0.77×, list pages 1.10-1.34× → 0.95-1.07×,
query top_k 10 1.51× → 1.0-1.17×. What is left, by row: **query top_k 100 and fetch** are the transfer
(raw httpx) plus reading 1.9 MB of JSON; ours decodes it with msgspec into the models' twins (since
2026-12-03; before, msgspec untyped then `from_dict`), about as fast as msgspec untyped, so the row "raw
httpx + msgspec" is that reading alone, and ours sits at it within the noise (converting 100 twins costs
0.1-0.5 ms). The
official SDK decodes with msgspec into its own structs, about as fast; orjson would be 1.5-2 ms faster on this
body, but its parser reserves about 12 times the body while it parses (tracemalloc; measured by the process's
peak RSS it touches about 2.2 times the body more than msgspec: 5.4× against 3.3×, the result included), so
the 1 MiB cap stays and a large body cut off midway is refused before any parser sees it. **Upsert ≤ 0.8×**
and **throughput ≥ 1.2×**: the official SDK now writes its bodies with orjson and posts them as raw httpx
does, and the rows "raw httpx + orjson" sit at 0.9-1.1× of it in latency. Those rows are a baseline, not a
floor: in threaded throughput ours has measured well above raw httpx + orjson (about 1.7× in one run), so how a
client shares its connections between threads counts there as much as how it writes a body. Until 2026-12-03
each throughput contender ran once, ours first; the throughput figures are now medians of interleaved rounds,
and the targets are judged on those. **Memory**: 100 lists of 1536 Python floats are 2.6 times the JSON they
came from (a float is 24 bytes and its list slot 8, against about 12.5 characters of JSON), and the body is held
while it is parsed, so any decoder that returns lists of floats holds at least 3.6× (computed from those sizes,
not measured); ours is 3.77×, the official SDK 3.73×.

**Comparing API versions** (rewritten 2026-12-03 from a run at load average 5-6 on the 2-core machine, so read
the ratios, which are of interleaved runs, rather than the times). Until then nearly all of `diff 2025-10 2026-04`
by version (2.6 s, 20× oasdiff) was griffe reading the two generated packages. `_python` now reads their source
with the standard library's `ast` by griffe's rules (the entries are identical on all four versions), skips
private modules, parses a file the two versions share once, and keeps each package's surface in the user's cache
by the content of its files; parsed documents are kept the same way. The plain rows are a maintainer's second and
later runs, the `--no-cache` rows a first run or CI on a fresh machine. Cached, ours is 1.4-2.0× oasdiff 1.10.28
(the binary, measured in the same run) by version and 1.3-1.65× as files: what is left is the interpreter's
start-up and the imports (a third each), comparing the documents (`spec_changes`, an eighth) and hashing the
sources to find their cached surfaces (a tenth). Nothing cached, as files ours is 2.3-2.65× oasdiff (libyaml
building the two documents is a sixth of that process) and by version 6.2-6.8×: parsing the ~110 distinct
modules with `ast` is 60 % of that process, and would take reading less of them to shrink. oasdiff 1.10.28
cannot read Exa's published Websets document (3.1's numeric `exclusiveMinimum`); ours compares it. The rows before
2026-12-03 also timed PyYAML's pure-Python parser, which libyaml's (`yaml.CSafeLoader`) replaced on 2026-12-01;
"Where it goes" shows what reading the documents costs now.

**upsert_many** (measure 12; rewritten 2026-12-03 from a run of this measure alone on a shared 2-core machine
at load average 6-10, so read the ratios, not the rates). 100,000 × 1536 float32 rows against a sink that
answers each body's count without storing it, three interleaved rounds, after the official SDK's four ways were
tried on 10,000 of the rows: its threaded `upsert(batch_size=100, max_concurrency=8)` was the fastest (1,400
vectors/s there, its asyncio index 1,049 at the same batch size) and is the baseline. Ours with 8 threads read
1.23× that baseline (the target, 1.5×, not met in this run; an earlier single round at load 15-20 had read
2.01×), ours with tasks 1.06×, and ours with threads 0.56× of the floor, raw httpx posting orjson's bodies of the
same rows with no checks, retries or accounting. Where ours' lead comes from: ours writes each numpy row as
float32 (orjson's own numpy path: about 10 characters a number, exact), while the official SDK turns every row
into Python floats (`tolist()`) and writes them as float64 (about 19), so it builds twice the bytes and a Python
float per number first. Given the same rows as Python lists, ours is at 1.01× the official SDK, which is the
floor for lists: both are then orjson writing float64. Our tasks (0.48× the floor) write each batch's JSON on
the event loop, which then sends nothing meanwhile; threads send while the next batch is written. Peak memory
(tracemalloc, the input excluded) read 3.40× the bodies in flight (8 × 2 MB) in this run, where the earlier one
had read 1.83×: the batch being filled, its joined body and the rows of the chunk being read come on top of the
bodies in flight, and why the peak doubled between the two runs is not yet known, so that target is not met.

"""

RERUN = """## How to rerun

```sh
make bench                              # installs the bench extra (the official SDK), runs everything, writes this file
.venv/bin/python -m bench --only 2 4    # some measures; prints them and rewrites this file with those only
.venv/bin/python -m bench --size tiny   # a token run that checks the scripts (figures meaningless; writes nothing)
.venv/bin/python -m bench._emulator     # the emulator's data plane alone (measure 7); prints its section
.venv/bin/python -m bench._vectors      # the vector hot paths alone (measure 8): ours, the official SDK, raw httpx
.venv/bin/python -m bench._concurrency  # a cheap request during heavy ones in the emulator alone (measure 10)
.venv/bin/python -m bench._upsert_many  # upsert_many of 100,000 x 1536 against a sink (measure 12) alone
.venv/bin/python -m bench --only 9 --oasdiff PATH  # the diff beside oasdiff (also OASDIFF=PATH make bench)
```

The scripts are in `bench/`; a full run took about ten minutes before measure 12 was added, which alone took
about eleven on a busy 2-core machine. A new measure times its contenders with
`bench._report.compare` (or `acompare`), which interleaves and repeats them and returns medians with their
spread (see the top of `bench/_report.py`). The server measures (1-3) run against the
emulator in a process of its own (`bench/_server.py`), seeded with finished imports; the official SDK is told
to send `X-Pinecone-Api-Version: 2026-04` (it speaks 2026-07 by default, which the emulator does not serve).
"""


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=("full", "tiny"), default="full")
    parser.add_argument("--only", nargs="+", choices=list(MEASURES), default=list(MEASURES))
    parser.add_argument("--output", type=Path, help="default: docs/benchmarks.md for a full run, none for a tiny one")
    parser.add_argument(
        "--oasdiff",
        metavar="PATH",
        help=f"the oasdiff binary measure 9 sets ours beside (default: ${_diffing.OASDIFF_VARIABLE}, or on PATH)",
    )
    args = parser.parse_args()
    if args.oasdiff:
        os.environ[_diffing.OASDIFF_VARIABLE] = args.oasdiff
    output = args.output or (DEFAULT_OUTPUT if args.size == "full" else None)
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
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text("\n\n".join(part.strip() for part in document) + "\n")
        print(f"wrote {output}")


if __name__ == "__main__":
    main()
