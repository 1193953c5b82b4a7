"""Build ``generated/`` from ``specs/`` (``make generate``) and prove it current (``make check-generated``).

API versions come from the spec file names: ``specs/db_data_YYYY-MM.oas.yaml`` becomes the package
``pinecone_dataplane.vYYYY_MM`` in ``generated/pinecone_dataplane/vYYYY_MM/`` (a release candidate,
``db_data_YYYY-MM.alpha.oas.yaml``, becomes ``vYYYY_MM_alpha``), so adding a version means adding a spec
file and nothing else. ``generated/pinecone_dataplane/`` has no ``__init__.py``: it is the generated part of
the ``pinecone_dataplane`` package, whose ``__init__.py`` is the overlay's; each version package is also
linked into ``overlay/pinecone_dataplane/`` (``write_links``), so the overlay's directory is the whole package
for the wheel, an editable install and type checkers.
Every run uses the custom templates in ``generator-templates/`` (beside the config): they make the typed
``Client`` of each version and make generated code call the core's ``apiwire._core``.
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
_VERSION_PACKAGE = re.compile(r"v\d{4}_\d{2}(?:_[a-z]+\d*)?")
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
    with tempfile.TemporaryDirectory(prefix="pinecone-dataplane-spec-") as scratch:
        for spec in spec_files:
            prepared = Path(scratch) / spec.name
            packages.append(_generate_one(generator, spec, prepared, config=config, out=out, env=env))
    return packages


def _generate_one(generator: str, spec: Path, prepared: Path, *, config: Path, out: Path, env: dict[str, str]) -> str:
    package = package_for(spec)
    # The generator reads the prepared copy (see prepare_for_generator); the constraints come from the spec itself.
    prepared.write_text(_dump(prepare_for_generator(_load(spec))))
    command = [
        generator,
        "generate",
        "--path",
        str(prepared),
        "--config",
        str(config.resolve()),
        "--custom-template-path",
        str(templates_for(config).resolve()),
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
    return package


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


# Combinators that, beside `properties`, only constrain which fields a request may hold together.
_CONSTRAINT_KEYWORDS = ("anyOf", "oneOf", "not")
# 64-bit integers sent as decimal strings (JSON numbers lose precision past 2**53 in many readers).
_INTEGER_STRING_FORMATS = ("int64", "uint64")


def prepare_for_generator(node: Any) -> Any:
    """The spec as the generator can use it: a copy without what it mishandles, with nothing else changed.

    - ``anyOf``/``oneOf``/``not`` beside ``properties`` (2026-07: "exactly one of vector, id, sparseVector",
      "ids or filter or deleteAll"): the generator reads such a schema as a union of its branches, finds
      none is a model, and silently types the body ``Any`` (or skips the operation: "Could not find
      reference"). They constrain requests, not shapes, so the copy drops them; ``request_constraints``
      reads them from the spec itself and ``_constraints.py`` checks them before anything is sent.
    - ``type: string`` with ``format: int64``/``uint64`` (2026-07's ``NamespaceDescription.record_count``):
      an integer the service writes as a decimal string. The copy declares it an integer, so users get an
      ``int``; the generated model reads it with ``_core.parse_integer``, which accepts either spelling.

    One addition: the description of each field and parameter ends with its limits (``constraint_note``),
    which the generator does not keep, and a parameter's description is also its schema's (the one the
    generator reads), so the docstrings written from descriptions state both.
    """
    if isinstance(node, list):
        return [prepare_for_generator(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: prepare_for_generator(value) for key, value in node.items()}
    if isinstance(copy.get("properties"), dict):
        for keyword in _CONSTRAINT_KEYWORDS:
            copy.pop(keyword, None)
        for field in copy["properties"].values():
            _note_constraints(field, field)
    if copy.get("in") in ("path", "query") and isinstance(copy.get("schema"), dict):
        _note_constraints(copy, copy["schema"])
        # The generator describes a parameter by its schema's description only.
        if "description" in copy and "$ref" not in copy["schema"]:
            copy["schema"] = {**copy["schema"], "description": copy["description"]}
    if copy.get("type") == "string" and copy.get("format") in _INTEGER_STRING_FORMATS:
        copy["type"] = "integer"
    return copy


def constraint_note(schema: dict[str, Any]) -> str:
    """A schema's limits in words: ``1 to 10000``, ``1 to 512 characters``, ``at most 1000 items``..."""

    def bounds(low: str, high: str, unit: str = "") -> str | None:
        lowest, highest = schema.get(low), schema.get(high)
        if lowest is None and highest is None:
            return None
        text = f"{lowest} to {highest}" if None not in (lowest, highest) else None
        text = text or (f"at least {lowest}" if highest is None else f"at most {highest}")
        return f"{text}{unit}"

    parts = [
        bounds("minimum", "maximum"),
        bounds("minLength", "maxLength", " characters"),
        bounds("minItems", "maxItems", " items"),
        bounds("minProperties", "maxProperties", " fields"),
        f"matching ``{schema['pattern']}``" if "pattern" in schema else None,
    ]
    return "; ".join(part for part in parts if part)


def _note_constraints(holder: Any, schema: Any) -> None:
    # `holder` carries the description (a field's schema, or a parameter beside its schema).
    if not isinstance(holder, dict) or not isinstance(schema, dict) or "$ref" in schema:
        return
    note = constraint_note(schema)
    if note:
        description = str(holder.get("description", "")).rstrip()
        holder["description"] = f"{description} Limits: {note}." if description else f"Limits: {note}."


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
_RULES = (
    "type",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "pattern",
)
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# How deep rules are read into arrays' items and objects' fields (vectors[].id, vectors[].sparseValues.indices):
# deeper than any request of these specs, and a bound on a schema that refers to itself.
_NESTING = 3

Constraints = dict[str, tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]]


def request_constraints(document: dict[str, Any]) -> Constraints:
    """operationId (snake_case) -> (parameters' rules, body fields' rules, the body's combination rules).

    Rules are by JSON name: the keywords of ``_RULES``, with ``items`` (each item's rules) and ``properties``
    (an object's fields' rules) for nested limits, and ``combinations`` for a nested object's. Combination
    rules are a body's ``anyOf``/``oneOf``/``not`` beside its ``properties`` (2026-07's "one of vector, id
    or sparseVector"), which the generator is not shown (see prepare_for_generator).
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

    def resolved(node: Any) -> Any:  # a combination rule with every reference in it replaced
        node = resolve(node)
        if isinstance(node, dict):
            return {key: resolved(value) for key, value in node.items()}
        return [resolved(item) for item in node] if isinstance(node, list) else node

    def combinations(schema: Any) -> list[dict[str, Any]]:
        if not isinstance(schema, dict) or "properties" not in schema:
            return []
        return [{keyword: resolved(schema[keyword])} for keyword in _CONSTRAINT_KEYWORDS if keyword in schema]

    def fields(schema: dict[str, Any], depth: int) -> dict[str, Any]:
        found = {name: rules(field, depth) for name, field in schema.get("properties", {}).items()}
        return {name: rule for name, rule in found.items() if set(rule) - {"type"}}

    def rules(schema: Any, depth: int = _NESTING) -> dict[str, Any]:
        schema = resolve(schema)
        if not isinstance(schema, dict):
            return {}
        found = {key: schema[key] for key in _RULES if key in schema}
        if depth:
            items = rules(schema.get("items", {}), depth - 1)
            if set(items) - {"type"}:
                found["items"] = items
            nested = fields(schema, depth - 1)
            if nested:
                found["properties"] = nested
            if combined := combinations(schema):
                found["combinations"] = combined
        return found

    constraints: Constraints = {}
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
            content = resolve(operation.get("requestBody", {})).get("content", {})
            schema = resolve(content.get("application/json", {}).get("schema", {}))
            body = fields(schema, _NESTING)
            combined = combinations(schema)
            if parameters or body or combined:
                constraints[snake_case(operation["operationId"])] = (parameters, body, combined)
    return constraints


def write_constraints(spec: Path, target: Path, env: dict[str, str]) -> None:
    """Write the spec's request constraints as the version's ``_constraints.py``, formatted as the rest."""
    import yaml  # the dev extra's

    with spec.open("rb") as file:
        document = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    target.write_text(
        '"""The request constraints the spec states, checked before anything is sent (generated: do not edit).\n\n'
        "operationId -> (path and query parameters, body fields, the body's combination rules), by JSON name.\n"
        '"""\n\nfrom typing import Any\n\n'
        "OPERATIONS: dict[str, tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]] = "
        f"{request_constraints(document)!r}\n"
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


def version_links(overlay: Path, generated: Path) -> dict[Path, str]:
    """The link each version package needs in the overlay: ``overlay/pinecone_dataplane/v2026_07`` -> its target.

    Through them the overlay's directory holds the whole package, so what reads a checkout (an editable
    install, pyright, an editor) finds every version package where Python finds it.
    """
    links = {}
    for package in sorted((generated / PACKAGE_DIR).iterdir()):
        if package.is_dir() and (package / "__init__.py").is_file():
            link = overlay / PACKAGE_DIR / package.name
            links[link] = os.path.relpath(package, link.parent)
    return links


def _stale_links(overlay: Path, wanted: dict[Path, str]) -> list[Path]:
    return [
        path
        for path in sorted((overlay / PACKAGE_DIR).iterdir())
        if path.is_symlink() and _VERSION_PACKAGE.fullmatch(path.name) and path not in wanted
    ]


def link_problems(overlay: Path, generated: Path) -> list[str]:
    """What differs between the overlay's version links and the version packages (empty when they agree)."""
    wanted = version_links(overlay, generated)
    problems = [
        f"missing link: {link} -> {target}"
        for link, target in wanted.items()
        if not link.is_symlink() or os.readlink(link) != target
    ]
    return problems + [f"link to no version package: {path}" for path in _stale_links(overlay, wanted)]


def write_links(overlay: Path, generated: Path) -> None:
    """Make the overlay's version links match the version packages (see ``version_links``)."""
    wanted = version_links(overlay, generated)
    for path in _stale_links(overlay, wanted):
        path.unlink()
    for link, target in wanted.items():
        if link.is_symlink() and os.readlink(link) == target:
            continue
        if link.is_symlink():
            link.unlink()
        link.symlink_to(target, target_is_directory=True)


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
            problems = differences(fresh, args.out) + link_problems(args.overlay, args.out)
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
        write_links(args.overlay, args.out)
        print(f"generated {', '.join(packages)}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
