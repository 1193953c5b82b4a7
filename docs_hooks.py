"""MkDocs hooks (mkdocs.yml): the reference pages, written at build time from the version packages.

Each API version gets a page for its clients, one per resource (every method, with the arguments, return and
errors of its generated docstring) and one for its models; every version's pages come from the same rule,
so a newly generated version needs no page written by hand. The reports of ``make diff``
(docs/api-changes/) are listed beside the versions guide.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from pinecone_dataplane._versions import available_versions, latest_version, module_attribute, module_name

REFERENCE = "reference"


def resources(version: str) -> list[tuple[str, str, str]]:
    """(attribute, sync class, async class) of each resource of the client: ``("vectors", "Vectors", ...)``."""
    module = importlib.import_module(module_name(version))
    attributes = sorted({resource for resource, _method in module.OPERATIONS.values()})
    return [(attribute, attribute.capitalize(), f"Async{attribute.capitalize()}") for attribute in attributes]


def models(version: str) -> list[str]:
    """The model classes of ``version`` (its TypedDicts and enums too), as its ``models`` package exports them."""
    return sorted(importlib.import_module(f"{module_name(version)}.models").__all__)


def _version_page(version: str) -> str:
    alias = module_attribute(version)
    default = " (the default)" if version == latest_version() else ""
    links = "\n".join(
        f"- [`client.{attribute}`]({attribute}.md): `{sync}` (`{asynchronous}` on an `AsyncClient`)"
        for attribute, sync, asynchronous in resources(version)
    )
    return f"""# API {version}{default}

`from pinecone_dataplane import {alias}`: the clients of API version {version}, one resource per group of
operations, and the [models](models.md) their methods take and return.

{links}

::: pinecone_dataplane.{alias}.Client
    options:
      members: ["__init__", "raw", "close"]

::: pinecone_dataplane.{alias}.AsyncClient
    options:
      members: ["__init__", "raw", "aclose"]
"""


def _resource_page(version: str, attribute: str, sync: str, asynchronous: str) -> str:
    alias = module_attribute(version)
    return f"""# `client.{attribute}`, API {version}

`{alias}.Client(...).{attribute}` is a `{sync}`; on an `AsyncClient` it is an `{asynchronous}`, whose methods
take the same arguments and are awaited (its listings are iterated with `async for`).

::: pinecone_dataplane.{alias}.{sync}
    options:
      show_root_full_path: true

::: pinecone_dataplane.{alias}.{asynchronous}
    options:
      show_root_full_path: true
      show_docstring_parameters: false
      show_docstring_raises: false
      show_docstring_returns: false
      show_docstring_description: false
"""


def _models_page(version: str) -> str:
    alias = module_attribute(version)
    blocks = "\n".join(f"::: pinecone_dataplane.{alias}.models.{name}\n" for name in models(version))
    return f"""# Models, API {version}

`from pinecone_dataplane.{alias}.models import ...`: what the methods of API {version} take and return. A
method's arguments that are models also take the model's plain-dict form, its `...Dict` TypedDict (keys in
snake_case, as the keyword arguments are spelt).

{blocks}"""


_SHARED = {
    f"{REFERENCE}/errors.md": """# Errors

::: pinecone_dataplane.errors
    options:
      show_root_heading: false
      members_order: source
""",
    f"{REFERENCE}/pagination.md": """# Pagination

::: pinecone_dataplane._lib.pagination
    options:
      show_root_heading: false
      members: ["SyncPager", "AsyncPager", "paginate", "apaginate", "Listing"]
""",
}


@cache
def pages() -> dict[str, str]:
    """Every reference page: its path under docs/ -> its Markdown."""
    found = dict(_SHARED)
    for version in available_versions():
        alias = module_attribute(version)
        found[f"{REFERENCE}/{alias}/index.md"] = _version_page(version)
        for attribute, sync, asynchronous in resources(version):
            found[f"{REFERENCE}/{alias}/{attribute}.md"] = _resource_page(version, attribute, sync, asynchronous)
        found[f"{REFERENCE}/{alias}/models.md"] = _models_page(version)
    return found


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    versions: list[Any] = []
    for version in reversed(available_versions()):
        alias = module_attribute(version)
        entries: list[Any] = [{"Clients": f"{REFERENCE}/{alias}/index.md"}]
        entries += [
            {f"client.{attribute}": f"{REFERENCE}/{alias}/{attribute}.md"} for attribute, _, _ in resources(version)
        ]
        entries.append({"Models": f"{REFERENCE}/{alias}/models.md"})
        versions.append({f"API {version}": entries})
    versions += [{"Errors": f"{REFERENCE}/errors.md"}, {"Pagination": f"{REFERENCE}/pagination.md"}]
    changes = sorted(Path(config.docs_dir, "api-changes").glob("*.md"))
    nav = list(config.nav or [])
    nav.append({"Reference": versions})
    if changes:
        nav.append({"API changes": [f"api-changes/{path.name}" for path in changes]})
    config.nav = nav
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in pages().items():
        files.append(File.generated(config, path, content=content))
    return files
