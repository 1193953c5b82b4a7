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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.custom import Custom
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper


T = TypeVar("T", bound="PreviewWebsetParametersSearch")

_FIELDS = _core.JsonFields(
    "query",
    "entity",
    "count",
    attributes=(
        "query",
        "entity",
        "count",
    ),
    required=("query",),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class PreviewWebsetParametersSearch:
    """
    Attributes:
        query (str): What to find, in plain language; the more specific, the better the results. Limits: 1 to 5000
            characters.
        entity (Article | Company | Custom | Person | ResearchPaper | None):
        count (float | None): How many sample items to return, with `search=true`. The service's default: 10. Limits: 1
            to 10.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    query: str
    entity: Article | Company | Custom | Person | ResearchPaper | Unset = UNSET
    count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

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

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if entity is not UNSET:
            field_dict["entity"] = entity
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        query = src_values[0]

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

        entity = _parse_entity(src_values[1])

        count = src_values[2]

        preview_webset_parameters_search = cls.__new__(cls)
        preview_webset_parameters_search.query = query
        preview_webset_parameters_search.entity = entity
        preview_webset_parameters_search.count = count

        preview_webset_parameters_search.additional_properties = d
        return preview_webset_parameters_search

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


class PreviewWebsetParametersSearchDict(TypedDict, total=False):
    """PreviewWebsetParametersSearch as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    query: Required[str]
    entity: Article | Company | Custom | Person | ResearchPaper
    count: float


from ..models.article import Article
from ..models.company import Company
from ..models.custom import Custom
from ..models.person import Person
from ..models.research_paper import ResearchPaper
