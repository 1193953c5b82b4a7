from apiwire._core import OpenStrEnum


class MonitorRunObject(OpenStrEnum):
    MONITOR_RUN = "monitor_run"

    def __str__(self) -> str:
        return str(self.value)
