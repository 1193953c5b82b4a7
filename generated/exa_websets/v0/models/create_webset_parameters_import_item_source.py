from apiwire._core import OpenStrEnum


class CreateWebsetParametersImportItemSource(OpenStrEnum):
    IMPORT = "import"
    WEBSET = "webset"

    def __str__(self) -> str:
        return str(self.value)
