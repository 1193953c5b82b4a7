from apiwire._core import OpenStrEnum


class CreateImportResponseFormat(OpenStrEnum):
    CSV = "csv"
    WEBSET = "webset"

    def __str__(self) -> str:
        return str(self.value)
