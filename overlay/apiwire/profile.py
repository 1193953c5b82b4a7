"""What the core needs to know about one vendor's API, stated as data: read by ``make generate`` and at run time.

A vendor's package holds one ``PROFILE`` (``<package>/_profile.py``), built from these classes. A third vendor
is its documents in ``specs/``, a profile, and, only if it wants verbs of its own, a small overlay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import DEFAULT_TYPES, ErrorTypes

if TYPE_CHECKING:
    import httpx

# A field inside a JSON body, as the keys leading to it: ("pagination", "next").
FieldPath = tuple[str, ...]


@dataclass(frozen=True)
class Credential:
    """How the API key travels, and where a client finds it when the caller gives none."""

    header: str
    key_variable: str


@dataclass(frozen=True)
class ErrorBody:
    """Where an error answer's JSON keeps its message, code and details: each path is tried in turn."""

    message: tuple[FieldPath, ...]
    code: tuple[FieldPath, ...] = ()
    details: tuple[FieldPath, ...] = ()


@dataclass(frozen=True)
class Pagination:
    """How one listing names its next page.

    By token, the answer's ``next`` is the next request's ``request_parameter`` and its absence ends the
    listing; by cursor, the same, and ``has_more`` (when given) says whether another page exists.
    """

    request_parameter: str
    next: FieldPath
    has_more: FieldPath | None = None


@dataclass(frozen=True)
class LongRunning:
    """An operation the server runs after answering, which a client polls until it ends."""

    get_operation: str  # operationId (snake_case) of the read that reports its state
    status: FieldPath
    succeeded: frozenset[str]
    failed: frozenset[str]  # ended without succeeding (failed, cancelled...)
    progress: FieldPath | None = None  # a percentage, when the API reports one
    failure: tuple[FieldPath, ...] = ()  # fields that say why it failed
    # Statuses in which an operation whose progress reached 100 % still works (building an index, say): its end
    # cannot be estimated from the progress then.
    working_after_progress: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ResourceBase:
    """Hand-written verbs of one resource: the classes its generated sync and async classes derive from.

    Names are relative to ``Generation.runtime`` (``imports.SyncImports``); ``models`` names the operations
    whose success models are the base's type arguments, in order.
    """

    sync: str
    asynchronous: str
    models: tuple[str, ...] = ()


@dataclass(frozen=True)
class Generation:
    """What ``make generate`` reads: which documents, how their names carry the version, how to name things.

    A resource's methods are named after their operations: the operationId in snake_case, without
    ``operation_prefix`` and without the resource's noun (``list_orders`` -> ``orders.list``,
    ``shop-items-list`` -> ``items.list`` with the prefix ``shop_``); ``operation_names`` names the exceptions.
    """

    documents: str  # glob in specs/
    version_pattern: str  # regex on a document's file name, with a group named "version"
    version_package: str  # the version's package name, from the version: "v{version}" with "-" read as "_"
    default_version: str
    resource_names: Mapping[str, str] = field(default_factory=dict)  # spec tag -> resource attribute
    known_skips: Mapping[str, str] = field(default_factory=dict)  # schema or operation -> why it is skipped
    # The module the generated Client and AsyncClient derive from (its SyncClient and AsyncClient).
    client_module: str = ""
    # The package holding `resources` and `pagination` and the modules of resource_bases.
    runtime: str = ""
    resource_nouns: Mapping[str, str] = field(default_factory=dict)  # spec tag -> noun left out of method names
    operation_prefix: str = ""  # left out of every method name ("shop_")
    operation_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # operationId -> (resource, method)
    resource_bases: Mapping[str, ResourceBase] = field(default_factory=dict)  # resource -> its hand-written verbs
    # Response fields the SDK guarantees although the document leaves them optional: model class -> JSON names.
    guaranteed_fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Spellings the server sends for a JSON name beyond its snake_case and camelCase: name -> aliases, read as
    # that name in every model that declares it (user data, such as metadata keys, is never renamed).
    field_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Generated class names replaced (a schema titled with a whole sentence): generated name -> ours.
    class_overrides: Mapping[str, str] = field(default_factory=dict)
    # The vendor's own templates laid over generator-templates/ (its Client's constructor and docstrings), a
    # directory beside the generator config; None: the shared ones only.
    templates: str | None = None


@dataclass(frozen=True)
class ApiProfile:
    """One vendor's API: what its clients send and read, and what ``make generate`` builds from."""

    vendor: str  # for messages: "the {vendor} API"
    package: str  # importable name of the vendor's package
    credential: Credential
    base_url_variable: str
    default_base_url: str | None  # None: the caller must give one (an index host, say)
    version_header: str | None  # sent with the version package's version on every request, when the API has one
    errors: ErrorBody
    pagination: Mapping[str, Pagination]  # listing operationId (snake_case) -> how it pages
    replayable: Mapping[str, bool]  # operationId (snake_case) -> may it be sent again after the server saw it
    long_running: Mapping[str, LongRunning]  # resource -> its long-running operation
    generation: Generation
    user_agent: str  # the product token of the vendor's package: "name/version"
    base_url_name: str = "base URL"  # how messages name the base URL ("index host")
    error_types: ErrorTypes = DEFAULT_TYPES  # the vendor's classes of the error tree
    # The most bytes the answer to a request may have (its operation is the request's OPERATION extension);
    # None: every answer gets the core's default cap.
    response_cap: Callable[[httpx.Request], int] | None = None

    def version_module(self, version: str) -> str:
        """The import name of a version's package: "2026-04" -> "vendor_package.v2026_04"."""
        name = self.generation.version_package.format(version=version).replace("-", "_").replace(".", "_")
        return f"{self.package}.{name}"
