"""The core (overlay/apiwire) names no vendor and none of a vendor's wire details: those are in each profile."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import ROOT

CORE = ROOT / "overlay" / "apiwire"
# Vendors' names, headers, variables, body fields and statuses, as a vendor's profile states them. "exa" is a
# word of its own (Exa, EXA_API_KEY, exa_websets), so that "example" and "exact" stay allowed.
FORBIDDEN = re.compile(
    r"pinecone|(?<![a-z])exa(?![a-z])|websets|api-key|rpcstatus|paginationtoken|pagination_token|nextcursor"
    r"|hasmore|percentcomplete|percent_complete|failedreason|failedmessage|uploadurl|bulk_import|started_?at",
    re.IGNORECASE,
)


def vendor_details(directory: Path) -> list[str]:
    """Each line of a Python file under ``directory`` naming a vendor or its wire, as "file:line: text"."""
    found = []
    for path in sorted(directory.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if FORBIDDEN.search(line):
                found.append(f"{path.relative_to(directory.parent)}:{number}: {line.strip()}")
    return found


def test_the_core_names_no_vendor_nor_its_wire() -> None:
    assert vendor_details(CORE) == []


def test_the_check_finds_each_kind_of_vendor_detail(tmp_path: Path) -> None:
    # What the check must catch, each in a form the core might be tempted to write.
    lines = [
        'HEADER = "Api-Key"',
        'HEADER = "x-api-key"',
        'VARIABLE = "PINECONE_API_KEY"',
        'VARIABLE = "EXA_API_KEY"',
        "# read the rpcStatus body",
        'TOKEN = "paginationToken"',
        'FIELDS = ("nextCursor", "hasMore")',
        '_EXTRA_ALIASES = {"createdAt": ("startedAt", "started_at")}',
        "from exa_websets import v0",
        'BASE = "https://api.exa.ai/websets"',
    ]
    (tmp_path / "module.py").write_text("\n".join([*lines, "# an example of exact text stays allowed"]))
    found = vendor_details(tmp_path)
    assert len(found) == len(lines)
    assert found[0].endswith('module.py:1: HEADER = "Api-Key"')
