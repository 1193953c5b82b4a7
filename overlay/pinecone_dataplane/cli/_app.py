"""Parsing and running the ``imports`` commands of ``pinecone-dataplane``."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import re
import shlex
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn, TextIO

from apiwire._core._redaction import redact
from apiwire._http.settings import SettingNames, resolve_api_key, resolve_base_url

from .._profile import PROFILE
from .._versions import available_versions, latest_version, module_name

PROG = "pinecone-dataplane"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_IMPORT_FAILED = 3
EXIT_TIMEOUT = 4
EXIT_CHECK_FAILED = 5
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process it ended

# Seams for tests: wait() polls on this clock and sleeps with this function; "3 min ago" is relative to now().
clock: Callable[[], float] = time.monotonic
sleep: Callable[[float], object] = time.sleep


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


_EXAMPLES = f"""\
examples:
  export PINECONE_INDEX_HOST=my-index-abc123.svc.pinecone.io PINECONE_API_KEY=...
  {PROG} imports start s3://bucket/path --error-mode continue --wait
  {PROG} imports list --limit 20
  {PROG} imports describe 1
  {PROG} vectors upsert vectors.parquet --namespace docs
  {PROG} --host http://127.0.0.1:5080 imports list      a local emulator: plain http://
  {PROG} emulator --bucket-root ~/buckets --sample-data  try it locally
"""


def _epilog() -> str:
    from .._install import extra_install_command

    return f"""\
commands:
  imports start URI [--error-mode continue|abort] [--integration-id ID] [--validate] [--wait [--timeout SECONDS]]
  imports validate URI [--dimension N] [--vector-type dense|sparse] [--sample-rows N] [--full] [--dask SCHEDULER]
  imports verify ID [--full] [--missing-out FILE] [--dask SCHEDULER]
  imports describe ID
  imports cancel ID
  imports list [--limit N]
  imports wait ID [--timeout SECONDS]
  vectors upsert FILE|URI [--namespace NS] [--batch-size N] [--concurrency N]
                        Parquet (a file, or the import layout: one directory per namespace) or JSON lines
  sources write INPUT URI [--namespace NS] [--dimension N] [--file-mb N] [--overwrite]
                        INPUT: a Parquet file or directory, or JSON Lines of records (a .jsonl file, - for stdin)
  emulator ARGS...      the local emulator ({extra_install_command("emulator")})
  diff ARGS...          compare API versions ({extra_install_command("diff")})

environment:
  PINECONE_INDEX_HOST   the index host, when --host is not given
  PINECONE_API_KEY      the API key, when --api-key is not given; prefer it: options end up in
                        shell history and process lists

