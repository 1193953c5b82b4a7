"""Exa's Websets API as the core and ``make generate`` read it: one ``PROFILE``."""

from __future__ import annotations

from apiwire.profile import (
    ApiProfile,
    Credential,
    ErrorBody,
    Generation,
    LongRunning,
    Pagination,
    ResourceBase,
)

from . import errors
from ._version import __version__

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
    vendor="Exa",
    package="exa_websets",
    credential=Credential(header="x-api-key", key_variable="EXA_API_KEY"),
    base_url_variable="EXA_WEBSETS_BASE_URL",
    default_base_url="https://api.exa.ai/websets",
    version_header=None,
    # {"requestId", "error", "tag"}: the message in "error", its code in "tag".
    errors=ErrorBody(message=(("error",), ("message",)), code=(("tag",), ("code",))),
    base_url_name="Websets base URL",
    pagination=dict.fromkeys(_LISTINGS, _BY_CURSOR),
    # Reads, deletes, cancels and updates that set fields to given values may be sent again; creates may not
    # (a second create makes a second webset, import or webhook).
    replayable={
        "websets_create": False,
        "websets_preview": True,
        "websets_update": True,
        "websets_enrichments_create": False,
        "websets_enrichments_update": True,
        "webhooks_create": False,
        "webhooks_update": True,
        "websets_searches_create": False,
        "monitors_create": False,
        "monitors_update": True,
        "imports_create": False,
        "imports_update": True,
    },
    long_running={
        "imports": LongRunning(
            get_operation="imports_get",
            status=("status",),
            succeeded=frozenset({"completed"}),
            failed=frozenset({"failed"}),
            failure=(("failedReason",), ("failedMessage",)),
        )
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
    error_types=errors.TYPES,
)
