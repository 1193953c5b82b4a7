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

from ..models.webset_enrichment_format import WebsetEnrichmentFormat
from ..models.webset_enrichment_webset_enrichment_status import (
    WebsetEnrichmentWebsetEnrichmentStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webset_enrichment_metadata import WebsetEnrichmentMetadata
    from ..models.webset_enrichment_options_type_0_item import (
        WebsetEnrichmentOptionsType0Item,
    )


T = TypeVar("T", bound="WebsetEnrichment")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "status",
    "websetId",
    "title",
    "description",
    "format",
    "options",
    "instructions",
    "createdAt",
    "updatedAt",
    "metadata",
    attributes=(
        "id",
        "object_",
        "status",
        "webset_id",
        "title",
        "description",
        "format_",
        "options",
        "instructions",
        "created_at",
        "updated_at",
        "metadata",
    ),
    required=(
        "id",
        "object",
        "status",
        "websetId",
        "title",
        "description",
        "format",
        "options",
        "instructions",
        "createdAt",
        "updatedAt",
    ),
    nullable=(
        "title",
        "format",
        "options",
        "instructions",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetEnrichment:
    """
    Attributes:
        id (str): Identifier of the Enrichment.
        object_ (Literal['webset_enrichment']):  Default: 'webset_enrichment'. Passed as ``object`` in keyword arguments
            and dicts.
        status (WebsetEnrichmentWebsetEnrichmentStatus): Where the Enrichment stands.
        webset_id (str): Webset the Enrichment belongs to.
        title (None | str): Name of the Enrichment, made up from its description and format.
        description (str): What the Enrichment finds out, as given at creation.
        format_ (None | WebsetEnrichmentFormat): Shape of the Enrichment's answers. Passed as ``format`` in keyword
            arguments and dicts.
        options (list[WebsetEnrichmentOptionsType0Item] | None): The choices the enrichment picks from, for the
            `options` format.
        instructions (None | str): The instructions the enrichment agent follows, made up from the description and
            format.
        created_at (datetime.datetime): Time of the Enrichment's creation.
        updated_at (datetime.datetime): Time of the Enrichment's last change.
        metadata (WebsetEnrichmentMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    status: WebsetEnrichmentWebsetEnrichmentStatus
    webset_id: str
    title: None | str
    description: str
    format_: None | WebsetEnrichmentFormat
    options: list[WebsetEnrichmentOptionsType0Item] | None
    instructions: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset_enrichment"] = "webset_enrichment"
    metadata: WebsetEnrichmentMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        webset_id = self.webset_id

        title: None | str
        title = self.title

        description = self.description

        format_: None | str
        if isinstance(self.format_, WebsetEnrichmentFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        options: list[dict[str, Any]] | None
        if isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        instructions: None | str
        instructions = self.instructions

        created_at = _core.format_datetime(self.created_at)

        updated_at = _core.format_datetime(self.updated_at)

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
                "title": title,
                "description": description,
                "format": format_,
                "options": options,
                "instructions": instructions,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
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

        object_ = cast(Literal["webset_enrichment"], src_values[1])
        if object_ != "webset_enrichment":
            raise ValueError(
                f"object must match const 'webset_enrichment', got '{object_}'"
            )

        status = WebsetEnrichmentWebsetEnrichmentStatus(src_values[2])

        webset_id = src_values[3]

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(src_values[4])

        description = src_values[5]

        def _parse_format_(data: object) -> None | WebsetEnrichmentFormat:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = WebsetEnrichmentFormat(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebsetEnrichmentFormat, data)

        format_ = _parse_format_(src_values[6])

        def _parse_options(
            data: object,
        ) -> list[WebsetEnrichmentOptionsType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = WebsetEnrichmentOptionsType0Item.from_dict(
                        options_type_0_item_data
                    )

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WebsetEnrichmentOptionsType0Item] | None, data)

        options = _parse_options(src_values[7])

        def _parse_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instructions = _parse_instructions(src_values[8])

        created_at = _core.parse_datetime(src_values[9])

        updated_at = _core.parse_datetime(src_values[10])

        _metadata = src_values[11]
        metadata: WebsetEnrichmentMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = WebsetEnrichmentMetadata.from_dict(_metadata)

        webset_enrichment = cls.__new__(cls)
        webset_enrichment.id = id
        webset_enrichment.object_ = object_
        webset_enrichment.status = status
        webset_enrichment.webset_id = webset_id
        webset_enrichment.title = title
        webset_enrichment.description = description
        webset_enrichment.format_ = format_
        webset_enrichment.options = options
        webset_enrichment.instructions = instructions
        webset_enrichment.created_at = created_at
        webset_enrichment.updated_at = updated_at
        webset_enrichment.metadata = metadata

        webset_enrichment.additional_properties = d
        return webset_enrichment

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


class WebsetEnrichmentDict(TypedDict, total=False):
    """WebsetEnrichment as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["webset_enrichment"]]
    status: Required[
        WebsetEnrichmentWebsetEnrichmentStatus
        | Literal["pending", "canceled", "completed"]
    ]
    webset_id: Required[str]
    title: Required[None | str]
    description: Required[str]
    format: Required[None | WebsetEnrichmentFormat]
    options: Required[list[WebsetEnrichmentOptionsType0Item] | None]
    instructions: Required[None | str]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
    metadata: WebsetEnrichmentMetadata | Mapping[str, Any]


from ..models.webset_enrichment_metadata import WebsetEnrichmentMetadata
from ..models.webset_enrichment_options_type_0_item import (
    WebsetEnrichmentOptionsType0Item,
)
