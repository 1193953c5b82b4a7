from apiwire._core import OpenStrEnum


class WebsetSearchWebsetSearchStatus(OpenStrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    CREATED = "created"
    PENDING = "pending"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
