"""``python -m exa_websets.emulator``: the fake of Exa's imports, served until interrupted."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType

from ._server import Emulator, Settings

# Looks like a key, so that nobody reads it as a word.
DEFAULT_API_KEY = "local-exa-fake-key"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m exa_websets.emulator",
        description=(
            "Serve a fake of Exa Websets' imports API on 127.0.0.1, with a second port taking the uploaded "
            "files. Prints the API's base URL (http://127.0.0.1:PORT/websets) as the first line of output and "
            "the uploads' origin as the second, then serves until interrupted."
        ),
    )
    parser.add_argument("--port", type=int, default=0, help="port of the API; 0 (default) picks a free one")
    parser.add_argument("--upload-port", type=int, default=0, help="port taking the uploads; 0 (default) picks one")
    parser.add_argument("--api-key", help=f"the key clients must send; default $EXA_API_KEY, else {DEFAULT_API_KEY!r}")
    parser.add_argument(
        "--processing-seconds",
        type=float,
        default=2.0,
        help="how long an import stays processing after its upload (default 2)",
    )
    parser.add_argument(
        "--upload-valid-seconds", type=float, default=3600.0, help="how long an upload URL is valid (default 3600)"
    )
    parser.add_argument("--max-file-bytes", type=int, default=Settings.max_file_bytes, help="largest file (50 MB)")
    parser.add_argument(
        "--max-body-bytes", type=int, default=Settings.max_body_bytes, help="largest JSON request body (1 MiB)"
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="serve requests whose Host header names NAME too (repeatable; '*' for any); by default only "
        "loopback names are served, so that no web page can reach the fake by rebinding its own name",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("processing_seconds", "upload_valid_seconds"):
        if getattr(args, name) < 0:
            parser.error(f"--{name.replace('_', '-')} must be 0 or more")
    settings = Settings(
        api_key=args.api_key or os.environ.get("EXA_API_KEY") or DEFAULT_API_KEY,
        processing_seconds=args.processing_seconds,
        upload_valid_seconds=args.upload_valid_seconds,
        max_file_bytes=args.max_file_bytes,
        max_body_bytes=args.max_body_bytes,
        allowed_hosts=frozenset(args.allow_host),
    )
    emulator = Emulator(settings, port=args.port, upload_port=args.upload_port)
    try:
        origin = emulator.start()
    except OSError as error:
        print(f"cannot listen: {error.strerror}", file=sys.stderr)
        return 1
    print(f"{origin}/websets\n{emulator.state.upload_origin}", flush=True)
    print("serving Exa's imports API; Ctrl-C stops", file=sys.stderr, flush=True)
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    stop.wait()
    emulator.stop()
    return 0
