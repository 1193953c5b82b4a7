from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sparse_values import SparseValues


T = TypeVar("T", bound="UpdateDocumentsRequestSetFields")

_FIELDS = _core.JsonFields(
    attributes=(),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class UpdateDocumentsRequestSetFields:
    """Fields to set on every matching document."""

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    additional_properties: dict[
        str, bool | float | list[float] | list[str] | SparseValues | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list) or isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, SparseValues):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        update_documents_request_set_fields = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> bool | float | list[float] | list[str] | SparseValues | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_document_field_value_type_3 = cast(
                        list[str], data
                    )

                    return componentsschemas_document_field_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_document_field_value_type_4 = cast(
                        list[float], data
                    )

                    return componentsschemas_document_field_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_document_field_value_type_5 = (
                        SparseValues.from_dict(data)
                    )

                    return componentsschemas_document_field_value_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool | float | list[float] | list[str] | SparseValues | str, data
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        update_documents_request_set_fields.additional_properties = (
            additional_properties
        )
        return update_documents_request_set_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> bool | float | list[float] | list[str] | SparseValues | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool | float | list[float] | list[str] | SparseValues | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.sparse_values import SparseValues