exit codes:
  0    success
  1    API or connection error (the server's message on one line of stderr)
  2    usage error
  3    the import ended Failed or Cancelled
  4    wait timed out (the import keeps running)
  5    validate: the source would not import cleanly; verify: records are missing;
       vectors upsert: some batches were not written (each is listed)
  130  interrupted (Ctrl-C during wait leaves the import running and prints how to cancel it)
  143  terminated (SIGTERM during wait: the same as Ctrl-C)

{_EXAMPLES}"""


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors that say what to type."""

    def error(self, message: str) -> NoReturn:
        if message == "the following arguments are required: imports|vectors":  # nothing but global options
            self.exit(EXIT_USAGE, f"{self.format_usage()}\n{_EXAMPLES}\nRun {PROG} --help for every command.\n")
        if message == "the following arguments are required: ID":
            message = (
                f"{self.prog} needs an import ID (see {PROG} imports list); "
                f"an ID that begins with '-' goes after '--': {self.prog} -- -ID"
            )
        misplaced = sorted(set(re.findall(r"--[\w-]+", message.partition("unrecognized arguments: ")[2])) & _GLOBAL)
        if misplaced:
            message += f" ({', '.join(misplaced)} goes before the command: {PROG} {misplaced[0]} imports ...)"
        super().error(message)


# The options of the whole command line, which go before `imports COMMAND`.
_GLOBAL = {"--host", "--api-key", "--api-version", "--allow-insecure", "--json", "--debug"}


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds greater than 0, got {text!r}")
    return value


_DASK_HELP = "read the source on this Dask cluster (tcp://HOST:8786; the dask extra)"


def build_parser() -> argparse.ArgumentParser:
    from .._version import __version__

    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--host HOST] [--api-key KEY] [--api-version V] [--allow-insecure] [--json] "
        f"[--debug] {{imports,vectors}} COMMAND ...\n       {PROG} sources write INPUT URI ...\n"
        f"       {PROG} emulator ARGS...\n       {PROG} diff ARGS...",
        description="Start, watch, list and cancel Pinecone bulk imports; upsert vectors; write import sources.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--host", help="index host (default: $PINECONE_INDEX_HOST); a local server needs http://127.0.0.1:PORT"
    )
    parser.add_argument("--api-key", metavar="KEY", help="API key (default: $PINECONE_API_KEY, which is safer)")
    parser.add_argument(
        "--api-version",
        choices=available_versions(),
        help=f"API version to speak (default: the newest, {latest_version()})",
    )
    parser.add_argument(
        "--allow-insecure", action="store_true", help="allow plain http:// to a host that is not loopback"
    )
    parser.add_argument("--json", action="store_true", help="print JSON with the API's field names")
    parser.add_argument("--debug", action="store_true", help="log HTTP traffic (never the key) and show tracebacks")
    commands = parser.add_subparsers(
        dest="group", prog=PROG, metavar="imports|vectors", required=True, help=argparse.SUPPRESS, parser_class=_Parser
    )
    group = commands.add_parser("imports", help="bulk imports").add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )

    start = group.add_parser("start", help="start an import from object storage")
    start.add_argument("uri", help="s3://, gs://, Azure or (on the emulator) file:// URL of the Parquet files")
    start.add_argument("--error-mode", type=str.lower, choices=("continue", "abort"), help="on bad records")
    start.add_argument("--integration-id", metavar="ID", help="storage integration that grants access")
    start.add_argument("--validate", action="store_true", help="first check the source; start only if it is clean")
    start.add_argument("--wait", action="store_true", help="then wait for it to finish, showing progress")
    start.add_argument(
        "--timeout", type=_positive_seconds, metavar="SECONDS", help="with --wait: stop waiting after SECONDS"
    )
    start.set_defaults(run=_start)

    for name, run, summary in (("describe", _describe, "show one import"), ("cancel", _cancel, "stop an import")):
        command = group.add_parser(name, help=summary)
        command.add_argument("id", metavar="ID", help="import id")
        command.set_defaults(run=run)

    listing = group.add_parser("list", help="list imports, in the order the server sends them")
    listing.add_argument("--limit", type=_positive_int, metavar="N", help="show at most N imports")
    listing.set_defaults(run=_list)

    checking = group.add_parser("validate", help="check a source before importing it")
    checking.add_argument("uri", help="s3://, gs://, Azure or file:// URL of the Parquet files")
    checking.add_argument("--dimension", type=_positive_int, metavar="N", help="the index's (default: ask it)")
    checking.add_argument("--vector-type", choices=("dense", "sparse"), help="the index's (default: dense)")
    checking.add_argument("--sample-rows", type=_positive_int, default=100, metavar="N", help="rows read per file")
    checking.add_argument("--full", action="store_true", help="read every row (streamed, bounded memory)")
    checking.add_argument("--dask", metavar="SCHEDULER", help=_DASK_HELP)
    checking.set_defaults(
        run=_validate, needs_index=lambda args: args.dimension is None and args.vector_type != "sparse"
    )

    verifying = group.add_parser("verify", help="check that an import's records are in the index")
    verifying.add_argument("id", metavar="ID", help="import id")
    verifying.add_argument("--full", action="store_true", help="fetch every source id to name the missing ones")
    verifying.add_argument(
        "--missing-out", metavar="FILE", help="with --full: write NAMESPACE<TAB>ID per missing record"
    )
    verifying.add_argument("--dask", metavar="SCHEDULER", help=_DASK_HELP)
    verifying.set_defaults(run=_verify)

    waiting = group.add_parser("wait", help="wait for an import to finish, showing progress")
    waiting.add_argument("id", metavar="ID", help="import id")
    waiting.add_argument(
        "--timeout", type=_positive_seconds, metavar="SECONDS", help="stop waiting after SECONDS (the import runs on)"
    )
    waiting.set_defaults(run=_wait_command)
    _add_vectors_commands(commands)
    _add_sources_commands(commands)
    return parser


