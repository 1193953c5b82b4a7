from apiwire._core import OpenStrEnum


class ImportFailedReasonType0(OpenStrEnum):
    INVALID_FILE_CONTENT = "invalid_file_content"
    INVALID_FORMAT = "invalid_format"
    MISSING_IDENTIFIER = "missing_identifier"

    def __str__(self) -> str:
        return str(self.value)
