from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Custom")

_FIELDS = _core.JsonFields(
    "type",
    "description",
    attributes=(
        "type_",
        "description",
    ),
    required=(
        "type",
        "description",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class Custom:
    """
    Attributes:
        type_ (Literal['custom']):  Default: 'custom'. Passed as ``type`` in keyword arguments and dicts.
        description (str): Limits: 2 to 200 characters.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    description: str
    type_: Literal["custom"] = "custom"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        type_ = cast(Literal["custom"], src_values[0])
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        description = src_values[1]

        custom = cls.__new__(cls)
        custom.type_ = type_
        custom.description = description

        custom.additional_properties = d
        return custom

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


class CustomDict(TypedDict, total=False):
    """Custom as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    type: Required[Literal["custom"]]
    description: Required[str]
