"""Integrated records: text records embedded by the index, searched by text, reranked.

An emulated index with integrated embedding names the field whose text it embeds (the ``field_map`` of
an index created for a hosted model). Upserted records are embedded with the lexical embedder of
``_embedder``: into the index's dimension on a dense index, into hashed term weights on a sparse one. A
text query is embedded the same way, and reranking reorders hits by the share of the query's words their
rank fields contain. The functions here are plain (no I/O), so a caller may run them in a thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from . import _embedder as embedder
from . import _vectors as rules
from ._http import ApiProblem
from ._store import FloatArray, IndexArray, Match, Metadata, Predicate, StoredRecord

# The reranking models Pinecone hosts; the emulator scores every one of them the same lexical way.
RERANK_MODELS = ("bge-reranker-v2-m3", "cohere-rerank-3.5", "pinecone-rerank-v0")
MAX_RECORDS_PER_UPSERT = 1000

QueryVectors = tuple[FloatArray | None, tuple[IndexArray, FloatArray] | None]


def without_embedding(what: str) -> ApiProblem:
    return rules.bad(
        f"{what} needs an index with integrated embedding; start the emulator with an embedding field "
        "(embedding_field=..., or --embedding-field) to emulate one"
    )


def refuse_text_search(body: dict[str, Any], query: dict[str, Any]) -> None:
    """On an index without integrated embedding: 400 for a search by text, by terms or with reranking."""
    for name in ("inputs", "match_terms"):
        if query.get(name) is not None:
            raise without_embedding(f"query.{name}")
    if body.get("rerank") is not None:
        raise without_embedding("rerank")


def parse_records(raw: bytes, field: str) -> list[tuple[str, Metadata]]:
    """The records of an ndjson body: (id, fields), the embedded text field among the fields."""
    records: list[tuple[str, Metadata]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"record {number}"
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise rules.bad(f"{where} is not valid JSON (the body is one JSON object per line)") from None
        if not isinstance(item, dict):
            raise rules.bad(f"{where} must be a JSON object")
        if ("_id" in item) == ("id" in item):
            raise rules.bad(f"{where} needs _id or its alias id, exactly one of them")
        id_ = rules.record_id(item.pop("_id" if "_id" in item else "id"), f"{where}._id")
        text = item.get(field)
        if not isinstance(text, str):
            raise rules.bad(f"{where} needs the text field {field!r} (the index embeds it) as a string")
        records.append((id_, rules.metadata(item, where)))
        if len(records) > MAX_RECORDS_PER_UPSERT:
            raise rules.bad(f"the body holds more than {MAX_RECORDS_PER_UPSERT} records; the limit per upsert")
    if not records:
        raise rules.bad("the body holds no records: one JSON object per line")
    return records


def embed_records(records: list[tuple[str, Metadata]], field: str, dimension: int | None) -> dict[str, StoredRecord]:
    """Records as stored: each one's text embedded (``dimension`` None: a sparse index)."""
    stored = {}
    for id_, fields in records:
        text = fields[field]
        if dimension is None:
            indices, values = embedder.sparse_embedding(text)
            stored[id_] = StoredRecord(sparse_indices=indices, sparse_values=values, metadata=fields)
        else:
            stored[id_] = StoredRecord(values=embedder.dense_embedding(text, dimension), metadata=fields)
    return stored


def query_text(query: dict[str, Any]) -> str | None:
    """The text of ``query.inputs`` (``{"text": ...}``), or None without inputs."""
    inputs = query.get("inputs")
    if inputs is None:
        return None
    if not isinstance(inputs, dict) or not isinstance(inputs.get("text"), str):
        raise rules.bad('query.inputs must be an object such as {"text": "what to search for"}')
    return str(inputs["text"])


def embed_query(text: str, dimension: int | None) -> QueryVectors:
    if dimension is None:
        return None, embedder.sparse_embedding(text)
    return embedder.dense_embedding(text, dimension), None


def match_terms(query: dict[str, Any], field: str, sparse_index: bool) -> Predicate | None:
    """The predicate of ``query.match_terms``: hits whose text holds every term (sparse indexes only)."""
    spec = query.get("match_terms")
    if spec is None:
        return None
    if not sparse_index:
        raise rules.bad("query.match_terms is served by sparse indexes with integrated embedding only")
    if not isinstance(spec, dict) or spec.get("strategy") != "all":
        raise rules.bad('query.match_terms needs strategy "all" (the only one) and terms')
    terms = spec.get("terms")
    if not isinstance(terms, list) or not all(isinstance(term, str) for term in terms):
        raise rules.bad("query.match_terms.terms must be an array of strings")
    wanted = {word for term in terms for word in embedder.words(term)}

    def holds_terms(metadata: Metadata | None) -> bool:
        text = None if metadata is None else metadata.get(field)
        return isinstance(text, str) and wanted <= set(embedder.words(text))

    return holds_terms


def both(first: Predicate | None, second: Predicate | None) -> Predicate | None:
    if first is None or second is None:
        return first or second
    return lambda metadata: first(metadata) and second(metadata)


@dataclass(frozen=True)
class Rerank:
    query: str
    rank_fields: list[str]
    top_n: int


def rerank_options(spec: Any, text: str | None, top_k: int) -> Rerank | None:
    """``rerank`` checked: a hosted model, rank fields, and a query (its own, or the search's text)."""
    if spec is None:
        return None
    if not isinstance(spec, dict):
        raise rules.bad("rerank must be an object with model and rank_fields")
    model = spec.get("model")
    if model not in RERANK_MODELS:
        raise rules.bad(f"rerank.model must be one of {', '.join(RERANK_MODELS)}, not {model!r}")
    fields = spec.get("rank_fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(name, str) and name for name in fields):
        raise rules.bad("rerank.rank_fields must be a non-empty array of field names")
    parameters = spec.get("parameters")
    if parameters is not None and not isinstance(parameters, dict):
        raise rules.bad("rerank.parameters must be an object")
    top_n = spec.get("top_n")
    top_n = top_k if top_n is None else rules.integer(top_n, "rerank.top_n", minimum=1, maximum=rules.MAX_TOP_K)
    own = spec.get("query")
    if own is not None:
        text = rules.string(own, "rerank.query")
    if not text:
        raise rules.bad("rerank.query is needed when searching by query.vector or query.id")
    return Rerank(query=text, rank_fields=fields, top_n=top_n)


def reranked(matches: list[Match], options: Rerank) -> list[Match]:
    """The hits reordered by their lexical score against the query (ties keep the first pass's order)."""
    scored = []
    for match in matches:
        fields = match.record.metadata or {}
        texts = []
        for name in options.rank_fields:
            value = fields.get(name)
            if not isinstance(value, str):
                raise rules.bad(f"rerank.rank_fields: hit {match.id!r} has no text field {name!r} to rank by")
            texts.append(value)
        scored.append(Match(match.id, embedder.lexical_score(options.query, " ".join(texts)), match.record))
    scored.sort(key=lambda match: -match.score)
    return scored[: options.top_n]


def usage(*, text: str | None, rerank: Rerank | None, hits: int) -> dict[str, int]:
    """SearchUsage: embedding tokens for a text query, one rerank unit per reranked search."""
    found: dict[str, int] = {"read_units": 1}
    if text is not None:
        found["embed_total_tokens"] = embedder.token_count(text)
    if rerank is not None:
        found["rerank_units"] = 1 if hits else 0
    return found
