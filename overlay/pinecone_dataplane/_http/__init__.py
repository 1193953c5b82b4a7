"""Pinecone's answer caps (:mod:`.limits`), which its profile gives the core's transport."""
