"""Human and JSON output of the command line: key/value blocks, tables, times and wait progress."""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .._lib.imports import indexing, status_text

_MISSING = "-"


def clean(text: object) -> str:
    """``text`` with control characters escaped, so that a server's strings cannot drive the terminal."""
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in str(text))


def to_json(model: Any) -> str:
    # The models' own to_dict gives the API's field names; str() covers values it leaves as objects.
    return json.dumps(model.to_dict(), default=str, ensure_ascii=False)


def _present(value: object) -> bool:
    return value is not None  # an absent field reads as None


def relative(moment: datetime.datetime, now: datetime.datetime) -> str:
    """``moment`` relative to ``now``: "just now", "42 s ago", "3 min ago", "2 h ago", "5 days ago", "in 3 min"."""
    seconds = (now - moment).total_seconds()
    ahead, seconds = seconds < 0, abs(seconds)
    if seconds < 5:
        return "just now"
    amount, unit = int(seconds), "s"
    for size, name in ((86400, "days"), (3600, "h"), (60, "min")):
        if seconds >= size:
            amount, unit = int(seconds // size), name
            break
    if unit == "days" and amount == 1:
        unit = "day"
    return f"in {amount} {unit}" if ahead else f"{amount} {unit} ago"


def timestamp(value: object, now: datetime.datetime, *, short: bool = False) -> str:
    """A server timestamp in local time plus its relative form; an unparsed one as the server sent it."""
    if not isinstance(value, datetime.datetime):
        return clean(value) if _present(value) else _MISSING
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)  # the API speaks UTC
    local = value.astimezone()
    shown = local.strftime("%Y-%m-%d %H:%M" if short else "%Y-%m-%d %H:%M:%S %Z")
    return f"{shown} ({relative(value, now)})"


def percent(value: object) -> str:
    return f"{value:.1f}%" if isinstance(value, int | float) and not isinstance(value, bool) else _MISSING


def count(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else _MISSING


def text(value: object) -> str:
    return clean(value) if _present(value) else _MISSING


def validation(model: Any) -> str | None:
    """2026-07's validation counts ("990 passed, 10 failed"); None before validation has run or in older versions."""
    result: Any = getattr(model, "validation_result", None)
    if not _present(result):
        return None
    return f"{count(result.import_successes)} passed, {count(result.import_errors)} failed"


def describe_block(model: Any, now: datetime.datetime) -> str:
    checked = validation(model)
    rows = [
        ("id", text(model.id)),
        ("uri", text(model.uri)),
        ("status", status_text(model)),
        ("progress", percent(model.percent_complete)),
        ("records imported", count(model.records_imported)),
        ("created", timestamp(model.created_at, now)),
        ("finished", timestamp(model.finished_at, now)),
        ("error", text(model.error)),
        *([("validation", checked)] if checked is not None else []),
    ]
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key:<{width}}  {value}" for key, value in rows)


def imports_table(models: Sequence[Any], now: datetime.datetime) -> str:
    header = ("ID", "STATUS", "PROGRESS", "RECORDS", "CREATED", "URI")
    right_aligned = {2, 3}
    rows = [
        (
            text(model.id),
            clean(status_text(model)),
            percent(model.percent_complete),
            count(model.records_imported),
            timestamp(model.created_at, now, short=True),
            text(model.uri),
        )
        for model in models
    ]
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(width) if column in right_aligned else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join(line(row) for row in [header, *rows])


