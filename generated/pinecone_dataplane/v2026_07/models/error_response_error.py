from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorResponseError")

_FIELDS = _core.JsonFields(
    "code",
    "message",
    attributes=(
        "code",
        "message",
    ),
    required=(
        "code",
        "message",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {}


@_attrs_define
class ErrorResponseError:
    """What went wrong.

    Attributes:
        code (str): Error code, such as `INVALID_ARGUMENT` or `NOT_FOUND`.
        message (str): Human-readable explanation.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
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
        code = src_values[0]

        message = src_values[1]

        error_response_error = cls.__new__(cls)
        error_response_error.code = code
        error_response_error.message = message

        error_response_error.additional_properties = d
        return error_response_error

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


class ErrorResponseErrorDict(TypedDict, total=False):
    """ErrorResponseError as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    code: Required[str]
    message: Required[str]
