from apiwire._core import OpenStrEnum


class MonitorRunType(OpenStrEnum):
    REFRESH = "refresh"
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
