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
    from ..models.webset_search_recall_type_0_expected import (
        WebsetSearchRecallType0Expected,
    )
    from .webset_search_recall_type_0_expected import (
        WebsetSearchRecallType0ExpectedDict,
    )


T = TypeVar("T", bound="WebsetSearchRecallType0")

_FIELDS = _core.JsonFields(
    "expected",
    "reasoning",
    attributes=(
        "expected",
        "reasoning",
    ),
    required=(
        "expected",
        "reasoning",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "expected": ("model", "WebsetSearchRecallType0Expected"),
}


@_attrs_define
class WebsetSearchRecallType0:
    """Estimate of how many matches exist, or null when not asked for or not ready.

    Attributes:
        expected (WebsetSearchRecallType0Expected):
        reasoning (str): Why the estimate is what it is.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    expected: WebsetSearchRecallType0Expected
    reasoning: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected = self.expected.to_dict()

        reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected": expected,
                "reasoning": reasoning,
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
        expected = WebsetSearchRecallType0Expected.from_dict(src_values[0])

        reasoning = src_values[1]

        webset_search_recall_type_0 = cls.__new__(cls)
        webset_search_recall_type_0.expected = expected
        webset_search_recall_type_0.reasoning = reasoning

        webset_search_recall_type_0.additional_properties = d
        return webset_search_recall_type_0

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


class WebsetSearchRecallType0Dict(TypedDict, total=False):
    """WebsetSearchRecallType0 as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    expected: Required[
        WebsetSearchRecallType0Expected | WebsetSearchRecallType0ExpectedDict
    ]
    reasoning: Required[str]


from ..models.webset_search_recall_type_0_expected import (
    WebsetSearchRecallType0Expected,
)
