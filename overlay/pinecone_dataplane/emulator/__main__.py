import sys

from . import missing_dependency


def _main() -> int:
    missing = missing_dependency()
    if missing is not None:  # the install line, not a traceback
        from .._install import extra_install_command

        print(
            f"python -m pinecone_dataplane.emulator needs the emulator extra (missing module {missing}): "
            f"{extra_install_command('emulator')}",
            file=sys.stderr,
        )
        return 2
    from ._cli import main

    return main()


sys.exit(_main())
