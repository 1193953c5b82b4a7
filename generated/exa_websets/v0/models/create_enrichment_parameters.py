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

from ..models.create_enrichment_parameters_format import (
    CreateEnrichmentParametersFormat,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_enrichment_parameters_metadata import (
        CreateEnrichmentParametersMetadata,
    )
    from ..models.create_enrichment_parameters_options_item import (
        CreateEnrichmentParametersOptionsItem,
    )
    from .create_enrichment_parameters_options_item import (
        CreateEnrichmentParametersOptionsItemDict,
    )


T = TypeVar("T", bound="CreateEnrichmentParameters")

_FIELDS = _core.JsonFields(
    "description",
    "format",
    "options",
    "metadata",
    attributes=(
        "description",
        "format_",
        "options",
        "metadata",
    ),
    required=("description",),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "format": ("enum", "CreateEnrichmentParametersFormat"),
    "options": ("models", "CreateEnrichmentParametersOptionsItem"),
    "metadata": ("model", "CreateEnrichmentParametersMetadata"),
}


@_attrs_define
class CreateEnrichmentParameters:
    """
    Attributes:
        description (str): What to find out about each Item, in plain language. Limits: 1 to 5000 characters.
        format_ (CreateEnrichmentParametersFormat | None): Shape of the answer; chosen from the description when
            omitted. Passed as ``format`` in keyword arguments and dicts.
        options (list[CreateEnrichmentParametersOptionsItem] | None): The choices the enrichment picks from, for the
            `options` format. Limits: 1 to 150 items.
        metadata (CreateEnrichmentParametersMetadata | None): Your own string pairs, stored with the object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    description: str
    format_: CreateEnrichmentParametersFormat | Unset = UNSET
    options: list[CreateEnrichmentParametersOptionsItem] | Unset = UNSET
    metadata: CreateEnrichmentParametersMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if options is not UNSET:
            field_dict["options"] = options
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
        description = src_values[0]

        _format_ = src_values[1]
        format_: CreateEnrichmentParametersFormat | Unset
        if _format_ is UNSET:
            format_ = UNSET
        else:
            format_ = CreateEnrichmentParametersFormat(_format_)

        _options = src_values[2]
        options: list[CreateEnrichmentParametersOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CreateEnrichmentParametersOptionsItem.from_dict(
                    options_item_data
                )

                options.append(options_item)

        _metadata = src_values[3]
        metadata: CreateEnrichmentParametersMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateEnrichmentParametersMetadata.from_dict(_metadata)

        create_enrichment_parameters = cls.__new__(cls)
        create_enrichment_parameters.description = description
        create_enrichment_parameters.format_ = format_
        create_enrichment_parameters.options = options
        create_enrichment_parameters.metadata = metadata

        create_enrichment_parameters.additional_properties = d
        return create_enrichment_parameters

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


class CreateEnrichmentParametersDict(TypedDict, total=False):
    """CreateEnrichmentParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    description: Required[str]
    format: (
        CreateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
    )
    options: Sequence[
        CreateEnrichmentParametersOptionsItem
        | CreateEnrichmentParametersOptionsItemDict
    ]
    metadata: CreateEnrichmentParametersMetadata | Mapping[str, Any]


from ..models.create_enrichment_parameters_metadata import (
    CreateEnrichmentParametersMetadata,
)
from ..models.create_enrichment_parameters_options_item import (
    CreateEnrichmentParametersOptionsItem,
)
