from apiwire._core import OpenStrEnum


class WebsetSearchCanceledReason(OpenStrEnum):
    WEBSET_CANCELED = "webset_canceled"
    WEBSET_DELETED = "webset_deleted"

    def __str__(self) -> str:
        return str(self.value)
