"""Pinecone's data-plane API as the core and ``make generate`` read it: one ``PROFILE``."""

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

from ._http.policy import REPLAYABLE

_BY_TOKEN = Pagination(request_parameter="paginationToken", next=("pagination", "next"))

PROFILE = ApiProfile(
    vendor="Pinecone",
    package="pinecone_dataplane",
    credential=Credential(header="Api-Key", key_variable="PINECONE_API_KEY"),
    base_url_variable="PINECONE_INDEX_HOST",
    default_base_url=None,
    version_header="X-Pinecone-Api-Version",
    errors=ErrorBody(message=(("error", "message"), ("message",)), code=(("error", "code"), ("code",))),
    pagination={
        "list_bulk_imports": _BY_TOKEN,
        "list_vectors": _BY_TOKEN,
        "list_namespaces_operation": _BY_TOKEN,
        "list_documents": _BY_TOKEN,
    },
    replayable=REPLAYABLE,
    long_running={
        "imports": LongRunning(
            get_operation="describe_bulk_import",
            status=("status",),
            succeeded=frozenset({"Completed"}),
            failed=frozenset({"Failed", "Cancelled"}),
            progress=("percentComplete",),
            failure=(("error",),),
        )
    },
    generation=Generation(
        documents="db_data_*.oas.yaml",
        version_pattern=r"db_data_(?P<version>\d{4}-\d{2}(?:\.[a-z]+\d*)?)\.oas\.yaml",
        version_package="v{version}",
        default_version="2026-07",
        client_module="pinecone_dataplane._client",
        runtime="pinecone_dataplane._lib",
        resource_names={"Bulk Operations": "imports"},
        resource_nouns={"Bulk Operations": "bulk_import"},
        operation_names={
            "search_records_namespace": ("records", "search"),
            # Wrapped by the hand-written `start` (error_mode as text, checks, one import per start).
            "start_bulk_import": ("imports", "_start"),
        },
        resource_bases={
            "imports": ResourceBase(
                "imports.SyncImports", "imports.AsyncImports", ("describe_bulk_import", "start_bulk_import")
            ),
            "records": ResourceBase("records.SyncRecords", "records.AsyncRecords"),
            "vectors": ResourceBase("vectors.SyncVectors", "vectors.AsyncVectors"),
        },
        known_skips={
            "upsert_records_namespace": (
                "its request body is application/x-ndjson, which the generator does not support; "
                "records.upsert is written by hand"
            ),
        },
        guaranteed_fields={"StartImportResponse": ("id",)},
        class_overrides={
            # The fetch response's vector map and the per-query result are inline schemas titled with a whole
            # sentence, which the generator turns into an 83-character class name: named after what they are.
            "FetchResponseTheFetchedVectorsInTheFormOfAMapBetweenTheFetchedIdsAndTheFetchedVectors": (
                "FetchResponseVectors"
            ),
            "TheQueryResultsForASingleQueryVector": "SingleQueryResults",
        },
        templates="generator-templates/pinecone_dataplane",
    ),
)
