"""The hand-written, version-independent part of Exa's clients: the import verbs, and the pages they list."""

from pinecone_dataplane._lib import pagination

__all__ = ["pagination"]
