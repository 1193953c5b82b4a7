"""The ``diff`` extra's dependencies, imported on first use so the rest of the package stays cheap."""

from __future__ import annotations

import importlib
from types import ModuleType

from .._install import extra_install_command


class MissingExtraError(ImportError):
    """ryaml, which reads YAML documents, is not installed."""


def require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as missing:
        raise MissingExtraError(
            f"comparing API versions needs {module}, from the 'diff' extra: {extra_install_command('diff')}"
        ) from missing
