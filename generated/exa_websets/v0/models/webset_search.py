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

from ..models.webset_search_behavior import WebsetSearchBehavior
from ..models.webset_search_canceled_reason import WebsetSearchCanceledReason
from ..models.webset_search_webset_search_status import WebsetSearchWebsetSearchStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.custom import Custom
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper
    from ..models.webset_search_criteria_item import WebsetSearchCriteriaItem
    from ..models.webset_search_exclude_item import WebsetSearchExcludeItem
    from ..models.webset_search_metadata import WebsetSearchMetadata
    from ..models.webset_search_progress import WebsetSearchProgress
    from ..models.webset_search_recall_type_0 import WebsetSearchRecallType0
    from ..models.webset_search_scope_item import WebsetSearchScopeItem
    from .webset_search_criteria_item import WebsetSearchCriteriaItemDict
    from .webset_search_exclude_item import WebsetSearchExcludeItemDict
    from .webset_search_progress import WebsetSearchProgressDict
    from .webset_search_scope_item import WebsetSearchScopeItemDict


T = TypeVar("T", bound="WebsetSearch")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "websetId",
    "query",
    "entity",
    "criteria",
    "count",
    "exclude",
    "scope",
    "progress",
    "recall",
    "canceledAt",
    "canceledReason",
    "createdAt",
    "updatedAt",
    "behavior",
    "metadata",
    attributes=(
        "id",
        "object_",
        "status",
        "webset_id",
        "query",
        "entity",
        "criteria",
        "count",
        "exclude",
        "scope",
        "progress",
        "recall",
        "canceled_at",
        "canceled_reason",
        "created_at",
        "updated_at",
        "behavior",
        "metadata",
    ),
    required=(
        "id",
        "object",
        "status",
        "websetId",
        "query",
        "entity",
        "criteria",
        "count",
        "exclude",
        "scope",
        "progress",
        "recall",
        "canceledAt",
        "canceledReason",
        "createdAt",
        "updatedAt",
    ),
    nullable=(
        "entity",
        "recall",
        "canceledAt",
        "canceledReason",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetSearch:
    """
    Attributes:
        id (str): Identifier of the Search.
        object_ (Literal['webset_search']):  Default: 'webset_search'. Passed as ``object`` in keyword arguments and
            dicts.
        status (WebsetSearchWebsetSearchStatus): Where the Search stands.
        webset_id (str): Webset the Search belongs to.
        query (str): The query the Search was created with. Limits: 1 to 5000 characters.
        entity (Article | Company | Custom | None | Person | ResearchPaper): Kind of result the Search finds: given at
            creation, or chosen from the query.
        criteria (list[WebsetSearchCriteriaItem]): Conditions results are checked against: given at creation, or derived
            from the query.
        count (float): How many results the Search aims for; it may find fewer. Limits: at least 1.
        exclude (list[WebsetSearchExcludeItem]): Imports or Websets whose results the Search leaves out.
        scope (list[WebsetSearchScopeItem]): Sources the Search is limited to; empty means the whole web.
        progress (WebsetSearchProgress): How far the Search has got.
        recall (None | WebsetSearchRecallType0): Estimate of how many matches exist, or null when not asked for or not
            ready.
        canceled_at (datetime.datetime | None): When the Search was canceled.
        canceled_reason (None | WebsetSearchCanceledReason): Why the Search was canceled.
        created_at (datetime.datetime): Time of the Search's creation.
        updated_at (datetime.datetime): Time of the Search's last change.
        behavior (WebsetSearchBehavior | None):
        metadata (WebsetSearchMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    status: WebsetSearchWebsetSearchStatus
    webset_id: str
    query: str
    entity: Article | Company | Custom | None | Person | ResearchPaper
    criteria: list[WebsetSearchCriteriaItem]
    count: float
    exclude: list[WebsetSearchExcludeItem]
    scope: list[WebsetSearchScopeItem]
    progress: WebsetSearchProgress
    recall: None | WebsetSearchRecallType0
    canceled_at: datetime.datetime | None
    canceled_reason: None | WebsetSearchCanceledReason
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset_search"] = "webset_search"
    behavior: WebsetSearchBehavior | Unset = UNSET
    metadata: WebsetSearchMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        webset_id = self.webset_id

        query = self.query

        entity: dict[str, Any] | None
        if (
            isinstance(self.entity, Company)
            or isinstance(self.entity, Person)
            or isinstance(self.entity, Article)
            or isinstance(self.entity, ResearchPaper)
            or isinstance(self.entity, Custom)
        ):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        count = self.count

        exclude = []
        for exclude_item_data in self.exclude:
            exclude_item = exclude_item_data.to_dict()
            exclude.append(exclude_item)

        scope = []
        for scope_item_data in self.scope:
            scope_item = scope_item_data.to_dict()
            scope.append(scope_item)

        progress = self.progress.to_dict()

        recall: dict[str, Any] | None
        if isinstance(self.recall, WebsetSearchRecallType0):
            recall = self.recall.to_dict()
        else:
            recall = self.recall

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = _core.format_datetime(self.canceled_at)
        else:
            canceled_at = self.canceled_at

        canceled_reason: None | str
        if isinstance(self.canceled_reason, WebsetSearchCanceledReason):
            canceled_reason = self.canceled_reason.value
        else:
            canceled_reason = self.canceled_reason

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        behavior: str | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "websetId": webset_id,
                "query": query,
                "entity": entity,
                "criteria": criteria,
                "count": count,
                "exclude": exclude,
                "scope": scope,
                "progress": progress,
                "recall": recall,
                "canceledAt": canceled_at,
                "canceledReason": canceled_reason,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        id = src_values[0]

        object_ = cast(Literal["webset_search"], src_values[1])
        if object_ != "webset_search":
            raise ValueError(
                f"object must match const 'webset_search', got '{object_}'"
            )

        status = WebsetSearchWebsetSearchStatus(src_values[2])

        webset_id = src_values[3]

        query = src_values[4]

        def _parse_entity(
            data: object,
        ) -> Article | Company | Custom | None | Person | ResearchPaper:
            if data is None:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_4 = Custom.from_dict(data)

                return componentsschemas_entity_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                Article | Company | Custom | None | Person | ResearchPaper, data
            )

        entity = _parse_entity(src_values[5])

        criteria = []
        _criteria = src_values[6]
        for criteria_item_data in _criteria:
            criteria_item = WebsetSearchCriteriaItem.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        count = src_values[7]

        exclude = []
        _exclude = src_values[8]
        for exclude_item_data in _exclude:
            exclude_item = WebsetSearchExcludeItem.from_dict(exclude_item_data)

            exclude.append(exclude_item)

        scope = []
        _scope = src_values[9]
        for scope_item_data in _scope:
            scope_item = WebsetSearchScopeItem.from_dict(scope_item_data)

            scope.append(scope_item)

        progress = WebsetSearchProgress.from_dict(src_values[10])

        def _parse_recall(data: object) -> None | WebsetSearchRecallType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recall_type_0 = WebsetSearchRecallType0.from_dict(data)

                return recall_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebsetSearchRecallType0, data)

        recall = _parse_recall(src_values[11])

        def _parse_canceled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = _core.parse_datetime(data)

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        canceled_at = _parse_canceled_at(src_values[12])

        def _parse_canceled_reason(data: object) -> None | WebsetSearchCanceledReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_reason_type_0 = WebsetSearchCanceledReason(data)

                return canceled_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebsetSearchCanceledReason, data)

        canceled_reason = _parse_canceled_reason(src_values[13])

        created_at = _core.parse_datetime(src_values[14])

        updated_at = _core.parse_datetime(src_values[15])

        _behavior = src_values[16]
        behavior: WebsetSearchBehavior | Unset
        if _behavior is UNSET:
            behavior = UNSET
        else:
            behavior = WebsetSearchBehavior(_behavior)

        _metadata = src_values[17]
        metadata: WebsetSearchMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = WebsetSearchMetadata.from_dict(_metadata)

        webset_search = cls.__new__(cls)
        webset_search.id = id
        webset_search.object_ = object_
        webset_search.status = status
        webset_search.webset_id = webset_id
        webset_search.query = query
        webset_search.entity = entity
        webset_search.criteria = criteria
        webset_search.count = count
        webset_search.exclude = exclude
        webset_search.scope = scope
        webset_search.progress = progress
        webset_search.recall = recall
        webset_search.canceled_at = canceled_at
        webset_search.canceled_reason = canceled_reason
        webset_search.created_at = created_at
        webset_search.updated_at = updated_at
        webset_search.behavior = behavior
        webset_search.metadata = metadata

        webset_search.additional_properties = d
        return webset_search

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


class WebsetSearchDict(TypedDict, total=False):
    """WebsetSearch as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["webset_search"]]
    status: Required[
        WebsetSearchWebsetSearchStatus
        | Literal["created", "pending", "running", "completed", "canceled"]
    ]
    webset_id: Required[str]
    query: Required[str]
    entity: Required[Article | Company | Custom | None | Person | ResearchPaper]
    criteria: Required[
        Sequence[WebsetSearchCriteriaItem | WebsetSearchCriteriaItemDict]
    ]
    count: Required[float]
    exclude: Required[Sequence[WebsetSearchExcludeItem | WebsetSearchExcludeItemDict]]
    scope: Required[Sequence[WebsetSearchScopeItem | WebsetSearchScopeItemDict]]
    progress: Required[WebsetSearchProgress | WebsetSearchProgressDict]
    recall: Required[None | WebsetSearchRecallType0]
    canceled_at: Required[datetime.datetime | None]
    canceled_reason: Required[None | WebsetSearchCanceledReason]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
    behavior: WebsetSearchBehavior | Literal["override", "append"]
    metadata: WebsetSearchMetadata | Mapping[str, Any]


from ..models.article import Article
from ..models.company import Company
from ..models.custom import Custom
from ..models.person import Person
from ..models.research_paper import ResearchPaper
from ..models.webset_search_criteria_item import WebsetSearchCriteriaItem
from ..models.webset_search_exclude_item import WebsetSearchExcludeItem
from ..models.webset_search_metadata import WebsetSearchMetadata
from ..models.webset_search_progress import WebsetSearchProgress
from ..models.webset_search_recall_type_0 import WebsetSearchRecallType0
from ..models.webset_search_scope_item import WebsetSearchScopeItem
