from apiwire._core import OpenStrEnum


class WebsetEnrichmentWebsetEnrichmentStatus(OpenStrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
