from apiwire._core import OpenStrEnum


class ImportObject(OpenStrEnum):
    IMPORT = "import"

    def __str__(self) -> str:
        return str(self.value)
