from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from apiwire import _core
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_enrichment_parameters_format import (
    UpdateEnrichmentParametersFormat,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_enrichment_parameters_metadata_type_0 import (
        UpdateEnrichmentParametersMetadataType0,
    )
    from ..models.update_enrichment_parameters_options_item import (
        UpdateEnrichmentParametersOptionsItem,
    )
    from .update_enrichment_parameters_options_item import (
        UpdateEnrichmentParametersOptionsItemDict,
    )


T = TypeVar("T", bound="UpdateEnrichmentParameters")

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
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class UpdateEnrichmentParameters:
    """
    Attributes:
        description (str | None): What to find out about each Item, in plain language. Limits: 1 to 5000 characters.
        format_ (UpdateEnrichmentParametersFormat | None): Shape of the answer; chosen from the description when
            omitted. Passed as ``format`` in keyword arguments and dicts.
        options (list[UpdateEnrichmentParametersOptionsItem] | None): The choices the enrichment picks from, for the
            `options` format. Limits: 1 to 150 items.
        metadata (None | Unset | UpdateEnrichmentParametersMetadataType0): Your own string pairs, stored with the
            object.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    description: str | Unset = UNSET
    format_: UpdateEnrichmentParametersFormat | Unset = UNSET
    options: list[UpdateEnrichmentParametersOptionsItem] | Unset = UNSET
    metadata: None | Unset | UpdateEnrichmentParametersMetadataType0 = UNSET
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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateEnrichmentParametersMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
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
        format_: UpdateEnrichmentParametersFormat | Unset
        if _format_ is UNSET:
            format_ = UNSET
        else:
            format_ = UpdateEnrichmentParametersFormat(_format_)

        _options = src_values[2]
        options: list[UpdateEnrichmentParametersOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = UpdateEnrichmentParametersOptionsItem.from_dict(
                    options_item_data
                )

                options.append(options_item)

        def _parse_metadata(
            data: object,
        ) -> None | Unset | UpdateEnrichmentParametersMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateEnrichmentParametersMetadataType0.from_dict(
                    data
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEnrichmentParametersMetadataType0, data)

        metadata = _parse_metadata(src_values[3])

        update_enrichment_parameters = cls.__new__(cls)
        update_enrichment_parameters.description = description
        update_enrichment_parameters.format_ = format_
        update_enrichment_parameters.options = options
        update_enrichment_parameters.metadata = metadata

        update_enrichment_parameters.additional_properties = d
        return update_enrichment_parameters

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


class UpdateEnrichmentParametersDict(TypedDict, total=False):
    """UpdateEnrichmentParameters as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    description: str
    format: (
        UpdateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
    )
    options: Sequence[
        UpdateEnrichmentParametersOptionsItem
        | UpdateEnrichmentParametersOptionsItemDict
    ]
    metadata: None | UpdateEnrichmentParametersMetadataType0


from ..models.update_enrichment_parameters_metadata_type_0 import (
    UpdateEnrichmentParametersMetadataType0,
)
from ..models.update_enrichment_parameters_options_item import (
    UpdateEnrichmentParametersOptionsItem,
)
