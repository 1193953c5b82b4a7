from __future__ import annotations

import datetime
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
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_failed_reason_type_0 import ImportFailedReasonType0
from ..models.import_format import ImportFormat
from ..models.import_object import ImportObject
from ..models.import_status import ImportStatus

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.custom import Custom
    from ..models.import_metadata import ImportMetadata
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper


T = TypeVar("T", bound="Import")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "format",
    "entity",
    "title",
    "count",
    "metadata",
    "failedReason",
    "failedAt",
    "failedMessage",
    "createdAt",
    "updatedAt",
    attributes=(
        "id",
        "object_",
        "status",
        "format_",
        "entity",
        "title",
        "count",
        "metadata",
        "failed_reason",
        "failed_at",
        "failed_message",
        "created_at",
        "updated_at",
    ),
    required=(
        "id",
        "object",
        "status",
        "format",
        "entity",
        "title",
        "count",
        "metadata",
        "failedReason",
        "failedAt",
        "failedMessage",
        "createdAt",
        "updatedAt",
    ),
    nullable=(
        "entity",
        "failedReason",
        "failedAt",
        "failedMessage",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class Import:
    """
    Attributes:
        id (str): Identifier of the Import.
        object_ (ImportObject): Kind of object, always `import`. Passed as ``object`` in keyword arguments and dicts.
        status (ImportStatus): Where the Import stands.
        format_ (ImportFormat): Where the Import's data came from: a CSV file or a Webset. Passed as ``format`` in
            keyword arguments and dicts.
        entity (Article | Company | Custom | None | Person | ResearchPaper): Kind of entity the rows describe.
        title (str): Name of the Import.
        count (float): Number of entities in the Import.
        metadata (ImportMetadata): Your own string pairs, stored with the object.
        failed_reason (ImportFailedReasonType0 | None): Why the Import failed, as a code.
        failed_at (datetime.datetime | None): Time the Import failed.
        failed_message (None | str): Why the Import failed, for a person to read.
        created_at (datetime.datetime): Time of the Import's creation.
        updated_at (datetime.datetime): Time of the Import's last change.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    object_: ImportObject
    status: ImportStatus
    format_: ImportFormat
    entity: Article | Company | Custom | None | Person | ResearchPaper
    title: str
    count: float
    metadata: ImportMetadata
    failed_reason: ImportFailedReasonType0 | None
    failed_at: datetime.datetime | None
    failed_message: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status.value

        format_ = self.format_.value

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

        title = self.title

        count = self.count

        metadata = self.metadata.to_dict()

        failed_reason: None | str
        if isinstance(self.failed_reason, ImportFailedReasonType0):
            failed_reason = self.failed_reason.value
        else:
            failed_reason = self.failed_reason

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = _core.format_datetime(self.failed_at)
        else:
            failed_at = self.failed_at

        failed_message: None | str
        failed_message = self.failed_message

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "format": format_,
                "entity": entity,
                "title": title,
                "count": count,
                "metadata": metadata,
                "failedReason": failed_reason,
                "failedAt": failed_at,
                "failedMessage": failed_message,
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

        object_ = ImportObject(src_values[1])

        status = ImportStatus(src_values[2])

        format_ = ImportFormat(src_values[3])

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

        entity = _parse_entity(src_values[4])

        title = src_values[5]

        count = src_values[6]

        metadata = ImportMetadata.from_dict(src_values[7])

        def _parse_failed_reason(data: object) -> ImportFailedReasonType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_reason_type_0 = ImportFailedReasonType0(data)

                return failed_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportFailedReasonType0 | None, data)

        failed_reason = _parse_failed_reason(src_values[8])

        def _parse_failed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = _core.parse_datetime(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failed_at = _parse_failed_at(src_values[9])

        def _parse_failed_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failed_message = _parse_failed_message(src_values[10])

        created_at = _core.parse_datetime(src_values[11])

        updated_at = _core.parse_datetime(src_values[12])

        import_ = cls.__new__(cls)
        import_.id = id
        import_.object_ = object_
        import_.status = status
        import_.format_ = format_
        import_.entity = entity
        import_.title = title
        import_.count = count
        import_.metadata = metadata
        import_.failed_reason = failed_reason
        import_.failed_at = failed_at
        import_.failed_message = failed_message
        import_.created_at = created_at
        import_.updated_at = updated_at

        import_.additional_properties = d
        return import_

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


class ImportDict(TypedDict, total=False):
    """Import as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[ImportObject | Literal["import"]]
    status: Required[
        ImportStatus | Literal["pending", "processing", "completed", "failed"]
    ]
    format: Required[ImportFormat | Literal["csv", "webset"]]
    entity: Required[Article | Company | Custom | None | Person | ResearchPaper]
    title: Required[str]
    count: Required[float]
    metadata: Required[ImportMetadata | Mapping[str, Any]]
    failed_reason: Required[ImportFailedReasonType0 | None]
    failed_at: Required[datetime.datetime | None]
    failed_message: Required[None | str]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]


from ..models.article import Article
from ..models.company import Company
from ..models.custom import Custom
from ..models.import_metadata import ImportMetadata
from ..models.person import Person
from ..models.research_paper import ResearchPaper
