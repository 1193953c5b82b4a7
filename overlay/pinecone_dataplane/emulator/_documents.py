"""2026-07's documents: an index schema, the documents written against it, and the six document operations.

The emulated index's schema (an emulator option) declares its fields: ``dense_vector`` (a dimension and a
metric), ``sparse_vector``, ``string`` (``filterable``, and ``full_text_search`` for text search),
``string_list``, ``float`` and ``boolean``. A document is an ``_id`` with at least one schema field; its
other fields are metadata. Filters follow the field's kind: a metadata field (undeclared, or declared
for filtering only) takes the comparison operators, a full-text field the text-match operators
(``$match_phrase``, ``$match_all``, ``$match_any``), and a vector field neither. Text is scored with
BM25 over the lowercased words of ``_embedder``: lexical, as the service's full-text search is.

Every function here is plain (no I/O, the store's lock held briefly), so a caller may run it in a thread.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from . import _vectors as rules
from ._embedder import words
from ._filters import FilterError, compile_filter
from ._http import ApiProblem, decode_token, encode_token
from ._store import METRICS

Document = dict[str, Any]
FIELD_TYPES = ("dense_vector", "sparse_vector", "string", "string_list", "float", "boolean")
TEXT_MATCH = ("$match_phrase", "$match_all", "$match_any")
MAX_QUERY_BYTES = 10_000
MAX_DOCUMENTS = 1000
_K1, _B = 1.2, 0.75  # BM25's usual constants


@dataclass(frozen=True)
class Field:
    type: str
    filterable: bool = False
    full_text: bool = False
    dimension: int | None = None
    metric: str = "cosine"


@dataclass(frozen=True)
class DocumentSchema:
    fields: Mapping[str, Field]

    def full_text(self, name: str, where: str) -> None:
        field = self.fields.get(name)
        if field is None or not field.full_text:
            searchable = ", ".join(sorted(key for key, value in self.fields.items() if value.full_text)) or "none"
            raise rules.bad(f"{where}: {name!r} is not a full_text_search string field (those are: {searchable})")

    def vector(self, name: str, kind: str, where: str) -> Field:
        field = self.fields.get(name)
        if field is None or field.type != kind:
            raise rules.bad(f"{where}: {name!r} is not a {kind} field of the index schema")
        return field


def parse_schema(value: Any) -> DocumentSchema:
    """The index schema from ``{"fields": {name: {"type": ..., ...}}}``; ValueError naming what is wrong."""
    if not isinstance(value, Mapping) or not isinstance(value.get("fields"), Mapping) or not value["fields"]:
        raise ValueError('the document schema is {"fields": {NAME: {"type": TYPE, ...}}} with at least one field')
    fields = {}
    for name, spec in value["fields"].items():
        if not isinstance(spec, Mapping) or spec.get("type") not in (*FIELD_TYPES, "number"):
            raise ValueError(f"schema field {name!r}: type must be one of {', '.join(FIELD_TYPES)}")
        if name.startswith(("_", "$")):
            raise ValueError(f"schema field {name!r}: names may not start with '_' or '$'")
        kind = "float" if spec["type"] == "number" else spec["type"]
        dimension = spec.get("dimension")
        if kind == "dense_vector" and not (isinstance(dimension, int) and dimension >= 1):
            raise ValueError(f"schema field {name!r}: a dense_vector needs a dimension of at least 1")
        metric = spec.get("metric", "dotproduct" if kind == "sparse_vector" else "cosine")
        if metric not in METRICS or (kind == "sparse_vector" and metric != "dotproduct"):
            raise ValueError(f"schema field {name!r}: metric {metric!r} is not one this field type takes")
        full_text = spec.get("full_text_search") is not None
        if full_text and kind != "string":
            raise ValueError(f"schema field {name!r}: full_text_search is for string fields")
        fields[name] = Field(
            type=kind,
            filterable=bool(spec.get("filterable", False)),
            full_text=full_text,
            dimension=dimension if kind == "dense_vector" else None,
            metric=metric,
        )
    return DocumentSchema(fields)


# --- documents -----------------------------------------------------------------------------------------


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def field_value(schema: DocumentSchema, name: str, value: Any, where: str) -> Any:
    """A field's value checked against the schema (a metadata value for an undeclared field)."""
    field = schema.fields.get(name)
    if field is None:
        rules.metadata({name: value}, where.rsplit(".", 1)[0])
        return value
    kind = field.type
    if kind == "dense_vector":
        assert field.dimension is not None
        return rules.dense_values(value, where, field.dimension).tolist()
    if kind == "sparse_vector":
        indices, values = rules.sparse_values(value, where)
        return {"indices": indices.tolist(), "values": values.tolist()}
    valid = {
        "string": isinstance(value, str),
        "string_list": isinstance(value, list) and all(isinstance(item, str) for item in value),
        "float": _number(value),
        "boolean": isinstance(value, bool),
    }[kind]
    if not valid:
        raise rules.bad(f"{where} must be a {kind}, as the index schema declares it")
    return value


