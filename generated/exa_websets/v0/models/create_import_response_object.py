from apiwire._core import OpenStrEnum


class CreateImportResponseObject(OpenStrEnum):
    IMPORT = "import"

    def __str__(self) -> str:
        return str(self.value)
