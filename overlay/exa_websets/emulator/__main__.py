import sys

from . import missing_dependency


def _main() -> int:
    missing = missing_dependency()
    if missing is not None:  # the install line, not a traceback
        print(
            f"python -m exa_websets.emulator needs {missing}, from the emulator extra: "
            "pip install 'pinecone-dataplane[emulator]'",
            file=sys.stderr,
        )
        return 2
    from ._cli import main

    return main()


sys.exit(_main())
