from pinecone_dataplane._runtime import OpenStrEnum


class ProtobufNullValue(OpenStrEnum):
    NULL_VALUE = "NULL_VALUE"

    def __str__(self) -> str:
        return str(self.value)
