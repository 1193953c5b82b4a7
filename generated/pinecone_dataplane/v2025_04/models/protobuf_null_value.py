from apiwire._core import OpenStrEnum


class ProtobufNullValue(OpenStrEnum):
    NULL_VALUE = "NULL_VALUE"

    def __str__(self) -> str:
        return str(self.value)
