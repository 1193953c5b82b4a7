"""Spec level: two OpenAPI 3 documents compared operation by operation, with ``$ref``s resolved.

OpenAPI 3.0 and 3.1 read alike: a 3.1 schema is first put in the words of 3.0 (``type: [string, "null"]``
is ``type: string`` + ``nullable``, ``const`` a one-value ``enum``, a ``{type: "null"}`` branch of
``anyOf``/``oneOf`` nullability, 3.0's boolean ``exclusiveMinimum`` 3.1's number), so a document moved from
one to the other without changing what it accepts gives no change, and either can be compared with itself.

Every change is classified for a client. Most schema changes read differently for a value the client
sends (request) and one it receives (response): a new enum value is harmless in a request and breaking
in a response. Schemas are compared where operations use them, so a change inside a shared schema is
classified by how it is used. Prose (descriptions, summaries, examples, contact) is never compared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal, NamedTuple

from ._report import Change

Direction = Literal["request", "response", "both"]

PROSE = frozenset({"description", "summary", "example", "examples", "contact", "$comment"})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"})
_CONSTRAINTS = (*sorted(_LOWER_BOUNDS | _UPPER_BOUNDS), "multipleOf", "pattern", "uniqueItems")
_FLAGS = ("deprecated", "readOnly", "writeOnly")
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")
_SCHEMA_KEYWORDS = frozenset(
    {"type", "format", "enum", "x-enum", "properties", "required", "items", "additionalProperties", "not"}
    | {"nullable", "default", "title", *_CONSTRAINTS, *_FLAGS, *_COMPOSITIONS}
)
# JSON Schema applies each of these only to values of one type; on a schema declaring another type
# it validates nothing (published documents put maxLength on arrays and required on strings).
_KEYWORD_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("minLength", "maxLength", "pattern"), frozenset({"string"})),
    **dict.fromkeys(("minItems", "maxItems", "uniqueItems", "minContains", "maxContains"), frozenset({"array"})),
    **dict.fromkeys(("minProperties", "maxProperties", "required"), frozenset({"object"})),
    **dict.fromkeys(
        ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
        frozenset({"number", "integer"}),
    ),
}
# Format pairs where the second holds every value of the first.
_WIDER_FORMATS = frozenset({("int32", "int64"), ("float", "double"), ("uint32", "uint64"), ("uint32", "int64")})
_OPERATION_KEYWORDS = frozenset(
    {"operationId", "tags", "deprecated", "parameters", "requestBody", "responses", "security"}
)
_PARAMETER_KEYWORDS = frozenset({"in", "name", "required", "schema", "style", "explode", "deprecated"})
_COMPONENT_SECTIONS = ("parameters", "requestBodies", "responses", "headers", "links", "callbacks", "pathItems")
_SHOWN_CHARS = 80


class SpecError(ValueError):
    """A document that cannot be compared: not a mapping, or a ``$ref`` that points nowhere."""


class _Rule(NamedTuple):
    """A change's (breaking, reason) for a value the client sends and for one it receives."""

    request: tuple[bool, str]
    response: tuple[bool, str]

    def verdict(self, direction: Direction) -> tuple[bool, str]:
        if direction == "request":
            return self.request
        if direction == "response":
            return self.response
        # Used both ways (or by no operation): breaking if either use breaks.
        return self.request if self.request[0] or not self.response[0] else self.response


def _always(breaking: bool, reason: str) -> _Rule:
    return _Rule((breaking, reason), (breaking, reason))


_UNCLASSIFIED = _always(True, "this tool does not classify the change; review it")
_EXTENSION = _always(False, "a vendor extension; nothing changes on the wire")
_TYPE = _Rule((True, "values of the old type are rejected"), (True, "clients parsing the old type fail"))
_TYPES_ADDED = _Rule(
    (False, "values of the added types are accepted too"), (True, "values of the added types may be returned")
)
_TYPES_REMOVED = _Rule(
    (True, "values of the removed types are rejected"), (False, "values of the removed types are no longer returned")
)
_FORMAT = _Rule((True, "values in the old format may be rejected"), (True, "clients decoding it may fail"))
_FORMAT_WIDENED = _Rule((False, "every value of the old format still fits"), (True, "values may exceed the old format"))
_FORMAT_NARROWED = _Rule((True, "values of the old format may not fit"), (False, "returned values fit the old format"))
_ENUM_ADDED = _Rule((False, "requests may use the new values"), (True, "clients may receive values they do not handle"))
_ENUM_REMOVED = _Rule((True, "requests using them are rejected"), (False, "they are no longer returned"))
_ENUM_OPENED = _Rule(
    (False, "any string is accepted"), (True, "any string may be returned, not only the listed values")
)
_ENUM_CLOSED = _Rule((True, "only the listed values are accepted"), (False, "only the listed values are returned"))
_KNOWN_VALUES = _always(False, "x-enum only documents known values of an open string")
_TIGHTENED = _Rule(
    (True, "values accepted before may be rejected"), (False, "returned values stay within the old range")
)
_LOOSENED = _Rule((False, "more values are accepted"), (True, "values outside the old range may be returned"))
_CONSTRAINT_CHANGED = _always(True, "values valid before may be rejected or unexpected")
_PROPERTY_REMOVED = _Rule(
    (True, "requests sending it may be rejected, and generated models lose the field"),
    (True, "clients reading it find nothing"),
)
_NOW_REQUIRED = _Rule((True, "requests without it are rejected"), (False, "it is always present now"))
_NOW_OPTIONAL = _Rule((False, "it may be omitted now"), (True, "it may be absent from responses now"))
_MAP_CLOSED = _Rule((True, "requests with extra properties are rejected"), (False, "no extra properties are returned"))
_MAP_OPENED = _Rule((False, "extra properties are accepted"), (False, "generated models keep extra properties"))
_MAP_TYPED = _Rule(
    (True, "extra properties must match a schema now"), (False, "extra properties have a known shape now")
)
_MAP_UNTYPED = _Rule(
    (False, "extra properties of any shape are accepted"),
    (True, "extra properties of any shape may be returned"),
)
_NULL_ADDED = _Rule((False, "null is accepted"), (True, "null may be returned"))
_NULL_REMOVED = _Rule((True, "null is rejected"), (False, "null is no longer returned"))
_DEFAULT = _always(False, "only the value assumed when it is omitted changes")
_FLAG = _always(False, "documents intent; the wire format is unchanged")
_TITLE = _always(False, "a name for documentation and generated class names; the wire format is unchanged")
_COMPOSITION = _always(True, "the set of accepted shapes changed")
_LINKS = _always(False, "links document how a response feeds other operations; requests and responses are unchanged")
_MEDIA_REMOVED = _Rule(
    (True, "requests in that content type are rejected"),
    (True, "clients expecting that content type get another"),
)
_MEDIA_ADDED = _Rule((False, "another content type is accepted"), (False, "another content type may be returned"))
_DOCUMENT_FIELDS: dict[str, _Rule] = {
    "openapi": _always(False, "the document format version; the API itself is unchanged"),
    "info": _always(False, "document metadata"),
    "servers": _always(True, "clients built from the document may send requests to another host"),
    "tags": _always(False, "how documentation groups operations"),
    "externalDocs": _always(False, "a documentation link"),
}


