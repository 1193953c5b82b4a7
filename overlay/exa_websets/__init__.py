"""A typed Python client of Exa's Websets API, generated from its OpenAPI document.

>>> from pathlib import Path
>>> from exa_websets import v0
>>> with v0.Client() as client:  # the key from EXA_API_KEY
...     imp = client.imports.create(csv=Path("companies.csv"), entity={"type": "company"})
...     client.imports.wait(imp.id)

One package per API version (``exa_websets.v0``); ``errors`` holds the exception tree.
"""

from . import errors

__all__ = ["errors"]
