"""Pinecone's data-plane API as the core and ``make generate`` read it: credentials, variables, error bodies,
pages, replays, imports, and how its documents become packages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from apiwire.profile import ApiProfile, Credential, Generation, LongRunning, Pagination, ResourceBase

from . import errors
from ._version import __version__

if TYPE_CHECKING:
    import httpx


def _response_cap(request: httpx.Request) -> int:
    from ._http.limits import response_cap  # with the first answer: importing the profile loads no HTTP stack

    return response_cap(request)


# A page's token is the next request's paginationToken; the token is absent on the last page. 2026-07's
# documents listing takes it in its body, under the same name.
_BY_TOKEN = Pagination(request_parameter="paginationToken", next=("pagination", "next"))

PROFILE = ApiProfile(
    vendor="Pinecone data-plane",
    package="pinecone_dataplane",
    credential=Credential(header="Api-Key", key_variable="PINECONE_API_KEY"),
    base_url_variable="PINECONE_INDEX_HOST",
    default_base_url=None,  # each index has its own host
    version_header="X-Pinecone-Api-Version",
    errors=errors.ERROR_BODY,
    pagination={
        "list_bulk_imports": _BY_TOKEN,
        "list_vectors": _BY_TOKEN,
        "list_namespaces_operation": _BY_TOKEN,
        "list_documents": _BY_TOKEN,
    },
    replayable={
        # Reads.
        "describe_bulk_import": True,
        "list_bulk_imports": True,
        "describe_index_stats": True,
        "query_vectors": True,
        "fetch_vectors": True,
        "fetch_vectors_by_metadata": True,
        "list_vectors": True,
        "describe_namespace": True,
        "list_namespaces_operation": True,
        "search_records_namespace": True,
        "fetch_documents": True,
        "list_documents": True,
        "search_documents": True,
        # Writes by id or by filter, and deletes: a second identical request changes nothing more.
        "upsert_vectors": True,
        "update_vector": True,
        "delete_vectors": True,
        "delete_namespace": True,
        "cancel_bulk_import": True,
        "upsert_records_namespace": True,
        "upsert_documents": True,
        "update_documents": True,
        "delete_documents": True,
        # Never: a second start would start a second import; a second create fails as the first's duplicate.
        "start_bulk_import": False,
        "create_namespace": False,
    },
    long_running={
        "imports": LongRunning(
            get_operation="describe_bulk_import",
            status=("status",),
            succeeded=frozenset({"Completed"}),
            failed=frozenset({"Failed", "Cancelled"}),
            progress=("percentComplete",),
            failure=(("error",),),
            working_after_progress=frozenset({"InProgress"}),  # at 100 %: the index is being built
        ),
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
        # The 2026-04 list-imports example calls createdAt "started_at".
        field_aliases={"createdAt": ("startedAt", "started_at")},
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
    user_agent=f"pinecone-dataplane/{__version__}",
    base_url_name="index host",
    error_types=errors.TYPES,
    response_cap=_response_cap,
)
