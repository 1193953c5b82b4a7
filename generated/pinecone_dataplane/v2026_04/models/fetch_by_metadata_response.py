from __future__ import annotations

from collections.abc import Mapping
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
    from ..models.fetch_by_metadata_response_vectors import (
        FetchByMetadataResponseVectors,
    )
    from ..models.pagination import Pagination
    from ..models.usage import Usage
    from .pagination import PaginationDict
    from .usage import UsageDict


T = TypeVar("T", bound="FetchByMetadataResponse")

_FIELDS = _core.JsonFields(
    "vectors",
    "namespace",
    "usage",
    "pagination",
    attributes=(
        "vectors",
        "namespace",
        "usage",
        "pagination",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "vectors": ("model", "FetchByMetadataResponseVectors"),
    "usage": ("model", "Usage"),
    "pagination": ("model", "Pagination"),
}


@_attrs_define
class FetchByMetadataResponse:
    """Result of a fetch-by-metadata call.

    Attributes:
        vectors (FetchByMetadataResponseVectors | None): Fetched vectors keyed by ID.
        namespace (str | None): Namespace the vectors came from. Default: ''.
        usage (Usage | None):
        pagination (Pagination | None):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    vectors: FetchByMetadataResponseVectors | Unset = UNSET
    namespace: str | Unset = ""
    usage: Usage | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vectors, Unset):
            vectors = self.vectors.to_dict()

        namespace = self.namespace

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vectors is not UNSET:
            field_dict["vectors"] = vectors
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if usage is not UNSET:
            field_dict["usage"] = usage
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _vectors = src_values[0]
        vectors: FetchByMetadataResponseVectors | Unset
        if _vectors is UNSET:
            vectors = UNSET
        else:
            vectors = FetchByMetadataResponseVectors.from_dict(_vectors)

        namespace = src_values[1]

        _usage = src_values[2]
        usage: Usage | Unset
        if _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _pagination = src_values[3]
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        fetch_by_metadata_response = cls.__new__(cls)
        fetch_by_metadata_response.vectors = vectors
        fetch_by_metadata_response.namespace = namespace
        fetch_by_metadata_response.usage = usage
        fetch_by_metadata_response.pagination = pagination

        fetch_by_metadata_response.additional_properties = d
        return fetch_by_metadata_response

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


class FetchByMetadataResponseDict(TypedDict, total=False):
    """FetchByMetadataResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    vectors: FetchByMetadataResponseVectors | Mapping[str, Any]
    namespace: str
    usage: Usage | UsageDict
    pagination: Pagination | PaginationDict


from ..models.fetch_by_metadata_response_vectors import FetchByMetadataResponseVectors
from ..models.pagination import Pagination
from ..models.usage import Usage
