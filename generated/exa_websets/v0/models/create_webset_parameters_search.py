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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.create_criterion_parameters import CreateCriterionParameters
    from ..models.create_webset_parameters_search_exclude_item import (
        CreateWebsetParametersSearchExcludeItem,
    )
    from ..models.create_webset_parameters_search_scope_item import (
        CreateWebsetParametersSearchScopeItem,
    )
    from ..models.custom import Custom
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper
    from .create_criterion_parameters import CreateCriterionParametersDict
    from .create_webset_parameters_search_exclude_item import (
        CreateWebsetParametersSearchExcludeItemDict,
    )
    from .create_webset_parameters_search_scope_item import (
        CreateWebsetParametersSearchScopeItemDict,
    )


T = TypeVar("T", bound="CreateWebsetParametersSearch")

_FIELDS = _core.JsonFields(
    "query",
    "count",
    "entity",
    "criteria",
    "recall",
    "exclude",
    "scope",
    attributes=(
        "query",
        "count",
        "entity",
        "criteria",
        "recall",
        "exclude",
        "scope",
    ),
    required=("query",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class CreateWebsetParametersSearch:
    """The first search of the new Webset.

    Attributes:
        query (str): What to find, in plain language; the more specific, the better the results. Limits: 1 to 5000
            characters.
        count (float | None): How many Items to aim for; fewer may be found for a hard query. The service's default: 10.
            Limits: at least 1.
        entity (Article | Company | Custom | Person | ResearchPaper | None):
        criteria (list[CreateCriterionParameters] | None): Conditions every Item is checked against. Derived from the
            query when omitted; give them only to override. Limits: 1 to 5 items.
        recall (bool | None): Whether to estimate how many matching results exist in all; the estimate appears in the
            Search's `recall`.
        exclude (list[CreateWebsetParametersSearchExcludeItem] | None): Imports or Websets whose results this search
            leaves out.
        scope (list[CreateWebsetParametersSearchScopeItem] | None): Imports or Websets this search looks within instead
            of the web; it holds for this search only.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    query: str
    count: float | Unset = UNSET
    entity: Article | Company | Custom | Person | ResearchPaper | Unset = UNSET
    criteria: list[CreateCriterionParameters] | Unset = UNSET
    recall: bool | Unset = UNSET
    exclude: list[CreateWebsetParametersSearchExcludeItem] | Unset = UNSET
    scope: list[CreateWebsetParametersSearchScopeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        count = self.count

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

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        recall = self.recall

        exclude: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = []
            for exclude_item_data in self.exclude:
                exclude_item = exclude_item_data.to_dict()
                exclude.append(exclude_item)

        scope: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.to_dict()
                scope.append(scope_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if entity is not UNSET:
            field_dict["entity"] = entity
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if recall is not UNSET:
            field_dict["recall"] = recall
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        query = src_values[0]

        count = src_values[1]

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

        entity = _parse_entity(src_values[2])

        _criteria = src_values[3]
        criteria: list[CreateCriterionParameters] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = CreateCriterionParameters.from_dict(criteria_item_data)

                criteria.append(criteria_item)

        recall = src_values[4]

        _exclude = src_values[5]
        exclude: list[CreateWebsetParametersSearchExcludeItem] | Unset = UNSET
        if _exclude is not UNSET:
            exclude = []
            for exclude_item_data in _exclude:
                exclude_item = CreateWebsetParametersSearchExcludeItem.from_dict(
                    exclude_item_data
                )

                exclude.append(exclude_item)

        _scope = src_values[6]
        scope: list[CreateWebsetParametersSearchScopeItem] | Unset = UNSET
        if _scope is not UNSET:
            scope = []
            for scope_item_data in _scope:
                scope_item = CreateWebsetParametersSearchScopeItem.from_dict(
                    scope_item_data
                )

                scope.append(scope_item)

        create_webset_parameters_search = cls.__new__(cls)
        create_webset_parameters_search.query = query
        create_webset_parameters_search.count = count
        create_webset_parameters_search.entity = entity
        create_webset_parameters_search.criteria = criteria
        create_webset_parameters_search.recall = recall
        create_webset_parameters_search.exclude = exclude
        create_webset_parameters_search.scope = scope

        create_webset_parameters_search.additional_properties = d
        return create_webset_parameters_search

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


class CreateWebsetParametersSearchDict(TypedDict, total=False):
    """CreateWebsetParametersSearch as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    query: Required[str]
    count: float
    entity: Article | Company | Custom | Person | ResearchPaper
    criteria: Sequence[CreateCriterionParameters | CreateCriterionParametersDict]
    recall: bool
    exclude: Sequence[
        CreateWebsetParametersSearchExcludeItem
        | CreateWebsetParametersSearchExcludeItemDict
    ]
    scope: Sequence[
        CreateWebsetParametersSearchScopeItem
        | CreateWebsetParametersSearchScopeItemDict
    ]


from ..models.article import Article
from ..models.company import Company
from ..models.create_criterion_parameters import CreateCriterionParameters
from ..models.create_webset_parameters_search_exclude_item import (
    CreateWebsetParametersSearchExcludeItem,
)
from ..models.create_webset_parameters_search_scope_item import (
    CreateWebsetParametersSearchScopeItem,
)
from ..models.custom import Custom
from ..models.person import Person
from ..models.research_paper import ResearchPaper
