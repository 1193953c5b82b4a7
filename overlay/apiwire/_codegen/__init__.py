"""Build ``generated/`` from ``specs/`` (``make generate``) and prove it current (``make check-generated``).

Every vendor is a package in ``overlay/`` with a ``_profile.py`` (``PROFILE``, an ``apiwire.profile.ApiProfile``):
its ``generation`` says which documents in ``specs/`` are its own and how a file names its version, so
``specs/shop_2026-04.oas.yaml`` becomes ``shop.v2026_04`` in ``generated/shop/v2026_04/`` (the vendor's
package, its version pattern and its ``version_package`` "v{version}").
Adding a version is adding a document; adding a vendor is adding a profile (and its documents).
``generated/<package>/`` has no ``__init__.py``: it is the generated part of the package whose
``__init__.py`` is the overlay's; each version package is also linked into ``overlay/<package>/``
(``_layout.write_links``), so the overlay's directory is the whole package for the wheel, an editable
install and type checkers.

Each document is normalized first (``_openapi31``: the 3.1 shapes the generator cannot read), then read
twice: the constraint tables (``_constraints``) and, without what the generator mishandles (``_prepare``),
the generator. Every run uses the custom templates in ``generator-templates/`` (beside the config), with
the vendor's own laid over them and the names its profile gives (``_surface``). Everything the generator
reports is printed; a schema or operation it could not read fails the run unless the profile's
``known_skips`` names it with the reason. Each version package gets its public API written into it
(``apiwire._source_reader.publish``), so that comparing versions reads no source.
Development tool: it needs the ``dev`` extra (the pinned openapi-python-client and ruff).
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._source_reader import publish
from ._constraints import write_constraints
from ._layout import differences, link_problems, write_layout, write_links
from ._openapi31 import normalize
from ._prepare import prepare_for_generator
from ._surface import identifier, template_variables

if TYPE_CHECKING:
    from apiwire.profile import ApiProfile

__all__ = ["CodegenError", "generate_into", "main", "profiles", "version_package", "write_layout"]


class CodegenError(Exception):
    """The generator could not run or could not read part of a document, or a document belongs to no vendor."""


def profiles(overlay: Path = Path("overlay")) -> list[ApiProfile]:
    """The profile of every vendor package in ``overlay`` (each ``<package>/_profile.py``), by package name."""
    found = []
    for path in sorted(overlay.glob("*/_profile.py")):
        module = importlib.import_module(f"{path.parent.name}._profile")
        found.append(module.PROFILE)
    if not found:
        raise CodegenError(f"no vendor profile (<package>/_profile.py) in {overlay}")
    return found


def version_package(profile: ApiProfile, version: str) -> str:
    """The version's package name: ``2026-04`` -> ``v2026_04``, ``2026-01.alpha`` -> ``v2026_01_alpha``."""
    return profile.generation.version_package.format(version=version).replace("-", "_").replace(".", "_")


@dataclass(frozen=True)
class _Document:
    path: Path
    profile: ApiProfile
    package: str  # the version package: "v2026_04"


def _documents(specs: Path, vendors: list[ApiProfile]) -> list[_Document]:
    documents = []
    for path in sorted(specs.glob("*.yaml")):
        owners = [profile for profile in vendors if path.match(profile.generation.documents)]
        if len(owners) != 1:
            patterns = ", ".join(f"{profile.generation.documents} ({profile.package})" for profile in vendors)
            raise CodegenError(f"{path}: {'no' if not owners else 'more than one'} vendor's documents: {patterns}")
        profile = owners[0]
        match = re.fullmatch(profile.generation.version_pattern, path.name)
        if match is None:
            raise CodegenError(
                f"{path}: {profile.package}'s document names must match {profile.generation.version_pattern}"
            )
        documents.append(_Document(path, profile, version_package(profile, match["version"])))
    if not documents:
        raise CodegenError(f"no API document in {specs}")
    return documents


def _tool_env() -> dict[str, str]:
    # The generator's post hooks call ruff by name: use the one pinned beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def templates_for(config: Path) -> Path:
    """The custom templates kept beside the generator config."""
    return config.parent / "generator-templates"


def generate_into(specs: Path, config: Path, out: Path, vendors: list[ApiProfile] | None = None) -> list[str]:
    """Generate one package per document into ``out/<package>/``; returns them (``shop.v2026_04``).

    What the generator reports is printed every time, on stderr, with the rewrites of each document.
    """
    templates = templates_for(config)
    if not templates.is_dir():
        # Without them the output would silently lose the overlay's response tolerance.
        raise CodegenError(f"custom templates not found: {templates}")
    env = _tool_env()
    generator = shutil.which("openapi-python-client", path=env["PATH"])
    if generator is None:
        raise CodegenError("openapi-python-client is not installed: pip install -e '.[dev]'")
    documents = _documents(specs, vendors if vendors is not None else profiles())
    with tempfile.TemporaryDirectory(prefix="apiwire-spec-") as scratch:
        return [
            _generate_one(generator, document, Path(scratch) / str(number), config=config, out=out, env=env)
            for number, document in enumerate(documents)
        ]


