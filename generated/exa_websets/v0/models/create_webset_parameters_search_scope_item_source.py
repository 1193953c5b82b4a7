from apiwire._core import OpenStrEnum


class CreateWebsetParametersSearchScopeItemSource(OpenStrEnum):
    IMPORT = "import"
    WEBSET = "webset"

    def __str__(self) -> str:
        return str(self.value)
