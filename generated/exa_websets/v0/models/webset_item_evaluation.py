from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from ..models.webset_item_evaluation_satisfied import WebsetItemEvaluationSatisfied
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webset_item_evaluation_references_item import (
        WebsetItemEvaluationReferencesItem,
    )
    from .webset_item_evaluation_references_item import (
        WebsetItemEvaluationReferencesItemDict,
    )


T = TypeVar("T", bound="WebsetItemEvaluation")

_FIELDS = _core.JsonFields(
    "criterion",
    "reasoning",
    "satisfied",
    "references",
    attributes=(
        "criterion",
        "reasoning",
        "satisfied",
        "references",
    ),
    required=(
        "criterion",
        "reasoning",
        "satisfied",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "satisfied": ("enum", "WebsetItemEvaluationSatisfied"),
    "references": ("models", "WebsetItemEvaluationReferencesItem"),
}


@_attrs_define
class WebsetItemEvaluation:
    """
    Attributes:
        criterion (str): The criterion evaluated.
        reasoning (str): Why the criterion is or is not met.
        satisfied (WebsetItemEvaluationSatisfied): Whether the criterion is met.
        references (list[WebsetItemEvaluationReferencesItem] | None): Sources the answer was drawn from.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    criterion: str
    reasoning: str
    satisfied: WebsetItemEvaluationSatisfied
    references: list[WebsetItemEvaluationReferencesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion = self.criterion

        reasoning = self.reasoning

        satisfied = self.satisfied.value

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterion": criterion,
                "reasoning": reasoning,
                "satisfied": satisfied,
            }
        )
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        criterion = src_values[0]

        reasoning = src_values[1]

        satisfied = WebsetItemEvaluationSatisfied(src_values[2])

        _references = src_values[3]
        references: list[WebsetItemEvaluationReferencesItem] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = WebsetItemEvaluationReferencesItem.from_dict(
                    references_item_data
                )

                references.append(references_item)

        webset_item_evaluation = cls.__new__(cls)
        webset_item_evaluation.criterion = criterion
        webset_item_evaluation.reasoning = reasoning
        webset_item_evaluation.satisfied = satisfied
        webset_item_evaluation.references = references

        webset_item_evaluation.additional_properties = d
        return webset_item_evaluation

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


class WebsetItemEvaluationDict(TypedDict, total=False):
    """WebsetItemEvaluation as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    criterion: Required[str]
    reasoning: Required[str]
    satisfied: Required[WebsetItemEvaluationSatisfied | Literal["yes", "no", "unclear"]]
    references: Sequence[
        WebsetItemEvaluationReferencesItem | WebsetItemEvaluationReferencesItemDict
    ]


from ..models.webset_item_evaluation_references_item import (
    WebsetItemEvaluationReferencesItem,
)
