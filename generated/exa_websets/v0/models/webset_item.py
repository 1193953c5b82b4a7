from __future__ import annotations

import datetime
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

from ..models.webset_item_source import WebsetItemSource

if TYPE_CHECKING:
    from ..models.enrichment_result import EnrichmentResult
    from ..models.webset_item_article_properties import WebsetItemArticleProperties
    from ..models.webset_item_company_properties import WebsetItemCompanyProperties
    from ..models.webset_item_custom_properties import WebsetItemCustomProperties
    from ..models.webset_item_evaluation import WebsetItemEvaluation
    from ..models.webset_item_person_properties import WebsetItemPersonProperties
    from ..models.webset_item_research_paper_properties import (
        WebsetItemResearchPaperProperties,
    )
    from .webset_item_evaluation import WebsetItemEvaluationDict


T = TypeVar("T", bound="WebsetItem")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "source",
    "sourceId",
    "websetId",
    "properties",
    "evaluations",
    "enrichments",
    "createdAt",
    "updatedAt",
    attributes=(
        "id",
        "object_",
        "source",
        "source_id",
        "webset_id",
        "properties",
        "evaluations",
        "enrichments",
        "created_at",
        "updated_at",
    ),
    required=(
        "id",
        "object",
        "source",
        "sourceId",
        "websetId",
        "properties",
        "evaluations",
        "enrichments",
        "createdAt",
        "updatedAt",
    ),
    nullable=("enrichments",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetItem:
    """
    Attributes:
        id (str): Identifier of the Item.
        object_ (Literal['webset_item']):  Default: 'webset_item'. Passed as ``object`` in keyword arguments and dicts.
        source (WebsetItemSource): Where the Item came from.
        source_id (str): Id of the search or import the Item came from.
        webset_id (str): Webset the Item belongs to.
        properties (WebsetItemArticleProperties | WebsetItemCompanyProperties | WebsetItemCustomProperties |
            WebsetItemPersonProperties | WebsetItemResearchPaperProperties): What is known of the Item, by entity kind.
        evaluations (list[WebsetItemEvaluation]): How the Item fares against each criterion.
        enrichments (list[EnrichmentResult] | None): Results of the Webset's Enrichments for this Item.
        created_at (datetime.datetime): Time of the Item's creation.
        updated_at (datetime.datetime): Time of the Item's last change.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    source: WebsetItemSource
    source_id: str
    webset_id: str
    properties: (
        WebsetItemArticleProperties
        | WebsetItemCompanyProperties
        | WebsetItemCustomProperties
        | WebsetItemPersonProperties
        | WebsetItemResearchPaperProperties
    )
    evaluations: list[WebsetItemEvaluation]
    enrichments: list[EnrichmentResult] | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset_item"] = "webset_item"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        source = self.source.value

        source_id = self.source_id

        webset_id = self.webset_id

        properties: dict[str, Any]
        if (
            isinstance(self.properties, WebsetItemPersonProperties)
            or isinstance(self.properties, WebsetItemCompanyProperties)
            or isinstance(self.properties, WebsetItemArticleProperties)
            or isinstance(self.properties, WebsetItemResearchPaperProperties)
        ):
            properties = self.properties.to_dict()
        else:
            properties = self.properties.to_dict()

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        enrichments: list[dict[str, Any]] | None
        if isinstance(self.enrichments, list):
            enrichments = []
            for enrichments_type_0_item_data in self.enrichments:
                enrichments_type_0_item = enrichments_type_0_item_data.to_dict()
                enrichments.append(enrichments_type_0_item)

        else:
            enrichments = self.enrichments

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "source": source,
                "sourceId": source_id,
                "websetId": webset_id,
                "properties": properties,
                "evaluations": evaluations,
                "enrichments": enrichments,
                "createdAt": created_at,
                "updatedAt": updated_at,
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
        id = src_values[0]

        object_ = cast(Literal["webset_item"], src_values[1])
        if object_ != "webset_item":
            raise ValueError(f"object must match const 'webset_item', got '{object_}'")

        source = WebsetItemSource(src_values[2])

        source_id = src_values[3]

        webset_id = src_values[4]

        def _parse_properties(
            data: object,
        ) -> (
            WebsetItemArticleProperties
            | WebsetItemCompanyProperties
            | WebsetItemCustomProperties
            | WebsetItemPersonProperties
            | WebsetItemResearchPaperProperties
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = WebsetItemPersonProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_1 = WebsetItemCompanyProperties.from_dict(data)

                return properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_2 = WebsetItemArticleProperties.from_dict(data)

                return properties_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_3 = WebsetItemResearchPaperProperties.from_dict(data)

                return properties_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            properties_type_4 = WebsetItemCustomProperties.from_dict(data)

            return properties_type_4

        properties = _parse_properties(src_values[5])

        evaluations = []
        _evaluations = src_values[6]
        for evaluations_item_data in _evaluations:
            evaluations_item = WebsetItemEvaluation.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        def _parse_enrichments(data: object) -> list[EnrichmentResult] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enrichments_type_0 = []
                _enrichments_type_0 = data
                for enrichments_type_0_item_data in _enrichments_type_0:
                    enrichments_type_0_item = EnrichmentResult.from_dict(
                        enrichments_type_0_item_data
                    )

                    enrichments_type_0.append(enrichments_type_0_item)

                return enrichments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnrichmentResult] | None, data)

        enrichments = _parse_enrichments(src_values[7])

        created_at = _core.parse_datetime(src_values[8])

        updated_at = _core.parse_datetime(src_values[9])

        webset_item = cls.__new__(cls)
        webset_item.id = id
        webset_item.object_ = object_
        webset_item.source = source
        webset_item.source_id = source_id
        webset_item.webset_id = webset_id
        webset_item.properties = properties
        webset_item.evaluations = evaluations
        webset_item.enrichments = enrichments
        webset_item.created_at = created_at
        webset_item.updated_at = updated_at

        webset_item.additional_properties = d
        return webset_item

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


class WebsetItemDict(TypedDict, total=False):
    """WebsetItem as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["webset_item"]]
    source: Required[WebsetItemSource | Literal["search", "import"]]
    source_id: Required[str]
    webset_id: Required[str]
    properties: Required[
        WebsetItemArticleProperties
        | WebsetItemCompanyProperties
        | WebsetItemCustomProperties
        | WebsetItemPersonProperties
        | WebsetItemResearchPaperProperties
    ]
    evaluations: Required[Sequence[WebsetItemEvaluation | WebsetItemEvaluationDict]]
    enrichments: Required[list[EnrichmentResult] | None]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]


from ..models.enrichment_result import EnrichmentResult
from ..models.webset_item_article_properties import WebsetItemArticleProperties
from ..models.webset_item_company_properties import WebsetItemCompanyProperties
from ..models.webset_item_custom_properties import WebsetItemCustomProperties
from ..models.webset_item_evaluation import WebsetItemEvaluation
from ..models.webset_item_person_properties import WebsetItemPersonProperties
from ..models.webset_item_research_paper_properties import (
    WebsetItemResearchPaperProperties,
)
