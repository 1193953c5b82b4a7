from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportErrorMode")

_FIELDS = _core.JsonFields(
    "onError",
    attributes=("on_error",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class ImportErrorMode:
    """What to do when the import hits an error.

    Attributes:
        on_error (str | None): Error handling behaviour for the import: `abort` or `continue`.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    on_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_error = self.on_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_error is not UNSET:
            field_dict["onError"] = on_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        on_error = src_values[0]

        import_error_mode = cls.__new__(cls)
        import_error_mode.on_error = on_error

        import_error_mode.additional_properties = d
        return import_error_mode

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ImportErrorModeDict(TypedDict, total=False):
    """ImportErrorMode as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    on_error: str
