"""Request bodies from a resource method's arguments, and the operation's name on each request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar

from ._extensions import OPERATION
from ._wire import written

__all__ = ["OPERATION", "request_body"]


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


_M = TypeVar("_M", bound=_Model)


def request_body(
    model: type[_M],
    body: _M | None,
    fields: Mapping[str, Any],
    *,
    json_names: Mapping[str, str],
    required: tuple[str, ...],
    method: str,
) -> _M | dict[str, Any]:
    """The body of a request: ``body`` as given, or the JSON of a ``model`` written from keyword arguments.

    ``fields`` are the keyword arguments (snake_case, as ``json_names`` maps them to the body's JSON names);
    nested values may be models or plain dicts. None means "not sent". The JSON is what the model built from
    them would write (``_wire.written``), without building it: the arguments' own lists go into the body.
    A misspelt, missing or doubled argument raises TypeError, as Python's own call checks do, before
    anything is sent. ``method`` names the call in messages (a private one, wrapped by a hand-written
    method, by the public name).
    """
    method = method.lstrip("_")
    if body is not None:
        if any(value is not None for value in fields.values()):
            raise TypeError(f"{method}() takes a {model.__name__} or keyword arguments, not both")
        if not isinstance(body, model):
            raise TypeError(f"{method}() takes a {model.__name__}, got {type(body).__name__}")
        return body
    unknown = sorted(set(fields) - set(json_names))
    if unknown:
        raise TypeError(f"{method}() got an unexpected keyword argument {unknown[0]!r}")
    missing = [name for name in required if fields.get(name) is None]
    if missing:
        raise TypeError(f"{method}() missing required keyword argument {missing[0]!r}")
    json: dict[str, Any] = written(
        model, {json_names[name]: value for name, value in fields.items() if value is not None}
    )
    return json
