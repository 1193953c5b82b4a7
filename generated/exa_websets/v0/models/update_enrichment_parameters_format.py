from apiwire._core import OpenStrEnum


class UpdateEnrichmentParametersFormat(OpenStrEnum):
    DATE = "date"
    EMAIL = "email"
    NUMBER = "number"
    OPTIONS = "options"
    PHONE = "phone"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
