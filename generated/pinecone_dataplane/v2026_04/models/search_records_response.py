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
    from ..models.search_records_response_result import SearchRecordsResponseResult
    from ..models.search_usage import SearchUsage
    from .search_records_response_result import SearchRecordsResponseResultDict
    from .search_usage import SearchUsageDict


T = TypeVar("T", bound="SearchRecordsResponse")

_FIELDS = _core.JsonFields(
    "result",
    "usage",
    attributes=(
        "result",
        "usage",
    ),
    required=(
        "result",
        "usage",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "result": ("model", "SearchRecordsResponseResult"),
    "usage": ("model", "SearchUsage"),
}


@_attrs_define
class SearchRecordsResponse:
    """Result of a record search.

    Attributes:
        result (SearchRecordsResponseResult):
        usage (SearchUsage):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    result: SearchRecordsResponseResult
    usage: SearchUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "usage": usage,
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
        result = SearchRecordsResponseResult.from_dict(src_values[0])

        usage = SearchUsage.from_dict(src_values[1])

        search_records_response = cls.__new__(cls)
        search_records_response.result = result
        search_records_response.usage = usage

        search_records_response.additional_properties = d
        return search_records_response

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


class SearchRecordsResponseDict(TypedDict, total=False):
    """SearchRecordsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    result: Required[SearchRecordsResponseResult | SearchRecordsResponseResultDict]
    usage: Required[SearchUsage | SearchUsageDict]


from ..models.search_records_response_result import SearchRecordsResponseResult
from ..models.search_usage import SearchUsage