def document(schema: DocumentSchema, item: Any, where: str) -> tuple[str, Document]:
    if not isinstance(item, dict):
        raise rules.bad(f"{where} must be an object with _id and fields")
    id_ = rules.record_id(item.get("_id"), f"{where}._id")
    fields = {
        name: field_value(schema, name, value, f"{where}.{name}") for name, value in item.items() if name != "_id"
    }
    if not any(name in schema.fields for name in fields):
        raise rules.bad(f"{where} has no field of the index schema ({', '.join(sorted(schema.fields))})")
    return id_, fields


def id_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value or len(value) > rules.MAX_IDS:
        raise rules.bad(f"{where} must be an array of 1 to {rules.MAX_IDS} document IDs")
    return [rules.record_id(item, f"{where}[{index}]") for index, item in enumerate(value)]


def projected(id_: str, fields: Document, include: list[str] | None) -> Document:
    """``_id`` and the chosen fields (``None``: all of them; ``"*"`` among them: all as well)."""
    if include is None or "*" in include:
        return {"_id": id_, **fields}
    return {"_id": id_, **{name: fields[name] for name in include if name in fields}}


def field_names(value: Any, where: str) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise rules.bad(f"{where} must be an array of field names")
    return list(value)


# --- filters -------------------------------------------------------------------------------------------


Predicate = Callable[[Document], bool]


def document_filter(schema: DocumentSchema, spec: Any, where: str, *, text_match: bool = True) -> Predicate | None:
    """A filter over documents: comparisons on metadata fields, text matching on full-text fields."""
    if spec is None:
        return None
    if not isinstance(spec, dict) or not spec:
        raise rules.bad(f"{where} must be a non-empty object")
    metadata: dict[str, Any] = {}
    tests: list[Predicate] = []
    for key, value in spec.items():
        if key in ("$and", "$or"):
            tests.append(_logical(schema, key, value, f"{where}.{key}", text_match))
        elif (tested := _field_tests(schema, key, value, f"{where}.{key}", text_match)) is None:
            metadata[key] = value
        else:
            tests.extend(tested)
    if metadata:
        try:
            tests.append(compile_filter(metadata, where))
        except FilterError as problem:
            raise rules.bad(str(problem)) from None
    return lambda doc: all(test(doc) for test in tests)


def _logical(schema: DocumentSchema, key: str, value: Any, where: str, text_match: bool) -> Predicate:
    if not isinstance(value, list) or not value:
        raise rules.bad(f"{where} takes a non-empty array of filters")
    parts = [document_filter(schema, part, f"{where}[{i}]", text_match=text_match) for i, part in enumerate(value)]
    checks = [part for part in parts if part is not None]
    if key == "$and":
        return lambda doc: all(check(doc) for check in checks)
    return lambda doc: any(check(doc) for check in checks)


def _field_tests(schema: DocumentSchema, key: str, value: Any, where: str, text_match: bool) -> list[Predicate] | None:
    """The text-match tests of a full-text field; None for a metadata field (compared as metadata)."""
    field = schema.fields.get(key)
    if field is not None and field.type in ("dense_vector", "sparse_vector"):
        raise rules.bad(f"{where} is a vector field, which filters cannot name")
    operators = value if isinstance(value, dict) else {"$eq": value}
    matching = [op for op in operators if op in TEXT_MATCH]
    if field is None or not field.full_text:
        if matching:
            raise rules.bad(f"{where}.{matching[0]} needs a full_text_search field; {key!r} is metadata")
        return None
    if not text_match:
        raise rules.bad(f"{where}: text-match operators are not allowed in this operation's filter")
    if len(matching) != len(operators):
        raise rules.bad(f"{where} is a full-text field: it takes {', '.join(TEXT_MATCH)}, not comparisons")
    return [_text_match(key, op, operators[op], f"{where}.{op}") for op in matching]


