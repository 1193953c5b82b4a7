from apiwire._core import OpenStrEnum


class ImportModelStatus(OpenStrEnum):
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
