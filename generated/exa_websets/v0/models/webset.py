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

from ..models.webset_webset_status import WebsetWebsetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_ import Import
    from ..models.monitor import Monitor
    from ..models.webset_enrichment import WebsetEnrichment
    from ..models.webset_excludes_item import WebsetExcludesItem
    from ..models.webset_metadata import WebsetMetadata
    from ..models.webset_search import WebsetSearch
    from .import_ import ImportDict
    from .monitor import MonitorDict
    from .webset_enrichment import WebsetEnrichmentDict
    from .webset_excludes_item import WebsetExcludesItemDict
    from .webset_search import WebsetSearchDict


T = TypeVar("T", bound="Webset")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "externalId",
    "title",
    "searches",
    "imports",
    "enrichments",
    "monitors",
    "createdAt",
    "updatedAt",
    "excludes",
    "metadata",
    attributes=(
        "id",
        "object_",
        "status",
        "external_id",
        "title",
        "searches",
        "imports",
        "enrichments",
        "monitors",
        "created_at",
        "updated_at",
        "excludes",
        "metadata",
    ),
    required=(
        "id",
        "object",
        "status",
        "externalId",
        "title",
        "searches",
        "imports",
        "enrichments",
        "monitors",
        "createdAt",
        "updatedAt",
    ),
    nullable=(
        "externalId",
        "title",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class Webset:
    """
    Attributes:
        id (str): Identifier of the Webset.
        object_ (Literal['webset']):  Default: 'webset'. Passed as ``object`` in keyword arguments and dicts.
        status (WebsetWebsetStatus): Where the Webset stands.
        external_id (None | str): Your own id for the Webset.
        title (None | str): Name of the Webset.
        searches (list[WebsetSearch]): Searches run on the Webset.
        imports (list[Import]): Imports loaded into the Webset.
        enrichments (list[WebsetEnrichment]): Enrichments run on the Webset's Items.
        monitors (list[Monitor]): Monitors that refresh the Webset.
        created_at (datetime.datetime): Time of the Webset's creation.
        updated_at (datetime.datetime): Time of the Webset's last change.
        excludes (list[WebsetExcludesItem] | None): Imports or Websets whose results every search and import of this
            Webset leaves out.
        metadata (WebsetMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    status: WebsetWebsetStatus
    external_id: None | str
    title: None | str
    searches: list[WebsetSearch]
    imports: list[Import]
    enrichments: list[WebsetEnrichment]
    monitors: list[Monitor]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset"] = "webset"
    excludes: list[WebsetExcludesItem] | Unset = UNSET
    metadata: WebsetMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        external_id: None | str
        external_id = self.external_id

        title: None | str
        title = self.title

        searches = []
        for searches_item_data in self.searches:
            searches_item = searches_item_data.to_dict()
            searches.append(searches_item)

        imports = []
        for imports_item_data in self.imports:
            imports_item = imports_item_data.to_dict()
            imports.append(imports_item)

        enrichments = []
        for enrichments_item_data in self.enrichments:
            enrichments_item = enrichments_item_data.to_dict()
            enrichments.append(enrichments_item)

        monitors = []
        for monitors_item_data in self.monitors:
            monitors_item = monitors_item_data.to_dict()
            monitors.append(monitors_item)

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

        excludes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excludes, Unset):
            excludes = []
            for excludes_item_data in self.excludes:
                excludes_item = excludes_item_data.to_dict()
                excludes.append(excludes_item)

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
                "externalId": external_id,
                "title": title,
                "searches": searches,
                "imports": imports,
                "enrichments": enrichments,
                "monitors": monitors,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if excludes is not UNSET:
            field_dict["excludes"] = excludes
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

        object_ = cast(Literal["webset"], src_values[1])
        if object_ != "webset":
            raise ValueError(f"object must match const 'webset', got '{object_}'")

        status = WebsetWebsetStatus(src_values[2])

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(src_values[3])

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(src_values[4])

        searches = []
        _searches = src_values[5]
        for searches_item_data in _searches:
            searches_item = WebsetSearch.from_dict(searches_item_data)

            searches.append(searches_item)

        imports = []
        _imports = src_values[6]
        for imports_item_data in _imports:
            imports_item = Import.from_dict(imports_item_data)

            imports.append(imports_item)

        enrichments = []
        _enrichments = src_values[7]
        for enrichments_item_data in _enrichments:
            enrichments_item = WebsetEnrichment.from_dict(enrichments_item_data)

            enrichments.append(enrichments_item)

        monitors = []
        _monitors = src_values[8]
        for monitors_item_data in _monitors:
            monitors_item = Monitor.from_dict(monitors_item_data)

            monitors.append(monitors_item)

        created_at = _core.parse_datetime(src_values[9])

        updated_at = _core.parse_datetime(src_values[10])

        _excludes = src_values[11]
        excludes: list[WebsetExcludesItem] | Unset = UNSET
        if _excludes is not UNSET:
            excludes = []
            for excludes_item_data in _excludes:
                excludes_item = WebsetExcludesItem.from_dict(excludes_item_data)

                excludes.append(excludes_item)

        _metadata = src_values[12]
        metadata: WebsetMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = WebsetMetadata.from_dict(_metadata)

        webset = cls.__new__(cls)
        webset.id = id
        webset.object_ = object_
        webset.status = status
        webset.external_id = external_id
        webset.title = title
        webset.searches = searches
        webset.imports = imports
        webset.enrichments = enrichments
        webset.monitors = monitors
        webset.created_at = created_at
        webset.updated_at = updated_at
        webset.excludes = excludes
        webset.metadata = metadata

        webset.additional_properties = d
        return webset

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


class WebsetDict(TypedDict, total=False):
    """Webset as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["webset"]]
    status: Required[
        WebsetWebsetStatus | Literal["idle", "pending", "running", "paused"]
    ]
    external_id: Required[None | str]
    title: Required[None | str]
    searches: Required[Sequence[WebsetSearch | WebsetSearchDict]]
    imports: Required[Sequence[Import | ImportDict]]
    enrichments: Required[Sequence[WebsetEnrichment | WebsetEnrichmentDict]]
    monitors: Required[Sequence[Monitor | MonitorDict]]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
    excludes: Sequence[WebsetExcludesItem | WebsetExcludesItemDict]
    metadata: WebsetMetadata | Mapping[str, Any]


from ..models.import_ import Import
from ..models.monitor import Monitor
from ..models.webset_enrichment import WebsetEnrichment
from ..models.webset_excludes_item import WebsetExcludesItem
from ..models.webset_metadata import WebsetMetadata
from ..models.webset_search import WebsetSearch
