"""Build ``generated/`` from ``specs/`` (``make generate``) and prove it current (``make check-generated``).

API versions come from the spec file names: ``specs/db_data_YYYY-MM.oas.yaml`` becomes the package
``pinecone_dataplane.vYYYY_MM`` in ``generated/pinecone_dataplane/vYYYY_MM/`` (a release candidate,
``db_data_YYYY-MM.alpha.oas.yaml``, becomes ``vYYYY_MM_alpha``), so adding a version means adding a spec
file and nothing else. ``generated/pinecone_dataplane/`` has no ``__init__.py``: it is the generated part of
the ``pinecone_dataplane`` package, whose ``__init__.py`` is the overlay's.
Every run uses the custom templates in ``generator-templates/`` (beside the config): they make the typed
``Client`` of each version and make generated code call the overlay's ``pinecone_dataplane._core``.
Development tool: it needs the ``dev`` extra (the pinned openapi-python-client and ruff).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SPEC_FILE = re.compile(r"db_data_(?P<year>\d{4})-(?P<month>\d{2})(?:\.(?P<stage>[a-z]+\d*))?\.oas\.yaml")
# Where the version packages go inside the output directory: the generated part of pinecone_dataplane.
PACKAGE_DIR = Path("pinecone_dataplane")
_IGNORED = ("__pycache__",)


class CodegenError(Exception):
    """The generator could not run, or a spec file is misnamed."""


def package_for(spec: Path) -> str:
    """The version package a spec file becomes: ``db_data_2026-04.oas.yaml`` -> ``v2026_04``."""
    match = SPEC_FILE.fullmatch(spec.name)
    if match is None:
        raise CodegenError(
            f"{spec}: spec files must be named db_data_YYYY-MM.oas.yaml (or db_data_YYYY-MM.alpha.oas.yaml)"
        )
    stage = f"_{match['stage']}" if match["stage"] else ""
    return f"v{match['year']}_{match['month']}{stage}"


def _tool_env() -> dict[str, str]:
    # The generator's post hooks call ruff by name: use the one pinned beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def templates_for(config: Path) -> Path:
    """The custom templates kept beside the generator config."""
    return config.parent / "generator-templates"


def generate_into(specs: Path, config: Path, out: Path) -> list[str]:
    """Generate one package per spec into ``out/pinecone_dataplane/``; returns the package names.

    The generator's warnings (operations it skips) are printed every time, on stderr.
    """
    templates = templates_for(config)
    if not templates.is_dir():
        # Without them the output would silently lose the overlay's response tolerance.
        raise CodegenError(f"custom templates not found: {templates}")
    env = _tool_env()
    generator = shutil.which("openapi-python-client", path=env["PATH"])
    if generator is None:
        raise CodegenError("openapi-python-client is not installed: pip install -e '.[dev]'")
    spec_files = sorted(specs.glob("*.oas.yaml"))
    if not spec_files:
        raise CodegenError(f"no *.oas.yaml in {specs}")
    packages = []
    for spec in spec_files:
        package = package_for(spec)
        command = [
            generator,
            "generate",
            "--path",
            str(spec.resolve()),
            "--config",
            str(config.resolve()),
            "--custom-template-path",
            str(templates.resolve()),
            "--meta",
            "none",
            "--output-path",
            str((out / PACKAGE_DIR / package).resolve()),
            "--overwrite",
        ]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not (out / PACKAGE_DIR / package).is_dir():
            raise CodegenError(f"generating {package} from {spec} failed:\n{result.stdout}{result.stderr}")
        for warning in generator_warnings(result.stderr + result.stdout):
            print(f"{spec.name}: {warning}", file=sys.stderr)
        write_constraints(spec, out / PACKAGE_DIR / package / "_constraints.py", env)
        packages.append(package)
    return packages


def generator_warnings(output: str) -> list[str]:
    """The generator's warnings, one line each: ``WARNING parsing POST /path ... (the reason)``."""
    lines = [line.strip() for line in output.splitlines()]
    warnings = []
    for position, line in enumerate(lines):
        if line.startswith("WARNING"):
            reason = next((later for later in lines[position + 1 :] if later), "")
            warnings.append(f"{line} ({reason})" if reason else line)
    return warnings


