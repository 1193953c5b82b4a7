from apiwire._core import OpenStrEnum


class WebsetsGetExpandItem(OpenStrEnum):
    ITEMS = "items"

    def __str__(self) -> str:
        return str(self.value)
