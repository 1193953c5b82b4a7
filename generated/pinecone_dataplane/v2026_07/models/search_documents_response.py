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
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document_search_match import DocumentSearchMatch
    from ..models.document_search_usage import DocumentSearchUsage
    from .document_search_match import DocumentSearchMatchDict
    from .document_search_usage import DocumentSearchUsageDict


T = TypeVar("T", bound="SearchDocumentsResponse")

_FIELDS = _core.JsonFields(
    "matches",
    "namespace",
    "usage",
    attributes=(
        "matches",
        "namespace",
        "usage",
    ),
    required=(
        "matches",
        "namespace",
        "usage",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "matches": ("models", "DocumentSearchMatch"),
    "usage": ("model", "DocumentSearchUsage"),
}


@_attrs_define
class SearchDocumentsResponse:
    """Result of `search_documents`.

    Attributes:
        matches (list[DocumentSearchMatch]): Matches, best first.
        namespace (str): Namespace searched.
        usage (DocumentSearchUsage): Usage of a search.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    matches: list[DocumentSearchMatch]
    namespace: str
    usage: DocumentSearchUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        namespace = self.namespace

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matches": matches,
                "namespace": namespace,
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
        matches = []
        _matches = src_values[0]
        for matches_item_data in _matches:
            matches_item = DocumentSearchMatch.from_dict(matches_item_data)

            matches.append(matches_item)

        namespace = src_values[1]

        usage = DocumentSearchUsage.from_dict(src_values[2])

        search_documents_response = cls.__new__(cls)
        search_documents_response.matches = matches
        search_documents_response.namespace = namespace
        search_documents_response.usage = usage

        search_documents_response.additional_properties = d
        return search_documents_response

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


class SearchDocumentsResponseDict(TypedDict, total=False):
    """SearchDocumentsResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    matches: Required[Sequence[DocumentSearchMatch | DocumentSearchMatchDict]]
    namespace: Required[str]
    usage: Required[DocumentSearchUsage | DocumentSearchUsageDict]


from ..models.document_search_match import DocumentSearchMatch
from ..models.document_search_usage import DocumentSearchUsage
