"""Import sources on a real S3 API: moto's server on loopback, reached the way MinIO is (AWS_ENDPOINT_URL)."""

from __future__ import annotations

import itertools
import socket
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto.server import ThreadedMotoServer

from pinecone_dataplane._lib.sources import (
    ProblemKind,
    SourceFile,
    find_missing_ids,
    iter_source_ids,
    source_row_counts,
    validate_source,
)
from pinecone_dataplane.errors import SourceError

from .source_support import BAD_ROW, DIMENSION, ROW_DEFECTS, SPARSE_SCHEMA, dense_columns, parquet_bytes, table

_BUCKETS = itertools.count()


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    # moto binds 0.0.0.0 by default: loopback only, on a port the OS picks.
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    assert host == "127.0.0.1"
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_env(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The environment a user of an S3-compatible store sets; nothing read from this machine's AWS setup."""
    for name in ("AWS_ENDPOINT_URL_S3", "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")  # never ask the instance metadata service
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    return s3_endpoint


@pytest.fixture
def bucket(aws_env: str) -> tuple[Any, str]:
    """A new bucket on the server, and a boto3 client to fill it."""
    client = boto3.client("s3", endpoint_url=aws_env, region_name="us-east-1")
    name = f"source-{next(_BUCKETS)}"
    client.create_bucket(Bucket=name)
    return client, name


def test_a_clean_source_on_s3_passes_and_lists_its_files_with_s3_uris(bucket: tuple[Any, str]) -> None:
    client, name = bucket
    client.put_object(Bucket=name, Key="emb/__default__/part-0.parquet", Body=parquet_bytes(table(dense_columns(10))))
    client.put_object(Bucket=name, Key="emb/books/part-0.parquet", Body=parquet_bytes(table(dense_columns(4))))
    client.put_object(Bucket=name, Key="emb/books/_SUCCESS", Body=b"")
    client.put_object(Bucket=name, Key="emb/manifest.json", Body=b"{}")

    report = validate_source(f"s3://{name}/emb/", dimension=DIMENSION, full=True)

    assert report.ok, report.problems
    assert report.files == (
        SourceFile(f"s3://{name}/emb/__default__/part-0.parquet", "__default__", 10),
        SourceFile(f"s3://{name}/emb/books/part-0.parquet", "books", 4),
    )
    assert report.ignored == (f"s3://{name}/emb/books/_SUCCESS", f"s3://{name}/emb/manifest.json")
    assert report.rows_per_namespace == {"__default__": 10, "books": 4}


def test_each_planted_defect_on_s3_is_named_with_its_file_and_row(bucket: tuple[Any, str]) -> None:
    client, name = bucket
    dense = [defect for defect in ROW_DEFECTS if not defect.sparse]
    for number, defect in enumerate(dense):  # one namespace each: a repeated id is a defect only within one
        client.put_object(Bucket=name, Key=f"src/ns{number:02d}/part.parquet", Body=parquet_bytes(defect.table()))
    client.put_object(
        Bucket=name,
        Key="src/extra/part.parquet",
        Body=parquet_bytes(table({**dense_columns(), "title": ["t"] * 10}, schema=None)),
    )
    client.put_object(Bucket=name, Key="src/broken/part.parquet", Body=b"PAR1 not really")

    report = validate_source(f"s3://{name}/src", dimension=DIMENSION, vector_type="dense")

    expected = [(defect.kind, f"s3://{name}/src/ns{n:02d}/part.parquet", BAD_ROW) for n, defect in enumerate(dense)]
    expected = [
        ("unreadable_file", f"s3://{name}/src/broken/part.parquet", None),
        ("extra_column", f"s3://{name}/src/extra/part.parquet", None),
        *expected,
    ]
    assert [(problem.kind.value, problem.file, problem.row) for problem in report.problems] == expected


def test_sparse_defects_on_s3(bucket: tuple[Any, str]) -> None:
    client, name = bucket
    sparse = [defect for defect in ROW_DEFECTS if defect.sparse]
    for number, defect in enumerate(sparse):
        client.put_object(Bucket=name, Key=f"ns{number}/part.parquet", Body=parquet_bytes(defect.table()))

    report = validate_source(f"s3://{name}", dimension=None, vector_type="sparse")

    assert [(p.kind.value, p.file, p.row) for p in report.problems] == [
        (defect.kind, f"s3://{name}/ns{n}/part.parquet", BAD_ROW) for n, defect in enumerate(sparse)
    ]


def test_counts_ids_and_missing_ids_on_s3(bucket: tuple[Any, str]) -> None:
    client, name = bucket
    big = parquet_bytes(table(dense_columns(2500)), row_group_size=1000)
    client.put_object(Bucket=name, Key="v/__default__/a.parquet", Body=big)
    client.put_object(
        Bucket=name,
        Key="v/sparse/a.parquet",
        Body=parquet_bytes(
            table({"id": ["s0", "s1"], "sparse_values": [{"indices": [1], "values": [0.5]}] * 2}, SPARSE_SCHEMA)
        ),
    )
    uri = f"s3://{name}/v/"

    assert source_row_counts(uri) == {"__default__": 2500, "sparse": 2}
    batches = list(iter_source_ids(uri, batch_size=1000))
    assert [(namespace, len(ids)) for namespace, ids in batches] == [
        ("__default__", 1000),
        ("__default__", 1000),
        ("__default__", 500),
        ("sparse", 2),
    ]
    assert batches[0][1][:3] == ["r0", "r1", "r2"]

    present = {f"r{n}" for n in range(2500)} - {"r7", "r2499"}
    missing = find_missing_ids(
        uri, lambda namespace, ids: present & set(ids) if namespace == "__default__" else set(ids)
    )
    assert list(missing) == [("__default__", "r7"), ("__default__", "r2499")]


def test_aws_endpoint_url_s3_is_preferred_to_aws_endpoint_url(
    bucket: tuple[Any, str], monkeypatch: pytest.MonkeyPatch, aws_env: str
) -> None:
    client, name = bucket
    client.put_object(Bucket=name, Key="__default__/a.parquet", Body=parquet_bytes(table(dense_columns(3))))
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # the discard port: nothing listens
    monkeypatch.setenv("AWS_ENDPOINT_URL_S3", aws_env)

    assert source_row_counts(f"s3://{name}") == {"__default__": 3}


def test_a_missing_bucket_raises_one_source_error_saying_what_to_check(aws_env: str) -> None:
    with pytest.raises(SourceError) as raised:
        validate_source("s3://no-such-bucket/prefix/", dimension=DIMENSION)

    message = str(raised.value)
    assert message.startswith("cannot list s3://no-such-bucket/prefix/: ")
    assert "NO_SUCH_BUCKET" in message
    assert "check the bucket and prefix, the AWS credentials" in message
    assert "AWS_ENDPOINT_URL for an S3-compatible store" in message
    assert raised.value.uri == "s3://no-such-bucket/prefix/"


def test_an_unreachable_endpoint_raises_one_source_error(aws_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:  # a loopback port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{port}")

    with pytest.raises(SourceError, match=r"^cannot list s3://bucket/prefix: .*check the bucket and prefix"):
        source_row_counts("s3://bucket/prefix")


def test_a_missing_prefix_holds_no_files(bucket: tuple[Any, str]) -> None:
    _, name = bucket

    report = validate_source(f"s3://{name}/typo/", dimension=DIMENSION)

    assert [problem.kind for problem in report.problems] == [ProblemKind.NO_FILES]
