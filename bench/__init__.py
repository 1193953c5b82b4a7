"""Benchmarks of pinecone-dataplane against the official ``pinecone`` SDK and raw httpx: ``make bench``."""