def _add_vectors_commands(commands: Any) -> None:
    vectors = commands.add_parser("vectors", help="vectors").add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )
    upserting = vectors.add_parser("upsert", help="upsert vectors from Parquet or JSON lines, in batches")
    upserting.add_argument(
        "source",
        metavar="FILE|URI",
        help="a .parquet or JSON lines file, or a directory, s3://, gs:// or Azure URL in the import layout",
    )
    upserting.add_argument("--namespace", metavar="NS", help="for a lone file: where to write (default: the default)")
    upserting.add_argument("--batch-size", type=_positive_int, metavar="N", help="vectors a request (default: 1000)")
    upserting.add_argument("--concurrency", type=_positive_int, default=4, metavar="N", help="requests at a time")
    upserting.set_defaults(run=_upsert_vectors)


def _add_sources_commands(commands: Any) -> None:
    sources = commands.add_parser("sources", help="import sources").add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )
    writing = sources.add_parser("write", help="write records as an import source")
    writing.add_argument("input", metavar="INPUT", help="a Parquet file or directory, a .jsonl file, or - for stdin")
    writing.add_argument("uri", metavar="URI", help="s3://, gs://, Azure or file:// URL, or a local directory")
    writing.add_argument("--namespace", default="__default__", help="the namespace directory (default: __default__)")
    writing.add_argument("--dimension", type=_positive_int, metavar="N", help="check every vector's length against N")
    writing.add_argument("--file-mb", type=_positive_int, default=256, metavar="N", help="about N MB per file")
    writing.add_argument("--overwrite", action="store_true", help="replace the namespace's Parquet files")
    writing.set_defaults(run=_write_source, needs_index=lambda args: False)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled where Ctrl-C is: a wait says how to cancel the import it leaves running."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse has printed the help or the version (0), or the usage error (2).
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    with _keys_hidden(args.api_key, os.environ.get(PROFILE.credential.key_variable)):
        return _run(args)


class _WithoutKeys:
    """A text stream writing through to another with the API keys replaced: the last guard of the output."""

    def __init__(self, stream: TextIO, keys: list[str]) -> None:
        self._stream = stream
        self._keys = keys

    def write(self, text: str) -> int:
        for key in self._keys:
            text = redact(text, key)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding... as the stream has them
        return getattr(self._stream, name)


