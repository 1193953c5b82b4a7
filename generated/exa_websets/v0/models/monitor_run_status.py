from apiwire._core import OpenStrEnum


class MonitorRunStatus(OpenStrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    CREATED = "created"
    FAILED = "failed"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
