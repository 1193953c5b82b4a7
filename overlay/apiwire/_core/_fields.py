"""Reading a JSON object into a generated model: declared names in any spelling, absent fields as None.

``JsonFields`` holds one model's declared JSON names. It accepts a field in the spec's spelling, in
snake_case or in camelCase (or in another spelling its vendor's profile names); only declared names are renamed, so user
data (metadata, filters, maps keyed by namespace or id) passes through exactly. It hands a model its fields'
values in one call, with a fast path for the usual body (every key as the spec spells it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any


class BodyShapeError(ValueError, TypeError):
    """A JSON value that is not the shape its schema declares: not an object, or a required field missing.

    A ValueError (bad data) and a TypeError (the wrong kind of value), as either is what callers check.
    """


def snake_case(name: str) -> str:
    """``createdAt`` -> ``created_at`` (an acronym stays one word: ``typeURL`` -> ``type_url``)."""
    out = []
    after_lower = False
    for char in name:
        if char.isupper() and after_lower:
            out.append("_")
        out.append(char.lower())
        after_lower = char.islower() or char.isdigit()
    return "".join(out)


def camel_case(name: str) -> str:
    """``memory_fullness`` -> ``memoryFullness``; a leading underscore (``_id``) is part of the name."""
    if name.startswith("_"):
        return name
    first, *rest = name.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


class JsonFields:
    """The JSON names one generated model declares, in the spec's spelling.

    The alias table (other spelling -> declared name) and the fast path's lookup tables are built on the
    model's first parse, not at import, and reused for every object after.
    """

    __slots__ = (
        "_absent",
        "_aliases",
        "_attributes",
        "_extra_aliases",
        "_getter",
        "_names",
        "_nullable",
        "_required_at",
        "_spellings",
    )

    def __init__(
        self,
        *names: str,
        attributes: tuple[str, ...] = (),
        required: tuple[str, ...] = (),
        nullable: tuple[str, ...] = (),
        aliases: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        if attributes and len(attributes) != len(names):
            raise ValueError(f"{len(names)} JSON names but {len(attributes)} attributes")
        self._names = names
        self._attributes = attributes or tuple(snake_case(name) for name in names)
        self._nullable = frozenset(nullable)
        # A required field the spec marks nullable may be null (or absent, which reads the same): only the
        # others are checked, by their positions among the values (a body nearly always lacks some optional
        # field, so the check looks at these only, not at every name).
        self._required_at = tuple(
            position for position, name in enumerate(names) if name in required and name not in nullable
        )
        self._extra_aliases = aliases or {}  # a declared name -> spellings beyond its casings
        self._aliases: dict[str, str] = {}
        self._spellings: frozenset[str] | None = None  # the aliases' keys; None until first use
        self._absent: dict[str, None] | None = None  # every declared name -> None; None until first use
        self._getter: Callable[[Mapping[str, Any]], tuple[Any, ...]] = _no_values

    def _build(self) -> frozenset[str]:
        declared = set(self._names)
        for name in self._names:
            # Insertion order is precedence: a name's own other casing beats an extra alias.
            for alias in (snake_case(name), camel_case(name), *self._extra_aliases.get(name, ())):
                if alias not in declared:
                    self._aliases.setdefault(alias, name)
        self._spellings = frozenset(self._aliases)
        return self._spellings

    @property
    def names(self) -> tuple[str, ...]:
        """The declared JSON names, in declaration order."""
        return self._names

    @property
    def attributes(self) -> tuple[str, ...]:
        """The model's attribute for each declared name, in the same order (``createdAt`` -> ``created_at``)."""
        return self._attributes

    def is_required(self, name: str) -> bool:
        """Whether ``name`` may not be absent or null (required and not nullable, or always sent)."""
        return self._names.index(name) in self._required_at

    def is_nullable(self, name: str) -> bool:
        """Whether ``name`` is required and nullable: null is then its value, not a missing field."""
        return name in self._nullable

    def read(self, src: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of ``src`` with every declared field under its spec name.

        A field sent in two spellings keeps the spec's; the other stays (in additional_properties).
        Raises BodyShapeError when ``src`` is not a JSON object: ``dict()`` would accept a list of pairs.
        """
        if type(src) is dict:
            d = src.copy()
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise BodyShapeError(f"expected a JSON object, got {type(src).__name__}")
        spellings = self._spellings
        if spellings is None:
            spellings = self._build()
        if spellings.isdisjoint(d):  # the usual case: every key as the spec spells it
            return d
        for alias, name in self._aliases.items():
            if alias in d and name not in d:
                d[name] = d.pop(alias)
        return d

    def split(self, src: Mapping[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The declared fields' values in declaration order (None where absent), and every other field.

        What generated ``from_dict`` methods read a body with. A null reads as absent. Raises BodyShapeError
        for an absent (or null) required field, or when ``src`` is not a JSON object.
        """
        absent = self._absent
        if absent is None:
            absent = self._build_fast_path()
        if type(src) is dict:
            if not absent:  # a free-form object (metadata, a filter): every field is the caller's, kept as is
                return (), src.copy()
            # The usual body holds declared names only, in the spec's spelling: then merging it over
            # the absent fields adds no key, and C code does the work that is otherwise per field.
            merged = {**absent, **src}
            if len(merged) == len(absent):
                values = self._getter(merged)
                if self._required_at and None in values:
                    self._check_required(values)
                return values, {}
        d = self.read(src)
        values = tuple(d.pop(name, None) for name in self._names)
        if self._required_at and None in values:
            self._check_required(values)
        return values, d

    def _check_required(self, values: tuple[Any, ...]) -> None:
        # Servers send null for "no value" (a last page's pagination, a running import's finishedAt): null
        # reads as absent, which a required field that is not nullable cannot be.
        for position in self._required_at:
            if values[position] is None:
                raise BodyShapeError(f"required field {self._names[position]!r} is missing")

    def _build_fast_path(self) -> dict[str, None]:
        names = self._names
        if len(names) > 1:
            self._getter = itemgetter(*names)
        elif names:
            (name,) = names
            self._getter = lambda d: (d[name],)
        self._absent = dict.fromkeys(names)
        return self._absent


def _no_values(d: Mapping[str, Any]) -> tuple[Any, ...]:
    return ()


def field_at(value: Any, path: tuple[str, ...]) -> Any:
    """The field at ``path`` (JSON names, as a profile states them) in a generated model or a JSON object; None
    where the path leads nowhere (an absent field, a value that is not an object)."""
    for name in path:
        if isinstance(value, Mapping):
            value = value.get(name)
            continue
        fields: JsonFields | None = getattr(type(value), "_json_fields", None)
        if fields is None:
            return None
        if name in fields.names:
            value = getattr(value, fields.attributes[fields.names.index(name)], None)
        else:  # a field the model does not declare, kept as the server sent it
            extra = getattr(value, "additional_properties", None)
            value = extra.get(name) if isinstance(extra, Mapping) else None
    return value