def _text_match(name: str, op: str, operand: Any, where: str) -> Predicate:
    if not isinstance(operand, str) or not words(operand):
        raise rules.bad(f"{where} takes a string with at least one word")
    wanted = words(operand)

    def test(doc: Document) -> bool:
        text = doc.get(name)
        if not isinstance(text, str):
            return False
        found = words(text)
        if op == "$match_any":
            return bool(set(wanted) & set(found))
        if op == "$match_all":
            return set(wanted) <= set(found)
        return _has_phrase(found, wanted)

    return test


def _has_phrase(found: list[str], phrase: list[str]) -> bool:
    size = len(phrase)
    return any(found[start : start + size] == phrase for start in range(len(found) - size + 1))


# --- scoring -------------------------------------------------------------------------------------------


class _Bm25:
    """BM25 of words in the full-text fields of a set of documents."""

    def __init__(self, docs: Mapping[str, Document], fields: list[str]) -> None:
        self.tokens = {
            name: {id_: words(doc[name]) for id_, doc in docs.items() if isinstance(doc.get(name), str)}
            for name in fields
        }
        self.counts = {
            name: {id_: Counter(found) for id_, found in texts.items()} for name, texts in self.tokens.items()
        }
        self.sizes = {
            name: (sum(map(len, texts.values())) / len(texts) if texts else 0.0) for name, texts in self.tokens.items()
        }
        self.frequency = {
            name: Counter(word for found in texts.values() for word in set(found))
            for name, texts in self.tokens.items()
        }
        self.total = len(docs)

    def score(self, name: str, id_: str, word: str) -> float:
        count = self.counts[name].get(id_, Counter()).get(word, 0)
        if not count:
            return 0.0
        having = self.frequency[name][word]
        idf = math.log(1 + (self.total - having + 0.5) / (having + 0.5))
        length = len(self.tokens[name][id_])
        average = self.sizes[name] or 1.0
        return idf * count * (_K1 + 1) / (count + _K1 * (1 - _B + _B * length / average))

    def phrase(self, name: str, id_: str, phrase: list[str]) -> bool:
        return _has_phrase(self.tokens[name].get(id_, []), phrase)


# A scorer: (document id) -> (whether it matches, its score).
Scorer = Callable[[str], tuple[bool, float]]


def _text_clause(bm25: _Bm25, fields: list[str], query: str) -> Scorer:
    wanted = words(query)

    def score(id_: str) -> tuple[bool, float]:
        total = sum(bm25.score(name, id_, word) for name in fields for word in wanted)
        return total > 0, total

    return score


_TOKEN = re.compile(r'\(|\)|"[^"]*"(?:\^[0-9.]+)?|[^\s()"]+"[^"]*"(?:\^[0-9.]+)?|[^\s()]+')


# How a clause of a query string counts, as in Lucene: it may match, it must match, or it must not.
Modifier = Literal["should", "must", "not"]