def _generate_one(
    generator: str, document: _Document, scratch: Path, *, config: Path, out: Path, env: dict[str, str]
) -> str:
    profile, spec = document.profile, document.path
    normalized, rewrites = normalize(_load(spec))
    for rewrite in rewrites:
        print(f"{spec.name}: rewritten for the generator: {rewrite}", file=sys.stderr)
    scratch.mkdir()
    prepared = scratch / spec.name
    prepared.write_text(_dump(prepare_for_generator(normalized)))
    templates = _templates(config, profile, normalized, scratch / "templates")
    target = out / profile.package / document.package
    command = [
        generator,
        "generate",
        "--path",
        str(prepared),
        "--config",
        str(_config(config, profile, scratch / "config.yaml")),
        "--custom-template-path",
        str(templates),
        "--meta",
        "none",
        "--output-path",
        str(target.resolve()),
        "--overwrite",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not target.is_dir():
        raise CodegenError(
            f"generating {profile.package}.{document.package} from {spec} failed:\n{result.stdout}{result.stderr}"
        )
    reports = generator_reports(result.stderr + result.stdout)
    for report in reports:
        print(f"{spec.name}: {report}", file=sys.stderr)
    unread = unexpected_skips(reports, normalized, profile)
    if unread:
        raise CodegenError(
            f"the generator could not read part of {spec} (name it in {profile.package}'s known_skips, with the "
            "reason, if it cannot be read):\n" + "\n".join(f"  {name}" for name in unread)
        )
    write_constraints(normalized, target / "_constraints.py", env)
    package = f"{profile.package}.{document.package}"
    publish(package, target)  # last: it reads the package's files as they ship
    return package


def _templates(config: Path, profile: ApiProfile, document: dict[str, Any], to: Path) -> Path:
    """The shared templates, the vendor's own over them, and ``_profile.jinja``: what the generator reads."""
    shutil.copytree(templates_for(config), to)
    if profile.generation.templates is not None:
        own = config.parent / profile.generation.templates
        if not own.is_dir():
            raise CodegenError(f"{profile.package}'s templates not found: {own}")
        shutil.copytree(own, to, dirs_exist_ok=True)
    (to / "_profile.jinja").write_text(template_variables(document, profile))
    return to.resolve()


def _config(config: Path, profile: ApiProfile, to: Path) -> Path:
    """The shared generator config with the vendor's class names added."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    settings = yaml.load(config.read_bytes()) or {}
    overrides = settings.setdefault("class_overrides", {})
    for generated, ours in profile.generation.class_overrides.items():
        overrides[generated] = {"class_name": ours, "module_name": identifier(ours).lower()}
    with to.open("w") as file:
        yaml.dump(settings, file)
    return to


def _load(spec: Path) -> Any:
    # The generator's own YAML reader (ruamel, YAML 1.2), so the copy it reads holds the same values.
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(spec.read_bytes())


def _dump(document: Any) -> str:
    from io import StringIO

    from ruamel.yaml import YAML

    text = StringIO()
    yaml = YAML(typ="safe")
    # In the spec's order: the generator orders fields, arguments and docs as the document does.
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    yaml.dump(document, text)
    return text.getvalue()


# The lines that open one of the generator's reports; the next non-empty line is its reason.
_REPORT = re.compile(r"^(WARNING|ERROR|Error|Unable to (?:parse|process) schema)\b")
_SKIPPED_SCHEMA = re.compile(r"^Unable to (?:parse|process) schema (?:/components/schemas/)?(?P<name>[^\s:]+)")
_SKIPPED_OPERATION = re.compile(r"^WARNING parsing (?P<method>\w+) (?P<path>\S+) .*(?:will not be generated|omitted)")


def generator_reports(output: str) -> list[str]:
    """Every warning and error the generator printed, one line each with its reason: ``WARNING parsing POST
    /path ... (the reason)``, ``Unable to parse schema /components/schemas/X (the reason)``."""
    lines = [line.strip() for line in output.splitlines()]
    reports = []
    for position, line in enumerate(lines):
        if _REPORT.match(line):
            reason = next((later for later in lines[position + 1 :] if later), "")
            reports.append(f"{line} ({reason})" if reason and not _REPORT.match(reason) else line)
    return reports


def unexpected_skips(reports: list[str], document: dict[str, Any], profile: ApiProfile) -> list[str]:
    """The schemas and operations the generator could not read that the profile does not name as known skips."""
    operations = {
        (method.upper(), path): identifier(operation["operationId"])
        for path, item in document.get("paths", {}).items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    unread = []
    for report in reports:
        if schema := _SKIPPED_SCHEMA.match(report):
            name = schema["name"]
        elif operation := _SKIPPED_OPERATION.match(report):
            name = operations.get(
                (operation["method"].upper(), operation["path"]), f"{operation['method']} {operation['path']}"
            )
        else:
            continue
        if name not in profile.generation.known_skips and name not in unread:
            unread.append(name)
    return unread


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m apiwire._codegen", description=__doc__)
    parser.add_argument("command", choices=["generate", "check", "layout"])
    parser.add_argument("--specs", type=Path, default=Path("specs"))
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--out", type=Path, default=Path("generated"))
    parser.add_argument("--overlay", type=Path, default=Path("overlay"))
    parser.add_argument("--to", type=Path, help="layout: the directory to write the packages into")
    args = parser.parse_args(argv)
    try:
        vendors = profiles(args.overlay)
    except CodegenError as error:
        print(error, file=sys.stderr)
        return 1
    packages = [profile.package for profile in vendors]
    if args.command == "layout":
        if args.to is None:
            parser.error("layout needs --to DIR")
        write_layout(args.overlay, args.out, args.to, packages)
        return 0
    with tempfile.TemporaryDirectory(prefix="apiwire-gen-") as scratch:
        fresh = Path(scratch)
        try:
            generated = generate_into(args.specs, args.config, fresh, vendors)
        except CodegenError as error:
            print(error, file=sys.stderr)
            return 1
        if args.command == "check":
            problems = differences(fresh, args.out) + link_problems(args.overlay, args.out, vendors)
            for line in problems:
                print(f"generated/ is stale: {line}", file=sys.stderr)
            if problems:
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"generated/ matches specs/ ({', '.join(generated)})")
            return 0
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(fresh, args.out)
        write_links(args.overlay, args.out, vendors)
        print(f"generated {', '.join(generated)}")
        return 0