# The request constraints a spec states that a caller can break: checked before anything is sent.
_RULES = ("type", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems", "pattern")
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def request_constraints(document: dict[str, Any]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """operationId (snake_case) -> (path and query parameters' rules, top-level body fields' rules), by JSON name.

    A path or query parameter that is a string must not be empty: empty, it would address the collection
    instead of one member, or be sent as a value the service reads as absent.
    """
    from openapi_python_client.strings import snake_case  # the generator's own rule for module names

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def rules(schema: Any) -> dict[str, Any]:
        schema = resolve(schema)
        return {key: schema[key] for key in _RULES if isinstance(schema, dict) and key in schema}

    constraints: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for item in document.get("paths", {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters: dict[str, Any] = {}
            for parameter in map(resolve, [*item.get("parameters", []), *operation.get("parameters", [])]):
                if parameter.get("in") not in ("path", "query"):
                    continue
                found = rules(parameter.get("schema", {}))
                if found.get("type") == "string":
                    found.setdefault("minLength", 1)
                if found:
                    parameters[parameter["name"]] = found
            body: dict[str, Any] = {}
            content = resolve(operation.get("requestBody", {})).get("content", {})
            schema = resolve(content.get("application/json", {}).get("schema", {}))
            for name, field in schema.get("properties", {}).items():
                found = rules(field)
                if set(found) - {"type"}:
                    body[name] = found
            if parameters or body:
                constraints[snake_case(operation["operationId"])] = (parameters, body)
    return constraints


def write_constraints(spec: Path, target: Path, env: dict[str, str]) -> None:
    """Write the spec's request constraints as the version's ``_constraints.py``, formatted as the rest."""
    import yaml  # the dev extra's

    with spec.open("rb") as file:
        document = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    target.write_text(
        '"""The request constraints the spec states, checked before anything is sent (generated: do not edit).\n\n'
        "operationId -> (path and query parameters, top-level body fields), each JSON name -> its rules.\n"
        '"""\n\nfrom typing import Any\n\n'
        f"OPERATIONS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {request_constraints(document)!r}\n"
    )
    subprocess.run(["ruff", "format", "--isolated", "--no-cache", "--quiet", str(target)], env=env, check=True)


def _tree(root: Path) -> set[Path]:
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and not any(part in _IGNORED for part in path.parts)
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two generated trees, as readable lines (empty when identical)."""
    want, have = _tree(expected), _tree(actual)
    lines = [f"missing: {path}" for path in sorted(want - have)]
    lines += [f"not generated by the specs: {path}" for path in sorted(have - want)]
    lines += [
        f"differs: {path}"
        for path in sorted(want & have)
        if not filecmp.cmp(expected / path, actual / path, shallow=False)
    ]
    return lines


def write_layout(overlay: Path, generated: Path, to: Path) -> None:
    """``pinecone_dataplane`` as one directory under ``to``, as a wheel installs it: the overlay and generated/.

    For tools that read packages from disk and cannot follow a package spanning two directories
    (pyright, import-linter).
    """
    target = to / PACKAGE_DIR
    if target.exists():
        shutil.rmtree(target)
    for source in (overlay / PACKAGE_DIR, generated / PACKAGE_DIR):
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*_IGNORED))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pinecone_dataplane._codegen", description=__doc__)
    parser.add_argument("command", choices=["generate", "check", "layout"])
    parser.add_argument("--specs", type=Path, default=Path("specs"))
    parser.add_argument("--config", type=Path, default=Path("generator-config.yaml"))
    parser.add_argument("--out", type=Path, default=Path("generated"))
    parser.add_argument("--overlay", type=Path, default=Path("overlay"))
    parser.add_argument("--to", type=Path, help="layout: the directory to write pinecone_dataplane/ into")
    args = parser.parse_args(argv)
    if args.command == "layout":
        if args.to is None:
            parser.error("layout needs --to DIR")
        write_layout(args.overlay, args.out, args.to)
        return 0
    with tempfile.TemporaryDirectory(prefix="pinecone-dataplane-gen-") as scratch:
        fresh = Path(scratch)
        try:
            packages = generate_into(args.specs, args.config, fresh)
        except CodegenError as error:
            print(error, file=sys.stderr)
            return 1
        if args.command == "check":
            problems = differences(fresh, args.out)
            for line in problems:
                print(f"generated/ is stale: {line}", file=sys.stderr)
            if problems:
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"generated/ matches specs/ ({', '.join(packages)})")
            return 0
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(fresh, args.out)
        print(f"generated {', '.join(packages)}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
