from enum import StrEnum


class ImportModelStatus(StrEnum):
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    INPROGRESS = "InProgress"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
