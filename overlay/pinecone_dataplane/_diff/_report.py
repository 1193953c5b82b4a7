"""Changes between two API versions, and their rendering as Markdown and JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Literal, NamedTuple

Level = Literal["spec", "python"]
Group = Literal["breaking", "addition", "other"]

_GROUP_TITLES: dict[Group, str] = {
    "breaking": "Breaking changes",
    "addition": "Additions",
    "other": "Other changes",
}
_LEVEL_TITLES: dict[Level, str] = {"spec": "OpenAPI document", "python": "Python package"}


# Named tuples rather than dataclasses: importing dataclasses (and inspect with it) was a tenth of a comparison.
class Change(NamedTuple):
    """One difference, classified for a client of the API.

    ``subject`` is what changed (an operation, a parameter, ``Schema.property``, a Python object),
    ``summary`` how, ``reason`` why that does or does not break a client, and ``where`` the operations
    or functions it affects when the subject is shared by several.
    """

    level: Level
    kind: str
    subject: str
    summary: str
    breaking: bool
    reason: str
    where: tuple[str, ...] = ()

    @property
    def group(self) -> Group:
        if self.breaking:
            return "breaking"
        return "addition" if self.kind.endswith("-added") else "other"

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "group": self.group,
            "kind": self.kind,
            "subject": self.subject,
            "summary": self.summary,
            "breaking": self.breaking,
            "reason": self.reason,
            "where": list(self.where),
        }


def merge(changes: Iterable[Change]) -> tuple[Change, ...]:
    """One change per (level, kind, subject, summary), its ``where`` the union of every occurrence.

    A change inside a shared schema, or a parameter added to every operation, is then listed once
    with the places it matters; breaking wins when the occurrences disagree.
    """
    merged: dict[tuple[str, str, str, str], Change] = {}
    for change in changes:
        key = (change.level, change.kind, change.subject, change.summary)
        seen = merged.get(key)
        if seen is None:
            merged[key] = change
            continue
        winner = seen if seen.breaking or not change.breaking else change
        where = tuple(sorted(set(seen.where) | set(change.where)))
        merged[key] = Change(
            winner.level, winner.kind, winner.subject, winner.summary, winner.breaking, winner.reason, where
        )
    order: dict[Group, int] = {"breaking": 0, "addition": 1, "other": 2}
    return tuple(
        sorted(merged.values(), key=lambda c: (order[c.group], c.level != "spec", c.subject, c.kind, c.summary))
    )


class Report(NamedTuple):
    """What changes from ``old`` to ``new``; false when they differ at most in prose."""

    old: str
    new: str
    changes: tuple[Change, ...] = ()

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def to_json(self) -> str:
        document = {
            "old": self.old,
            "new": self.new,
            "breaking": self.breaking,
            "changes": [change.as_dict() for change in self.changes],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def to_markdown(self) -> str:
        lines = [f"# API changes: {self.old} → {self.new}", ""]
        if not self.changes:
            return "\n".join([*lines, "No changes.", ""])
        counts = {group: sum(c.group == group for c in self.changes) for group in _GROUP_TITLES}
        total = f"{counts['breaking']} breaking, {counts['addition']} additions, {counts['other']} other changes."
        lines += [total, ""]
        for group, title in _GROUP_TITLES.items():
            in_group = [c for c in self.changes if c.group == group]
            if not in_group:
                continue
            lines += [f"## {title}", ""]
            for level, level_title in _LEVEL_TITLES.items():
                entries = [_markdown_entry(c) for c in in_group if c.level == level]
                if entries:
                    lines += [f"### {level_title}", "", *entries, ""]
        return "\n".join(lines)


def _markdown_entry(change: Change) -> str:
    entry = f"- `{change.subject}`: {change.summary}. {change.reason[:1].upper()}{change.reason[1:]}."
    if change.where:
        places = _compact(change.where) if change.level == "python" else list(change.where)
        entry += " In " + ", ".join(f"`{place}`" for place in places) + "."
    return entry


def _compact(paths: tuple[str, ...]) -> list[str]:
    """``m.sync``, ``m.asyncio`` -> ``m.{asyncio, sync}``: the four faces of one operation on one line."""
    by_parent: dict[str, list[str]] = {}
    for path in paths:
        parent, _, name = path.rpartition(".")
        by_parent.setdefault(parent, []).append(name)
    return [
        f"{parent}.{names[0]}" if len(names) == 1 else f"{parent}.{{{', '.join(sorted(names))}}}"
        for parent, names in sorted(by_parent.items())
    ]
