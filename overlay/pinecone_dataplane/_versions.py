"""API versions: discovered from the generated packages, exposed as ``pinecone_dataplane.vYYYY_MM``.

A generated package ``pinecone_dataplane_YYYY_MM`` (from ``specs/db_data_YYYY-MM.oas.yaml``) is all it
takes for ``pinecone_dataplane.vYYYY_MM`` to exist: the module is built on import by a finder, so no
per-version file is written by hand. The finder and loaders implement the import protocols without
subclassing importlib.abc, whose import costs more than the rest of this package.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import re
import sys
import types
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import importlib.abc

GENERATED_PREFIX = "pinecone_dataplane_"
_GENERATED_NAME = re.compile(rf"{GENERATED_PREFIX}(\d{{4}})_(\d{{2}})")
_VERSION = re.compile(r"(\d{4})-(\d{2})")
# pinecone_dataplane.vYYYY_MM, optionally followed by a submodule path of the generated package.
_FACADE_NAME = re.compile(r"pinecone_dataplane\.v(\d{4})_(\d{2})((?:\.\w+)*)")


class UnknownApiVersionError(ValueError):
    """A version was asked for that no generated package provides."""


@cache
def available_versions() -> tuple[str, ...]:
    """Every API version with a generated package, oldest first (e.g. ``("2025-04", "2026-04")``).

    Scans sys.path, so it is kept off the import path of a single version.
    """
    import pkgutil  # a scan of sys.path: only listing needs it, importing one version does not

    found = set()
    for module in pkgutil.iter_modules():
        match = _GENERATED_NAME.fullmatch(module.name)
        if match:
            found.add(f"{match[1]}-{match[2]}")
    return tuple(sorted(found))


def latest_version() -> str:
    return available_versions()[-1]


def generated_package(version: str) -> str:
    """The generated package name for ``version`` ("2026-04" -> "pinecone_dataplane_2026_04")."""
    match = _VERSION.fullmatch(version)
    if match is None or importlib.util.find_spec(f"{GENERATED_PREFIX}{match[1]}_{match[2]}") is None:
        raise UnknownApiVersionError(f"unknown API version {version!r}; available: {', '.join(available_versions())}")
    return f"{GENERATED_PREFIX}{match[1]}_{match[2]}"


def module_attribute(version: str) -> str:
    """The facade's name on ``pinecone_dataplane`` ("2026-04" -> "v2026_04")."""
    return "v" + version.replace("-", "_")


def _build_facade(version: str) -> types.ModuleType:
    from . import _client  # deferred: importing the package must stay cheap

    package = generated_package(version)
    facade = types.ModuleType(f"pinecone_dataplane.{module_attribute(version)}")
    facade.__doc__ = f"Pinecone data-plane API {version}: the generated package {package} with the overlay."
    facade.API_VERSION = version  # type: ignore[attr-defined]
    facade.Client = _client.client_class(version)  # type: ignore[attr-defined]
    facade.AsyncClient = _client.async_client_class(version)  # type: ignore[attr-defined]

    def lazy_submodule(name: str) -> types.ModuleType:
        # `api` and `models` load on first use: importing every model costs start-up time.
        if name in ("api", "models"):
            submodule = importlib.import_module(f"{package}.{name}")
            setattr(facade, name, submodule)
            return submodule
        raise AttributeError(f"module {facade.__name__!r} has no attribute {name!r}")

    facade.__getattr__ = lazy_submodule  # type: ignore[method-assign]
    facade.__path__ = []  # a package, so `pinecone_dataplane.vYYYY_MM.api.…` imports resolve
    facade.__all__ = ["API_VERSION", "AsyncClient", "Client", "api", "models"]  # type: ignore[attr-defined]
    return facade


class _FacadeLoader:
    def __init__(self, version: str) -> None:
        self._version = version

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _build_facade(self._version)

    def exec_module(self, module: types.ModuleType) -> None:
        """The module is complete when created."""


class _AliasLoader:
    """Serves ``pinecone_dataplane.vYYYY_MM.<sub>`` as the very module ``pinecone_dataplane_YYYY_MM.<sub>``.

    Returning the existing module (not a second copy) keeps one class per model, whichever name a
    user imported it by.
    """

    def __init__(self, target: str) -> None:
        self._target = target
        self._target_spec: importlib.machinery.ModuleSpec | None = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = importlib.import_module(self._target)
        self._target_spec = module.__spec__
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        # The import system stamped the alias spec on the module; give it back its own.
        module.__spec__ = self._target_spec


class _FacadeFinder:
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        match = _FACADE_NAME.fullmatch(fullname)
        if match is None:
            return None
        version = f"{match[1]}-{match[2]}"
        try:
            package = generated_package(version)
        except UnknownApiVersionError:
            return None
        if match[3]:
            loader: object = _AliasLoader(package + match[3])
        else:
            loader = _FacadeLoader(version)
        # The loaders follow the protocol (create_module/exec_module) without the ABC's import cost.
        return importlib.util.spec_from_loader(fullname, cast("importlib.abc.Loader", loader))


def install_finder() -> None:
    if not any(isinstance(finder, _FacadeFinder) for finder in sys.meta_path):
        # First, so that submodules of a facade are aliased rather than loaded a second time from disk.
        sys.meta_path.insert(0, _FacadeFinder())
