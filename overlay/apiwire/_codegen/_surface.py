"""The names of a vendor's typed surface (``client.<resource>.<method>``), from its profile and document.

Computed here once, in Python, and handed to the templates as ``_profile.jinja`` (a file of ``set``
statements written into the templates the generator reads), so that the templates name no vendor.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apiwire.profile import ApiProfile, Generation

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def identifier(text: str) -> str:
    """A name as the generator spells it in Python (its ``python_identifier``): ``orders-items-list`` ->
    ``orders_items_list``."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(text, prefix="field"))


def _resource_of_tag(tag: str, generation: Generation) -> tuple[str, str]:
    """(resource attribute, noun) of a spec tag: ``Vector Operations`` -> (``vectors``, ``vector``)."""
    stem = identifier(tag).removesuffix("_operations")
    resource = generation.resource_names.get(tag) or (stem if stem.endswith("s") else f"{stem}s")
    noun = generation.resource_nouns.get(tag) or resource.removesuffix("s")
    return resource, noun


def method_name(operation: str, noun: str, prefix: str = "") -> str:
    """``operation`` (snake_case) without the prefix and the resource's noun: ``list_orders`` -> ``list``."""
    name = operation.removeprefix(prefix) if prefix and operation != prefix.rstrip("_") else operation
    name = f"_{name}".replace(f"_{noun}s", "").replace(f"_{noun}", "").replace("_operation", "")
    return name.lstrip("_") or operation


def surface(document: dict[str, Any], generation: Generation) -> dict[str, tuple[str, str]]:
    """operationId (snake_case) -> (resource, method) for every operation of ``document``."""
    names: dict[str, tuple[str, str]] = {}
    for item in document.get("paths", {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            name = identifier(operation["operationId"])
            if name in generation.operation_names:
                names[name] = generation.operation_names[name]
                continue
            resource, noun = _resource_of_tag((operation.get("tags") or ["default"])[0], generation)
            names[name] = (resource, method_name(name, noun, generation.operation_prefix))
    return names


def template_variables(document: dict[str, Any], profile: ApiProfile) -> str:
    """``_profile.jinja``: what the templates read of the profile, as Jinja ``set`` statements."""
    generation = profile.generation
    pages = {
        operation: {
            "token": paging.request_parameter,
            "token_python": identifier(paging.request_parameter),
        }
        for operation, paging in profile.pagination.items()
    }
    variables: dict[str, Any] = {
        "VENDOR": {
            "vendor": profile.vendor,
            "package": profile.package,
            "client_module": generation.client_module,
            "runtime": generation.runtime,
            "errors": f"{profile.package}.errors",
            # The header parameter the client itself sends (the version), left out of every signature.
            "version_parameter": identifier(profile.version_header) if profile.version_header else "",
        },
        "SURFACE": {name: list(names) for name, names in surface(document, generation).items()},
        "PAGES": pages,
        "RESOURCE_BASES": {
            resource: [base.sync, base.asynchronous, list(base.models)]
            for resource, base in generation.resource_bases.items()
        },
        "GUARANTEED": {model: list(fields) for model, fields in generation.guaranteed_fields.items()},
        "ALIASES": {name: list(aliases) for name, aliases in generation.field_aliases.items()},
    }
    lines = ["{# Written by make generate from the vendor's profile: the names the templates use. #}"]
    lines += [f"{{% set {name} = {json.dumps(value, sort_keys=True)} %}}" for name, value in variables.items()]
    return "\n".join(lines) + "\n"
