from apiwire._core import OpenStrEnum


class ImportErrorModeOnError(OpenStrEnum):
    ABORT = "abort"
    CONTINUE = "continue"

    def __str__(self) -> str:
        return str(self.value)
