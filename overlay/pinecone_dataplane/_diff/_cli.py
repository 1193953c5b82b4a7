"""``pinecone-dataplane diff OLD NEW``: the command line of the comparison."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ._compare import SpecNotFoundError, compare
from ._extra import MissingExtraError
from ._spec import SpecError

_DESCRIPTION = """\
Show what changes for a client between two API versions. OLD and NEW are versions we generate
(2025-04), found as specs/db_data_VERSION.oas.yaml in a source checkout; paths to OpenAPI documents
(3.0 or 3.1, YAML or JSON); or REV:PATH, the document at PATH in git revision REV (main:specs/x.yaml,
HEAD~3:specs/x.yaml; PATH from the repository's top, or ./PATH from the current directory).
Versions also compare the generated Python packages. Differences in prose only give an empty report.
"""
_EPILOG = """\
examples:
  pinecone-dataplane diff 2025-10 2026-04
  pinecone-dataplane diff main:specs/exa_websets_v0.oas.yaml specs/exa_websets_v0.oas.yaml
  pinecone-dataplane diff published.yaml edited.yaml --fail-on-breaking
"""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's, told the terminal's width as ``shutil.get_terminal_size`` finds it: argparse would import
    shutil (with bz2 and lzma) to ask, at every run, a twentieth of a comparison that prints no help."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ.get("COLUMNS", "0"))
        except ValueError:
            columns = 0
        if columns <= 0:
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 80
            except (AttributeError, ValueError, OSError):
                columns = 80
        super().__init__(prog, width=max(columns - 2, 11))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="pinecone-dataplane diff",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("old", metavar="OLD", help="version (2025-04), path, or REV:PATH of an OpenAPI document")
    parser.add_argument("new", metavar="NEW", help="version (2026-04), path, or REV:PATH of an OpenAPI document")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown", help="default: markdown")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change breaks existing clients")
    parser.add_argument(
        "--specs",
        type=Path,
        metavar="DIR",
        help="where versions' spec files are (default: the checkout's specs/)",
    )
    parser.add_argument(
        "--repo", type=Path, metavar="DIR", help="the git repository REV:PATH reads from (default: the current one)"
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read every document and package afresh, and keep nothing (default: what reading gave is kept by "
        "the content read, in ~/.cache/pinecone-dataplane/diff or $XDG_CACHE_HOME/pinecone-dataplane/diff)",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report to FILE")
    args = parser.parse_args(argv)
    try:
        report = compare(args.old, args.new, specs_dir=args.specs, repository=args.repo, cache=not args.no_cache)
    except (MissingExtraError, SpecNotFoundError, SpecError) as error:
        print(f"pinecone-dataplane diff: {error}", file=sys.stderr)
        return 2
    text = report.to_json() if args.format == "json" else report.to_markdown()
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 1 if args.fail_on_breaking and report.breaking else 0
