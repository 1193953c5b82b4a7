from apiwire._core import OpenStrEnum


class CreateImportResponseStatus(OpenStrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