def _canonical(value: Any) -> str:
    # JSON keeps types apart (1, True and "1" differ), which == on Python values does not.
    return json.dumps(value, sort_keys=True, default=str)


_SCALARS = (str, int, float, bool, type(None))


def _same(old: Any, new: Any) -> bool:
    if type(old) is type(new) and isinstance(old, _SCALARS):
        return bool(old == new)  # most comparisons are of scalars: no JSON needed
    return _canonical(old) == _canonical(new)


def _same_constraint(old: Any, new: Any) -> bool:
    # 1 and 1.0 are the same bound; _same would tell them apart.
    numbers = all(isinstance(value, int | float) and not isinstance(value, bool) for value in (old, new))
    return bool(old == new) if numbers else _same(old, new)


def _ignored_on(keyword: str, schema_type: Any) -> str | None:
    """The declared type when ``keyword`` cannot constrain a value of it, else None."""
    applies = _KEYWORD_TYPES.get(keyword)
    inert = isinstance(schema_type, str) and applies is not None and schema_type not in applies
    return schema_type if inert else None


def _inert_rule(keyword: str, schema_type: str) -> _Rule:
    return _always(False, f"{keyword} does not apply to a value of type {schema_type}, so validation is unchanged")


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """The types a schema declares, or None when it declares none (any type)."""
    declared = schema.get("type")
    if declared is None:
        return None
    return frozenset(map(str, declared)) if isinstance(declared, list) else frozenset({str(declared)})


def _type_rule(old: Mapping[str, Any], new: Mapping[str, Any]) -> _Rule:
    """Types added to a list accept more values and may return more; types taken away, the reverse."""
    before, after = _types(old), _types(new)
    if before is not None and after is not None:
        if before < after:
            return _TYPES_ADDED
        if after < before:
            return _TYPES_REMOVED
    return _TYPE


def _show_type(schema: Mapping[str, Any]) -> str:
    shown = _show(schema.get("type"))
    return f"{shown} ({schema['format']})" if schema.get("format") else shown


def _describe(schema: Any) -> str:
    """A schema used as a rule, in a few words: its title, the properties it requires, or its JSON."""
    if isinstance(schema, Mapping):
        if isinstance(schema.get("$ref"), str):
            return _component_name(schema["$ref"]) or schema["$ref"]
        if isinstance(schema.get("title"), str):
            return str(schema["title"])
        keys = schema.keys() - PROSE
        if keys == {"required"}:
            return "having " + " + ".join(map(str, schema["required"]))
        if keys == {"anyOf"} and isinstance(schema["anyOf"], list):
            return " | ".join(map(_describe, schema["anyOf"]))
    return _show(_strip_prose(schema))


_COMBINES = {"allOf": "all of", "anyOf": "at least one of", "oneOf": "exactly one of"}


def _show(value: Any) -> str:
    text = "none" if value is None else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _strip_prose(value: Any, *, names: bool = False) -> Any:
    """``value`` without prose; under ``properties`` the keys are names, so nothing is dropped there."""
    if isinstance(value, Mapping):
        return {
            key: _strip_prose(item, names=key == "properties" and not names)
            for key, item in value.items()
            if names or key not in PROSE
        }
    if isinstance(value, list):
        return [_strip_prose(item) for item in value]
    return value


def _string_keys(value: Any) -> Any:
    # YAML reads an unquoted response code (200:) as an int. Plain dicts tested first: an ABC check is slower.
    if isinstance(value, (dict, Mapping)):
        return {str(key): _string_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_string_keys(item) for item in value]
    return value


def _component_name(ref: str | None) -> str | None:
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if ref is not None and ref.startswith(prefix) else None