class _QueryString:
    """A Lucene-style query string: ``field:word``, ``field:"a phrase"``, ``word^2``, AND, OR, NOT, ``-``, ``+``,
    parentheses. Clauses side by side may match (OR); ``+word`` must, and ``NOT``/``-`` excludes, as in Lucene.
    A word without a field searches every full-text field."""

    def __init__(self, schema: DocumentSchema, bm25: _Bm25, fields: list[str], query: str, where: str) -> None:
        self.schema, self.bm25, self.fields, self.where = schema, bm25, fields, where
        self.tokens = _TOKEN.findall(query)
        self.position = 0
        self.scorer = self._or()
        if self.position != len(self.tokens):
            raise rules.bad(f"{where}: unexpected {self.tokens[self.position]!r} in the query string")

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _or(self) -> Scorer:
        clauses = [self._and()]
        while self._peek() not in (None, ")"):
            if self._peek() == "OR":
                self.position += 1
            clauses.append(self._and())
        if len(clauses) == 1 and clauses[0][0] != "not":
            return clauses[0][1]

        def score(id_: str) -> tuple[bool, float]:
            results = [(modifier, *scorer(id_)) for modifier, scorer in clauses]
            if any(ok for modifier, ok, _ in results if modifier == "not"):
                return False, 0.0
            if not all(ok for modifier, ok, _ in results if modifier == "must"):
                return False, 0.0
            counted = [(ok, value) for modifier, ok, value in results if modifier != "not"]
            required = any(modifier == "must" for modifier, _, _ in results)
            return required or any(ok for ok, _ in counted) or not counted, sum(value for ok, value in counted if ok)

        return score

    def _and(self) -> tuple[Modifier, Scorer]:
        clauses = [self._unary()]
        while self._peek() == "AND":
            self.position += 1
            clauses.append(self._unary())
        if len(clauses) == 1:
            return clauses[0]

        def score(id_: str) -> tuple[bool, float]:
            results = [(modifier, *scorer(id_)) for modifier, scorer in clauses]
            matched = all(ok != (modifier == "not") for modifier, ok, _ in results)
            return matched, sum(value for modifier, ok, value in results if ok and modifier != "not")

        return "should", score

    def _unary(self) -> tuple[Modifier, Scorer]:
        token = self._peek()
        if token is None:
            raise rules.bad(f"{self.where}: the query string ends where a term is expected")
        modifier: Modifier = "should"
        if token == "NOT":
            self.position += 1
            modifier = "not"
        elif token[0] in "+-" and len(token) > 1:
            self.tokens[self.position] = token[1:]
            modifier = "must" if token[0] == "+" else "not"
        if self._peek() is None:
            raise rules.bad(f"{self.where}: the query string ends where a term is expected")
        return modifier, self._primary(None)

    def _primary(self, field: str | None) -> Scorer:
        token = self._peek()
        if token is None or token == ")":
            raise rules.bad(f"{self.where}: a term is missing in the query string")
        self.position += 1
        if token == "(":
            inner = self._or() if field is None else self._grouped(field)
            if self._peek() != ")":
                raise rules.bad(f"{self.where}: unbalanced parentheses in the query string")
            self.position += 1
            return inner
        name, colon, rest = token.partition(":")
        if colon and not token.startswith('"'):
            if field is not None:
                raise rules.bad(f"{self.where}: a field inside a field's group ({token!r})")
            self.schema.full_text(name, self.where)
            if not rest:
                return self._primary(name)
            token = rest
        text, _, boost = token.rpartition("^") if re.search(r"\^[0-9.]+$", token) else (token, "", "1")
        try:
            weight = float(boost)
        except ValueError:
            raise rules.bad(f"{self.where}: {token!r} has a boost that is not a number") from None
        return self._leaf([field] if field else self.fields, text, weight)

    def _grouped(self, field: str) -> Scorer:
        saved, self.fields = self.fields, [field]
        try:
            return self._or()
        finally:
            self.fields = saved

    def _leaf(self, fields: list[str | None] | list[str], text: str, weight: float) -> Scorer:
        phrase = text.startswith('"')
        wanted = words(text)
        names = [name for name in fields if name is not None]
        if not wanted:
            return lambda id_: (False, 0.0)
        bm25 = self.bm25

        def score(id_: str) -> tuple[bool, float]:
            if phrase and not any(bm25.phrase(name, id_, wanted) for name in names):
                return False, 0.0
            total = sum(bm25.score(name, id_, word) for name in names for word in wanted)
            if not phrase and not total:
                return False, 0.0
            return True, weight * total

        return score


def _vector_scores(docs: Mapping[str, Document], name: str, field: Field, query: Any, where: str) -> dict[str, float]:
    """Each document's similarity to the query vector, for documents that have the field."""
    having = [(id_, doc[name]) for id_, doc in docs.items() if name in doc]
    if field.type == "sparse_vector":
        indices, values = rules.sparse_values(query, where)
        wanted = dict(zip(indices.tolist(), values.tolist(), strict=True))
        return {
            id_: float(
                sum(
                    weight * wanted.get(index, 0.0)
                    for index, weight in zip(stored["indices"], stored["values"], strict=True)
                )
            )
            for id_, stored in having
        }
    assert field.dimension is not None
    vector = rules.dense_values(query, where, field.dimension).astype(np.float64)
    if not having:
        return {}
    matrix = np.array([stored for _, stored in having], np.float64)
    if field.metric == "dotproduct":
        scores = matrix @ vector
    elif field.metric == "euclidean":
        scores = np.sum((matrix - vector) ** 2, axis=1)  # squared distance, as the vector index's euclidean
    else:
        norms = np.linalg.norm(matrix, axis=1) * np.linalg.norm(vector)
        scores = np.divide(matrix @ vector, norms, out=np.zeros(len(having)), where=norms > 0)
    return {id_: float(score) for (id_, _), score in zip(having, scores, strict=True)}


