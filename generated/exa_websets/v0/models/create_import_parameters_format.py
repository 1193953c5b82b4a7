from apiwire._core import OpenStrEnum


class CreateImportParametersFormat(OpenStrEnum):
    CSV = "csv"

    def __str__(self) -> str:
        return str(self.value)