_EXCLUSIVE_BOUNDS = (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum"))


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.keys() - PROSE == {"type"} and schema["type"] in ("null", ["null"])


def _as_30(schema: Any) -> Any:
    """One schema (not its subschemas) in the words of OpenAPI 3.0, which the comparison reads.

    3.1's type lists lose ``"null"`` to ``nullable`` and a single type its list; ``const`` becomes a
    one-value ``enum``; a ``{type: "null"}`` branch of ``anyOf``/``oneOf`` becomes ``nullable``; 3.0's
    ``exclusiveMinimum: true`` beside ``minimum`` becomes 3.1's ``exclusiveMinimum: <the bound>``.
    """
    # Documents are plain dicts (see _string_keys); most schemas need nothing, which is checked first.
    if not isinstance(schema, dict) or not (
        isinstance(schema.get("type"), list)
        or "const" in schema
        or "anyOf" in schema
        or "oneOf" in schema
        or isinstance(schema.get("exclusiveMinimum"), bool)
        or isinstance(schema.get("exclusiveMaximum"), bool)
    ):
        return schema
    types, nullable = schema.get("type"), False
    if isinstance(types, list):
        named = sorted({str(name) for name in types} - {"null"})
        nullable = "null" in types and bool(named)
        types = named[0] if len(named) == 1 else named or "null"
    changed: dict[str, Any] = {"type": types} if types != schema.get("type") else {}
    dropped: set[str] = set()
    if "const" in schema and "enum" not in schema:
        changed["enum"], dropped = [schema["const"]], {"const"}
    for exclusive, inclusive in _EXCLUSIVE_BOUNDS:
        if isinstance(schema.get(exclusive), bool):
            dropped.add(exclusive)
            if schema[exclusive] and inclusive in schema:
                changed[exclusive] = schema[inclusive]
                dropped.add(inclusive)
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and any(map(_is_null_schema, branches)):
            nullable = True
            rest = [branch for branch in branches if not _is_null_schema(branch)]
            if rest:
                changed[keyword] = rest
            else:
                dropped.add(keyword)
    if nullable:
        changed["nullable"] = True
    if not changed and not dropped:
        return schema
    return {**{key: value for key, value in schema.items() if key not in dropped}, **changed}


class _Document:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        if not isinstance(raw, Mapping):
            raise SpecError("an OpenAPI document must be a mapping")
        self.raw: dict[str, Any] = _string_keys(raw)
        self.followed: set[str] = set()

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """``node`` with its ``$ref`` chain followed, and the last ``$ref`` (None when there was none)."""
        last: str | None = None
        chain: list[str] = []
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"only references inside the document are supported, not {ref!r}")
            if ref in chain:
                raise SpecError(f"$ref loop: {' -> '.join([*chain, ref])}")
            chain.append(ref)
            self.followed.add(ref)
            target: Any = self.raw
            for escaped in ref[2:].split("/"):
                part = escaped.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or part not in target:
                    raise SpecError(f"$ref {ref!r} points nowhere")
                target = target[part]
            node, last = target, ref
        return node, last

    def operations(self) -> dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]]:
        """(METHOD, path) -> (operation, its path item)."""
        found = {}
        for path, raw_item in (self.raw.get("paths") or {}).items():
            item, _ = self.resolve(raw_item)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), Mapping):
                    found[(method.upper(), path)] = (item[method], item)
        return found

    def parameters(self, operation: Mapping[str, Any], item: Mapping[str, Any]) -> dict[tuple[str, str], Any]:
        """Path-item and operation parameters by (location, name); the operation's win."""
        merged = {}
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter, _ = self.resolve(raw)
            location, name = str(parameter.get("in", "")), str(parameter.get("name", ""))
            # Header names are case-insensitive.
            merged[(location, name.lower() if location == "header" else name)] = parameter
        return merged


def _label(key: tuple[str, str]) -> str:
    return f"{key[0]} {key[1]}"


def _security(requirements: Any) -> frozenset[frozenset[tuple[str, tuple[str, ...]]]]:
    """Security requirements as alternatives, each a set of (scheme, scopes) that must all hold."""
    return frozenset(
        frozenset((name, tuple(sorted(scopes or ()))) for name, scopes in alternative.items())
        for alternative in requirements or ()
    )


def _show_security(alternatives: frozenset[frozenset[tuple[str, tuple[str, ...]]]]) -> str:
    def one(alternative: frozenset[tuple[str, tuple[str, ...]]]) -> str:
        parts = [f"{name}[{', '.join(scopes)}]" if scopes else name for name, scopes in sorted(alternative)]
        return " + ".join(parts) or "anonymous"

    return " or ".join(sorted(one(alternative) for alternative in alternatives)) or "none"


def _tightened(keyword: str, old: Any, new: Any) -> bool | None:
    """True when ``new`` admits fewer values than ``old``, False when more, None when it cannot tell."""
    if old is None:
        return True
    if new is None:
        return False
    if isinstance(old, bool) or isinstance(new, bool):  # uniqueItems, OpenAPI 3.0 exclusive bounds
        return bool(new)
    if isinstance(old, int | float) and isinstance(new, int | float):
        if keyword in _LOWER_BOUNDS:
            return new > old
        if keyword in _UPPER_BOUNDS:
            return new < old
    return None


def _map_rule(old: Any, new: Any) -> _Rule:
    """The rule for an additionalProperties change (False closed, True open, a mapping typed)."""
    if new is False:
        return _MAP_CLOSED
    if old is False:
        return _MAP_OPENED
    return _MAP_TYPED if isinstance(new, Mapping) else _MAP_UNTYPED


def _open_map(value: Any) -> Any:
    return True if value is None or value == {} else value


def _show_map(value: Any) -> str:
    return "a schema" if isinstance(value, Mapping) else json.dumps(value)


