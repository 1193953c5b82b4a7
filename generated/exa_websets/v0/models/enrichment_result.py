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
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_result_status import EnrichmentResultStatus
from ..models.webset_enrichment_format import WebsetEnrichmentFormat

if TYPE_CHECKING:
    from ..models.enrichment_result_references_item import (
        EnrichmentResultReferencesItem,
    )
    from .enrichment_result_references_item import EnrichmentResultReferencesItemDict


T = TypeVar("T", bound="EnrichmentResult")

_FIELDS = _core.JsonFields(
    "object",
    "status",
    "format",
    "result",
    "reasoning",
    "references",
    "enrichmentId",
    attributes=(
        "object_",
        "status",
        "format_",
        "result",
        "reasoning",
        "references",
        "enrichment_id",
    ),
    required=(
        "object",
        "status",
        "format",
        "result",
        "reasoning",
        "references",
        "enrichmentId",
    ),
    nullable=(
        "result",
        "reasoning",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class EnrichmentResult:
    """
    Attributes:
        object_ (Literal['enrichment_result']):  Default: 'enrichment_result'. Passed as ``object`` in keyword arguments
            and dicts.
        status (EnrichmentResultStatus): Whether the result is ready.
        format_ (WebsetEnrichmentFormat):  Passed as ``format`` in keyword arguments and dicts.
        result (list[str] | None): The answers found.
        reasoning (None | str): The agent's account of how it found the answer, when an agent was used.
        references (list[EnrichmentResultReferencesItem]): Sources the answer was drawn from.
        enrichment_id (str): Enrichment that produced this result.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    status: EnrichmentResultStatus
    format_: WebsetEnrichmentFormat
    result: list[str] | None
    reasoning: None | str
    references: list[EnrichmentResultReferencesItem]
    enrichment_id: str
    object_: Literal["enrichment_result"] = "enrichment_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        status = self.status.value

        format_ = self.format_.value

        result: list[str] | None
        if isinstance(self.result, list):
            result = self.result

        else:
            result = self.result

        reasoning: None | str
        reasoning = self.reasoning

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        enrichment_id = self.enrichment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "status": status,
                "format": format_,
                "result": result,
                "reasoning": reasoning,
                "references": references,
                "enrichmentId": enrichment_id,
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
        object_ = cast(Literal["enrichment_result"], src_values[0])
        if object_ != "enrichment_result":
            raise ValueError(
                f"object must match const 'enrichment_result', got '{object_}'"
            )

        status = EnrichmentResultStatus(src_values[1])

        format_ = WebsetEnrichmentFormat(src_values[2])

        def _parse_result(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = cast(list[str], data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        result = _parse_result(src_values[3])

        def _parse_reasoning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reasoning = _parse_reasoning(src_values[4])

        references = []
        _references = src_values[5]
        for references_item_data in _references:
            references_item = EnrichmentResultReferencesItem.from_dict(
                references_item_data
            )

            references.append(references_item)

        enrichment_id = src_values[6]

        enrichment_result = cls.__new__(cls)
        enrichment_result.object_ = object_
        enrichment_result.status = status
        enrichment_result.format_ = format_
        enrichment_result.result = result
        enrichment_result.reasoning = reasoning
        enrichment_result.references = references
        enrichment_result.enrichment_id = enrichment_id

        enrichment_result.additional_properties = d
        return enrichment_result

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


class EnrichmentResultDict(TypedDict, total=False):
    """EnrichmentResult as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    object: Required[Literal["enrichment_result"]]
    status: Required[
        EnrichmentResultStatus | Literal["pending", "completed", "canceled"]
    ]
    format: Required[
        WebsetEnrichmentFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
    ]
    result: Required[list[str] | None]
    reasoning: Required[None | str]
    references: Required[
        Sequence[EnrichmentResultReferencesItem | EnrichmentResultReferencesItemDict]
    ]
    enrichment_id: Required[str]


from ..models.enrichment_result_references_item import EnrichmentResultReferencesItem
