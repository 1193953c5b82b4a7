from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webset_request_metadata_type_0 import (
        UpdateWebsetRequestMetadataType0,
    )


T = TypeVar("T", bound="UpdateWebsetRequest")

_FIELDS = _core.JsonFields(
    "metadata",
    attributes=("metadata",),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class UpdateWebsetRequest:
    """
    Attributes:
        metadata (None | Unset | UpdateWebsetRequestMetadataType0): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    metadata: None | Unset | UpdateWebsetRequestMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateWebsetRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)

        def _parse_metadata(
            data: object,
        ) -> None | Unset | UpdateWebsetRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateWebsetRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWebsetRequestMetadataType0, data)

        metadata = _parse_metadata(src_values[0])

        update_webset_request = cls.__new__(cls)
        update_webset_request.metadata = metadata

        update_webset_request.additional_properties = d
        return update_webset_request

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


class UpdateWebsetRequestDict(TypedDict, total=False):
    """UpdateWebsetRequest as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    metadata: None | UpdateWebsetRequestMetadataType0


from ..models.update_webset_request_metadata_type_0 import (
    UpdateWebsetRequestMetadataType0,
)
