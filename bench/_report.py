"""The harness every measure's section of docs/benchmarks.md uses: timing, statistics, tables, the machine.

Timing contenders side by side (what most measures need)::

    from ._report import Section, Table, compare

    samples = compare({"ours": lambda: ours.call(), "official": lambda: index.call()}, rounds=21)
    samples["ours"].median                      # seconds per call; .low/.high: the interquartile range
    samples["ours"].cell(1e3)                   # the median and its spread in ms, as "12.3 (11.9 to 13.1)" reads
    ratio(samples["ours"].median, samples["official"].median)

``compare`` runs each contender ``warmup`` times unmeasured, then ``rounds`` rounds in which every contender
runs once (``calls`` times in a row, timed together), the order rotating from round to round, so that a slow
moment of a shared machine falls on every contender alike and none always goes first. It returns a
:class:`Sample` per contender. ``acompare`` is the same for coroutine functions on the running event loop.
A measure that is not a call per contender (a throughput, a peak) builds a ``Sample`` from its own repeated
figures: ``Sample([...])``; ``sample.per(count)`` turns seconds into counts per second.

Every figure in a table is a median with its spread (``Sample.cell``); a ratio is of two medians of the same
run. "Floor" names only a measured lower bound; a contender measured for contrast is a baseline.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

# What a table's spread is: the interquartile range of the repeated figures.
SPREAD = "median (interquartile range)"

PACKAGES = ("pinecone-dataplane", "pinecone", "httpx", "attrs", "orjson", "msgspec", "starlette", "uvicorn")


def fresh_process_env() -> dict[str, str]:
    """The environment of a measured fresh process: bytecode may be cached, as it is for an installed package.

    With PYTHONDONTWRITEBYTECODE set (as on some CI machines), a checkout's modules would be compiled from
    source at every start while an installed SDK's were compiled at install: that measures the compiler.
    """
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def official_installed() -> bool:
    """Whether the official SDK (the ``bench`` extra) is here; without it its rows say so and the rest still runs."""
    return importlib.util.find_spec("pinecone") is not None


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass(frozen=True)
class Sample:
    """Repeated figures of one contender (seconds per call, or whatever the measure counts)."""

    values: tuple[float, ...]

    def __init__(self, values: Iterable[float]) -> None:
        figures = tuple(float(value) for value in values)
        if not figures:
            raise ValueError("a sample needs at least one figure")
        object.__setattr__(self, "values", figures)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        """The first quartile (the single figure, for a sample of one)."""
        return self._quartiles()[0]

    @property
    def high(self) -> float:
        """The third quartile."""
        return self._quartiles()[1]

    def _quartiles(self) -> tuple[float, float]:
        if len(self.values) == 1:
            return self.values[0], self.values[0]
        first, _, third = statistics.quantiles(self.values, n=4, method="inclusive")
        return first, third

    def per(self, count: float) -> Sample:
        """``count`` divided by each figure: seconds for ``count`` items as items per second."""
        return Sample(count / value for value in self.values)

    def cell(self, scale: float = 1.0, digits: int = 1) -> str:
        """The median and the interquartile range, times ``scale``, for a table: 12.3 (11.9 to 13.1), with a dash."""
        low, high = sorted((self.low * scale, self.high * scale))
        return f"{number(self.median * scale, digits)} ({number(low, digits)}–{number(high, digits)})"


def compare(
    contenders: Mapping[str, Callable[[], object]], *, rounds: int, calls: int | Mapping[str, int] = 1, warmup: int = 1
) -> dict[str, Sample]:
    """Seconds per call of each contender: ``rounds`` interleaved rounds of ``calls`` calls each (see the top).

    ``calls`` may differ by contender (a mapping, e.g. from :func:`calls_for`), so that each round of a fast
    call is long enough for the clock.
    """
    names = list(contenders)
    counts = calls if isinstance(calls, Mapping) else dict.fromkeys(names, calls)
    for _ in range(warmup):
        for name in names:
            contenders[name]()
    timings: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            call, count = contenders[name], counts[name]
            started = clock()
            for _ in range(count):
                call()
            timings[name].append((clock() - started) / count)
    return {name: Sample(values) for name, values in timings.items()}


async def acompare(
    contenders: Mapping[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    calls: int | Mapping[str, int] = 1,
    warmup: int = 1,
) -> dict[str, Sample]:
    """:func:`compare` for coroutine functions, awaited one at a time on the running loop."""
    names = list(contenders)
    counts = calls if isinstance(calls, Mapping) else dict.fromkeys(names, calls)
    for _ in range(warmup):
        for name in names:
            await contenders[name]()
    timings: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            call, count = contenders[name], counts[name]
            started = clock()
            for _ in range(count):
                await call()
            timings[name].append((clock() - started) / count)
    return {name: Sample(values) for name, values in timings.items()}


def calls_for(call: Callable[[], object], seconds: float) -> int:
    """How many calls in a row take about ``seconds`` (at least one), from one timed call: for fast calls."""
    started = time.perf_counter()
    call()
    return max(1, int(seconds / max(time.perf_counter() - started, 1e-7)))


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def ratio(value: float | None, baseline: float | None) -> str:
    if value is None or not baseline:
        return "–"
    return f"{value / baseline:.2f}×"


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append([str(cell) for cell in cells])

    def markdown(self) -> str:
        lines = ["| " + " | ".join(self.headers) + " |", "|" + "|".join(" --- " for _ in self.headers) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


@dataclass
class Section:
    title: str
    intro: str
    tables: list[tuple[str, Table]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # (target, measured ratio, limit): summed up at the top of the document.
    targets: list[tuple[str, float | None, float]] = field(default_factory=list)

    def target(self, text: str, value: float | None, baseline: float | None, limit: float) -> None:
        self.targets.append((text, value / baseline if value is not None and baseline else None, limit))

    def markdown(self) -> str:
        parts = [f"## {self.title}", self.intro]
        for caption, table in self.tables:
            if caption:
                parts.append(caption)
            parts.append(table.markdown())
        parts += self.notes
        return "\n\n".join(parts)


def machine() -> list[str]:
    """One line each: CPU, cores, OS, Python, and the versions of the packages measured."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions = []
    for package in PACKAGES:
        try:
            versions.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"- Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"- Packages: {', '.join(versions)}",
    ]


def targets_table(sections: list[Section]) -> Table:
    table = Table(["target", "measured", "met"])
    for section in sections:
        for text, measured, limit in section.targets:
            verdict = "not measured" if measured is None else ("yes" if measured <= limit else "**no**")
            table.add(text, "–" if measured is None else f"{measured:.3f}×", verdict)
    return table
