"""Response bodies decoded by msgspec straight into generated models, with ``from_dict`` as the judge of the rest.

For each generated model, ``model_body`` derives (once, on the model's first answer) a msgspec Struct twin of it:
the declared fields under their JSON names in the spec's spelling, each typed as the model's annotation says,
and no other field allowed. msgspec decodes a body into the twins in C, without building dicts, and a
conversion made for the model copies each twin into the model (timestamps parsed as ``from_dict`` parses them).

A body the twin refuses is read by the tolerant path, ``from_dict`` over ``json_body``, exactly as before: a
field in another spelling (snake_case, an alias the profile names), an unknown field, an integer as a decimal string,
a timestamp or a JSON value the twin's type does not take, a missing required field, a body that is not
JSON. So a body either takes the fast path and reads as the tolerant path would read it, or takes the
tolerant path and reads (or fails) as it always did. The twin types keep what the tolerant path keeps: an
integer in a ``float`` field stays an int, an enum value the spec does not list becomes an open member
(msgspec calls the enum's ``_missing_``), and free-form objects (metadata) are kept as they came.

A model whose annotations the twins cannot express (a union holding a model, say) always takes the tolerant path.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, TypeVar

from ._fields import JsonFields
from ._json import LARGE, json_body, whole_json
from ._values import parse_datetime

if TYPE_CHECKING:
    import httpx
    import msgspec


class GeneratedModel(Protocol):
    """What every generated model has: its declared JSON names, and the tolerant reading."""

    _json_fields: ClassVar[JsonFields]

    @classmethod
    def from_dict(cls, src_dict: Any) -> Self: ...


M = TypeVar("M", bound=GeneratedModel)
Convert = Callable[[Any], Any]


# Annotations read as they are; an integer in a float field stays an int, as the tolerant path leaves it.
_SCALARS: dict[Any, Any] = {str: str, bool: bool, int: int, Any: Any, float: int | float}


class _Inexpressible(Exception):
    """An annotation no twin type expresses with the tolerant path's meaning."""


class _Reader:
    """One model's twin decoder and the conversion of its result; None for a model read only by from_dict."""

    __slots__ = ("convert", "decoder")

    def __init__(self, decoder: msgspec.json.Decoder[Any], convert: Convert) -> None:
        self.decoder = decoder
        self.convert = convert


_readers: dict[type[Any], _Reader | None] = {}


def model_body(response: httpx.Response, model: type[M]) -> M:
    """The response body read into ``model``: by its msgspec twin when the body fits it, else by ``from_dict``.

    Raises what ``model.from_dict(json_body(response))`` raises for a body of the wrong shape.
    """
    reader = _readers.get(model, _readers)
    if reader is _readers:
        reader = _readers[model] = _reader(model)
    if isinstance(reader, _Reader):
        content = response.content
        if len(content) <= LARGE or whole_json(content):
            import msgspec

            try:
                twin = reader.decoder.decode(content)
            # ValidationError is a DecodeError: the body is not in the canonical shape. Nesting deeper than
            # msgspec goes is for the tolerant path to judge too.
            except (msgspec.DecodeError, RecursionError):
                pass
            else:
                result: M = reader.convert(twin)
                return result
    return model.from_dict(json_body(response))


def _reader(model: type[Any]) -> _Reader | None:
    import msgspec

    try:
        twin, convert = _Twins().of_model(model)
        decoder = msgspec.json.Decoder(twin)
    # TypeError: a union msgspec cannot tell apart; NameError: an annotation its module does not define at run
    # time. Either model is read by from_dict alone (a test lists the models without a twin).
    except (_Inexpressible, TypeError, NameError):
        return None
    return _Reader(decoder, convert)


