"""Hostile requests against the emulator, a real server on loopback: it reads only its bucket root, answers
bad input with a 400 naming it, writes no host path, caps what it reads, retains nothing for a caller
without the key, keeps cheap requests answered while a heavy one runs, and serves loopback Host names only.
"""

from __future__ import annotations

import base64
import json
import logging
import pathlib
import random
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

from pinecone_dataplane.emulator import ManualClock, RunningEmulator, running_emulator, write_dataset
from pinecone_dataplane.emulator import _app as emulator_app
from pinecone_dataplane.emulator._limits import MAX_HEADER_BYTES, MAX_TARGET_BYTES, max_body_bytes

from .emulator_support import client

DIMENSION = 4


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A bucket root with one bucket, and a directory outside it that looks like a source."""
    write_dataset(tmp_path / "root" / "bucket" / "catalog", {"ns": 5}, dimension=DIMENSION)
    write_dataset(tmp_path / "outside" / "catalog", {"ns": 5}, dimension=DIMENSION)
    return tmp_path / "root"


@pytest.fixture
def emulator(root: Path) -> Iterator[RunningEmulator]:
    with running_emulator(bucket_root=root, dimension=DIMENSION, clock=ManualClock()) as running:
        yield running


def api(emulator: RunningEmulator) -> httpx.Client:
    return client(emulator.url, emulator.api_key, check=False)


def run_import(emulator: RunningEmulator, uri: str) -> dict[str, Any]:
    """Start an import of ``uri`` and return its model once it has ended."""
    started = api(emulator).post("/bulk/imports", json={"uri": uri})
    assert started.status_code == 200, started.text
    assert isinstance(emulator.clock, ManualClock)
    emulator.clock.settle()
    model: dict[str, Any] = api(emulator).get(f"/bulk/imports/{started.json()['id']}").json()
    return model


def assert_refused(answer: httpx.Response, status: int, words: str, *host_paths: Path) -> None:
    assert answer.status_code == status, answer.text
    assert words in answer.text
    for path in host_paths:
        assert str(path) not in answer.text


# --- the bucket root ---------------------------------------------------------------------------------


def test_file_uris_outside_the_bucket_root_are_refused_alike_whether_they_exist_or_not(
    emulator: RunningEmulator, root: Path
) -> None:
    existing, missing = root.parent / "outside" / "catalog", root.parent / "nowhere"
    answers = {}
    for path in (existing, missing, Path("/etc"), Path("/root")):
        uri = path.as_uri()
        answer = api(emulator).post("/bulk/imports", json={"uri": uri})
        assert_refused(answer, 400, "outside the emulator's bucket root")
        answers[path] = answer.json()["message"].replace(uri, "URI")
    assert len(set(answers.values())) == 1, answers
    assert emulator.imports_started == 0


def test_file_uris_inside_the_bucket_root_import(emulator: RunningEmulator, root: Path) -> None:
    model = run_import(emulator, (root / "bucket" / "catalog").as_uri())
    assert (model["status"], model["recordsImported"]) == ("Completed", 5)
    # A path that climbs out and back in is judged where it lands.
    climbing = f"file://{root}/../{root.name}/bucket/catalog"
    assert api(emulator).post("/bulk/imports", json={"uri": climbing}).status_code == 200


def test_file_uris_need_a_bucket_root(root: Path) -> None:
    with running_emulator(dimension=DIMENSION) as emulator:
        answer = api(emulator).post("/bulk/imports", json={"uri": (root / "bucket" / "catalog").as_uri()})
        assert_refused(answer, 400, "file:// URIs need the emulator to be started with a bucket root")


@pytest.mark.parametrize(
    "uri",
    [
        "s3://bucket/../../outside/catalog",
        "s3://bucket/%2e%2e/%2e%2e/outside/catalog",
        "gs://bucket/catalog/../../../outside/catalog",
        "https://account.blob.core.windows.net/bucket/%2E%2E/%2E%2E/outside/catalog",
        "s3://linked/catalog",  # a bucket that is a symlink out of the root
    ],
)
def test_paths_that_leave_their_bucket_are_refused(emulator: RunningEmulator, root: Path, uri: str) -> None:
    (root / "linked").symlink_to(root.parent / "outside", target_is_directory=True)
    assert_refused(api(emulator).post("/bulk/imports", json={"uri": uri}), 400, "leaves its bucket", root)


def test_a_file_uri_through_a_symlink_out_of_the_root_is_refused(emulator: RunningEmulator, root: Path) -> None:
    (root / "linked").symlink_to(root.parent / "outside", target_is_directory=True)
    answer = api(emulator).post("/bulk/imports", json={"uri": (root / "linked" / "catalog").as_uri()})
    assert_refused(answer, 400, "outside the emulator's bucket root", root.parent / "outside")


def test_a_namespace_directory_linked_out_of_the_root_fails_the_import_and_reads_nothing(
    emulator: RunningEmulator, root: Path
) -> None:
    source = root / "bucket" / "linked-namespace"
    source.mkdir()
    (source / "stolen").symlink_to(root.parent / "outside" / "catalog" / "ns", target_is_directory=True)
    for uri in ("s3://bucket/linked-namespace", source.as_uri()):
        model = run_import(emulator, uri)
        assert (model["status"], model["recordsImported"]) == ("Failed", 0)
        assert model["error"] == f"{uri}/stolen links outside the emulator's bucket root"
    assert api(emulator).post("/describe_index_stats", json={}).json()["totalVectorCount"] == 0


def test_a_parquet_file_linked_out_of_the_root_fails_the_import(emulator: RunningEmulator, root: Path) -> None:
    namespace = root / "bucket" / "linked-file" / "ns"
    namespace.mkdir(parents=True)
    (namespace / "part.parquet").symlink_to(root.parent / "outside" / "catalog" / "ns" / "part-0000.parquet")
    model = run_import(emulator, "s3://bucket/linked-file")
    assert (model["status"], model["recordsImported"]) == ("Failed", 0)
    assert model["error"] == "s3://bucket/linked-file/ns/part.parquet links outside the emulator's bucket root"


def test_an_unreadable_namespace_directory_is_named_by_its_uri_not_its_host_path(
    emulator: RunningEmulator, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = root / "bucket" / "catalog" / "ns"
    iterdir = pathlib.Path.iterdir

    def refusing(self: Path) -> Iterator[Path]:
        if self == locked:  # what the OS says of a directory without the read permission
            raise PermissionError(13, "Permission denied", str(self))
        return iterdir(self)

    monkeypatch.setattr(pathlib.Path, "iterdir", refusing)
    model = run_import(emulator, "s3://bucket/catalog")
    assert (model["status"], model["error"]) == ("Failed", "s3://bucket/catalog/ns cannot be read: Permission denied")
    assert str(root) not in json.dumps(model)


# --- malformed input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "words"),
    [
        ("s3://bucket/cat\x00alog", "uri holds a NUL byte"),
        ("s3://bucket/cat%00alog", "uri holds a NUL byte"),
        ("file:///etc\x00/passwd", "uri holds a NUL byte"),
        ("s3://[::1/x", "is not a valid URI: Invalid IPv6 URL"),
        ("https://[::1/x", "is not a valid URI"),
    ],
)
def test_malformed_uris_are_400s_and_the_connection_stays_usable(
    emulator: RunningEmulator, root: Path, uri: str, words: str
) -> None:
    with api(emulator) as same_connection:
        assert_refused(same_connection.post("/bulk/imports", json={"uri": uri}), 400, words, root)
        assert same_connection.get("/bulk/imports").status_code == 200


def nested(depth: int) -> dict[str, Any]:
    filter_: dict[str, Any] = {"genre": "drama"}
    for level in range(depth):
        filter_ = {"$and" if level % 2 else "$or": [filter_, {"year": {"$gte": 2000}}]}
    return filter_


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/query", {"vector": [0.1] * DIMENSION, "topK": 1}),
        ("/vectors/update", {"setMetadata": {"seen": True}, "dryRun": True}),
        ("/vectors/delete", {}),
        ("/vectors/fetch_by_metadata", {}),
    ],
)
def test_filters_nested_too_deep_are_400s_naming_the_depth(emulator: RunningEmulator, path: str, body: dict) -> None:
    session = api(emulator)
    session.post("/vectors/upsert", json={"vectors": [{"id": "a", "values": [0.1] * DIMENSION}]})
    assert session.post(path, json={**body, "filter": nested(32)}).status_code == 200
    for depth in (33, 250):
        answer = session.post(path, json={**body, "filter": nested(depth)})
        assert_refused(answer, 400, "filter nests $and and $or more than 32 levels deep")


def token(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (token("imports:\u0661\u0662"), "it must hold a number in ASCII digits"),  # Arabic-Indic digits
        (token("imports:\u00b2"), "it must hold a number in ASCII digits"),  # a superscript two
        (token("imports:" + "9" * 5000), "it must hold a number in ASCII digits"),
        (token("vectors:a"), "not one this emulator handed out for this operation"),
        ("\u0661\u0662", "not one this emulator handed out (not base64url)"),
        ("A", "not one this emulator handed out (not base64url)"),
    ],
)
def test_pagination_tokens_that_are_not_ours_are_400s_naming_the_problem(
    emulator: RunningEmulator, raw: str, words: str
) -> None:
    answer = api(emulator).get("/bulk/imports", params={"paginationToken": raw})
    assert_refused(answer, 400, f"invalid pagination token: {words}")
    assert len(answer.text) < 500  # a long token is not echoed whole


@pytest.mark.parametrize("limit", ["\u0661\u0660", "1_0", " 10", "1" * 5000])
def test_limits_are_ascii_integers(emulator: RunningEmulator, limit: str) -> None:
    answer = api(emulator).get("/vectors/list", params={"limit": limit})
    assert_refused(answer, 400, "limit must be an integer from 1 to 100")
    assert len(answer.text) < 500


# --- caps ---------------------------------------------------------------------------------------------


def raw_request(emulator: RunningEmulator, head: bytes) -> tuple[int, bytes]:
    """Send bytes as they are on one connection (httpx refuses URLs past 64 KiB); the answer's status and body."""
    address = urlsplit(emulator.url)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(head)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


