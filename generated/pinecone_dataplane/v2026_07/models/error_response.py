from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.error_response_error import ErrorResponseError
    from .error_response_error import ErrorResponseErrorDict


T = TypeVar("T", bound="ErrorResponse")

_FIELDS = _core.JsonFields(
    "status",
    "error",
    attributes=(
        "status",
        "error",
    ),
    required=(
        "status",
        "error",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "status": ("integer", ""),
    "error": ("model", "ErrorResponseError"),
}


@_attrs_define
class ErrorResponse:
    """Error body of the records and documents operations.

    Attributes:
        status (int): HTTP status code.
        error (ErrorResponseError): What went wrong.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    status: int
    error: ErrorResponseError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "error": error,
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
        status = _core.parse_integer(src_values[0])

        error = ErrorResponseError.from_dict(src_values[1])

        error_response = cls.__new__(cls)
        error_response.status = status
        error_response.error = error

        error_response.additional_properties = d
        return error_response

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


class ErrorResponseDict(TypedDict, total=False):
    """ErrorResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    status: Required[int]
    error: Required[ErrorResponseError | ErrorResponseErrorDict]


from ..models.error_response_error import ErrorResponseError
