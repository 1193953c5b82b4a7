from pinecone_dataplane._core import OpenStrEnum


class ImportObject(OpenStrEnum):
    IMPORT = "import"

    def __str__(self) -> str:
        return str(self.value)
