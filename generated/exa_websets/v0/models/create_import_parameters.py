from __future__ import annotations

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
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_import_parameters_format import CreateImportParametersFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.company import Company
    from ..models.create_import_parameters_csv import CreateImportParametersCsv
    from ..models.create_import_parameters_metadata import (
        CreateImportParametersMetadata,
    )
    from ..models.custom import Custom
    from ..models.person import Person
    from ..models.research_paper import ResearchPaper
    from .create_import_parameters_csv import CreateImportParametersCsvDict


T = TypeVar("T", bound="CreateImportParameters")

_FIELDS = _core.JsonFields(
    "size",
    "count",
    "format",
    "entity",
    "title",
    "metadata",
    "csv",
    attributes=(
        "size",
        "count",
        "format_",
        "entity",
        "title",
        "metadata",
        "csv",
    ),
    required=(
        "size",
        "count",
        "format",
        "entity",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class CreateImportParameters:
    """
    Attributes:
        size (float): Size of the file in bytes, at most 50 MB. Limits: at most 50000000.
        count (float): Number of rows (entities) the file holds.
        format_ (CreateImportParametersFormat): Format of the file. A CSV file needs a column with each entity's key
            (for now its URL), or the Import fails. Passed as ``format`` in keyword arguments and dicts.
        entity (Article | Company | Custom | Person | ResearchPaper): Kind of entity the rows describe (people,
            companies...), which they are resolved as.
        title (str | None): Name of the Import.
        metadata (CreateImportParametersMetadata | None): Your own string pairs, stored with the object.
        csv (CreateImportParametersCsv | None): Options for a CSV file.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    size: float
    count: float
    format_: CreateImportParametersFormat
    entity: Article | Company | Custom | Person | ResearchPaper
    title: str | Unset = UNSET
    metadata: CreateImportParametersMetadata | Unset = UNSET
    csv: CreateImportParametersCsv | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        count = self.count

        format_ = self.format_.value

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

        title = self.title

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        csv: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csv, Unset):
            csv = self.csv.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size": size,
                "count": count,
                "format": format_,
                "entity": entity,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if csv is not UNSET:
            field_dict["csv"] = csv

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        size = src_values[0]

        count = src_values[1]

        format_ = CreateImportParametersFormat(src_values[2])

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

        entity = _parse_entity(src_values[3])

        title = src_values[4]

        _metadata = src_values[5]
        metadata: CreateImportParametersMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateImportParametersMetadata.from_dict(_metadata)

        _csv = src_values[6]
        csv: CreateImportParametersCsv | Unset
        if _csv is UNSET:
            csv = UNSET
        else:
            csv = CreateImportParametersCsv.from_dict(_csv)

        create_import_parameters = cls.__new__(cls)
        create_import_parameters.size = size
        create_import_parameters.count = count
        create_import_parameters.format_ = format_
        create_import_parameters.entity = entity
        create_import_parameters.title = title
        create_import_parameters.metadata = metadata
        create_import_parameters.csv = csv

        create_import_parameters.additional_properties = d
        return create_import_parameters

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


class CreateImportParametersDict(TypedDict, total=False):
    """CreateImportParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    size: Required[float]
    count: Required[float]
    format: Required[CreateImportParametersFormat | Literal["csv"]]
    entity: Required[Article | Company | Custom | Person | ResearchPaper]
    title: str
    metadata: CreateImportParametersMetadata | Mapping[str, Any]
    csv: CreateImportParametersCsv | CreateImportParametersCsvDict


from ..models.article import Article
from ..models.company import Company
from ..models.create_import_parameters_csv import CreateImportParametersCsv
from ..models.create_import_parameters_metadata import CreateImportParametersMetadata
from ..models.custom import Custom
from ..models.person import Person
from ..models.research_paper import ResearchPaper
