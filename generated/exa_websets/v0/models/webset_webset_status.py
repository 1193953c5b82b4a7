from apiwire._core import OpenStrEnum


class WebsetWebsetStatus(OpenStrEnum):
    IDLE = "idle"
    PAUSED = "paused"
    PENDING = "pending"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
