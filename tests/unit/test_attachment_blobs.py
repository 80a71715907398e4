"""Attachment contents in the database (issue 16): a shared server store keeps the bytes in
`attachment_blobs` + `attachment_chunks`, streamed both ways, once per content, and hands
readers a verified local copy. The class is dialect-neutral, so it runs on both backends
here; the store itself uses it only on a server."""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
import threading
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, insert, select, text, update

from prosjektark.store import attachments
from prosjektark.store.attachment_blobs import DatabaseAttachments
from prosjektark.store.database import create_sqlite_engine
from prosjektark.store.engine import create_server_engine
from prosjektark.store.errors import StoreError
from prosjektark.store.models import AttachmentBlobRow, AttachmentChunkRow, AttachmentRef
from prosjektark.store.repository import Store

MIB = 1024 * 1024


@pytest.fixture
def make_engine(backend: str, request: pytest.FixtureRequest, tmp_path: Path):
    """Opens another engine (another user) on the test's one database at the head schema."""
    engines: list[Engine] = []
    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")

        def make() -> Engine:
            engines.append(create_server_engine(url))
            return engines[-1]
    else:
        db = tmp_path / "prosjektark.sqlite3"
        Store.open(db, tmp_path / "vedlegg").close()  # migrates it

        def make() -> Engine:
            engines.append(create_sqlite_engine(db))
            return engines[-1]

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def engine(make_engine: Callable[[], Engine]) -> Engine:
    return make_engine()


@pytest.fixture
def contents(engine: Engine, tmp_path: Path) -> DatabaseAttachments:
    return DatabaseAttachments(engine, cache_dir=tmp_path / "cache")


def random_file(path: Path, size: int, seed: int = 16) -> bytes:
    body = random.Random(seed).randbytes(size)
    path.write_bytes(body)
    return body


def counts(engine: Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        blobs = conn.scalar(select(func.count()).select_from(AttachmentBlobRow))
        chunks = conn.scalar(select(func.count()).select_from(AttachmentChunkRow))
    return blobs, chunks


def refer(engine: Engine, digest: str, sheet_id: str | None = None) -> str:
    sheet_id = sheet_id or str(uuid.uuid4())
    with engine.begin() as conn:
        conn.execute(insert(AttachmentRef).values(sheet_id=sheet_id, sha256=digest))
    return sheet_id


def wait_until_waiting_on_a_lock(engine: Engine, other: threading.Thread) -> None:
    """Until another session of this database waits on a row lock (PostgreSQL), so the
    interleaving a race test needs has really happened; not if that thread ended instead."""
    deadline = time.monotonic() + 60
    while other.is_alive() and time.monotonic() < deadline:
        with engine.connect() as conn:
            waiting = conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    " AND datname = current_database()"
                )
            )
        if waiting:
            return
        time.sleep(0.02)


