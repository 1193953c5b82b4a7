"""How large a Pinecone answer may be: for each operation, above the largest answer the spec's limits allow.

An answer over its cap is refused on its Content-Length before a byte of the body is read, or stopped once
the body read grows past it, so a hostile or broken server costs at most the cap in memory. The caps are
upper bounds computed from what one record can hold at most, written as JSON at its longest; a caller who
wants a smaller (or larger) bound passes ``max_response_bytes``. Pinecone's profile hands :func:`response_cap`
to the core's transport.
"""

from __future__ import annotations

import httpx
import orjson

from apiwire._core import OPERATION

# The spec's limits, the same in every version.
ID_LENGTH = 512  # characters of a record id (and of a namespace name)
DIMENSION = 20_000  # values of a dense vector
SPARSE_VALUES = 2_048  # non-zero values of a sparse vector
FETCH_IDS = 1_000  # ids of one fetch
TOP_K = 10_000  # matches of one query or search
PAGE = 100  # items of one list page
# The service's, which the spec does not state: the metadata of one record, and namespaces of one index.
METADATA_BYTES = 40 * 1024
NAMESPACES = 100_000

# Each part as JSON at its longest: a character of text as a \uXXXX escape, a float32 value as its longest
# shortest form ("-1.17549435e-38") with a separator, a sparse index as ten digits and a separator.
_CHARACTER = 6
_NUMBER = 16
_INDEX = 11
_ID = ID_LENGTH * _CHARACTER
_VALUES = DIMENSION * _NUMBER + SPARSE_VALUES * (_INDEX + _NUMBER)
_METADATA = METADATA_BYTES * _CHARACTER
# Room for everything else in an answer: field names, a score, usage, a pagination token, a namespace.
_ENVELOPE = 64 * 1024
# An answer about one thing (an import, a namespace, a count): its longest text field is a URI or an error.
SMALL = 1 << 20


def _records(count: int, *, values: bool = True, metadata: bool = True) -> int:
    return _ENVELOPE + count * (_ID + _NUMBER + (_VALUES if values else 0) + (_METADATA if metadata else 0))


# Operation -> its cap when the request does not say how much it asks for (or asks for the most).
CAPS: dict[str, int] = {
    "describe_bulk_import": SMALL,
    "start_bulk_import": SMALL,
    "cancel_bulk_import": SMALL,
    "list_bulk_imports": _ENVELOPE + PAGE * SMALL // 16,  # 64 KiB an import: a URI, an error, counts
    "describe_index_stats": _ENVELOPE + NAMESPACES * (_ID + 64),
    "query_vectors": _records(TOP_K),
    "fetch_vectors": _records(FETCH_IDS),
    "fetch_vectors_by_metadata": _records(TOP_K),
    "list_vectors": _records(PAGE, values=False, metadata=False),
    "upsert_vectors": SMALL,
    "update_vector": SMALL,
    "delete_vectors": SMALL,
    "list_namespaces_operation": _ENVELOPE + PAGE * (_ID + 1024),
    "create_namespace": SMALL,
    "describe_namespace": SMALL,
    "delete_namespace": SMALL,
    "upsert_records_namespace": SMALL,
    "search_records_namespace": _records(TOP_K),
    "upsert_documents": SMALL,
    "fetch_documents": _records(FETCH_IDS),
    "delete_documents": SMALL,
    "list_documents": _records(PAGE),
    "update_documents": SMALL,
    "search_documents": _records(TOP_K),
}
# A request that names no operation (a generated function added later, a caller's own): the largest of them.
LARGEST = max(CAPS.values())


def response_cap(request: httpx.Request) -> int:
    """The most bytes the answer to ``request`` may have: its operation's cap, smaller for a query or fetch that
    asks for fewer records than the most."""
    operation = request.extensions.get(OPERATION)
    if operation == "query_vectors":
        return _query_cap(request)
    if operation == "fetch_vectors" and request.method == "GET":
        ids = len(request.url.params.get_list("ids"))
        if 0 < ids <= FETCH_IDS:
            return _records(ids)
    return CAPS.get(operation or "", LARGEST)


def _query_cap(request: httpx.Request) -> int:
    # A query asks for top_k matches, with values and metadata or without: a query for one match cannot
    # be answered with a million. Its body is small next to its answer, and read once here.
    try:
        body = orjson.loads(request.content)
    except (orjson.JSONDecodeError, httpx.RequestNotRead):
        return CAPS["query_vectors"]
    top_k = body.get("topK") if isinstance(body, dict) else None
    if type(top_k) is not int or not 0 < top_k <= TOP_K:
        return CAPS["query_vectors"]
    return _records(top_k, values=body.get("includeValues") is True, metadata=body.get("includeMetadata") is True)
