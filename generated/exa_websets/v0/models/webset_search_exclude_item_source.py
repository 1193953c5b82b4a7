from apiwire._core import OpenStrEnum


class WebsetSearchExcludeItemSource(OpenStrEnum):
    IMPORT = "import"
    WEBSET = "webset"

    def __str__(self) -> str:
        return str(self.value)
