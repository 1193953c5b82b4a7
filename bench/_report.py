"""Tables, statistics and the machine description that every measure's section of docs/benchmarks.md uses."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import platform
import statistics
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime

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