@contextlib.contextmanager
def _keys_hidden(*keys: str | None) -> Iterator[None]:
    """stdout and stderr (the --debug log and tracebacks included) with these keys replaced, for the run."""
    given = [key for key in keys if key]
    if not given:
        yield
        return
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _WithoutKeys(out, given), _WithoutKeys(err, given)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def _run(args: argparse.Namespace) -> int:
    import signal
    import threading

    if args.debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s: %(message)s")
    if threading.current_thread() is not threading.main_thread():  # only the main thread may take signals
        return _execute(args)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _execute(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupted(interruption: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(interruption, Terminated) else EXIT_INTERRUPTED


def _execute(args: argparse.Namespace) -> int:
    import contextlib

    from .. import errors

    if not args.debug:
        _show_warnings()
    needs_index = getattr(args, "needs_index", lambda args: True)(args)
    try:
        with _client(args) if needs_index else contextlib.nullcontext() as client:
            code: int = args.run(args, client)
            return code
    except KeyboardInterrupt as interruption:
        print("\nterminated" if isinstance(interruption, Terminated) else "\ninterrupted", file=sys.stderr)
        return _interrupted(interruption)
    except ValueError as problem:  # an argument the API would refuse, a missing host or key
        return _fail(args, EXIT_USAGE, ValueError(_in_cli_words(str(problem))))
    except (errors.ApiError, errors.SourceError, errors.ImportNotStartedError) as problem:
        return _fail(args, EXIT_ERROR, problem, hint=_connection_hint(problem))
    except Exception as problem:  # a bug: still no traceback unless --debug
        return _fail(args, EXIT_ERROR, problem, label=type(problem).__name__)


def _connection_hint(problem: Exception) -> str:
    """What to check when nothing listens at the host: the host itself, or whether the emulator is running."""
    from .. import errors

    refused = isinstance(problem, errors.ApiConnectionError) and "refused" in str(problem).lower()
    hint = "nothing answers there: check --host (or $PINECONE_INDEX_HOST), or start the emulator"
    return f" ({hint}: {PROG} emulator)" if refused else ""


# The SDK's argument checks name its keywords ("integration_id must be ..."); here they are options.
_ARGUMENTS = {
    "host": "--host",
    "id": "ID",
    "uri": "URI",
    "integration_id": "--integration-id",
    "error_mode": "--error-mode",
    "limit": "--limit",
    "dimension": "--dimension",
    "vector_type": "--vector-type",
    "sample_rows": "--sample-rows",
    "batch_size": "--batch-size",
    "concurrency": "--concurrency",
    "namespace": "--namespace",
}
_ARGUMENT = re.compile(rf"\b({'|'.join(_ARGUMENTS)})\b(?= must\b)")


def _in_cli_words(message: str) -> str:
    return _ARGUMENT.sub(lambda match: _ARGUMENTS[match[1]], message)


def _show_warnings() -> None:
    """The SDK's warnings (a start whose lost answer was recovered, a timestamp kept as text) on stderr."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: warning: %(message)s"))
    for name in ("pinecone_dataplane", "apiwire"):  # the core's own: a timestamp kept as text
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


def _fail(args: argparse.Namespace, code: int, problem: BaseException, *, label: str = "error", hint: str = "") -> int:
    from ._render import clean

    if args.debug:
        import traceback

        traceback.print_exception(problem, file=sys.stderr)
    message = clean(" ".join(str(problem).split()))
    hint = hint or ("" if args.debug or label == "error" else " (run with --debug for details)")
    print(f"{PROG}: {label}: {message}{hint}", file=sys.stderr)
    return code


# Settings named as this command line takes them, in the messages that ask for them.
_OPTIONS = SettingNames(
    base_url="pass --host HOST", api_key="pass --api-key KEY", allow_insecure="pass --allow-insecure"
)


def _client(args: argparse.Namespace) -> Any:  # the Client of the version asked for, chosen at run time
    import importlib

    host = resolve_base_url(PROFILE, args.host, args.allow_insecure, _OPTIONS)
    api_key = resolve_api_key(PROFILE, args.api_key, _OPTIONS)
    version = importlib.import_module(module_name(args.api_version or latest_version()))
    return version.Client(host=host, api_key=api_key, allow_insecure=args.allow_insecure)


def _command(args: argparse.Namespace, *words: str) -> str:
    """The command line that runs ``words`` against the same index and version (never with the key)."""
    prefix = [PROG]
    if args.host:
        prefix += ["--host", args.host]
    if args.allow_insecure:
        prefix += ["--allow-insecure"]
    if args.api_version:
        prefix += ["--api-version", args.api_version]
    *verbs, id_ = words
    return shlex.join([*prefix, *verbs, *(["--"] if id_.startswith("-") else []), id_])


def _print(text: str) -> None:
    print(text, file=sys.stdout, flush=True)


def _start(args: argparse.Namespace, client: Any) -> int:
    from .. import errors
    from ._render import clean, to_json

    if args.timeout is not None and not args.wait:
        raise ValueError("--timeout applies to --wait; add --wait, or leave --timeout out")
    if args.validate:
        report = client.imports.validate(args.uri)
        if not report.ok:
            _print_source_report(args, report)
            print(f"{PROG}: not started: the source would not import cleanly", file=sys.stderr)
            return EXIT_CHECK_FAILED
    started = client.imports.start(args.uri, error_mode=args.error_mode, integration_id=args.integration_id)
    if not isinstance(started.id, str) or not started.id:
        raise errors.ResponseValidationError("the server accepted the import but sent no id", body=to_json(started))
    if args.wait:
        if not args.json:
            _print(f"Started import {clean(started.id)}")
        return _wait(args, client, started.id)
    if args.json:
        _print(to_json(started))
    else:
        _print(f"Started import {clean(started.id)}")
        _print(f"Watch it with: {clean(_command(args, 'imports', 'wait', started.id))}")
    return EXIT_OK


def _validate(args: argparse.Namespace, client: Any) -> int:
    options = {
        "dimension": args.dimension,
        "vector_type": args.vector_type,
        "sample_rows": args.sample_rows,
        "full": args.full,
        "engine": "local" if args.dask is None else "dask",
    }
    with _cluster(args.dask):
        if client is None:  # the dimension is given: no index needed
            from ..sources import validate_source

            report = validate_source(args.uri, **options)
        else:
            report = client.imports.validate(args.uri, **options)
    _print_source_report(args, report)
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


def _cluster(scheduler: str | None) -> Any:
    """The Dask client of ``--dask SCHEDULER``, current while the source is read; nothing without it."""
    import contextlib

    if scheduler is None:
        return contextlib.nullcontext()
    try:
        import distributed
    except ModuleNotFoundError:
        from .._install import extra_install_command

        raise ValueError(f"--dask needs Dask's distributed scheduler: {extra_install_command('dask')}") from None
    try:
        return distributed.Client(scheduler, timeout=30)  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise ValueError(f"--dask {scheduler}: cannot reach the scheduler ({exc})") from None


def _print_source_report(args: argparse.Namespace, report: Any) -> None:
    from ._render import source_report_text

    _print(json.dumps(report.to_json()) if args.json else source_report_text(report))


def _verify(args: argparse.Namespace, client: Any) -> int:
    from ._render import clean, verification_text

    if args.missing_out is not None and not args.full:
        raise ValueError("--missing-out lists what --full finds; add --full")
    with _cluster(args.dask):
        result = client.imports.verify(args.id, full=args.full, engine="local" if args.dask is None else "dask")
    if args.missing_out is not None:
        with open(args.missing_out, "w", encoding="utf-8") as out:
            out.writelines(f"{namespace}\t{id_}\n" for namespace, id_ in result.missing or ())
    _print(json.dumps(result.to_json()) if args.json else verification_text(result))
    if not result.ok and args.missing_out is not None:
        print(f"{PROG}: the missing records' ids are in {clean(args.missing_out)}", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_CHECK_FAILED


def _records_of(input_: str) -> Any:
    """What ``sources write`` reads: Parquet through pyarrow's datasets (streamed), or JSON Lines of records."""
    import pathlib

    if input_ == "-":
        return (json.loads(line) for line in sys.stdin if line.strip())
    path = pathlib.Path(input_)
    if path.suffix in (".jsonl", ".ndjson"):
        return _json_lines(path)
    if path.is_dir() or path.suffix == ".parquet":
        import pyarrow.dataset as ds

        return ds.dataset(path, format="parquet").scanner().to_reader()
    raise ValueError(f"INPUT must be a Parquet file or directory, a .jsonl or .ndjson file, or -; not {input_!r}")


def _json_lines(path: Any) -> Any:
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path} line {number} is not JSON: {exc}") from None


def _write_source(args: argparse.Namespace, client: Any) -> int:
    from .. import errors
    from ..sources import write_source
    from ._render import clean

    try:
        written = write_source(
            _records_of(args.input),
            args.uri,
            namespace=args.namespace,
            overwrite=args.overwrite,
            dimension=args.dimension,
            file_bytes=args.file_mb * 2**20,
        )
    except errors.InvalidRecordsError as invalid:
        return _fail(args, EXIT_CHECK_FAILED, invalid)
    except errors.SourceExistsError as exists:
        return _fail(args, EXIT_ERROR, ValueError(str(exists).replace("overwrite=True", "--overwrite")))
    if args.json:
        _print(json.dumps(written.to_json()))
    else:
        _print(f"Wrote {written.rows:,} records in {len(written.files)} files to {clean(written.uri)}/{args.namespace}")
        _print(f"Check it with: {PROG} imports validate {shlex.quote(written.uri)} --full")
    return EXIT_OK


def _describe(args: argparse.Namespace, client: Any) -> int:
    from ._render import describe_block, to_json

    model = client.imports.describe(args.id)
    _print(to_json(model) if args.json else describe_block(model, now()))
    return EXIT_OK


def _cancel(args: argparse.Namespace, client: Any) -> int:
    import json

    from ._render import clean

    client.imports.cancel(args.id)
    if args.json:
        _print(json.dumps({"id": args.id}, ensure_ascii=False))
    else:
        _print(f"Cancel requested for import {clean(args.id)}; an import that already ended stays as it was.")
    return EXIT_OK


def _list(args: argparse.Namespace, client: Any) -> int:
    from ._render import imports_table, to_json

    models = client.imports.list(limit=args.limit)  # at most that many in all, as in Python
    if args.json:
        for model in models:  # JSON lines, written as the pages arrive
            _print(to_json(model))
        return EXIT_OK
    shown = list(models)
    _print(imports_table(shown, now()) if shown else "No imports.")
    return EXIT_OK


def _wait_command(args: argparse.Namespace, client: Any) -> int:
    return _wait(args, client, args.id)


def _wait(args: argparse.Namespace, client: Any, id_: str) -> int:
    from .. import errors
    from .._lib.imports import UNSUCCESSFUL_STATUSES, status_of, status_text
    from ._render import Progress, clean, describe_block, to_json

    # Progress goes to stdout, unless stdout carries the JSON document: then to a terminal's stderr, or nowhere.
    stream = sys.stderr if args.json else sys.stdout
    live = stream.isatty()
    progress = None if args.json and not live else Progress(stream, live=live, clock=clock, sleep=sleep)
    # The version's own imports resource, with the CLI's clock and (for the progress bar) its sleep.
    imports = type(client.imports)(client, clock=clock, sleep=sleep if progress is None else progress.sleep)

    def show(model: Any) -> None:
        _print(to_json(model) if args.json else describe_block(model, now()))

    try:
        try:
            model = imports.wait(id_, timeout=args.timeout, on_progress=None if progress is None else progress.update)
        finally:
            if progress is not None:
                progress.finish()
    except errors.WaitTimeoutError as timed_out:
        if timed_out.last is not None:
            show(timed_out.last)
        print(f"{PROG}: {clean(timed_out)}; it keeps running", file=sys.stderr)
        return EXIT_TIMEOUT
    except KeyboardInterrupt as interruption:
        how = "terminated" if isinstance(interruption, Terminated) else "interrupted"
        print(
            f"\n{how}: import {clean(id_)} keeps running. To cancel it:\n"
            f"  {clean(_command(args, 'imports', 'cancel', id_))}",
            file=sys.stderr,
        )
        return _interrupted(interruption)
    show(model)
    if status_of(model) in UNSUCCESSFUL_STATUSES:
        ended = f"import {clean(id_)} ended {clean(status_text(model))}"
        reason = model.error if isinstance(model.error, str) and model.error else None
        print(f"{PROG}: {ended}: {clean(reason)}" if reason else f"{PROG}: {ended}", file=sys.stderr)
        return EXIT_IMPORT_FAILED
    return EXIT_OK


def _upsert_vectors(args: argparse.Namespace, client: Any) -> int:
    from .._lib.vector_files import vector_files
    from ._render import UpsertBar, upsert_summary

    files = vector_files(args.source)
    if args.namespace is not None and any(file.in_layout for file in files):
        raise ValueError("--namespace is for a lone file: in the import layout each directory names its namespace")
    stream = sys.stderr if args.json else sys.stdout
    live = stream.isatty()
    rows = [file.rows for file in files if file.rows is not None]
    total = sum(rows) if len(rows) == len(files) else None
    bar = None if args.json and not live else UpsertBar(stream, live=live, clock=clock, total=total)
    results: dict[str | None, Any] = {}  # namespace -> its files' UpsertResults, summed
    try:
        for file in files:
            namespace = file.namespace if file.in_layout else args.namespace
            result = client.vectors.upsert_many(
                file.read(),
                namespace=namespace,
                batch_size=args.batch_size,
                concurrency=args.concurrency,
                on_progress=None if bar is None else bar.step(),
            )
            earlier = results.get(namespace)
            results[namespace] = result if earlier is None else earlier.plus(result)
    finally:
        if bar is not None:
            bar.finish()
    _print(upsert_summary(list(results.items()), json_output=args.json))
    failed = sum(len(result.failed_ids) for result in results.values())
    if failed:
        print(f"{PROG}: {failed:,} vectors were not written (their batches are listed above)", file=sys.stderr)
        return EXIT_CHECK_FAILED
    return EXIT_OK
