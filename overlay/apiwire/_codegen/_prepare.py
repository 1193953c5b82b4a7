"""The document the generator reads: the vendor's document without what the generator mishandles.

Runs after ``_openapi31.normalize`` (which the constraint tables read too); what it drops here is what
``_constraints`` reads back from the normalized document.
"""

from __future__ import annotations

from typing import Any

# Combinators that, beside `properties`, only constrain which fields a request may hold together.
CONSTRAINT_KEYWORDS = ("anyOf", "oneOf", "not")
# 64-bit integers sent as decimal strings (JSON numbers lose precision past 2**53 in many readers).
_INTEGER_STRING_FORMATS = ("int64", "uint64")


def prepare_for_generator(node: Any) -> Any:
    """The spec as the generator can use it: a copy without what it mishandles, with nothing else changed.

    - ``anyOf``/``oneOf``/``not`` beside ``properties`` ("exactly one of vector, id, sparseVector",
      "ids or filter or deleteAll"): the generator reads such a schema as a union of its branches, finds
      none is a model, and silently types the body ``Any`` (or skips the operation: "Could not find
      reference"). They constrain requests, not shapes, so the copy drops them; ``request_constraints``
      reads them from the spec itself and ``_constraints.py`` checks them before anything is sent.
    - ``type: string`` with ``format: int64``/``uint64`` (a 64-bit count):
      an integer the service writes as a decimal string. The copy declares it an integer, so users get an
      ``int``; the generated model reads it with ``_core.parse_integer``, which accepts either spelling.

    One addition: the description of each field and parameter ends with its limits (``constraint_note``),
    which the generator does not keep, and a parameter's description is also its schema's (the one the
    generator reads), so the docstrings written from descriptions state both.
    """
    if isinstance(node, list):
        return [prepare_for_generator(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: prepare_for_generator(value) for key, value in node.items()}
    if isinstance(copy.get("properties"), dict):
        for keyword in CONSTRAINT_KEYWORDS:
            copy.pop(keyword, None)
        for field in copy["properties"].values():
            _note_constraints(field, field)
    if copy.get("in") in ("path", "query") and isinstance(copy.get("schema"), dict):
        _note_constraints(copy, copy["schema"])
        # The generator describes a parameter by its schema's description only.
        if "description" in copy and "$ref" not in copy["schema"]:
            copy["schema"] = {**copy["schema"], "description": copy["description"]}
    if copy.get("type") == "string" and copy.get("format") in _INTEGER_STRING_FORMATS:
        copy["type"] = "integer"
    return copy


def constraint_note(schema: dict[str, Any]) -> str:
    """A schema's limits in words: ``1 to 10000``, ``1 to 512 characters``, ``at most 1000 items``..."""

    def bounds(low: str, high: str, unit: str = "") -> str | None:
        lowest, highest = schema.get(low), schema.get(high)
        if lowest is None and highest is None:
            return None
        text = f"{lowest} to {highest}" if None not in (lowest, highest) else None
        text = text or (f"at least {lowest}" if highest is None else f"at most {highest}")
        return f"{text}{unit}"

    parts = [
        bounds("minimum", "maximum"),
        bounds("minLength", "maxLength", " characters"),
        bounds("minItems", "maxItems", " items"),
        bounds("minProperties", "maxProperties", " fields"),
        f"matching ``{schema['pattern']}``" if "pattern" in schema else None,
    ]
    return "; ".join(part for part in parts if part)


def _note_constraints(holder: Any, schema: Any) -> None:
    # `holder` carries the description (a field's schema, or a parameter beside its schema).
    if not isinstance(holder, dict) or not isinstance(schema, dict) or "$ref" in schema:
        return
    note = constraint_note(schema)
    if note:
        description = str(holder.get("description", "")).rstrip()
        holder["description"] = f"{description} Limits: {note}." if description else f"Limits: {note}."
