"""Request bodies written as JSON in one pass from what the caller gave, without building models to walk again.

``written(Model, value)`` returns what ``Model.from_dict(value).to_dict()`` returns, and raises what it
raises, for the models whose generated ``_WIRE`` says how (most request models): the declared names in the
spec's spelling (other spellings renamed, as from_dict reads them), an absent or null optional field left
out, integers read from decimal strings, enum values in their listed case, nested models written the same
way, a model instance by its ``to_dict``. The caller's lists of floats go into the body as they are. A model
whose fields need more (a union, a list of enums) is built and walked as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from ._fields import BodyShapeError, JsonFields
from ._values import parse_integer

# What a declared field that is absent or null becomes: left out (optional), written as null (required and
# nullable: to_dict writes every required field), or refused (required), as from_dict and to_dict do.
_LEFT_OUT, _NULL, _REFUSED = 0, 1, 2
# Per model: its fields, and per declared field (in declaration order) how to write its value and what an
# absent one becomes; None for a model written through from_dict and to_dict. Planned on its first request.
_Plan = tuple[JsonFields, tuple[tuple[str, Callable[[Any], Any] | None, int], ...]] | None
_plans: dict[type, _Plan] = {}


def written(model: type[Any], value: Any) -> Any:
    """The JSON of ``model`` for ``value`` (a model instance or its dict in any spelling)."""
    if isinstance(value, model):
        return value.to_dict()
    try:
        plan = _plans[model]
    except KeyError:
        plan = _plans[model] = _plan(model)
    if plan is None:
        return model.from_dict(value).to_dict()
    fields, declared = plan
    body = fields.read(value)  # a copy: BodyShapeError for anything but an object
    for name, convert, absent in declared:
        field = body.get(name)
        if field is None:  # from_dict reads null as absent
            if absent == _REFUSED:
                raise BodyShapeError(f"required field {name!r} is missing")
            if absent == _NULL:
                body[name] = None
            elif name in body:
                del body[name]
        elif convert is not None:
            body[name] = convert(field)
    return body


def _plan(model: type[Any]) -> _Plan:
    module = sys.modules[model.__module__]
    kinds: dict[str, tuple[str, str]] | None = getattr(module, "_WIRE", None)
    if kinds is None:
        return None
    fields: JsonFields = module._FIELDS
    package = sys.modules[model.__module__.rpartition(".")[0]]  # the version's models, each loaded on first use
    declared = tuple(
        (
            name,
            _converter(kinds[name], package) if name in kinds else None,
            _REFUSED if fields.is_required(name) else _NULL if fields.is_nullable(name) else _LEFT_OUT,
        )
        for name in fields.names
    )
    return fields, declared


def _converter(kind: tuple[str, str], package: Any) -> Callable[[Any], Any]:
    what, name = kind
    if what == "integer":
        return parse_integer
    if what == "integers":
        return lambda values: [parse_integer(value) for value in values]
    target = getattr(package, name)
    if what == "enum":
        return lambda value: target(value).value
    if what == "model":
        return lambda value: written(target, value)
    return lambda values: [written(target, value) for value in values]  # "models": a list of them
