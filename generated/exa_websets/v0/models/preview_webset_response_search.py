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
    from ..models.article import Article
    from ..models.company import Company
    from ..models.custom import Custom
    from ..models.person import Person
    from ..models.preview_webset_response_search_criteria_item import (
        PreviewWebsetResponseSearchCriteriaItem,
    )
    from ..models.research_paper import ResearchPaper
    from .preview_webset_response_search_criteria_item import (
        PreviewWebsetResponseSearchCriteriaItemDict,
    )


T = TypeVar("T", bound="PreviewWebsetResponseSearch")

_FIELDS = _core.JsonFields(
    "entity",
    "criteria",
    attributes=(
        "entity",
        "criteria",
    ),
    required=(
        "entity",
        "criteria",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class PreviewWebsetResponseSearch:
    """
    Attributes:
        entity (Article | Company | Custom | Person | ResearchPaper): Entity found in the query.
        criteria (list[PreviewWebsetResponseSearchCriteriaItem]): Criteria found in the query.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    entity: Article | Company | Custom | Person | ResearchPaper
    criteria: list[PreviewWebsetResponseSearchCriteriaItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: dict[str, Any]
        if (
            isinstance(self.entity, Company)
            or isinstance(self.entity, Person)
            or isinstance(self.entity, Article)
            or isinstance(self.entity, ResearchPaper)
        ):
            entity = self.entity.to_dict()
        else:
            entity = self.entity.to_dict()

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "criteria": criteria,
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

        def _parse_entity(
            data: object,
        ) -> Article | Company | Custom | Person | ResearchPaper:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_0 = Company.from_dict(data)

                return entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_1 = Person.from_dict(data)

                return entity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_2 = Article.from_dict(data)

                return entity_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_3 = ResearchPaper.from_dict(data)

                return entity_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            entity_type_4 = Custom.from_dict(data)

            return entity_type_4

        entity = _parse_entity(src_values[0])

        criteria = []
        _criteria = src_values[1]
        for criteria_item_data in _criteria:
            criteria_item = PreviewWebsetResponseSearchCriteriaItem.from_dict(
                criteria_item_data
            )

            criteria.append(criteria_item)

        preview_webset_response_search = cls.__new__(cls)
        preview_webset_response_search.entity = entity
        preview_webset_response_search.criteria = criteria

        preview_webset_response_search.additional_properties = d
        return preview_webset_response_search

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


class PreviewWebsetResponseSearchDict(TypedDict, total=False):
    """PreviewWebsetResponseSearch as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    entity: Required[Article | Company | Custom | Person | ResearchPaper]
    criteria: Required[
        Sequence[
            PreviewWebsetResponseSearchCriteriaItem
            | PreviewWebsetResponseSearchCriteriaItemDict
        ]
    ]


from ..models.article import Article
from ..models.company import Company
from ..models.custom import Custom
from ..models.person import Person
from ..models.preview_webset_response_search_criteria_item import (
    PreviewWebsetResponseSearchCriteriaItem,
)
from ..models.research_paper import ResearchPaper
