from pinecone_dataplane._core import OpenStrEnum


class CreateImportResponseObject(OpenStrEnum):
    IMPORT = "import"

    def __str__(self) -> str:
        return str(self.value)
