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

if TYPE_CHECKING:
    from ..models.webset_search import WebsetSearch
    from .webset_search import WebsetSearchDict


T = TypeVar("T", bound="WebsetSearchUpdatedEvent")

_FIELDS = _core.JsonFields(
    "id",
    "object",
    "type",
    "data",
    "createdAt",
    attributes=(
        "id",
        "object_",
        "type_",
        "data",
        "created_at",
    ),
    required=(
        "id",
        "object",
        "type",
        "data",
        "createdAt",
    ),
)

_WIRE: dict[str, tuple[str, str]] | None = None


@_attrs_define
class WebsetSearchUpdatedEvent:
    """
    Attributes:
        id (str): Identifier of the event.
        object_ (Literal['event']):  Default: 'event'. Passed as ``object`` in keyword arguments and dicts.
        type_ (Literal['webset.search.updated']):  Default: 'webset.search.updated'. Passed as ``type`` in keyword
            arguments and dicts.
        data (WebsetSearch):
        created_at (datetime.datetime): Time of the event's creation.
    """

    _json_fields: ClassVar[_core.JsonFields] = _FIELDS

    id: str
    data: WebsetSearch
    created_at: datetime.datetime
    object_: Literal["event"] = "event"
    type_: Literal["webset.search.updated"] = "webset.search.updated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        type_ = self.type_

        data = self.data.to_dict()

        created_at = _core.format_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "type": type_,
                "data": data,
                "createdAt": created_at,
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

        object_ = cast(Literal["event"], src_values[1])
        if object_ != "event":
            raise ValueError(f"object must match const 'event', got '{object_}'")

        type_ = cast(Literal["webset.search.updated"], src_values[2])
        if type_ != "webset.search.updated":
            raise ValueError(
                f"type must match const 'webset.search.updated', got '{type_}'"
            )

        data = WebsetSearch.from_dict(src_values[3])

        created_at = _core.parse_datetime(src_values[4])

        webset_search_updated_event = cls.__new__(cls)
        webset_search_updated_event.id = id
        webset_search_updated_event.object_ = object_
        webset_search_updated_event.type_ = type_
        webset_search_updated_event.data = data
        webset_search_updated_event.created_at = created_at

        webset_search_updated_event.additional_properties = d
        return webset_search_updated_event

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


class WebsetSearchUpdatedEventDict(TypedDict, total=False):
    """WebsetSearchUpdatedEvent as a plain dict, keys in snake_case: what a request argument accepts in its place."""

    id: Required[str]
    object: Required[Literal["event"]]
    type: Required[Literal["webset.search.updated"]]
    data: Required[WebsetSearch | WebsetSearchDict]
    created_at: Required[datetime.datetime]


from ..models.webset_search import WebsetSearch
