"""This distribution's version (the pyproject's): exa_websets ships in the same wheel as pinecone_dataplane."""

__version__ = "0.1.0"
