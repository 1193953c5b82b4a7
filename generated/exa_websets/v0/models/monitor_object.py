from apiwire._core import OpenStrEnum


class MonitorObject(OpenStrEnum):
    MONITOR = "monitor"

    def __str__(self) -> str:
        return str(self.value)
