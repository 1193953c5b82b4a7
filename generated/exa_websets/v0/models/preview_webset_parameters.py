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
    from ..models.preview_webset_parameters_search import PreviewWebsetParametersSearch
    from .preview_webset_parameters_search import PreviewWebsetParametersSearchDict


T = TypeVar("T", bound="PreviewWebsetParameters")

_FIELDS = _core.JsonFields(
    "search",
    attributes=("search",),
    required=("search",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "search": ("model", "PreviewWebsetParametersSearch"),
}


@_attrs_define
class PreviewWebsetParameters:
    """
    Attributes:
        search (PreviewWebsetParametersSearch):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    search: PreviewWebsetParametersSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
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
        search = PreviewWebsetParametersSearch.from_dict(src_values[0])

        preview_webset_parameters = cls.__new__(cls)
        preview_webset_parameters.search = search

        preview_webset_parameters.additional_properties = d
        return preview_webset_parameters

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


class PreviewWebsetParametersDict(TypedDict, total=False):
    """PreviewWebsetParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    search: Required[PreviewWebsetParametersSearch | PreviewWebsetParametersSearchDict]


from ..models.preview_webset_parameters_search import PreviewWebsetParametersSearch