def search(
    schema: DocumentSchema, docs: Mapping[str, Document], body: dict[str, Any]
) -> list[tuple[str, float, Document]]:
    """The ``top_k`` best documents for a SearchDocumentsRequest, best first: (id, score, fields)."""
    clauses = body.get("score_by")
    if not isinstance(clauses, list) or not 1 <= len(clauses) <= 100:
        raise rules.bad("score_by must be an array of 1 to 100 scoring clauses")
    top_k = rules.integer(body.get("top_k"), "top_k", minimum=1, maximum=rules.MAX_TOP_K)
    predicate = document_filter(schema, body.get("filter"), "filter")
    chosen = {id_: doc for id_, doc in docs.items() if predicate is None or predicate(doc)}
    kinds = [clause.get("type") if isinstance(clause, dict) else None for clause in clauses]
    if len(clauses) > 1 and not all(kind in ("text", "query_string") for kind in kinds):
        raise rules.bad("score_by holds several clauses only when all are text or query_string")
    if kinds[0] in ("dense_vector", "sparse_vector"):
        field, scores = _vector_clause(schema, chosen, clauses[0], kinds[0], "score_by[0]")
        # Euclidean distances rank lowest first and are answered as distances, as the index metric's are.
        closest = sorted(
            scores.items(), key=lambda item: (item[1] if field.metric == "euclidean" else -item[1], item[0])
        )
        return [(id_, score, chosen[id_]) for id_, score in closest[:top_k]]
    searchable = sorted(name for name, field in schema.fields.items() if field.full_text)
    bm25 = _Bm25(chosen, searchable)
    totals: dict[str, float] = {}
    for index, clause in enumerate(clauses):
        scorer = _text_scorer(schema, bm25, searchable, clause, kind=kinds[index], where=f"score_by[{index}]")
        for id_ in chosen:
            matched, score = scorer(id_)
            if matched:
                totals[id_] = totals.get(id_, 0.0) + score
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    return [(id_, score, chosen[id_]) for id_, score in ranked[:top_k]]


def _vector_clause(
    schema: DocumentSchema, docs: Mapping[str, Document], clause: dict[str, Any], kind: str, where: str
) -> tuple[Field, dict[str, float]]:
    names = _clause_fields(clause, where)
    if names is None or len(names) != 1:
        raise rules.bad(f"{where}: a {kind} clause names exactly one field")
    field = schema.vector(names[0], kind, where)
    key = "values" if kind == "dense_vector" else "sparse_values"
    query = _required(clause.get(key), f"{where}.{key}")
    return field, _vector_scores(docs, names[0], field, query, f"{where}.{key}")


def _text_scorer(
    schema: DocumentSchema, bm25: _Bm25, searchable: list[str], clause: Any, *, kind: Any, where: str
) -> Scorer:
    names = _clause_fields(clause, where)
    if kind not in ("text", "query_string"):
        raise rules.bad(f"{where}.type must be dense_vector, sparse_vector, text or query_string, not {kind!r}")
    query = rules.string(_required(clause.get("query"), f"{where}.query"), f"{where}.query").strip()
    if not query or len(query.encode()) > MAX_QUERY_BYTES:
        raise rules.bad(f"{where}.query must be non-empty text of at most {MAX_QUERY_BYTES} bytes")
    if kind == "query_string":
        if names is not None:
            raise rules.bad(f"{where}: a query_string clause names its fields inside the query")
        return _QueryString(schema, bm25, searchable, query, f"{where}.query").scorer
    if not names:
        raise rules.bad(f"{where}: a text clause names one or more full-text fields")
    for name in names:
        schema.full_text(name, where)
    return _text_clause(bm25, names, query)


def _clause_fields(clause: Any, where: str) -> list[str] | None:
    if not isinstance(clause, dict):
        raise rules.bad(f"{where} must be an object with a type")
    field, fields = clause.get("field"), clause.get("fields")
    if field is not None and fields is not None:
        raise rules.bad(f"{where}: give fields or field, not both")
    if field is not None:
        return [rules.string(field, f"{where}.field")]
    return field_names(fields, f"{where}.fields")