class _Twins:
    """The twin Struct types and conversions of one model and the models it nests, built in one pass."""

    def __init__(self) -> None:
        self._done: dict[type[Any], tuple[Any, Convert]] = {}
        self._building: set[type[Any]] = set()

    def of_model(self, model: type[Any]) -> tuple[Any, Convert]:
        if model in self._done:
            return self._done[model]
        if model in self._building:  # a model that nests itself: its twin would need a forward reference
            raise _Inexpressible(model.__name__)
        self._building.add(model)
        import attrs  # with the first model read: a client starts without it

        fields: JsonFields = model._json_fields
        hints = typing.get_type_hints(model)
        extra = attrs.fields_dict(model).get("additional_properties")
        if not fields.names:  # a free-form object (metadata, a filter): every field is the caller's
            if extra is None:
                raise _Inexpressible(model.__name__)
            value_twin, value_convert = self.of_type(_only_argument(hints["additional_properties"], 1))
            convert = None if value_convert is None else _each_value(value_convert)
            built = (dict[str, value_twin], _free_form(model, convert))  # type: ignore[valid-type]
        else:
            built = self._struct(model, fields, hints, has_extra=extra is not None)
        self._building.discard(model)
        self._done[model] = built
        return built

    def _struct(
        self, model: type[Any], fields: JsonFields, hints: dict[str, Any], *, has_extra: bool
    ) -> tuple[Any, Convert]:
        import msgspec

        struct_fields: list[tuple[str, Any, Any] | tuple[str, Any]] = []
        conversions: dict[str, Convert] = {}
        for name, attribute in zip(fields.names, fields.attributes, strict=True):
            twin, convert = self.of_type(_without_none(hints[attribute]))
            if convert is not None:
                conversions[attribute] = convert
            if fields.is_required(name):
                struct_fields.append((attribute, twin))
            elif fields.is_nullable(name):
                struct_fields.append((attribute, twin | None))
            else:
                struct_fields.append((attribute, twin | None, None))
        # Required fields first, as a Struct's signature needs; the JSON names do not depend on the order.
        struct_fields.sort(key=len)
        twin_struct = msgspec.defstruct(
            f"{model.__name__}Twin",
            struct_fields,
            rename=dict(zip(fields.attributes, fields.names, strict=True)),
            forbid_unknown_fields=True,
            gc=False,  # decoded JSON cannot hold a reference cycle
        )
        return twin_struct, _conversion(model, fields.attributes, conversions, has_extra=has_extra)

    def of_type(self, hint: Any) -> tuple[Any, Convert | None]:
        """The twin type of one annotation (without None) and the conversion of its value, None if it needs none."""
        if hint in _SCALARS:
            return _SCALARS[hint], None
        if hint is datetime.datetime:  # parsed by _core.parse_datetime, so that odd text is kept as from_dict keeps it
            return str, parse_datetime
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return hint, None
        if isinstance(hint, type) and hasattr(hint, "_json_fields"):
            return self.of_model(hint)
        return self._of_composite(hint)

    def _of_composite(self, hint: Any) -> tuple[Any, Convert | None]:
        origin = typing.get_origin(hint)
        if origin is list:
            item_twin, item_convert = self.of_type(_only_argument(hint, 0))
            return list[item_twin], None if item_convert is None else _each(item_convert)  # type: ignore[valid-type]
        if origin is dict and typing.get_args(hint)[0] is str:
            value_twin, value_convert = self.of_type(_only_argument(hint, 1))
            return dict[str, value_twin], None if value_convert is None else _each_value(value_convert)  # type: ignore[valid-type]
        if origin not in (types.UnionType, typing.Union):
            raise _Inexpressible(repr(hint))
        members = [self.of_type(member) for member in typing.get_args(hint)]
        if any(convert is not None for _, convert in members):
            raise _Inexpressible(repr(hint))
        return typing.Union[tuple(twin for twin, _ in members)], None  # noqa: UP007  # a tuple of members


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        members = tuple(member for member in typing.get_args(hint) if member is not type(None))
        return members[0] if len(members) == 1 else typing.Union[members]  # noqa: UP007
    return hint


def _only_argument(hint: Any, position: int) -> Any:
    return _without_none(typing.get_args(hint)[position])


def _each(convert: Convert) -> Convert:
    return lambda values: [convert(value) for value in values]


def _each_value(convert: Convert) -> Convert:
    return lambda values: {key: convert(value) for key, value in values.items()}


def _free_form(model: type[Any], convert: Convert | None) -> Convert:
    def read(values: dict[str, Any]) -> Any:
        instance: Any = object.__new__(model)  # as from_dict makes it: generated models have no __new__
        instance.additional_properties = values if convert is None else convert(values)
        return instance

    return read


def _conversion(
    model: type[Any], attributes: tuple[str, ...], conversions: dict[str, Convert], *, has_extra: bool
) -> Convert:
    """A function copying a twin into a new ``model``, one statement per field, as generated code would.

    Written out and compiled (as attrs and dataclasses write their ``__init__``): a loop over the fields
    costs several times as much, per field of every object of every answer.
    """
    lines = ["def convert(twin):", "    instance = new(model)"]
    scope: dict[str, Any] = {
        "new": model.__new__,
        "model": model,
        "fromisoformat": datetime.datetime.fromisoformat,
        "parse_datetime": parse_datetime,
    }
    for attribute in attributes:
        if conversions.get(attribute) is parse_datetime:
            # parse_datetime's first step inline: a call less for each timestamp, the rest of it when that fails.
            lines.append(f"    value = twin.{attribute}")
            lines.append("    if value is not None:")
            lines.append("        try:")
            lines.append("            value = fromisoformat(value)")
            lines.append("        except ValueError:")
            lines.append("            value = parse_datetime(value)")
            lines.append(f"    instance.{attribute} = value")
        elif attribute in conversions:
            scope[f"convert_{attribute}"] = conversions[attribute]
            lines.append(f"    value = twin.{attribute}")
            lines.append(f"    instance.{attribute} = None if value is None else convert_{attribute}(value)")
        else:
            lines.append(f"    instance.{attribute} = twin.{attribute}")
    if has_extra:
        lines.append("    instance.additional_properties = {}")
    lines.append("    return instance")
    exec(compile("\n".join(lines), f"<{model.__qualname__} from its twin>", "exec"), scope)
    convert: Convert = scope["convert"]
    return convert
