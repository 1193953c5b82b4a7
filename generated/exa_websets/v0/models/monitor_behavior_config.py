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

from ..models.monitor_behavior_config_behavior import MonitorBehaviorConfigBehavior
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.custom import Custom
    from ..models.monitor_behavior_config_criteria_item import (
        MonitorBehaviorConfigCriteriaItem,
    )
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper
    from .monitor_behavior_config_criteria_item import (
        MonitorBehaviorConfigCriteriaItemDict,
    )


T = TypeVar("T", bound="MonitorBehaviorConfig")

_FIELDS = _core.JsonFields(
    "count",
    "query",
    "criteria",
    "entity",
    "behavior",
    attributes=(
        "count",
        "query",
        "criteria",
        "entity",
        "behavior",
    ),
    required=("count",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class MonitorBehaviorConfig:
    """The search each run makes; unset fields take the last search's query, entity and criteria.

    Attributes:
        count (float): Most results to find per run.
        query (str | None): Query to search with; the last search's query when omitted. Limits: 2 to 10000 characters.
        criteria (list[MonitorBehaviorConfigCriteriaItem] | None): Criteria to search with; the last search's criteria
            when omitted. Limits: at most 5 items.
        entity (Article | Company | Custom | Person | ResearchPaper | None):
        behavior (MonitorBehaviorConfigBehavior | None): How the run's Search treats the Items already in the Webset.
            Default: MonitorBehaviorConfigBehavior.APPEND.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    count: float
    query: str | Unset = UNSET
    criteria: list[MonitorBehaviorConfigCriteriaItem] | Unset = UNSET
    entity: Article | Company | Custom | Person | ResearchPaper | Unset = UNSET
    behavior: MonitorBehaviorConfigBehavior | Unset = (
        MonitorBehaviorConfigBehavior.APPEND
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        query = self.query

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        entity: dict[str, Any] | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif (
            isinstance(self.entity, Company)
            or isinstance(self.entity, Person)
            or isinstance(self.entity, Article)
            or isinstance(self.entity, ResearchPaper)
        ):
            entity = self.entity.to_dict()
        else:
            entity = self.entity.to_dict()

        behavior: str | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if entity is not UNSET:
            field_dict["entity"] = entity
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        count = src_values[0]

        query = src_values[1]

        _criteria = src_values[2]
        criteria: list[MonitorBehaviorConfigCriteriaItem] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = MonitorBehaviorConfigCriteriaItem.from_dict(
                    criteria_item_data
                )

                criteria.append(criteria_item)

        def _parse_entity(
            data: object,
        ) -> Article | Company | Custom | Person | ResearchPaper | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_0 = Company.from_dict(data)

                return componentsschemas_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_1 = Person.from_dict(data)

                return componentsschemas_entity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_2 = Article.from_dict(data)

                return componentsschemas_entity_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_3 = ResearchPaper.from_dict(data)

                return componentsschemas_entity_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_entity_type_4 = Custom.from_dict(data)

            return componentsschemas_entity_type_4

        entity = _parse_entity(src_values[3])

        _behavior = src_values[4]
        behavior: MonitorBehaviorConfigBehavior | Unset
        if _behavior is UNSET:
            behavior = UNSET
        else:
            behavior = MonitorBehaviorConfigBehavior(_behavior)

        monitor_behavior_config = cls.__new__(cls)
        monitor_behavior_config.count = count
        monitor_behavior_config.query = query
        monitor_behavior_config.criteria = criteria
        monitor_behavior_config.entity = entity
        monitor_behavior_config.behavior = behavior

        monitor_behavior_config.additional_properties = d
        return monitor_behavior_config

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


class MonitorBehaviorConfigDict(TypedDict, total=False):
    """MonitorBehaviorConfig as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    count: Required[float]
    query: str
    criteria: Sequence[
        MonitorBehaviorConfigCriteriaItem | MonitorBehaviorConfigCriteriaItemDict
    ]
    entity: Article | Company | Custom | Person | ResearchPaper
    behavior: MonitorBehaviorConfigBehavior | Literal["override", "append"]


from ..models.article import Article
from ..models.company import Company
from ..models.custom import Custom
from ..models.monitor_behavior_config_criteria_item import (
    MonitorBehaviorConfigCriteriaItem,
)
from ..models.person import Person
from ..models.research_paper import ResearchPaper
