from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="ImportValidationResult")

_FIELDS = _core.JsonFields(
    "importSuccesses",
    "importErrors",
    attributes=(
        "import_successes",
        "import_errors",
    ),
    required=(),
)

_WIRE: dict[str, tuple[str, str]] | None = {
    "importSuccesses": ("integer", ""),
    "importErrors": ("integer", ""),
}


@_attrs_define
class ImportValidationResult:
    """Counts from validating the import's records; present once validation has run.

    Attributes:
        import_successes (int | None): Records that passed validation. Limits: at least 0.
        import_errors (int | None): Records that failed validation. Limits: at least 0.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    import_successes: int | Unset = UNSET
    import_errors: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_successes = self.import_successes

        import_errors = self.import_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_successes is not UNSET:
            field_dict["importSuccesses"] = import_successes
        if import_errors is not UNSET:
            field_dict["importErrors"] = import_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if isinstance(
            src_dict, cls
        ):  # a model where its dict may stand (a request argument)
            return src_dict
        src_values, d = _FIELDS.split(src_dict)
        _import_successes = src_values[0]
        import_successes: int | Unset
        if _import_successes is UNSET:
            import_successes = UNSET
        else:
            import_successes = _core.parse_integer(_import_successes)

        _import_errors = src_values[1]
        import_errors: int | Unset
        if _import_errors is UNSET:
            import_errors = UNSET
        else:
            import_errors = _core.parse_integer(_import_errors)

        import_validation_result = cls.__new__(cls)
        import_validation_result.import_successes = import_successes
        import_validation_result.import_errors = import_errors

        import_validation_result.additional_properties = d
        return import_validation_result

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


class ImportValidationResultDict(TypedDict, total=False):
    """ImportValidationResult as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    import_successes: int
    import_errors: int
