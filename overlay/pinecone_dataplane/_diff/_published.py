"""``make check-specs UPSTREAM=DIR``: our specs against Pinecone's published documents.

DIR holds the published files as ``DIR/2025-04/db_data_2025-04.oas.yaml`` (the layout of
pinecone-io/pinecone-api) or directly as ``DIR/db_data_2025-04.oas.yaml``. Ours may differ only in
prose; any other difference is printed and fails the check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._compare import SpecNotFoundError, compare_specs, load_document
from ._extra import MissingExtraError
from ._spec import SpecError

_PREFIX, _SUFFIX = "db_data_", ".oas.yaml"


def published_document(upstream: Path, version: str) -> Path | None:
    name = f"{_PREFIX}{version}{_SUFFIX}"
    return next((path for path in (upstream / version / name, upstream / name) if path.is_file()), None)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pinecone_dataplane._diff._published", description=__doc__)
    parser.add_argument("upstream", type=Path, metavar="DIR", help="directory of the published documents")
    parser.add_argument("--specs", type=Path, default=Path("specs"), metavar="DIR", help="our specs (./specs)")
    args = parser.parse_args(argv)
    ours = sorted(args.specs.glob(f"{_PREFIX}*{_SUFFIX}"))
    if not ours:
        print(f"no {_PREFIX}*{_SUFFIX} in {args.specs}", file=sys.stderr)
        return 2
    failed = False
    for spec in ours:
        version = spec.name[len(_PREFIX) : -len(_SUFFIX)]
        published = published_document(args.upstream, version)
        if published is None:
            print(f"{version}: no published {spec.name} in {args.upstream}", file=sys.stderr)
            failed = True
            continue
        try:
            report = compare_specs(
                load_document(published), load_document(spec), old_label=str(published), new_label=str(spec)
            )
        except (MissingExtraError, SpecNotFoundError, SpecError) as error:
            print(error, file=sys.stderr)
            return 2
        if report:
            sys.stdout.write(report.to_markdown())
            failed = True
        else:
            print(f"{version}: {spec} matches {published} apart from prose")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