def _duration(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _rate(per_second: float | None) -> str:
    if per_second is None:
        return ""
    if round(per_second) >= 1000:
        return f"{per_second / 1000:,.1f}k rec/s"
    return f"{per_second:,.0f} rec/s"


class Progress:
    """Shows wait() progress: a bar redrawn in place on a terminal; otherwise a plain line per change, and
    one at least every minute while nothing changes (so that CI logs show the job is alive). An import at
    100 % and still InProgress shows "indexing" (the service builds the index for minutes after the
    records are written) rather than a percentage that looks stuck."""

    BAR_WIDTH = 24
    REDRAW_EVERY = 1.0
    LINE_AT_LEAST_EVERY = 60.0

    def __init__(self, stream: TextIO, *, live: bool, clock: Callable[[], float], sleep: Callable[[float], object]):
        self._stream = stream
        self._live = live
        self._clock = clock
        self._real_sleep = sleep
        self._started = clock()
        self._model: Any = None
        self._first: tuple[float, int] | None = None  # (time, records) when records were first seen
        self._rate: float | None = None
        self._drawn = False
        self._last_line = self._started

    def update(self, model: Any) -> None:
        """The on_progress callback: something changed."""
        self._model = model
        records = model.records_imported
        if isinstance(records, int):
            now = self._clock()
            if self._first is None:
                self._first = (now, records)
            elif now > self._first[0] and records > self._first[1]:
                self._rate = (records - self._first[1]) / (now - self._first[0])
        if self._live:
            self._redraw()
        else:
            self._line()

    def sleep(self, seconds: float) -> None:
        """Sleep between polls; on a terminal, keep the elapsed time moving meanwhile."""
        if not self._live:
            self._real_sleep(seconds)
            if self._model is not None and self._clock() - self._last_line >= self.LINE_AT_LEAST_EVERY:
                self._line()
            return
        ends = self._clock() + seconds
        while (left := ends - self._clock()) > 0:
            self._real_sleep(min(left, self.REDRAW_EVERY))
            self._redraw()

    def finish(self) -> None:
        """Leave the bar's line, so that what follows starts on a fresh one."""
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False

    def _line(self) -> None:
        self._stream.write(self._summary() + "\n")
        self._stream.flush()
        self._last_line = self._clock()

    def _summary(self) -> str:
        model = self._model
        building = indexing(model)
        shown = "indexing" if building else percent(model.percent_complete)
        parts = [_duration(self._clock() - self._started), clean(status_text(model)), shown]
        if isinstance(model.records_imported, int):
            parts.append(f"{model.records_imported:,} records")
        checked = validation(model)
        if checked is not None:
            parts.append(f"validation: {checked}")
        if self._rate is not None and not building:  # no records are written while the index is built
            parts.append(_rate(self._rate))
        return "  ".join(parts)

    def _redraw(self) -> None:
        if self._model is None:
            return
        share = self._model.percent_complete
        known = isinstance(share, int | float) and math.isfinite(share)  # a server may send NaN
        filled = int(self.BAR_WIDTH * min(max(share, 0.0), 100.0) / 100) if known else 0
        bar = "#" * filled + "." * (self.BAR_WIDTH - filled)
        # Carriage return and erase-to-end-of-line redraw the bar in place.
        self._stream.write(f"\r\x1b[K[{bar}] {self._summary()}")
        self._stream.flush()
        self._drawn = True


def source_report_text(report: Any) -> str:
    """A checked source: its files, what is wrong (file and row), what the import would ignore, and a verdict."""
    lines = [f"source {clean(report.uri)}: {len(report.files)} files, {report.rows:,} rows"]
    for namespace, rows in sorted(report.rows_per_namespace.items()):
        lines.append(f"  namespace {clean(namespace)}: {rows:,} rows")
    lines += [f"  ignored: {clean(path)}" for path in report.ignored]
    if report.problems:
        lines.append("problems:")
        for problem in report.problems:
            where = clean(problem.file) + ("" if problem.row is None else f" row {problem.row}")
            lines.append(f"  {problem.kind.value:<20} {where}: {clean(problem.message)}")
        if report.problems_truncated:
            lines.append(f"  ... {sum(report.problem_counts.values()) - len(report.problems)} more")
    checked = "every row" if report.full else f"{report.rows_checked:,} sampled rows"
    verdict = "would import cleanly" if report.ok else "would not import cleanly"
    lines.append(f"{verdict} ({checked} checked)")
    return "\n".join(lines)


def verification_text(result: Any) -> str:
    """An import against its source: per namespace, the rows expected and found, then what is wrong."""
    lines = [f"import {clean(result.import_id)} from {clean(result.uri)}"]
    lines += ["  namespace            expected      found    missing"]
    for count in result.counts.namespaces:
        lines.append(f"  {clean(count.namespace):<16} {count.expected:>12,} {count.found:>10,} {count.missing:>10,}")
    lines += [f"problem: {clean(line)}" for line in result.counts.problems]
    if result.missing:
        lines.append(f"{len(result.missing):,} records are not in the index, for example:")
        lines += [f"  {clean(namespace)} {clean(id_)}" for namespace, id_ in result.missing[:10]]
    lines.append("every record is in the index" if result.ok else "records are missing")
    return "\n".join(lines)


class UpsertBar:
    """Shows ``vectors upsert`` progress across its files: a bar redrawn in place on a terminal (a count when the
    total is unknown); otherwise a plain line at most every ``LINE_EVERY`` seconds."""

    BAR_WIDTH = 24
    LINE_EVERY = 10.0

    def __init__(self, stream: TextIO, *, live: bool, clock: Callable[[], float], total: int | None) -> None:
        self._stream = stream
        self._live = live
        self._clock = clock
        self._total = total
        self._started = clock()
        self._last_line = self._started
        self._before = (0, 0)  # written and failed by the files already done
        self._now = (0, 0)
        self._drawn = False

    def step(self) -> Callable[[Any], None]:
        """The on_progress callback of the next file's upsert_many."""
        self._before = self._now

        def update(progress: Any) -> None:
            self._now = (self._before[0] + progress.written, self._before[1] + progress.failed)
            if self._live:
                self._redraw()
            elif self._clock() - self._last_line >= self.LINE_EVERY:
                self._stream.write(self._summary() + "\n")
                self._stream.flush()
                self._last_line = self._clock()

        return update

    def finish(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False

    def _summary(self) -> str:
        written, failed = self._now
        elapsed = self._clock() - self._started
        done = f"{written:,}" + ("" if self._total is None else f" of {self._total:,}")
        parts = [_duration(elapsed), f"{done} vectors written"]
        if failed:
            parts.append(f"{failed:,} failed")
        if elapsed > 0 and written:
            rate = written / elapsed
            parts.append(f"{rate / 1000:,.1f}k vectors/s" if rate >= 1000 else f"{rate:,.0f} vectors/s")
        return "  ".join(parts)

    def _redraw(self) -> None:
        prefix = ""
        if self._total:
            share = min(1.0, sum(self._now) / self._total)
            filled = int(self.BAR_WIDTH * share)
            prefix = "[" + "#" * filled + "." * (self.BAR_WIDTH - filled) + "] "
        self._stream.write(f"\r\x1b[K{prefix}{self._summary()}")
        self._stream.flush()
        self._drawn = True


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}{'es' if noun.endswith('ch') else 's'}"


def upsert_summary(results: Sequence[tuple[str | None, Any]], *, json_output: bool) -> str:
    """What ``vectors upsert`` wrote, per namespace, and each batch it could not write (its ids and error)."""
    if json_output:
        return json.dumps(
            {
                "written": sum(result.written for _, result in results),
                "batches": sum(result.batches for _, result in results),
                "failed": [
                    {
                        "namespace": batch.namespace or "",
                        "ids": list(batch.ids),
                        "error": " ".join(str(batch.error).split()),
                    }
                    for _, result in results
                    for batch in result.failed
                ],
            },
            ensure_ascii=False,
        )
    lines = []
    for namespace, result in results:
        where = f"namespace {clean(namespace)}" if namespace else "the default namespace"
        failed = len(result.failed_ids)
        lines.append(
            f"{result.written:,} vectors written to {where} in {_plural(result.batches, 'request')}"
            + (f"; {failed:,} not written, in {_plural(len(result.failed), 'batch')}:" if failed else "")
        )
        for batch in result.failed:
            first, last = clean(batch.ids[0]), clean(batch.ids[-1])
            lines.append(f"  {len(batch.ids)} vectors, {first} to {last}: {clean(' '.join(str(batch.error).split()))}")
    return "\n".join(lines)
