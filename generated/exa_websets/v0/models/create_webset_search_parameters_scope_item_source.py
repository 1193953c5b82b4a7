from apiwire._core import OpenStrEnum


class CreateWebsetSearchParametersScopeItemSource(OpenStrEnum):
    IMPORT = "import"
    WEBSET = "webset"

    def __str__(self) -> str:
        return str(self.value)