def get(emulator: RunningEmulator, target: str, key: str | None = None) -> tuple[int, bytes]:
    headers = "" if key is None else f"Api-Key: {key}\r\n"
    return raw_request(
        emulator, f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n".encode()
    )


def test_a_client_that_leaves_mid_body_is_forgotten_without_an_error_in_the_log(
    root: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING), running_emulator(bucket_root=root, dimension=DIMENSION) as emulator:
        address = urlsplit(emulator.url)
        head = (
            "POST /vectors/upsert HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Api-Key: {emulator.api_key}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
        )
        with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
            connection.sendall(head.encode() + b'{"vectors": [')
        assert api(emulator).get("/bulk/imports").status_code == 200
    # Stopping waits for the abandoned request's task, so whatever it logged is in by now.
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []


def test_the_longest_request_the_specs_allow_is_served(emulator: RunningEmulator) -> None:
    """A fetch of 1000 ids of 512 characters, each of them percent-encoded: the target cap's reckoning."""
    ids = [f"{index:03d}" + "/" * 509 for index in range(1000)]
    target = "/vectors/fetch?" + "&".join(f"ids={quote(id_, safe='')}" for id_ in ids) + "&namespace=ns"
    assert len(target) <= MAX_TARGET_BYTES
    status, body = get(emulator, target, emulator.api_key)
    assert (status, json.loads(body)["vectors"]) == (200, {})


