"""The ``pinecone-dataplane`` command (``pinecone-dataplane --help`` lists commands and exit codes).

``emulator`` and ``diff`` belong to optional extras and are handed their arguments untouched; everything
else is parsed in :mod:`._app`, which is imported only when it is needed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

EXIT_USAGE = 2

# command -> (module whose main(argv) -> int runs it, the extra that installs it)
_DELEGATED = {
    "emulator": ("pinecone_dataplane.emulator._cli", "emulator"),
    "diff": ("pinecone_dataplane._diff", "diff"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _DELEGATED:
        return _delegate(args[0], args[1:])
    from ._app import run

    return run(args)


def _delegate(command: str, args: list[str]) -> int:
    from .._install import extra_install_command

    module_name, extra = _DELEGATED[command]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as missing:
        print(
            f"pinecone-dataplane: '{command}' needs the {extra} extra (missing module {missing.name}): "
            f"{extra_install_command(extra)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    code: int = module.main(args)
    return code
