from apiwire._core import OpenStrEnum


class WebsetSearchBehavior(OpenStrEnum):
    APPEND = "append"
    OVERRIDE = "override"

    def __str__(self) -> str:
        return str(self.value)