def test_a_file_of_several_chunks_comes_back_byte_identical(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path
) -> None:
    body = random_file(tmp_path / "situasjonsplan.pdf", 3 * MIB + MIB // 2)

    digest, size = contents.put(tmp_path / "situasjonsplan.pdf")

    assert (digest, size) == (hashlib.sha256(body).hexdigest(), len(body))
    assert counts(engine) == (1, 4)  # 1 MiB chunks, the last one half full
    copy = contents.path(digest, "situasjonsplan.pdf")
    assert copy.read_bytes() == body
    assert contents.path(digest, "situasjonsplan.pdf") == copy  # the intact copy is reused


def test_the_same_content_is_stored_once(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path
) -> None:
    body = random_file(tmp_path / "a.pdf", 2 * MIB)
    (tmp_path / "kopi av a.pdf").write_bytes(body)

    first = contents.put(tmp_path / "a.pdf")
    second = contents.put(tmp_path / "kopi av a.pdf")

    assert first == second
    assert counts(engine) == (1, 2)


def test_an_empty_file_round_trips(contents: DatabaseAttachments, tmp_path: Path) -> None:
    (tmp_path / "tom.txt").write_bytes(b"")
    digest, size = contents.put(tmp_path / "tom.txt")
    assert size == 0
    assert contents.path(digest, "tom.txt").read_bytes() == b""


def test_two_users_adding_the_same_file_at_once_store_one_blob(
    backend: str, make_engine: Callable[[], Engine], tmp_path: Path
) -> None:
    body = random_file(tmp_path / "plan.pdf", 2 * MIB)
    writers: list[str] = []
    first_inserted = threading.Event()
    second_started = threading.Event()
    watcher = make_engine()
    threads: dict[str, threading.Thread] = {}

    class Observed(DatabaseAttachments):
        def _write_chunks(self, conn, source, digest, size) -> None:
            writers.append(threading.current_thread().name)
            super()._write_chunks(conn, source, digest, size)
            first_inserted.set()
            # Hold the transaction open until the other user is at the same content.
            second_started.wait(60)
            if backend == "postgresql":
                wait_until_waiting_on_a_lock(watcher, threads["andre"])
            else:
                time.sleep(0.2)  # SQLite: the other waits in BEGIN IMMEDIATE (not visible)

    results: dict[str, tuple[str, int]] = {}
    errors: list[BaseException] = []

    def add(name: str) -> None:
        try:
            if name == "andre":
                second_started.set()
            results[name] = Observed(make_engine(), tmp_path / name).put(tmp_path / "plan.pdf")
        except BaseException as exc:  # reported below, with the other thread's result
            errors.append(exc)

    threads["første"] = threading.Thread(target=add, args=("første",), name="første")
    threads["andre"] = threading.Thread(target=add, args=("andre",), name="andre")
    threads["første"].start()
    assert first_inserted.wait(60) or errors
    threads["andre"].start()
    for thread in threads.values():
        thread.join(120)

    assert errors == []
    expected = (hashlib.sha256(body).hexdigest(), len(body))
    assert results == {"første": expected, "andre": expected}
    assert writers == ["første"]  # the second found the content there and wrote nothing
    assert counts(watcher) == (1, 2)
    reader = DatabaseAttachments(watcher, tmp_path / "les")
    assert reader.path(expected[0], "plan.pdf").read_bytes() == body


def test_too_large_is_refused_in_norwegian_and_nothing_is_stored(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 2 * MIB)
    random_file(tmp_path / "stor.pdf", 3 * MIB)

    with pytest.raises(StoreError) as caught:
        contents.put(tmp_path / "stor.pdf")

    assert str(caught.value) == (
        "Vedlegget «stor.pdf» er for stort (3 MB). Største tillatte størrelse er 2 MB."
    )
    assert counts(engine) == (0, 0)


def test_a_file_that_grows_past_the_limit_while_read_leaves_nothing(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3 * MIB)
    source = tmp_path / "logg.txt"
    random_file(source, 3 * MIB)  # just allowed when it is looked at
    hash_once = DatabaseAttachments._hash

    def hash_then_grow(self, path: Path) -> tuple[str, int]:
        result = hash_once(self, path)
        with path.open("ab") as handle:  # another program still writing the file
            handle.write(b"x" * MIB)
        return result

    monkeypatch.setattr(DatabaseAttachments, "_hash", hash_then_grow)

    with pytest.raises(StoreError, match=r"«logg.txt» er for stort \(4 MB\)"):
        contents.put(source)
    assert counts(engine) == (0, 0)


def test_a_file_changed_between_hashing_and_storing_leaves_nothing(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "notat.txt"
    random_file(source, 3 * MIB)
    hash_once = DatabaseAttachments._hash

    def hash_then_change(self, path: Path) -> tuple[str, int]:
        result = hash_once(self, path)
        random_file(path, 3 * MIB, seed=17)  # same size, other bytes
        return result

    monkeypatch.setattr(DatabaseAttachments, "_hash", hash_then_change)

    with pytest.raises(StoreError) as caught:
        contents.put(source)
    assert str(caught.value) == f"Filen «{source}» ble endret mens den ble lagt ved. Prøv igjen."
    assert counts(engine) == (0, 0)


def test_put_with_a_sheet_records_its_reference_in_the_same_transaction(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path
) -> None:
    random_file(tmp_path / "kart.png", 1000)
    digest, _ = contents.put(tmp_path / "kart.png", sheet_id="ark-1")
    contents.put(tmp_path / "kart.png", sheet_id="ark-1")  # again: no duplicate
    with engine.connect() as conn:
        refs = conn.execute(select(AttachmentRef.sheet_id, AttachmentRef.sha256)).all()
    assert refs == [("ark-1", digest)]


def test_discard_keeps_content_that_is_still_referenced(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path
) -> None:
    digests = []
    for seed, name in enumerate(["brukt.pdf", "ubrukt.pdf", "fjernet.pdf"]):
        random_file(tmp_path / name, MIB + 10, seed=seed)
        digests.append(contents.put(tmp_path / name)[0])
    used, unused, dropped = digests
    refer(engine, used)
    sheet = refer(engine, dropped)
    contents.path(dropped, "fjernet.pdf")  # a local copy exists too
    with engine.begin() as conn:  # the sheet was purged: its reference went first
        conn.execute(delete(AttachmentRef).where(AttachmentRef.sheet_id == sheet))

    contents.discard([used, unused, dropped, "not-a-digest"])

    assert counts(engine) == (1, 2)
    assert contents.path(used, "brukt.pdf").read_bytes() == (tmp_path / "brukt.pdf").read_bytes()
    for digest, name in [(unused, "ubrukt.pdf"), (dropped, "fjernet.pdf")]:
        with pytest.raises(StoreError) as caught:
            contents.path(digest, name)
        assert str(caught.value) == f"Vedlegget «{name}» finnes ikke lenger i lageret."
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [used]


def test_content_another_user_purged_is_gone_here_too(
    contents: DatabaseAttachments, make_engine: Callable[[], Engine], tmp_path: Path
) -> None:
    random_file(tmp_path / "plan.pdf", 1000)
    digest, _ = contents.put(tmp_path / "plan.pdf")
    copy = contents.path(digest, "plan.pdf")
    other = DatabaseAttachments(make_engine(), tmp_path / "den andres")

    other.discard([digest])

    with pytest.raises(StoreError, match="«plan.pdf» finnes ikke lenger i lageret"):
        contents.path(digest, "plan.pdf")
    assert not copy.exists()


def test_a_damaged_local_copy_is_noticed_and_written_again(
    contents: DatabaseAttachments, tmp_path: Path
) -> None:
    body = random_file(tmp_path / "plan.pdf", 2 * MIB + 5)
    digest, _ = contents.put(tmp_path / "plan.pdf")
    copy = contents.path(digest, "plan.pdf")
    with copy.open("r+b") as handle:  # a bit flipped on disk, same size
        handle.seek(MIB)
        byte = handle.read(1)
        handle.seek(MIB)
        handle.write(bytes([byte[0] ^ 1]))
    assert copy.read_bytes() != body

    again = contents.path(digest, "plan.pdf")

    assert again == copy and again.read_bytes() == body


def test_content_damaged_in_the_database_is_not_handed_out(
    contents: DatabaseAttachments, engine: Engine, tmp_path: Path
) -> None:
    random_file(tmp_path / "plan.pdf", 2 * MIB)
    digest, _ = contents.put(tmp_path / "plan.pdf")
    with engine.begin() as conn:
        conn.execute(
            update(AttachmentChunkRow)
            .where(AttachmentChunkRow.sha256 == digest, AttachmentChunkRow.n == 1)
            .values(data=b"\0" * MIB)
        )

    with pytest.raises(StoreError) as caught:
        contents.path(digest, "plan.pdf")

    assert str(caught.value) == (
        "Vedlegget «plan.pdf» er skadet i databasen: innholdet stemmer ikke med sjekksummen."
    )
    assert list((tmp_path / "cache").iterdir()) == []  # the bad copy is gone


def test_adding_and_reading_a_large_file_does_not_hold_it_in_memory(
    contents: DatabaseAttachments, tmp_path: Path
) -> None:
    source = tmp_path / "flyfoto.tif"
    hasher = hashlib.sha256()
    with source.open("wb") as out:
        generator = random.Random(50)
        for _ in range(50):
            chunk = generator.randbytes(MIB)
            hasher.update(chunk)
            out.write(chunk)

    tracemalloc.start()
    try:
        digest, size = contents.put(source)
        put_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        copy = contents.path(digest, "flyfoto.tif")
        path_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert (digest, size) == (hasher.hexdigest(), 50 * MIB)
    assert put_peak < 10 * MIB, f"put traced {put_peak / MIB:.1f} MiB"
    assert path_peak < 10 * MIB, f"path traced {path_peak / MIB:.1f} MiB"
    assert copy.stat().st_size == 50 * MIB


_RSS_CHILD = """
import sys
from pathlib import Path
from prosjektark.store.attachment_blobs import DatabaseAttachments
from prosjektark.store.database import create_sqlite_engine
from prosjektark.store.engine import create_server_engine, is_server_url

def status(field):
    with open("/proc/self/status") as lines:
        return next(int(l.split()[1]) * 1024 for l in lines if l.startswith(field + ":"))

def growth(action):
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # resets the peak resident size (VmHWM) to the current one
    before = status("VmRSS")
    result = action()
    return status("VmHWM") - before, result

where, source, cache = sys.argv[1:]
engine = create_server_engine(where) if is_server_url(where) else create_sqlite_engine(Path(where))
contents = DatabaseAttachments(engine, Path(cache))
contents.discard(["0" * 64])  # connected and warmed up before measuring
put_growth, (digest, _) = growth(lambda: contents.put(Path(source)))
path_growth, _ = growth(lambda: contents.path(digest, "flyfoto.tif"))
print(put_growth, path_growth)
"""


@pytest.mark.skipif(
    not Path("/proc/self/clear_refs").exists(), reason="measures with Linux's /proc/self/status"
)
def test_the_driver_does_not_hold_a_large_file_either(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # tracemalloc sees only Python's allocations; the driver's own buffers (libpq would
    # fetch every chunk of a content at once without a server-side cursor) show in the
    # peak resident size of a process of its own.
    if backend == "postgresql":
        where = request.getfixturevalue("pg_url")
    else:
        where = str(tmp_path / "prosjektark.sqlite3")
        Store.open(Path(where), tmp_path / "vedlegg").close()
    source = tmp_path / "flyfoto.tif"
    with source.open("wb") as out:
        generator = random.Random(51)
        for _ in range(50):
            out.write(generator.randbytes(MIB))

    child = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, where, str(source), str(tmp_path / "cache")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip

    assert child.returncode == 0, child.stderr
    put_growth, path_growth = map(int, child.stdout.split())
    assert put_growth < 20 * MIB, f"put grew the process by {put_growth / MIB:.0f} MiB"
    assert path_growth < 20 * MIB, f"path grew the process by {path_growth / MIB:.0f} MiB"


# -- races between users of one server (PostgreSQL: the waits are observable there) ----


# Row locks between users are a server's matter: SQLite lets one writer in at a time.
server_only = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=pytest.mark.postgresql)]
)


