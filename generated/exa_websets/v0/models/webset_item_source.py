from apiwire._core import OpenStrEnum


class WebsetItemSource(OpenStrEnum):
    IMPORT = "import"
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