def _required(value: Any, where: str) -> Any:
    if value is None:
        raise rules.bad(f"{where} is required")
    return value


# --- the store ----------------------------------------------------------------------------------------


class DocumentStore:
    """Documents per namespace, by ID; thread-safe. Reads hand out copies, so no caller shares state."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._namespaces: dict[str, dict[str, Document]] = {}

    def upsert(self, namespace: str, docs: Mapping[str, Document]) -> None:
        with self._lock:
            self._namespaces.setdefault(namespace, {}).update(docs)

    def snapshot(self, namespace: str) -> dict[str, Document]:
        with self._lock:
            return dict(self._namespaces.get(namespace, {}))

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {name: len(docs) for name, docs in self._namespaces.items() if docs}

    def delete(self, namespace: str, chosen: Callable[[str, Document], bool]) -> int:
        with self._lock:
            docs = self._namespaces.get(namespace, {})
            gone = [id_ for id_, doc in docs.items() if chosen(id_, doc)]
            for id_ in gone:
                del docs[id_]
            if not docs:
                self._namespaces.pop(namespace, None)
            return len(gone)

    def drop(self, namespace: str) -> bool:
        with self._lock:
            return self._namespaces.pop(namespace, None) is not None

    def patch(self, namespace: str, patches: Mapping[str, tuple[Document, list[str]]]) -> int:
        """Set and remove fields of the named documents (missing ones are left alone); how many matched."""
        with self._lock:
            docs = self._namespaces.get(namespace, {})
            matched = 0
            for id_, (changes, removed) in patches.items():
                doc = docs.get(id_)
                if doc is None:
                    continue
                matched += 1
                docs[id_] = {name: value for name, value in {**doc, **changes}.items() if name not in removed}
            return matched


# --- operations --------------------------------------------------------------------------------------


def upsert(schema: DocumentSchema, store: DocumentStore, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
    items = body.get("documents")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_DOCUMENTS:
        raise rules.bad(f"documents must be an array of 1 to {MAX_DOCUMENTS} documents")
    docs = dict(document(schema, item, f"documents[{index}]") for index, item in enumerate(items))
    store.upsert(namespace, docs)
    return {"upserted_count": len(items)}


def search_answer(schema: DocumentSchema, store: DocumentStore, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
    include = field_names(body.get("include_fields"), "include_fields") or []
    found = search(schema, store.snapshot(namespace), body)
    matches = [
        {**projected(id_, fields, include), "_score": score if math.isfinite(score) else None}
        for id_, score, fields in found
    ]
    return {"matches": matches, "namespace": namespace, "usage": {"read_units": 1}}


def fetch(schema: DocumentSchema, store: DocumentStore, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
    include = field_names(body.get("include_fields"), "include_fields") or None
    ids, spec = body.get("ids"), body.get("filter")
    if (ids is None) == (spec is None):
        raise rules.bad("give ids or filter, exactly one of them")
    docs = store.snapshot(namespace)
    answer: dict[str, Any] = {"namespace": namespace, "usage": {"read_units": 1}}
    if ids is not None:
        if body.get("pagination_token") is not None:
            raise rules.bad("pagination_token pages a fetch by filter, not by ids")
        wanted = id_list(ids, "ids")
        answer["documents"] = {id_: projected(id_, docs[id_], include) for id_ in wanted if id_ in docs}
        return answer
    predicate = document_filter(schema, spec, "filter")
    assert predicate is not None
    limit = body.get("limit")
    limit = 100 if limit is None else rules.integer(limit, "limit", minimum=1, maximum=rules.MAX_TOP_K)
    token = body.get("pagination_token")
    after = decode_token(None if token is None else rules.string(token, "pagination_token"), "documents")
    ordered = sorted(docs)
    start = 0 if after is None else bisect.bisect_right(ordered, after)
    page: list[str] = []
    for id_ in ordered[start:]:
        if predicate(docs[id_]):
            if len(page) == limit:
                answer["pagination"] = {"next": encode_token("documents", page[-1])}
                break
            page.append(id_)
    answer["documents"] = {id_: projected(id_, docs[id_], include) for id_ in page}
    return answer


def delete(schema: DocumentSchema, store: DocumentStore, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
    ids, spec, everything = body.get("ids"), body.get("filter"), rules.boolean(body.get("delete_all"), "delete_all")
    given = [
        name
        for name, present in (("ids", ids is not None), ("filter", spec is not None), ("delete_all", everything))
        if present
    ]
    if len(given) != 1:
        raise rules.bad(f"give exactly one of ids, filter and delete_all: true, not {' and '.join(given) or 'none'}")
    if ids is not None:
        wanted = set(id_list(ids, "ids"))
        store.delete(namespace, lambda id_, _: id_ in wanted)
        return {}
    if everything:
        store.drop(namespace)
        return {}
    predicate = document_filter(schema, spec, "filter", text_match=False)
    assert predicate is not None
    return {"matched_records": store.delete(namespace, lambda _, doc: predicate(doc))}


def update(schema: DocumentSchema, store: DocumentStore, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
    items, spec = body.get("documents"), body.get("filter")
    if (items is None) == (spec is None):
        raise rules.bad("give documents (per-document patches) or filter with set_fields or remove_fields")
    if items is not None:
        if body.get("set_fields") or body.get("remove_fields"):
            raise rules.bad("set_fields and remove_fields go with filter; a document patch carries its own")
        if not isinstance(items, list) or not 1 <= len(items) <= MAX_DOCUMENTS:
            raise rules.bad(f"documents must be an array of 1 to {MAX_DOCUMENTS} patches")
        patches = {}
        for index, item in enumerate(items):
            where = f"documents[{index}]"
            if not isinstance(item, dict):
                raise rules.bad(f"{where} must be an object with _id")
            id_ = rules.record_id(item.get("_id"), f"{where}._id")
            removed = _removed(item.get("_remove_fields"), f"{where}._remove_fields")
            changes = {
                name: field_value(schema, name, value, f"{where}.{name}")
                for name, value in item.items()
                if name not in ("_id", "_remove_fields")
            }
            patches[id_] = (changes, removed)
        store.patch(namespace, patches)
        return {}
    predicate = document_filter(schema, spec, "filter", text_match=False)
    assert predicate is not None
    raw_set = body.get("set_fields") or {}
    if not isinstance(raw_set, dict):
        raise rules.bad("set_fields must be an object of fields")
    changes = {name: field_value(schema, name, value, f"set_fields.{name}") for name, value in raw_set.items()}
    removed = _removed(body.get("remove_fields"), "remove_fields")
    if not changes and not removed:
        raise rules.bad("an update by filter needs a non-empty set_fields or remove_fields")
    docs = store.snapshot(namespace)
    matched = {id_: (changes, removed) for id_, doc in docs.items() if predicate(doc)}
    return {"matched_records": store.patch(namespace, matched)}


def _removed(value: Any, where: str) -> list[str]:
    names = field_names(value, where) or []
    if "_id" in names:
        raise rules.bad(f"{where}: _id cannot be removed")
    return names


def list_page(store: DocumentStore, namespace: str, body: dict[str, Any], max_limit: int) -> dict[str, Any]:
    prefix = body.get("prefix") or ""
    prefix = rules.string(prefix, "prefix")
    limit = body.get("limit")
    limit = 100 if limit is None else rules.integer(limit, "limit", minimum=1, maximum=max_limit)
    token = body.get("pagination_token")
    after = decode_token(None if token is None else rules.string(token, "pagination_token"), "documents")
    ordered = sorted(id_ for id_ in store.snapshot(namespace) if id_.startswith(prefix))
    start = 0 if after is None else bisect.bisect_right(ordered, after)
    page = ordered[start : start + limit]
    answer: dict[str, Any] = {
        "documents": [{"_id": id_} for id_ in page],
        "namespace": namespace,
        "usage": {"read_units": 1},
    }
    if start + limit < len(ordered):
        answer["pagination"] = {"next": encode_token("documents", page[-1])}
    return answer


OPERATIONS: dict[str, Callable[[DocumentSchema, DocumentStore, str, dict[str, Any]], dict[str, Any]]] = {
    "upsert": upsert,
    "search": search_answer,
    "fetch": fetch,
    "delete": delete,
    "update": update,
    "list": lambda schema, store, namespace, body: list_page(store, namespace, body, 100),
}
# The operations the service accepts for later (202) rather than answering at once (200).
ACCEPTED = frozenset({"upsert", "delete", "update"})


def no_schema() -> ApiProblem:
    return rules.bad(
        "documents need an index with a schema; start the emulator with document_schema=... "
        "(or --document-schema FILE) to emulate one"
    )
