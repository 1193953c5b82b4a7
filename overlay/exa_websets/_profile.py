"""Exa's Websets API as the core and ``make generate`` read it: credentials, variables, error bodies, cursors,
replays, imports, and how its document becomes ``exa_websets.v0``."""

from __future__ import annotations

from apiwire.profile import ApiProfile, Credential, ErrorBody, Generation, LongRunning, Pagination, ResourceBase

from . import errors
from ._version import __version__

# Every listing takes a `cursor` and a `limit` and answers {data, hasMore, nextCursor}.
_BY_CURSOR = Pagination(request_parameter="cursor", next=("nextCursor",), has_more=("hasMore",))
_LISTINGS = (
    "websets_list",
    "websets_items_list",
    "webhooks_list",
    "webhooks_attempts_list",
    "events_list",
    "monitors_list",
    "imports_list",
)

PROFILE = ApiProfile(
    vendor="Exa Websets",
    package="exa_websets",
    credential=Credential(header="x-api-key", key_variable="EXA_API_KEY"),
    base_url_variable="EXA_BASE_URL",
    default_base_url="https://api.exa.ai/websets",
    version_header=None,  # the version is in the path (/v0/...)
    # The document states no error body; the service answers {"requestId", "error", "tag"}: the message in
    # "error" and its code in "tag". A message and a code at the top, or under "error", are read too.
    errors=ErrorBody(
        message=(("message",), ("error", "message"), ("error",)),
        code=(("tag",), ("code",), ("error", "code")),
        details=(("details",), ("error", "details")),
    ),
    pagination=dict.fromkeys(_LISTINGS, _BY_CURSOR),
    replayable={
        # Reads, and a preview, which creates nothing.
        "websets_get": True,
        "websets_list": True,
        "websets_preview": True,
        "websets_items_get": True,
        "websets_items_list": True,
        "websets_enrichments_get": True,
        "webhooks_get": True,
        "webhooks_list": True,
        "webhooks_attempts_list": True,
        "events_get": True,
        "events_list": True,
        "websets_searches_get": True,
        "monitors_get": True,
        "monitors_list": True,
        "monitors_runs_get": True,
        "monitors_runs_list": True,
        "imports_get": True,
        "imports_list": True,
        # Updates set fields to the values sent, deletes and cancels end a state: sent twice, they change nothing
        # more than once.
        "websets_update": True,
        "websets_delete": True,
        "websets_cancel": True,
        "websets_items_delete": True,
        "websets_enrichments_update": True,
        "websets_enrichments_delete": True,
        "websets_enrichments_cancel": True,
        "webhooks_update": True,
        "webhooks_delete": True,
        "websets_searches_cancel": True,
        "monitors_update": True,
        "monitors_delete": True,
        "imports_update": True,
        "imports_delete": True,
        # Never: a second create makes a second webset, enrichment, webhook, search, monitor or import.
        "websets_create": False,
        "websets_enrichments_create": False,
        "webhooks_create": False,
        "websets_searches_create": False,
        "monitors_create": False,
        "imports_create": False,
    },
    long_running={
        "imports": LongRunning(
            get_operation="imports_get",
            status=("status",),  # pending, then processing
            succeeded=frozenset({"completed"}),
            failed=frozenset({"failed"}),
            failure=(("failedReason",), ("failedMessage",)),
        ),
    },
    generation=Generation(
        documents="exa_websets_v*.oas.yaml",
        version_pattern=r"exa_websets_v(?P<version>\d+)\.oas\.yaml",
        version_package="v{version}",
        default_version="0",
        client_module="exa_websets._client",
        runtime="exa_websets._lib",
        resource_names={
            "Websets Preview": "websets",
            "Webhooks Attempts": "webhooks",
            "Monitors Runs": "monitors",
        },
        # Operation ids start with the product's name ("websets-items-list").
        operation_prefix="websets_",
        operation_names={
            "webhooks_attempts_list": ("webhooks", "list_attempts"),
            "monitors_runs_list": ("monitors", "list_runs"),
            "monitors_runs_get": ("monitors", "get_run"),
            # Wrapped by the hand-written `create`, which uploads the CSV the import reads.
            "imports_create": ("imports", "_create"),
        },
        resource_bases={
            "imports": ResourceBase("imports.SyncImports", "imports.AsyncImports", ("imports_get", "imports_create")),
        },
    ),
    user_agent=f"exa-websets/{__version__}",
    base_url_name="Websets base URL",
    error_types=errors.TYPES,
)
