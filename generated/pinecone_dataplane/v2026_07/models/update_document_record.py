from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Required,
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
    from ..models.sparse_values import SparseValues


T = TypeVar("T", bound="UpdateDocumentRecord")

_FIELDS = _core.JsonFields(
    "_id",
    "_remove_fields",
    attributes=(
        "field_id",
        "field_remove_fields",
    ),
    required=("_id",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class UpdateDocumentRecord:
    """A partial update of one document, by `_id`: fields to set, and `_remove_fields` to drop.

    Attributes:
        field_id (str): ID of the document to update. Limits: 1 to 512 characters; matching ``^[\\x01-\\x7F]+$``.
        field_remove_fields (list[str] | None): Names of fields to remove.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    field_id: str
    field_remove_fields: list[str] | Unset = UNSET
    additional_properties: dict[
        str, bool | float | list[float] | list[str] | SparseValues | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_remove_fields: list[str] | Unset = UNSET
        if not isinstance(self.field_remove_fields, Unset):
            field_remove_fields = self.field_remove_fields

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list) or isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, SparseValues):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if field_remove_fields is not UNSET:
            field_dict["_remove_fields"] = field_remove_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        field_id = src_values[0]

        field_remove_fields = cast(list[str], src_values[1])

        update_document_record = cls.__new__(cls)
        update_document_record.field_id = field_id
        update_document_record.field_remove_fields = field_remove_fields

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

        update_document_record.additional_properties = additional_properties
        return update_document_record

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


class UpdateDocumentRecordDict(TypedDict, total=False):
    """UpdateDocumentRecord as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    field_id: Required[str]
    field_remove_fields: Sequence[str]


from ..models.sparse_values import SparseValues