def test_a_target_or_headers_past_their_caps_are_refused(emulator: RunningEmulator) -> None:
    key = emulator.api_key.encode()
    long_target = b"/bulk/imports?x=" + b"a" * MAX_TARGET_BYTES
    status, body = raw_request(
        emulator,
        b"GET " + long_target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nApi-Key: " + key + b"\r\nConnection: close\r\n\r\n",
    )
    assert (status, f"cap of {MAX_TARGET_BYTES} bytes".encode() in body) == (414, True)
    filler = b"".join(b"X-Filler-%d: %s\r\n" % (index, b"f" * 1000) for index in range(MAX_HEADER_BYTES // 1000 + 1))
    status, body = raw_request(
        emulator, b"GET /bulk/imports HTTP/1.1\r\nHost: 127.0.0.1\r\n" + filler + b"Connection: close\r\n\r\n"
    )
    assert (status, f"cap of {MAX_HEADER_BYTES} bytes".encode() in body) == (431, True)


def test_a_body_past_the_cap_is_a_413_whether_announced_or_streamed(root: Path) -> None:
    cap = 64 << 10
    with running_emulator(bucket_root=root, dimension=DIMENSION, max_body_bytes=cap) as emulator:
        key = emulator.api_key.encode()
        announced = (
            b"POST /vectors/upsert HTTP/1.1\r\nHost: localhost\r\nApi-Key: " + key + b"\r\n"
            b"Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (cap + 1)
        )
        status, body = raw_request(emulator, announced)  # answered before any of the body is sent
        assert (status, json.loads(body)["message"]) == (
            413,
            f"the request body is larger than the emulator's cap of {cap} bytes",
        )

        def chunks(size: int) -> Iterator[bytes]:
            for _ in range(size // 4096):
                yield b" " * 4096

        streamed = api(emulator).post("/vectors/upsert", content=chunks(cap + 8192))
        assert (streamed.status_code, streamed.json()["code"]) == (413, 8)
        vectors = {"vectors": [{"id": "a", "values": [0.5] * DIMENSION}]}
        padded = json.dumps(vectors).encode() + b" " * (cap - 100)
        assert api(emulator).post("/vectors/upsert", content=padded).status_code == 200


def test_the_default_body_cap_holds_the_largest_upsert_the_specs_allow() -> None:
    """One vector at its largest, as Python's json writes it, times the 1000 an upsert may hold."""
    for dimension in (1, 1536, 20_000):
        metadata = {"text": "\U0001f600" * (40 * 1024 // 4 - 10)}  # 40 KB of UTF-8, 12 bytes per emoji in JSON
        vector = {
            "id": "\x01" * 512,
            "values": [-1.2345678901234567e-38] * dimension,
            "sparseValues": {
                "indices": [4294967295 - index for index in range(1000)],
                "values": [-1.2345678901234567e-38] * 1000,
            },
            "metadata": metadata,
        }
        largest = len(json.dumps(vector)) * 1000 + len('{"vectors": [], "namespace": ""}') + 1000 * len(", ")
        assert largest <= max_body_bytes(dimension)
        assert max_body_bytes(dimension) < 2 * largest  # and not far above it


# --- what a caller leaves behind -----------------------------------------------------------------------


def test_requests_without_the_key_retain_nothing(emulator: RunningEmulator) -> None:
    for index in range(10):
        path = f"/{index}" + "p" * 1_000_000
        assert get(emulator, path)[0] == 401
        assert get(emulator, path, "wrong")[0] == 401
        assert get(emulator, path, emulator.api_key + "\r\nX-Pinecone-Api-Version: 1999")[0] == 400
    assert emulator.requests == {}
    api(emulator).get("/bulk/imports")
    assert emulator.requests == {"GET /bulk/imports": 1}


# --- the key and the address ---------------------------------------------------------------------------

ROUTES = [
    ("GET", "/bulk/imports"),
    ("POST", "/bulk/imports"),
    ("GET", "/bulk/imports/1"),
    ("DELETE", "/bulk/imports/1"),
    ("POST", "/describe_index_stats"),
    ("POST", "/query"),
    ("POST", "/vectors/upsert"),
    ("GET", "/vectors/fetch"),
    ("POST", "/vectors/fetch_by_metadata"),
    ("GET", "/vectors/list"),
    ("POST", "/vectors/update"),
    ("POST", "/vectors/delete"),
    ("GET", "/namespaces"),
    ("GET", "/namespaces/ns"),
    ("DELETE", "/namespaces/ns"),
    ("POST", "/namespaces/ns/documents/search"),
    ("POST", "/records/namespaces/ns/upsert"),
    ("POST", "/records/namespaces/ns/search"),
    ("GET", "/no/such/route"),
]


def test_every_route_checks_the_key_in_constant_time(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared: list[tuple[bytes, bytes]] = []
    compare_digest = emulator_app.hmac.compare_digest

    def recording(given: bytes, expected: bytes) -> bool:
        compared.append((given, expected))
        return compare_digest(given, expected)

    monkeypatch.setattr(emulator_app.hmac, "compare_digest", recording)
    same_length = "x" * len(emulator.api_key)
    anonymous, keyed = httpx.Client(base_url=emulator.url, timeout=10), api(emulator)
    for method, path in ROUTES:
        for key in (None, same_length, emulator.api_key[:-1]):
            headers = {} if key is None else {"Api-Key": key}
            answer = anonymous.request(method, path, headers=headers, json={})
            assert answer.status_code == 401, (method, path, key)
        assert keyed.request(method, path, json={}).status_code != 401
    assert len(compared) == 3 * len(ROUTES)
    assert {expected for _, expected in compared} == {emulator.api_key.encode()}


def test_it_listens_on_127_0_0_1_only(emulator: RunningEmulator) -> None:
    address = urlsplit(emulator.url)
    assert address.hostname == "127.0.0.1"
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", address.port), timeout=5)


@pytest.mark.parametrize(
    "host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}", "app.localhost:{port}", "127.1.2.3"]
)
def test_loopback_host_names_are_served(emulator: RunningEmulator, host: str) -> None:
    port = urlsplit(emulator.url).port
    assert api(emulator).get("/bulk/imports", headers={"Host": host.format(port=port)}).status_code == 200


@pytest.mark.parametrize(
    "host",
    ["evil.example:{port}", "evil.example", "127.0.0.1.evil.example", "10.0.0.1:{port}", "localhost.evil.example", ""],
)
def test_other_host_names_are_refused(emulator: RunningEmulator, host: str) -> None:
    """A page whose name was rebound to 127.0.0.1 sends its own name, with a default key to guess."""
    port = urlsplit(emulator.url).port
    answer = api(emulator).get("/bulk/imports", headers={"Host": host.format(port=port)})
    assert_refused(
        answer, 403, "is not a loopback name; the emulator serves others only when started with --allow-host"
    )
    assert emulator.requests == {}


def test_a_request_without_host_is_refused(emulator: RunningEmulator) -> None:
    status, body = raw_request(
        emulator, b"GET /bulk/imports HTTP/1.0\r\nApi-Key: " + emulator.api_key.encode() + b"\r\n\r\n"
    )
    assert (status, json.loads(body)["message"].startswith("no Host header is not a loopback name")) == (403, True)


def test_allowed_hosts_widen_the_rule(root: Path) -> None:
    with running_emulator(bucket_root=root, allowed_hosts=["Emulator.Internal"]) as emulator:
        session = api(emulator)
        assert session.get("/bulk/imports", headers={"Host": "emulator.internal:80"}).status_code == 200
        assert session.get("/bulk/imports", headers={"Host": "localhost"}).status_code == 200
        assert session.get("/bulk/imports", headers={"Host": "other.example"}).status_code == 403
    with running_emulator(bucket_root=root, allowed_hosts=["*"]) as emulator:
        assert api(emulator).get("/bulk/imports", headers={"Host": "any.example"}).status_code == 200


def test_the_official_sdk_is_served_by_loopback_name(emulator: RunningEmulator) -> None:
    pinecone = pytest.importorskip("pinecone")
    port = urlsplit(emulator.url).port
    for host in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        index = pinecone.Pinecone(api_key=emulator.api_key).Index(host=host)
        assert index.describe_index_stats().total_vector_count == 0


# --- heavy work off the event loop --------------------------------------------------------------------


DRY_RUN = {"filter": {"genre": "drama"}, "setMetadata": {"seen": True}, "dryRun": True}


def test_cheap_requests_are_answered_while_a_heavy_one_waits_for_the_index(emulator: RunningEmulator) -> None:
    """The index is held (as a long query holds it); the query waiting for it must not hold up the server."""
    session = api(emulator)
    session.post("/vectors/upsert", json={"vectors": [{"id": "a", "values": [0.1] * DIMENSION}]})
    answers: dict[str, int] = {}
    store_lock = emulator.state.store._lock

    def heavy(path: str, body: dict[str, Any]) -> None:
        answers[path] = client(emulator.url, emulator.api_key, check=False).post(path, json=body).status_code

    with store_lock:
        # Started with the index held, so the import cannot have finished before the checks below.
        started = session.post("/bulk/imports", json={"uri": "s3://bucket/catalog"}).json()["id"]
        waiting = [
            threading.Thread(target=heavy, args=("/query", {"vector": [0.1] * DIMENSION, "topK": 1})),
            # An update by filter (a dry run) reads every record, as a filtered stats call would on a pod index.
            threading.Thread(target=heavy, args=("/vectors/update", DRY_RUN)),
        ]
        for thread in waiting:
            thread.start()
        # Answered at once (a time-out here, ten seconds, would fail the test): listing and describing imports
        # read no index, and the import writing to the held index does not hold its own status meanwhile.
        assert session.get("/bulk/imports").status_code == 200
        assert isinstance(emulator.clock, ManualClock)
        assert session.get(f"/bulk/imports/{started}").json()["status"] in ("Pending", "InProgress")
        assert answers == {}
    for thread in waiting:
        thread.join(10)
    assert answers == {"/query": 200, "/vectors/update": 200}
    emulator.clock.settle()
    assert session.get(f"/bulk/imports/{started}").json()["recordsImported"] == 5


# --- random input ---------------------------------------------------------------------------------------


def random_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 6 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2**63, -(2**64), 10**400, 1e308, -0.0, 3.5])
    if kind == 3:
        return "".join(
            chr(rng.choice([0, 0x1F, 0x7F, 0xE9, 0x2603, 0x1F600, 0xD800 - 1, rng.randrange(32, 127)]))
            for _ in range(rng.randrange(8))
        )
    if kind == 4:
        return rng.choice(
            ["$and", "$or", "$eq", "$in", "$exists", "__default__", "", "s3://bucket/catalog", "file:///"]
        )
    if kind == 5:
        return [0.5] * rng.choice([0, 1, DIMENSION, 10_001])
    if kind == 6:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [
        "vectors",
        "vector",
        "id",
        "ids",
        "topK",
        "top_k",
        "filter",
        "namespace",
        "uri",
        "values",
        "sparseValues",
        "metadata",
        "setMetadata",
        "deleteAll",
        "query",
        "errorMode",
        "limit",
        "paginationToken",
        "$and",
        "fields",
    ]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def random_body(rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:
        return rng.randbytes(rng.randrange(64))
    if choice == 1:
        return b"[" * 100_000 + b"]" * 100_000
    if choice == 2:
        return b'{"filter": ' + b'{"a": ' * 900 + b"1" + b"}" * 901
    return json.dumps(random_value(rng), allow_nan=True).encode()


def test_random_bodies_get_no_5xx(emulator: RunningEmulator) -> None:
    rng = random.Random(21)
    session = api(emulator)
    posts = [path for method, path in ROUTES if method == "POST"]
    for _ in range(300):
        path = rng.choice(posts)
        answer = session.post(path, content=random_body(rng), headers={"Content-Type": "application/json"})
        assert answer.status_code < 500, (path, answer.text)
    assert session.get("/bulk/imports").status_code == 200
