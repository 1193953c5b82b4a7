from apiwire._core import OpenStrEnum


class EnrichmentResultStatus(OpenStrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