class _Comparison:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = _Document(old)
        self.new = _Document(new)
        self.changes: list[Change] = []
        self._schema_cache: dict[tuple[str, str, Direction, bool, bool], list[Change]] = {}
        self._comparing: set[tuple[str, str]] = set()

    def run(self) -> list[Change]:
        self._document_fields()
        self._operations()
        self._security_schemes()
        self._components()
        return self.changes

    def _add(
        self,
        kind: str,
        subject: str,
        summary: str,
        rule: _Rule,
        *,
        direction: Direction = "both",
        where: str = "",
    ) -> None:
        breaking, reason = rule.verdict(direction)
        self.changes.append(Change("spec", kind, subject, summary, breaking, reason, (where,) if where else ()))

    def _generic(self, what: str, old: Any, new: Any, subject: str, where: str = "") -> None:
        """Keywords the tool does not analyse: any non-prose difference is reported for review."""
        if _same(_strip_prose(old), _strip_prose(new)):
            return
        rule = _EXTENSION if what.startswith("x-") else _UNCLASSIFIED
        self._add("field-changed", subject, f"{what} {_show(old)} → {_show(new)}", rule, where=where)

    # Document

    def _document_fields(self) -> None:
        old, new = self.old.raw, self.new.raw
        for key in sorted((old.keys() | new.keys()) - {"paths", "components", "security", *PROSE}):
            rule = _DOCUMENT_FIELDS.get(key, _EXTENSION if key.startswith("x-") else _UNCLASSIFIED)
            if key == "tags":
                self._tags(old.get(key) or [], new.get(key) or [], rule)
            elif key == "info":
                info_old, info_new = old.get(key) or {}, new.get(key) or {}
                for field in sorted((info_old.keys() | info_new.keys()) - PROSE):
                    self._field(f"info.{field}", info_old.get(field), info_new.get(field), rule)
            else:
                self._field(key, old.get(key), new.get(key), rule)
        self._security_requirement("security", old.get("security"), new.get("security"))

    def _field(self, subject: str, old: Any, new: Any, rule: _Rule) -> None:
        if not _same(_strip_prose(old), _strip_prose(new)):
            self._add("field-changed", subject, f"{_show(old)} → {_show(new)}", rule)

    def _tags(self, old: list[Any], new: list[Any], rule: _Rule) -> None:
        if _same(_strip_prose(old), _strip_prose(new)):
            return
        old_names = [tag.get("name") for tag in old if isinstance(tag, Mapping)]
        new_names = [tag.get("name") for tag in new if isinstance(tag, Mapping)]
        parts = [
            f"{what}: {', '.join(map(str, names))}"
            for what, names in (
                ("added", [name for name in new_names if name not in old_names]),
                ("removed", [name for name in old_names if name not in new_names]),
            )
            if names
        ]
        summary = "; ".join(parts) or f"{_show(_strip_prose(old))} → {_show(_strip_prose(new))}"
        self._add("field-changed", "tags", f"tags {summary}", rule)

    def _security_requirement(self, subject: str, old: Any, new: Any) -> None:
        before, after = _security(old), _security(new)
        if before == after:
            return
        rule = (
            _always(False, "the old credentials still work")
            if before <= after
            else _always(True, "requests authenticated the old way may be rejected")
        )
        summary = f"security {_show_security(before)} → {_show_security(after)}"
        self._add("security-changed", subject, summary, rule)

    def _security_schemes(self) -> None:
        old = (self.old.raw.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.raw.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(old.keys() - new.keys()):
            rule = _always(True, "clients using it cannot authenticate")
            self._add("security-scheme-removed", f"security scheme {name}", "removed", rule)
        for name in sorted(new.keys() - old.keys()):
            self._add("security-scheme-added", f"security scheme {name}", "added", _always(False, "a new way in"))
        for name in sorted(old.keys() & new.keys()):
            before, _ = self.old.resolve(old[name])
            after, _ = self.new.resolve(new[name])
            if not _same(_strip_prose(before), _strip_prose(after)):
                summary = f"{_show(_strip_prose(before))} → {_show(_strip_prose(after))}"
                rule = _always(True, "clients authenticate differently")
                self._add("security-scheme-changed", f"security scheme {name}", summary, rule)

    def _components(self) -> None:
        """Schemas added or removed, and components no operation reaches compared on their own."""
        old_components = self.old.raw.get("components") or {}
        new_components = self.new.raw.get("components") or {}
        old_schemas = old_components.get("schemas") or {}
        new_schemas = new_components.get("schemas") or {}
        for name in sorted(old_schemas.keys() - new_schemas.keys()):
            rule = _always(True, "clients generated from the document lose its model")
            self._add("schema-removed", name, "schema removed", rule)
        for name in sorted(new_schemas.keys() - old_schemas.keys()):
            self._add("schema-added", name, "schema added", _always(False, "a new model"))
        for section in ("schemas", *_COMPONENT_SECTIONS):
            old_section = old_components.get(section) or {}
            new_section = new_components.get(section) or {}
            for name in sorted(old_section.keys() | new_section.keys()):
                ref = f"#/components/{section}/{name}"
                if ref in self.old.followed or ref in self.new.followed:
                    continue  # compared where operations use it
                if section == "schemas":
                    if name in old_section and name in new_section:
                        self.changes += self._schema({"$ref": ref}, {"$ref": ref}, name, "both")
                elif name not in new_section:
                    rule = _always(False, "no operation uses it")
                    self._add("component-removed", f"components.{section}.{name}", "removed", rule)
                elif name not in old_section:
                    rule = _always(False, "no operation uses it")
                    self._add("component-added", f"components.{section}.{name}", "added", rule)
                else:
                    subject = f"components.{section}.{name}"
                    self._generic(section, old_section[name], new_section[name], subject)

    # Operations

    def _operations(self) -> None:
        old_ops, new_ops = self.old.operations(), self.new.operations()
        added = set(new_ops) - set(old_ops)
        by_id = {new_ops[key][0].get("operationId"): key for key in added if new_ops[key][0].get("operationId")}
        for key in sorted(set(old_ops) - set(new_ops)):
            moved_to = by_id.get(old_ops[key][0].get("operationId"))
            if moved_to is None:
                self._add("operation-removed", _label(key), "operation removed", _always(True, "calls to it fail"))
                continue
            added.discard(moved_to)
            rule = _always(True, "calls to the old method and path fail")
            self._add("operation-moved", _label(key), f"moved to {_label(moved_to)}", rule)
            self._operation(old_ops[key], new_ops[moved_to], _label(moved_to))
        for key in sorted(added):
            operation_id = new_ops[key][0].get("operationId")
            summary = f"operation added ({operation_id})" if operation_id else "operation added"
            self._add("operation-added", _label(key), summary, _always(False, "a new capability"))
        for key in sorted(set(old_ops) & set(new_ops)):
            self._operation(old_ops[key], new_ops[key], _label(key))

    def _operation(
        self,
        old: tuple[dict[str, Any], dict[str, Any]],
        new: tuple[dict[str, Any], dict[str, Any]],
        label: str,
    ) -> None:
        (old_op, old_item), (new_op, new_item) = old, new
        if old_op.get("operationId") != new_op.get("operationId"):
            summary = f"operationId {_show(old_op.get('operationId'))} → {_show(new_op.get('operationId'))}"
            rule = _always(True, "generated clients name the function after it")
            self._add("operation-id-changed", label, summary, rule)
        if sorted(old_op.get("tags") or []) != sorted(new_op.get("tags") or []):
            summary = f"tags {_show(old_op.get('tags'))} → {_show(new_op.get('tags'))}"
            rule = _always(False, "generated clients group functions by tag, so a module may move")
            self._add("tags-changed", label, summary, rule)
        self._flag("deprecated", old_op, new_op, label)
        if "security" in old_op or "security" in new_op:
            self._security_requirement(
                label,
                old_op.get("security", self.old.raw.get("security")),
                new_op.get("security", self.new.raw.get("security")),
            )
        self._parameters(old_op, old_item, new_op, new_item, label)
        self._request_body(old_op.get("requestBody"), new_op.get("requestBody"), label)
        self._responses(old_op.get("responses") or {}, new_op.get("responses") or {}, label)
        for key in sorted((old_op.keys() | new_op.keys()) - _OPERATION_KEYWORDS - PROSE):
            self._generic(key, old_op.get(key), new_op.get(key), label)
        path_keys = (old_item.keys() | new_item.keys()) - {*HTTP_METHODS, "parameters", "$ref", *PROSE}
        for key in sorted(path_keys):
            self._generic(key, old_item.get(key), new_item.get(key), label.split(" ", 1)[1])

    def _flag(self, flag: str, old: Mapping[str, Any], new: Mapping[str, Any], subject: str, where: str = "") -> None:
        before, after = bool(old.get(flag)), bool(new.get(flag))
        if before != after:
            summary = f"now {flag}" if after else f"no longer {flag}"
            self._add("flag-changed", subject, summary, _FLAG, where=where)

    def _parameters(
        self,
        old_op: Mapping[str, Any],
        old_item: Mapping[str, Any],
        new_op: Mapping[str, Any],
        new_item: Mapping[str, Any],
        label: str,
    ) -> None:
        old = self.old.parameters(old_op, old_item)
        new = self.new.parameters(new_op, new_item)
        for key in sorted(old.keys() - new.keys()):
            rule = _always(True, "requests sending it may be rejected, and generated functions lose the argument")
            self._add(
                "parameter-removed",
                f"{key[0]} {old[key].get('name')}",
                "parameter removed",
                rule,
                where=label,
            )
        for key in sorted(new.keys() - old.keys()):
            required = bool(new[key].get("required"))
            rule = (
                _always(True, "requests without it are rejected")
                if required
                else _always(False, "existing requests are unaffected")
            )
            summary = "parameter added, required" if required else "parameter added, optional"
            self._add("parameter-added", f"{key[0]} {new[key].get('name')}", summary, rule, where=label)
        for key in sorted(old.keys() & new.keys()):
            self._parameter(old[key], new[key], f"{key[0]} {new[key].get('name')}", label)

    def _parameter(self, old: Mapping[str, Any], new: Mapping[str, Any], subject: str, label: str) -> None:
        before, after = bool(old.get("required")), bool(new.get("required"))
        if before != after:
            kind, summary = (
                ("now-required", "parameter now required") if after else ("now-optional", "parameter now optional")
            )
            self._add(
                kind,
                subject,
                summary,
                _NOW_REQUIRED if after else _NOW_OPTIONAL,
                direction="request",
                where=label,
            )
        if _serialization(old) != _serialization(new):
            summary = f"serialization {_serialization(old)} → {_serialization(new)}"
            rule = _always(True, "the value is encoded differently on the wire")
            self._add("serialization-changed", subject, summary, rule, where=label)
        self._flag("deprecated", old, new, subject, label)
        found = self._schema(old.get("schema") or {}, new.get("schema") or {}, subject, "request")
        self.changes += [change._replace(where=(label,)) for change in found]
        for key in sorted((old.keys() | new.keys()) - _PARAMETER_KEYWORDS - PROSE):
            self._generic(key, old.get(key), new.get(key), subject, label)

    def _request_body(self, old_raw: Any, new_raw: Any, label: str) -> None:
        old, _ = self.old.resolve(old_raw)
        new, _ = self.new.resolve(new_raw)
        if old is None and new is None:
            return
        subject = f"{label} request body"
        if old is None:
            required = bool(new.get("required"))
            rule = _always(required, "requests without a body are rejected" if required else "optional")
            self._add("request-body-added", label, "request body added", rule)
            return
        if new is None:
            rule = _always(True, "generated functions lose the body argument, and a body may be rejected")
            self._add("request-body-removed", label, "request body removed", rule)
            return
        before, after = bool(old.get("required")), bool(new.get("required"))
        if before != after:
            kind, summary = (
                ("now-required", "request body now required")
                if after
                else ("now-optional", "request body now optional")
            )
            self._add(kind, label, summary, _NOW_REQUIRED if after else _NOW_OPTIONAL, direction="request")
        self._content(old.get("content") or {}, new.get("content") or {}, subject, "request", subject)
        for key in sorted((old.keys() | new.keys()) - {"required", "content", *PROSE}):
            self._generic(key, old.get(key), new.get(key), subject)

    def _responses(self, old: Mapping[str, Any], new: Mapping[str, Any], label: str) -> None:
        for code in sorted(old.keys() - new.keys()):
            if code == "default":
                rule = _always(False, "statuses the document does not list are no longer described")
            elif code.startswith("2"):
                rule = _always(True, "clients expecting it get another status")
            else:
                rule = _always(False, "it is no longer returned")
            self._add("response-removed", label, f"response {code} removed", rule)
        for code in sorted(new.keys() - old.keys()):
            if code == "default":
                rule = _always(False, "statuses the document does not list now have a described body")
            elif code.startswith("2"):
                rule = _always(True, "clients may get a success status they do not handle")
            else:
                rule = _always(False, "clients may receive this error status")
            self._add("response-added", label, f"response {code} added", rule)
        for code in sorted(old.keys() & new.keys()):
            before, _ = self.old.resolve(old[code])
            after, _ = self.new.resolve(new[code])
            where = f"{label} response {code}"
            self._content(before.get("content") or {}, after.get("content") or {}, where, "response", where)
            self._headers(before.get("headers") or {}, after.get("headers") or {}, where)
            self._links(before.get("links") or {}, after.get("links") or {}, where)
            for key in sorted((before.keys() | after.keys()) - {"content", "headers", "links", *PROSE}):
                self._generic(key, before.get(key), after.get(key), where)

    def _links(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        for name in sorted(old.keys() - new.keys()):
            self._add("link-removed", f"link {name}", "link removed", _LINKS, where=where)
        for name in sorted(new.keys() - old.keys()):
            self._add("link-added", f"link {name}", "link added", _LINKS, where=where)
        for name in sorted(old.keys() & new.keys()):
            before = _strip_prose(self.old.resolve(old[name])[0])
            after = _strip_prose(self.new.resolve(new[name])[0])
            if not _same(before, after):
                summary = f"{_show(before)} → {_show(after)}"
                self._add("link-changed", f"link {name}", summary, _LINKS, where=where)

    def _headers(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        old_names = {name.lower(): name for name in old}
        new_names = {name.lower(): name for name in new}
        for name in sorted(old_names.keys() - new_names.keys()):
            rule = _always(True, "clients reading it find nothing")
            self._add("header-removed", f"header {old_names[name]}", "response header removed", rule, where=where)
        for name in sorted(new_names.keys() - old_names.keys()):
            rule = _always(False, "clients may ignore it")
            self._add("header-added", f"header {new_names[name]}", "response header added", rule, where=where)
        for name in sorted(old_names.keys() & new_names.keys()):
            before, _ = self.old.resolve(old[old_names[name]])
            after, _ = self.new.resolve(new[new_names[name]])
            subject = f"header {new_names[name]}"
            found = self._schema(before.get("schema") or {}, after.get("schema") or {}, subject, "response")
            self.changes += [change._replace(where=(where,)) for change in found]

    def _content(
        self, old: Mapping[str, Any], new: Mapping[str, Any], subject: str, direction: Direction, where: str
    ) -> None:
        for media in sorted(old.keys() - new.keys()):
            summary = f"content type {media} removed"
            self._add("media-type-removed", subject, summary, _MEDIA_REMOVED, direction=direction)
        for media in sorted(new.keys() - old.keys()):
            summary = f"content type {media} added"
            self._add("media-type-added", subject, summary, _MEDIA_ADDED, direction=direction)
        for media in sorted(old.keys() & new.keys()):
            before, after = old[media] or {}, new[media] or {}
            found = self._schema(before.get("schema") or {}, after.get("schema") or {}, subject, direction)
            self.changes += [change._replace(where=(where,)) for change in found]
            for key in sorted((before.keys() | after.keys()) - {"schema", *PROSE}):
                self._generic(key, before.get(key), after.get(key), subject, where)

    # Schemas

    def _schema(self, old_node: Any, new_node: Any, subject: str, direction: Direction) -> list[Change]:
        """Changes between two schemas, named after the nearest component schema (or ``subject``)."""
        old, old_ref, old_nullable = _unwrapped(self.old, old_node)
        new, new_ref, new_nullable = _unwrapped(self.new, new_node)
        name = _component_name(new_ref) or _component_name(old_ref)
        if name is not None:
            subject = name
        if old_ref is None or new_ref is None:
            return _SchemaWalk(self, direction).run(old, new, subject)
        key = (old_ref, new_ref, direction, old_nullable, new_nullable)
        if key not in self._schema_cache:
            if (old_ref, new_ref) in self._comparing:
                return []  # a recursive schema: this pair is being compared further up
            self._comparing.add((old_ref, new_ref))
            self._schema_cache[key] = _SchemaWalk(self, direction).run(old, new, subject)
            self._comparing.discard((old_ref, new_ref))
        return self._schema_cache[key]


def _unwrapped(document: _Document, node: Any) -> tuple[Any, str | None, bool]:
    """A schema resolved, and seen through a one-branch wrapper: ``anyOf: [$ref: X, {type: "null"}]``
    (3.1's nullable reference) or ``allOf: [$ref: X]`` + ``nullable`` (3.0's) read as X made nullable.

    Also the last ``$ref`` followed, and whether the wrapper made it nullable.
    """
    schema, ref = document.resolve(node)
    plain = _as_30(schema)
    if not isinstance(plain, Mapping):
        return schema, ref, False
    wrappers = [keyword for keyword in _COMPOSITIONS if keyword in plain]
    if len(wrappers) != 1 or plain.keys() - PROSE - {"nullable", wrappers[0]}:
        return schema, ref, False
    branches = plain[wrappers[0]]
    if not isinstance(branches, list) or len(branches) != 1:
        return schema, ref, False
    inner, inner_ref = document.resolve(branches[0])
    nullable = bool(plain.get("nullable"))
    if nullable and isinstance(inner, Mapping):
        inner = {**inner, "nullable": True}
    return inner, inner_ref or ref, nullable


def _serialization(parameter: Mapping[str, Any]) -> str:
    """style/explode with OpenAPI's defaults filled in, so writing a default out is no change."""
    style = parameter.get("style") or ("form" if parameter.get("in") in ("query", "cookie") else "simple")
    explode = parameter.get("explode", style == "form")
    return f"style={style}, explode={str(bool(explode)).lower()}"


class _SchemaWalk:
    """One schema pair compared in one direction; nested schemas go back through ``_Comparison``."""

    def __init__(self, comparison: _Comparison, direction: Direction) -> None:
        self._comparison = comparison
        self._direction = direction
        self._found: list[Change] = []

    def run(self, old: Any, new: Any, subject: str) -> list[Change]:
        self._compare(old, new, subject)
        return self._found

    def _add(self, kind: str, subject: str, summary: str, rule: _Rule) -> None:
        breaking, reason = rule.verdict(self._direction)
        self._found.append(Change("spec", kind, subject, summary, breaking, reason))

    def _nested(self, old: Any, new: Any, subject: str) -> None:
        self._found += self._comparison._schema(old, new, subject, self._direction)

    def _compare(self, old: Any, new: Any, subject: str) -> None:
        old, new = _as_30(old), _as_30(new)
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            if not _same(old, new):
                self._add("schema-changed", subject, f"schema {_show(old)} → {_show(new)}", _COMPOSITION)
            return
        if not _same(old.get("type"), new.get("type")):
            self._add("type-changed", subject, f"type {_show_type(old)} → {_show_type(new)}", _type_rule(old, new))
            return  # everything below follows from the new type
        formats = (old.get("format"), new.get("format"))
        if not _same(*formats):
            rule = (
                _FORMAT_WIDENED
                if formats in _WIDER_FORMATS
                else _FORMAT_NARROWED
                if formats[::-1] in _WIDER_FORMATS
                else _FORMAT
            )
            self._add("format-changed", subject, f"format {_show(formats[0])} → {_show(formats[1])}", rule)
        self._enum(old, new, subject)
        self._scalars(old, new, subject)
        self._properties(old, new, subject)
        if "items" in old or "items" in new:
            self._nested(old.get("items") or {}, new.get("items") or {}, f"{subject}[]")
        self._additional_properties(old, new, subject)
        for keyword in _COMPOSITIONS:
            self._composition(keyword, old.get(keyword) or [], new.get(keyword) or [], subject)
        self._not(old.get("not"), new.get("not"), subject)
        for keyword in sorted((old.keys() | new.keys()) - _SCHEMA_KEYWORDS - PROSE):
            if not _same(_strip_prose(old.get(keyword)), _strip_prose(new.get(keyword))):
                summary = f"{keyword} {_show(old.get(keyword))} → {_show(new.get(keyword))}"
                self._add(
                    "field-changed",
                    subject,
                    summary,
                    _EXTENSION if keyword.startswith("x-") else _UNCLASSIFIED,
                )

    def _enum(self, old: Mapping[str, Any], new: Mapping[str, Any], subject: str) -> None:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum is not None and new_enum is not None:
            self._values("enum-value", old_enum, new_enum, subject, (_ENUM_ADDED, _ENUM_REMOVED))
        elif old_enum is not None:
            kept = " (its values kept as x-enum)" if _same(old_enum, new.get("x-enum")) else ""
            self._add("enum-opened", subject, f"enum became an open string{kept}", _ENUM_OPENED)
            if not kept and new.get("x-enum") is not None:
                self._values("known-value", old_enum, new["x-enum"], subject, (_KNOWN_VALUES, _KNOWN_VALUES))
        elif new_enum is not None:
            what = new.get("type") if isinstance(new.get("type"), str) else "value"
            self._add("enum-closed", subject, f"open {what} became an enum of {_show(new_enum)}", _ENUM_CLOSED)
        else:
            old_known, new_known = old.get("x-enum") or [], new.get("x-enum") or []
            self._values("known-value", old_known, new_known, subject, (_KNOWN_VALUES, _KNOWN_VALUES))

    def _values(
        self,
        kind: str,
        old: Iterable[Any],
        new: Iterable[Any],
        subject: str,
        rules: tuple[_Rule, _Rule],
    ) -> None:
        """Values added and removed, under (added, removed) rules."""
        what = "enum values" if kind == "enum-value" else "x-enum values"
        added_rule, removed_rule = rules
        before = {_canonical(value): value for value in old}
        after = {_canonical(value): value for value in new}
        if added := [after[key] for key in after if key not in before]:
            self._add(f"{kind}-added", subject, f"{what} added: {', '.join(map(_show, added))}", added_rule)
        if removed := [before[key] for key in before if key not in after]:
            self._add(f"{kind}-removed", subject, f"{what} removed: {', '.join(map(_show, removed))}", removed_rule)

    def _scalars(self, old: Mapping[str, Any], new: Mapping[str, Any], subject: str) -> None:
        for keyword in _CONSTRAINTS:
            before, after = old.get(keyword), new.get(keyword)
            if (before is None and after is None) or _same_constraint(before, after):
                continue
            summary = f"{keyword} {_show(before)} → {_show(after)}"
            if (ignored_on := _ignored_on(keyword, new.get("type"))) is not None:
                rule = _inert_rule(keyword, ignored_on)
                self._add("constraint-changed", subject, f"{summary} (ignored for type {ignored_on})", rule)
                continue
            tightened = _tightened(keyword, before, after)
            rule = _CONSTRAINT_CHANGED if tightened is None else _TIGHTENED if tightened else _LOOSENED
            self._add("constraint-changed", subject, summary, rule)
        if bool(old.get("nullable")) != bool(new.get("nullable")):
            now = bool(new.get("nullable"))
            summary = "now nullable" if now else "no longer nullable"
            self._add("nullable-changed", subject, summary, _NULL_ADDED if now else _NULL_REMOVED)
        if not _same(old.get("default"), new.get("default")):
            summary = f"default {_show(old.get('default'))} → {_show(new.get('default'))}"
            self._add("default-changed", subject, summary, _DEFAULT)
        for flag in _FLAGS:
            if bool(old.get(flag)) != bool(new.get(flag)):
                self._add("flag-changed", subject, f"now {flag}" if new.get(flag) else f"no longer {flag}", _FLAG)
        if not _same(old.get("title"), new.get("title")):
            summary = f"title {_show(old.get('title'))} → {_show(new.get('title'))}"
            self._add("title-changed", subject, summary, _TITLE)

    def _properties(self, old: Mapping[str, Any], new: Mapping[str, Any], subject: str) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
        for name in sorted(old_props.keys() - new_props.keys()):
            self._add("property-removed", f"{subject}.{name}", "property removed", _PROPERTY_REMOVED)
        for name in sorted(new_props.keys() - old_props.keys()):
            if name in new_required:
                rule = _Rule((True, "requests without it are rejected"), (False, "existing clients can ignore it"))
                summary = "property added, required"
            else:
                rule = _Rule(
                    (False, "existing requests are unaffected"),
                    (False, "existing clients can ignore it"),
                )
                summary = "property added, optional"
            self._add("property-added", f"{subject}.{name}", summary, rule)
        for name in sorted(old_props.keys() & new_props.keys()):
            self._nested(old_props[name], new_props[name], f"{subject}.{name}")
        if (ignored_on := _ignored_on("required", new.get("type"))) is not None:
            if old_required != new_required:
                shown = f"{_show(sorted(old_required))} → {_show(sorted(new_required))}"
                # Not the field's own requiredness, which its object's `required` says (reported apart).
                rule = _always(
                    False,
                    f"a `required` list inside a {ignored_on} schema names no field of it, so validation is "
                    "unchanged; whether the field itself is required is its object's list",
                )
                summary = f"the `required` keyword inside its {ignored_on} schema {shown} (it never applied)"
                self._add("constraint-changed", subject, summary, rule)
            return
        # A property added or removed already says whether it is required.
        changed = old_props.keys() ^ new_props.keys()
        for name in sorted((new_required - old_required) - changed):
            self._add("now-required", f"{subject}.{name}", "now required", _NOW_REQUIRED)
        for name in sorted((old_required - new_required) - changed):
            self._add("now-optional", f"{subject}.{name}", "now optional", _NOW_OPTIONAL)

    def _additional_properties(self, old: Mapping[str, Any], new: Mapping[str, Any], subject: str) -> None:
        before = _open_map(old.get("additionalProperties"))
        after = _open_map(new.get("additionalProperties"))
        if isinstance(before, Mapping) and isinstance(after, Mapping):
            self._nested(before, after, f"{subject}.*")
        elif not _same(before, after):
            summary = f"additionalProperties {_show_map(before)} → {_show_map(after)}"
            self._add("additional-properties-changed", subject, summary, _map_rule(before, after))

    def _composition(self, keyword: str, old: list[Any], new: list[Any], subject: str) -> None:
        if len(old) == len(new):
            for index, (before, after) in enumerate(zip(old, new, strict=True)):
                self._nested(before, after, f"{subject} ({keyword} #{index + 1})")
            return
        before = {_canonical(_strip_prose(_as_30(schema))): schema for schema in old}
        after = {_canonical(_strip_prose(_as_30(schema))): schema for schema in new}
        added = " | ".join(_describe(after[key]) for key in after if key not in before)
        removed = " | ".join(_describe(before[key]) for key in before if key not in after)
        # Each allOf schema adds a rule; each anyOf alternative lets more values in.
        if not old:
            rule, summary = _TIGHTENED, f"{keyword} added, {_COMBINES[keyword]}: {added}"
        elif not new:
            rule, summary = _LOOSENED, f"{keyword} removed, was {_COMBINES[keyword]}: {removed}"
        elif keyword != "oneOf" and before.keys() < after.keys():
            rule, summary = _TIGHTENED if keyword == "allOf" else _LOOSENED, f"{keyword} gained {added}"
        elif keyword != "oneOf" and after.keys() < before.keys():
            rule, summary = _LOOSENED if keyword == "allOf" else _TIGHTENED, f"{keyword} lost {removed}"
        else:
            rule, summary = _COMPOSITION, f"{keyword} of {len(old)} schemas → {len(new)}"
        self._add("composition-changed", subject, summary, rule)

    def _not(self, old: Any, new: Any, subject: str) -> None:
        if _same(_strip_prose(old), _strip_prose(new)):
            return
        if old is None:
            rule, summary = _TIGHTENED, f"now rejects values {_describe(new)}"
        elif new is None:
            rule, summary = _LOOSENED, f"no longer rejects values {_describe(old)}"
        else:
            rule, summary = _CONSTRAINT_CHANGED, f"rejected values {_describe(old)} → {_describe(new)}"
        self._add("constraint-changed", subject, summary, rule)


def spec_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every non-prose difference between two parsed OpenAPI 3 documents, classified for a client."""
    return _Comparison(old, new).run()
