from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypedDict,
    TypeVar,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_enrichment_parameters import CreateEnrichmentParameters
    from ..models.create_webset_parameters_exclude_item import (
        CreateWebsetParametersExcludeItem,
    )
    from ..models.create_webset_parameters_import_item import (
        CreateWebsetParametersImportItem,
    )
    from ..models.create_webset_parameters_metadata import (
        CreateWebsetParametersMetadata,
    )
    from ..models.create_webset_parameters_search import CreateWebsetParametersSearch
    from .create_enrichment_parameters import CreateEnrichmentParametersDict
    from .create_webset_parameters_exclude_item import (
        CreateWebsetParametersExcludeItemDict,
    )
    from .create_webset_parameters_import_item import (
        CreateWebsetParametersImportItemDict,
    )
    from .create_webset_parameters_search import CreateWebsetParametersSearchDict


T = TypeVar("T", bound="CreateWebsetParameters")

_FIELDS = _core.JsonFields(
    "search",
    "import",
    "enrichments",
    "exclude",
    "externalId",
    "metadata",
    attributes=(
        "search",
        "import_",
        "enrichments",
        "exclude",
        "external_id",
        "metadata",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "search": ("model", "CreateWebsetParametersSearch"),
    "import": ("models", "CreateWebsetParametersImportItem"),
    "enrichments": ("models", "CreateEnrichmentParameters"),
    "exclude": ("models", "CreateWebsetParametersExcludeItem"),
    "metadata": ("model", "CreateWebsetParametersMetadata"),
}


@_attrs_define
class CreateWebsetParameters:
    """
    Attributes:
        search (CreateWebsetParametersSearch | None): The first search of the new Webset.
        import_ (list[CreateWebsetParametersImportItem] | None): Imports or Websets whose entities to load into the new
            Webset; a CSV import is staged, and its rows become Items through a search scoped to it.
        enrichments (list[CreateEnrichmentParameters] | None): Enrichments to run on every Item found.
        exclude (list[CreateWebsetParametersExcludeItem] | None): Imports or Websets whose results every search and
            import of this Webset leaves out.
        external_id (str | None): Your own id for the Webset, usable wherever its id is. Limits: at most 300 characters.
        metadata (CreateWebsetParametersMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    search: CreateWebsetParametersSearch | Unset = UNSET
    import_: list[CreateWebsetParametersImportItem] | Unset = UNSET
    enrichments: list[CreateEnrichmentParameters] | Unset = UNSET
    exclude: list[CreateWebsetParametersExcludeItem] | Unset = UNSET
    external_id: str | Unset = UNSET
    metadata: CreateWebsetParametersMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        import_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.import_, Unset):
            import_ = []
            for import_item_data in self.import_:
                import_item = import_item_data.to_dict()
                import_.append(import_item)

        enrichments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enrichments, Unset):
            enrichments = []
            for enrichments_item_data in self.enrichments:
                enrichments_item = enrichments_item_data.to_dict()
                enrichments.append(enrichments_item)

        exclude: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = []
            for exclude_item_data in self.exclude:
                exclude_item = exclude_item_data.to_dict()
                exclude.append(exclude_item)

        external_id = self.external_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if import_ is not UNSET:
            field_dict["import"] = import_
        if enrichments is not UNSET:
            field_dict["enrichments"] = enrichments
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
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
        _search = src_values[0]
        search: CreateWebsetParametersSearch | Unset
        if _search is UNSET:
            search = UNSET
        else:
            search = CreateWebsetParametersSearch.from_dict(_search)

        _import_ = src_values[1]
        import_: list[CreateWebsetParametersImportItem] | Unset = UNSET
        if _import_ is not UNSET:
            import_ = []
            for import_item_data in _import_:
                import_item = CreateWebsetParametersImportItem.from_dict(
                    import_item_data
                )

                import_.append(import_item)

        _enrichments = src_values[2]
        enrichments: list[CreateEnrichmentParameters] | Unset = UNSET
        if _enrichments is not UNSET:
            enrichments = []
            for enrichments_item_data in _enrichments:
                enrichments_item = CreateEnrichmentParameters.from_dict(
                    enrichments_item_data
                )

                enrichments.append(enrichments_item)

        _exclude = src_values[3]
        exclude: list[CreateWebsetParametersExcludeItem] | Unset = UNSET
        if _exclude is not UNSET:
            exclude = []
            for exclude_item_data in _exclude:
                exclude_item = CreateWebsetParametersExcludeItem.from_dict(
                    exclude_item_data
                )

                exclude.append(exclude_item)

        external_id = src_values[4]

        _metadata = src_values[5]
        metadata: CreateWebsetParametersMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateWebsetParametersMetadata.from_dict(_metadata)

        create_webset_parameters = cls.__new__(cls)
        create_webset_parameters.search = search
        create_webset_parameters.import_ = import_
        create_webset_parameters.enrichments = enrichments
        create_webset_parameters.exclude = exclude
        create_webset_parameters.external_id = external_id
        create_webset_parameters.metadata = metadata

        create_webset_parameters.additional_properties = d
        return create_webset_parameters

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


class CreateWebsetParametersDict(TypedDict, total=False):
    """CreateWebsetParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    search: CreateWebsetParametersSearch | CreateWebsetParametersSearchDict
    import_: Sequence[
        CreateWebsetParametersImportItem | CreateWebsetParametersImportItemDict
    ]
    enrichments: Sequence[CreateEnrichmentParameters | CreateEnrichmentParametersDict]
    exclude: Sequence[
        CreateWebsetParametersExcludeItem | CreateWebsetParametersExcludeItemDict
    ]
    external_id: str
    metadata: CreateWebsetParametersMetadata | Mapping[str, Any]


from ..models.create_enrichment_parameters import CreateEnrichmentParameters
from ..models.create_webset_parameters_exclude_item import (
    CreateWebsetParametersExcludeItem,
)
from ..models.create_webset_parameters_import_item import (
    CreateWebsetParametersImportItem,
)
from ..models.create_webset_parameters_metadata import CreateWebsetParametersMetadata
from ..models.create_webset_parameters_search import CreateWebsetParametersSearch
