"""Where an import source is: its URI as a pyarrow filesystem and path, and its namespaces and files.

Imported only by the functions that read a source, so that importing :mod:`.sources` costs no pyarrow.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs

from ..errors import SourceError

_AZURE_SUFFIX = ".blob.core.windows.net"
ACCEPTED = (
    "s3://BUCKET/PREFIX, gs://BUCKET/PREFIX, https://ACCOUNT.blob.core.windows.net/CONTAINER/PREFIX or file:///DIR"
)
# What to check when a source cannot be read, by scheme.
_HINTS = {
    "s3": (
        "check the bucket and prefix, the AWS credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
        "AWS_PROFILE), AWS_REGION, and AWS_ENDPOINT_URL for an S3-compatible store"
    ),
    "gs": "check the bucket and prefix and the Google credentials (GOOGLE_APPLICATION_CREDENTIALS)",
    "azure": (
        "check the account, container and prefix and the Azure credentials (AZURE_STORAGE_KEY, "
        "AZURE_STORAGE_SAS_TOKEN, or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET)"
    ),
    "file": "check that the path exists and can be read",
}


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


@dataclass(frozen=True)
class Location:
    """A source: the URI as given, its scheme's family, and its root directory in ``filesystem``."""

    uri: str
    scheme: str
    filesystem: Any
    root: str

    def uri_of(self, path: str) -> str:
        """The URI of a path under the root, as a user would write it."""
        return f"{self.uri.rstrip('/')}/{path[len(self.root) :].strip('/')}"

    @contextmanager
    def reading(self, what: str) -> Iterator[None]:
        """Turn pyarrow's failure while doing ``what`` into one SourceError saying what to check."""
        try:
            yield
        except (OSError, pa.ArrowException) as exc:
            # from None: the message carries pyarrow's text; its traceback would only bury it.
            raise SourceError(f"cannot {what}: {one_line(exc)}; {_HINTS[self.scheme]}", uri=self.uri) from None


def locate(uri: str, filesystem: Any | None = None, *, existing: bool = True) -> Location:
    """The source ``uri`` names, read through ``filesystem`` when given (else the one its scheme calls for).

    ``existing``: a local path must exist (a source to read); a destination to write may not yet.
    """
    parts = urllib.parse.urlsplit(uri)
    scheme, path = parts.scheme.lower(), urllib.parse.unquote(parts.path)
    make: Callable[[], Any]
    if scheme == "file":
        if parts.netloc not in ("", "localhost") or not path.startswith("/"):
            raise SourceError(f"a file URI names an absolute local directory (file:///dir), not {uri!r}", uri=uri)
        if existing and filesystem is None and not os.path.exists(path):
            raise SourceError(f"{uri} does not exist: there is no file or directory {path}", uri=uri)
        family, root, make = "file", path.rstrip("/") or "/", pafs.LocalFileSystem
    elif scheme in ("s3", "gs"):
        bucket = parts.netloc
        if not bucket:
            raise SourceError(f"{uri!r} names no bucket; an import source is {ACCEPTED}", uri=uri)
        family, root = scheme, f"{bucket}/{path.strip('/')}".rstrip("/")
        make = (lambda: _s3(bucket)) if scheme == "s3" else _gcs
    elif scheme == "https" and (parts.hostname or "").endswith(_AZURE_SUFFIX):
        account = (parts.hostname or "")[: -len(_AZURE_SUFFIX)]
        root = path.strip("/")
        if not account or not root:
            raise SourceError(f"{uri!r} names no account or no container; an import source is {ACCEPTED}", uri=uri)
        family, make = "azure", lambda: _azure(account)
    else:
        raise SourceError(f"{uri!r} is not an import source; one is {ACCEPTED}", uri=uri)
    location = Location(uri, family, filesystem, root)
    if filesystem is None:
        with location.reading(f"connect to {uri}"):
            try:
                location = Location(uri, family, make(), root)
            except (ImportError, AttributeError) as exc:  # a pyarrow built without this filesystem
                raise SourceError(f"this pyarrow cannot read {scheme}:// sources ({one_line(exc)})", uri=uri) from None
    return location


def _s3(bucket: str) -> Any:
    options: dict[str, Any] = {}
    # pyarrow's S3FileSystem ignores the AWS SDKs' endpoint variables (checked with pyarrow 26), so
    # MinIO and other S3-compatible stores would be missed without passing them on.
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if endpoint:
        options["endpoint_override"] = endpoint
    elif not region:
        # Requests to another region than the bucket's fail, so ask AWS where the bucket is.
        try:
            region = pafs.resolve_s3_region(bucket)
        except (OSError, pa.ArrowException):
            region = None  # the listing that follows fails with the reason
    if region:
        options["region"] = region
    return pafs.S3FileSystem(**options)


def _gcs() -> Any:
    # Looked up when called: a pyarrow built without GCS has no GcsFileSystem (nor AzureFileSystem).
    return pafs.GcsFileSystem()


def _azure(account: str) -> Any:
    options: dict[str, Any] = {"account_name": account}
    # The variables the Azure CLI reads; without them pyarrow uses Azure's default credential chain.
    if key := os.environ.get("AZURE_STORAGE_KEY"):
        options["account_key"] = key
    elif token := os.environ.get("AZURE_STORAGE_SAS_TOKEN"):
        options["sas_token"] = token
    return pafs.AzureFileSystem(**options)


@dataclass(frozen=True)
class Layout:
    """The Parquet files an import reads, as (namespace, path) in order, and the URIs it ignores."""

    files: tuple[tuple[str, str], ...]
    ignored: tuple[str, ...]


def list_layout(location: Location) -> Layout:
    """One directory per namespace directly under the root, its ``*.parquet`` files directly inside it."""
    files: list[tuple[str, str]] = []
    ignored: list[str] = []
    with location.reading(f"list {location.uri}"):
        for entry in _children(location, location.root):
            if entry.type != pafs.FileType.Directory:
                ignored.append(location.uri_of(entry.path))
                continue
            for child in _children(location, entry.path):
                if child.type == pafs.FileType.File and child.base_name.endswith(".parquet"):
                    files.append((entry.base_name, child.path))
                else:
                    suffix = "/" if child.type == pafs.FileType.Directory else ""
                    ignored.append(location.uri_of(child.path) + suffix)
    return Layout(tuple(files), tuple(ignored))


def _children(location: Location, path: str) -> list[Any]:
    try:
        infos = location.filesystem.get_file_info(pafs.FileSelector(path, recursive=False))
    except FileNotFoundError:
        # An object store cannot tell a missing prefix from an empty one: both hold no files. (pyarrow's
        # allow_not_found=True is not used: it answers a missing bucket with no files as well.)
        return []
    return sorted(infos, key=lambda info: info.path)
