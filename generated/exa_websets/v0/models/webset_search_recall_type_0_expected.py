from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webset_search_recall_type_0_expected_confidence import (
    WebsetSearchRecallType0ExpectedConfidence,
)

if TYPE_CHECKING:
    from ..models.webset_search_recall_type_0_expected_bounds import (
        WebsetSearchRecallType0ExpectedBounds,
    )
    from .webset_search_recall_type_0_expected_bounds import (
        WebsetSearchRecallType0ExpectedBoundsDict,
    )


T = TypeVar("T", bound="WebsetSearchRecallType0Expected")

_FIELDS = _core.JsonFields(
    "total",
    "confidence",
    "bounds",
    attributes=(
        "total",
        "confidence",
        "bounds",
    ),
    required=(
        "total",
        "confidence",
        "bounds",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "confidence": ("enum", "WebsetSearchRecallType0ExpectedConfidence"),
    "bounds": ("model", "WebsetSearchRecallType0ExpectedBounds"),
}


@_attrs_define
class WebsetSearchRecallType0Expected:
    """
    Attributes:
        total (float): Estimated number of matches in all.
        confidence (WebsetSearchRecallType0ExpectedConfidence): How sure the estimate is.
        bounds (WebsetSearchRecallType0ExpectedBounds):
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    total: float
    confidence: WebsetSearchRecallType0ExpectedConfidence
    bounds: WebsetSearchRecallType0ExpectedBounds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        confidence = self.confidence.value

        bounds = self.bounds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "confidence": confidence,
                "bounds": bounds,
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
        total = src_values[0]

        confidence = WebsetSearchRecallType0ExpectedConfidence(src_values[1])

        bounds = WebsetSearchRecallType0ExpectedBounds.from_dict(src_values[2])

        webset_search_recall_type_0_expected = cls.__new__(cls)
        webset_search_recall_type_0_expected.total = total
        webset_search_recall_type_0_expected.confidence = confidence
        webset_search_recall_type_0_expected.bounds = bounds

        webset_search_recall_type_0_expected.additional_properties = d
        return webset_search_recall_type_0_expected

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


class WebsetSearchRecallType0ExpectedDict(TypedDict, total=False):
    """WebsetSearchRecallType0Expected as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    total: Required[float]
    confidence: Required[
        WebsetSearchRecallType0ExpectedConfidence | Literal["high", "medium", "low"]
    ]
    bounds: Required[
        WebsetSearchRecallType0ExpectedBounds
        | WebsetSearchRecallType0ExpectedBoundsDict
    ]


from ..models.webset_search_recall_type_0_expected_bounds import (
    WebsetSearchRecallType0ExpectedBounds,
)
