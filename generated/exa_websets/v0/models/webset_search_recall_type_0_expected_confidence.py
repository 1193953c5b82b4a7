from apiwire._core import OpenStrEnum


class WebsetSearchRecallType0ExpectedConfidence(OpenStrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
