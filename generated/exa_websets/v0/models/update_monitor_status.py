from apiwire._core import OpenStrEnum


class UpdateMonitorStatus(OpenStrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