def run(target: Callable[[], object]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def body() -> None:
        try:
            target()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=body)
    thread.start()
    return thread, errors


@server_only
def test_discard_does_not_remove_content_a_sheet_is_being_given(
    make_engine: Callable[[], Engine], tmp_path: Path
) -> None:
    # One user purges the last sheet using the content while another attaches the same
    # file to another sheet: the content must stay, since the second sheet refers to it.
    body = random_file(tmp_path / "plan.pdf", MIB + 1)
    watcher = make_engine()
    purger = DatabaseAttachments(make_engine(), tmp_path / "a")
    digest, _ = purger.put(tmp_path / "plan.pdf")  # stored earlier, no reference left
    held = threading.Event()
    go_on = threading.Event()

    class Attacher(DatabaseAttachments):
        def _hold_existing(self, conn, digest) -> bool:
            found = super()._hold_existing(conn, digest)
            held.set()
            go_on.wait(60)
            return found

    attacher = Attacher(make_engine(), tmp_path / "b")
    adding, add_errors = run(lambda: attacher.put(tmp_path / "plan.pdf", sheet_id="ark-2"))
    assert held.wait(60), add_errors
    discarding, discard_errors = run(lambda: purger.discard([digest]))
    wait_until_waiting_on_a_lock(watcher, discarding)
    go_on.set()
    adding.join(60)
    discarding.join(60)

    assert add_errors == [] and discard_errors == []
    assert counts(watcher) == (1, 2)
    assert attacher.path(digest, "plan.pdf").read_bytes() == body


@server_only
def test_content_discarded_while_being_added_is_stored_again(
    make_engine: Callable[[], Engine], tmp_path: Path
) -> None:
    body = random_file(tmp_path / "plan.pdf", MIB + 1)
    watcher = make_engine()
    deleted = threading.Event()
    go_on = threading.Event()

    class Purger(DatabaseAttachments):
        def _delete(self, conn, digests) -> None:
            super()._delete(conn, digests)
            deleted.set()
            go_on.wait(60)

    purger = Purger(make_engine(), tmp_path / "a")
    digest, _ = purger.put(tmp_path / "plan.pdf")
    discarding, discard_errors = run(lambda: purger.discard([digest]))
    assert deleted.wait(60), discard_errors
    attacher = DatabaseAttachments(make_engine(), tmp_path / "b")
    adding, add_errors = run(lambda: attacher.put(tmp_path / "plan.pdf", sheet_id="ark-2"))
    wait_until_waiting_on_a_lock(watcher, adding)
    go_on.set()
    discarding.join(60)
    adding.join(60)

    assert add_errors == [] and discard_errors == []
    assert counts(watcher) == (1, 2)
    assert attacher.path(digest, "plan.pdf").read_bytes() == body
