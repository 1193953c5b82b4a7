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

from ..models.create_import_response_failed_reason_type_0 import (
    CreateImportResponseFailedReasonType0,
)
from ..models.create_import_response_format import CreateImportResponseFormat
from ..models.create_import_response_object import CreateImportResponseObject
from ..models.create_import_response_status import CreateImportResponseStatus

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.create_import_response_metadata import CreateImportResponseMetadata
    from ..models.custom import Custom
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper


T = TypeVar("T", bound="CreateImportResponse")

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
    "uploadUrl",
    "uploadValidUntil",
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
        "upload_url",
        "upload_valid_until",
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
        "uploadUrl",
        "uploadValidUntil",
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
class CreateImportResponse:
    """A new Import, with the address its file is to be uploaded to and until when.

    Attributes:
        id (str): Identifier of the Import.
        object_ (CreateImportResponseObject): Kind of object, always `import`. Passed as ``object`` in keyword arguments
            and dicts.
        status (CreateImportResponseStatus): Where the Import stands.
        format_ (CreateImportResponseFormat): Where the Import's data came from: a CSV file or a Webset. Passed as
            ``format`` in keyword arguments and dicts.
        entity (Article | Company | Custom | None | Person | ResearchPaper): Kind of entity the rows describe.
        title (str): Name of the Import.
        count (float): Number of entities in the Import.
        metadata (CreateImportResponseMetadata): Your own string pairs, stored with the object.
        failed_reason (CreateImportResponseFailedReasonType0 | None): Why the Import failed, as a code.
        failed_at (datetime.datetime | None): Time the Import failed.
        failed_message (None | str): Why the Import failed, for a person to read.
        created_at (datetime.datetime): Time of the Import's creation.
        updated_at (datetime.datetime): Time of the Import's last change.
        upload_url (str): Where to PUT the file; it needs no API key.
        upload_valid_until (str): Until when `uploadUrl` accepts the file (an hour after creation).
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    object_: CreateImportResponseObject
    status: CreateImportResponseStatus
    format_: CreateImportResponseFormat
    entity: Article | Company | Custom | None | Person | ResearchPaper
    title: str
    count: float
    metadata: CreateImportResponseMetadata
    failed_reason: CreateImportResponseFailedReasonType0 | None
    failed_at: datetime.datetime | None
    failed_message: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    upload_url: str
    upload_valid_until: str
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
        if isinstance(self.failed_reason, CreateImportResponseFailedReasonType0):
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

        upload_url = self.upload_url

        upload_valid_until = self.upload_valid_until

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
                "uploadUrl": upload_url,
                "uploadValidUntil": upload_valid_until,
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

        object_ = CreateImportResponseObject(src_values[1])

        status = CreateImportResponseStatus(src_values[2])

        format_ = CreateImportResponseFormat(src_values[3])

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

        metadata = CreateImportResponseMetadata.from_dict(src_values[7])

        def _parse_failed_reason(
            data: object,
        ) -> CreateImportResponseFailedReasonType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_reason_type_0 = CreateImportResponseFailedReasonType0(data)

                return failed_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImportResponseFailedReasonType0 | None, data)

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

        upload_url = src_values[13]

        upload_valid_until = src_values[14]

        create_import_response = cls.__new__(cls)
        create_import_response.id = id
        create_import_response.object_ = object_
        create_import_response.status = status
        create_import_response.format_ = format_
        create_import_response.entity = entity
        create_import_response.title = title
        create_import_response.count = count
        create_import_response.metadata = metadata
        create_import_response.failed_reason = failed_reason
        create_import_response.failed_at = failed_at
        create_import_response.failed_message = failed_message
        create_import_response.created_at = created_at
        create_import_response.updated_at = updated_at
        create_import_response.upload_url = upload_url
        create_import_response.upload_valid_until = upload_valid_until

        create_import_response.additional_properties = d
        return create_import_response

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


class CreateImportResponseDict(TypedDict, total=False):
    """CreateImportResponse as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[CreateImportResponseObject | Literal["import"]]
    status: Required[
        CreateImportResponseStatus
        | Literal["pending", "processing", "completed", "failed"]
    ]
    format: Required[CreateImportResponseFormat | Literal["csv", "webset"]]
    entity: Required[Article | Company | Custom | None | Person | ResearchPaper]
    title: Required[str]
    count: Required[float]
    metadata: Required[CreateImportResponseMetadata | Mapping[str, Any]]
    failed_reason: Required[CreateImportResponseFailedReasonType0 | None]
    failed_at: Required[datetime.datetime | None]
    failed_message: Required[None | str]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
    upload_url: Required[str]
    upload_valid_until: Required[str]


from ..models.article import Article
from ..models.company import Company
from ..models.create_import_response_metadata import CreateImportResponseMetadata
from ..models.custom import Custom
from ..models.person import Person
from ..models.research_paper import ResearchPaper
