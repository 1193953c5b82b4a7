from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.protobuf_any import ProtobufAny
    from .protobuf_any import ProtobufAnyDict


T = TypeVar("T", bound="RpcStatus")

_FIELDS = _core.JsonFields(
    "code",
    "message",
    "details",
    attributes=(
        "code",
        "message",
        "details",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "code": ("integer", ""),
    "details": ("models", "ProtobufAny"),
}


@_attrs_define
class RpcStatus:
    """
    Attributes:
        code (int | None):
        message (str | None):
        details (list[ProtobufAny] | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    details: list[ProtobufAny] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _code = src_values[0]
        code: int | Unset
        if _code is UNSET:
            code = UNSET
        else:
            code = _core.parse_integer(_code)

        message = src_values[1]

        _details = src_values[2]
        details: list[ProtobufAny] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ProtobufAny.from_dict(details_item_data)

                details.append(details_item)

        rpc_status = cls.__new__(cls)
        rpc_status.code = code
        rpc_status.message = message
        rpc_status.details = details

        rpc_status.additional_properties = d
        return rpc_status

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


class RpcStatusDict(TypedDict, total=False):
    """RpcStatus as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    code: int
    message: str
    details: Sequence[ProtobufAny | ProtobufAnyDict]


from ..models.protobuf_any import ProtobufAny
