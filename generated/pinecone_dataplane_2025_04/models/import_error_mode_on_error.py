from enum import StrEnum


class ImportErrorModeOnError(StrEnum):
    ABORT = "abort"
    CONTINUE = "continue"

    def __str__(self) -> str:
        return str(self.value)
