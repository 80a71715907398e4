"""Attachment contents kept in the database itself (a shared server store).

A shared store cannot point into one user's folder, so on a server each content lives in
`attachment_blobs` (one row per SHA-256) and `attachment_chunks` (its bytes in 1 MiB
pieces). Chunks let both directions stream: psycopg would otherwise hold a whole 200 MB
attachment in memory as one parameter or one value.

Readers get a local file (exporters and the window take paths): a verified copy in a
private cache folder of this process, removed when it exits.

The SQL is dialect-neutral, so this also runs on SQLite (the tests use that); the store
uses it only on servers and keeps files beside a SQLite database (AttachmentFiles).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from prosjektark.i18n import translate
from prosjektark.store import attachments
from prosjektark.store.attachments import (
    _CHUNK,
    check_digest,
    check_source,
    missing,
    too_large,
    unreadable_file,
)
from prosjektark.store.database import IMMEDIATE
from prosjektark.store.engine import dialect_insert, driver_reason
from prosjektark.store.errors import StoreError
from prosjektark.store.models import AttachmentBlobRow, AttachmentChunkRow, AttachmentRef

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

log = logging.getLogger("prosjektark.store")

# A content that a concurrent discard deletes between our "already there" and our lock on
# it is inserted afresh; more rounds than this would mean something else is wrong.
_PUT_ATTEMPTS = 5

_cache_lock = threading.Lock()
_cache_root: Path | None = None


def _process_cache() -> Path:
    """A private (0700) folder for this process's copies, removed at exit.

    Per process and temporary rather than a lasting user cache: the contents belong to the
    shared database, and copies left on a laptop's disk would outlive the user's access."""
    global _cache_root
    with _cache_lock:
        if _cache_root is None or not _cache_root.is_dir():
            _cache_root = Path(tempfile.mkdtemp(prefix="prosjektark-vedlegg-db-"))
            atexit.register(shutil.rmtree, _cache_root, ignore_errors=True)
        return _cache_root


class DatabaseAttachments:
    """The AttachmentContents of a server store: blobs in chunks, read through a cache."""

    def __init__(self, engine: Engine, cache_dir: Path | None = None) -> None:
        self.engine = engine
        self._cache_dir = cache_dir

    # -- put --------------------------------------------------------------------------

    def put(self, source: Path, sheet_id: str | None = None) -> tuple[str, int]:
        """Store the file's bytes once per content; with `sheet_id`, also the sheet's
        reference to it, in the same transaction (see `_hold_existing`).

        Hash first, then insert: the file is read twice, but the key of the blob row is
        its final SHA-256 from the start. The other way (a temporary key, renamed at the
        end) would have to rewrite every chunk's key as well, and two users adding the
        same content would only meet at the rename, after both had written it all. Here
        the second one waits on the first one's uncommitted row and then writes nothing.
        The second read is hashed again and everything is one transaction, so a file
        that changes meanwhile (or grows past the limit) leaves no partial blob."""
        source = Path(source)
        check_source(source)
        digest, size = self._hash(source)
        try:
            with self._transaction() as conn:
                for _ in range(_PUT_ATTEMPTS):
                    # RETURNING, not rowcount: psycopg reports -1 for an INSERT's rowcount
                    # unless asked to preserve it.
                    inserted = conn.execute(
                        dialect_insert(conn, AttachmentBlobRow)
                        .values(sha256=digest, size=size)
                        .on_conflict_do_nothing()
                        .returning(AttachmentBlobRow.sha256)
                    ).first()
                    if inserted is not None:
                        self._write_chunks(conn, source, digest, size)
                        break
                    if self._hold_existing(conn, digest):
                        break
                else:
                    raise StoreError(
                        translate(
                            "sql_store",
                            "Kunne ikke lagre vedlegget «{name}»: en annen bruker slettet det "
                            "samtidig. Prøv igjen.",
                        ).format(name=source.name)
                    )
                if sheet_id is not None:
                    conn.execute(
                        dialect_insert(conn, AttachmentRef)
                        .values(sheet_id=str(sheet_id), sha256=digest)
                        .on_conflict_do_nothing()
                    )
        except SQLAlchemyError as exc:
            raise StoreError(
                self._not_stored(source.name, driver_reason(exc, self.engine))
            ) from exc
        return digest, size

    def _hold_existing(self, conn: Connection, digest: str) -> bool:
        """Share-lock a blob that already exists until this transaction ends; False when
        a discard deleted it meanwhile (it is then inserted afresh).

        The lock makes a concurrent `discard` wait until our reference is committed, and
        discard looks for references only after it holds its own lock on the blob, so it
        cannot delete content that a sheet is being given at the same moment."""
        row = conn.execute(
            select(AttachmentBlobRow.size)
            .where(AttachmentBlobRow.sha256 == digest)
            .with_for_update(read=True)
        ).first()
        return row is not None

    def _write_chunks(self, conn: Connection, source: Path, digest: str, size: int) -> None:
        hasher = hashlib.sha256()
        written = 0
        with self._open_source(source) as handle:
            n = 0
            while chunk := handle.read(_CHUNK):
                written += len(chunk)
                if written > attachments.MAX_ATTACHMENT_BYTES:
                    raise StoreError(too_large(source.name, written))
                if written > size:
                    raise StoreError(_changed(source))
                hasher.update(chunk)
                # One parameter dict per chunk: only this chunk is in memory.
                conn.execute(insert(AttachmentChunkRow), {"sha256": digest, "n": n, "data": chunk})
                n += 1
        if written != size or hasher.hexdigest() != digest:
            raise StoreError(_changed(source))

    def _hash(self, source: Path) -> tuple[str, int]:
        hasher = hashlib.sha256()
        size = 0
        with self._open_source(source) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > attachments.MAX_ATTACHMENT_BYTES:
                    raise StoreError(too_large(source.name, size))
                hasher.update(chunk)
        return hasher.hexdigest(), size

    @contextlib.contextmanager
    def _open_source(self, source: Path) -> Iterator[BinaryIO]:
        try:
            handle = open(source, "rb")  # noqa: SIM115 - errors mapped separately
        except OSError as exc:
            raise StoreError(unreadable_file(source, exc)) from exc
        try:
            with handle:
                yield handle
        except OSError as exc:
            raise StoreError(unreadable_file(source, exc)) from exc

    def _not_stored(self, name: str, error: str) -> str:
        return translate(
            "sql_store", "Kunne ikke lagre vedlegget «{name}» i databasen: {error}"
        ).format(name=name, error=error)

    # -- path -------------------------------------------------------------------------

    def path(self, digest: str, name: str) -> Path:
        """A local copy of the content, checked against its SHA-256 before it is handed
        out; an intact copy from earlier is reused, a damaged one written anew.

        The database is asked first even when a copy exists: content another user's purge
        has removed is gone for this user too, as it would be from a shared folder."""
        check_digest(digest)
        folder = self._cache_dir or _process_cache()
        target = folder / digest
        with self._reading(name) as conn:
            stored = conn.execute(
                select(AttachmentBlobRow.size).where(AttachmentBlobRow.sha256 == digest)
            ).scalar()
        if stored is not None and _intact(target, digest):
            return target
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        if stored is None:
            raise missing(name)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=".vedlegg-", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise StoreError(_uncachable(name, folder, exc)) from exc
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                actual, size, expected = self._read_into(out, digest, name)
            if size != expected or actual != digest:
                raise StoreError(
                    translate(
                        "sql_store",
                        "Vedlegget «{name}» er skadet i databasen: innholdet stemmer ikke "
                        "med sjekksummen.",
                    ).format(name=name)
                )
            os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise StoreError(_uncachable(name, folder, exc)) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return target

    def _read_into(self, out: BinaryIO, digest: str, name: str) -> tuple[str, int, int]:
        """Write the content's chunks to `out` in order; (sha256, size written, size the
        blob row says). Streamed: the driver fetches one chunk at a time (a server-side
        cursor on PostgreSQL; without it libpq would hold every chunk at once)."""
        hasher = hashlib.sha256()
        written = 0
        with self._reading(name) as conn:
            expected = conn.execute(
                select(AttachmentBlobRow.size).where(AttachmentBlobRow.sha256 == digest)
            ).scalar()
            if expected is None:  # purged since path() looked
                raise missing(name)
            rows = conn.execution_options(yield_per=1).execute(
                select(AttachmentChunkRow.data)
                .where(AttachmentChunkRow.sha256 == digest)
                .order_by(AttachmentChunkRow.n)
            )
            for (data,) in rows:
                chunk = bytes(data)
                hasher.update(chunk)
                out.write(chunk)
                written += len(chunk)
        return hasher.hexdigest(), written, expected

    @contextlib.contextmanager
    def _reading(self, name: str) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                translate(
                    "sql_store", "Kunne ikke lese vedlegget «{name}» fra databasen: {error}"
                ).format(name=name, error=driver_reason(exc, self.engine))
            ) from exc

    # -- discard ----------------------------------------------------------------------

    def discard(self, digests: Iterable[str]) -> None:
        """Delete contents no sheet refers to any longer. Called after the references
        are gone; another user may have referred to the same content meanwhile, so the
        references are looked up again under a lock on the blobs (see `_hold_existing`).
        A failure only leaves unused contents behind, so it is logged, not raised."""
        wanted = sorted({d for d in digests if _is_digest(d)})
        if not wanted:
            return
        try:
            with self._transaction() as conn:
                # Locked in one order, so two users discarding at once cannot deadlock.
                present = (
                    conn.execute(
                        select(AttachmentBlobRow.sha256)
                        .where(AttachmentBlobRow.sha256.in_(wanted))
                        .order_by(AttachmentBlobRow.sha256)
                        .with_for_update()
                    )
                    .scalars()
                    .all()
                )
                if not present:
                    return
                # A new statement, so on PostgreSQL it sees references committed while
                # we waited for the locks.
                used = set(
                    conn.execute(
                        select(AttachmentRef.sha256).where(AttachmentRef.sha256.in_(present))
                    ).scalars()
                )
                unused = [d for d in present if d not in used]
                if unused:
                    self._delete(conn, unused)
        except SQLAlchemyError:
            log.exception("Could not discard unused attachment contents")
            return
        folder = self._cache_dir or _cache_root
        if folder is not None:
            for digest in unused:
                with contextlib.suppress(OSError):
                    (folder / digest).unlink()

    def _delete(self, conn: Connection, digests: list[str]) -> None:
        # Chunks explicitly, not by ON DELETE CASCADE: SQLite only cascades with its
        # foreign_keys pragma on.
        conn.execute(delete(AttachmentChunkRow).where(AttachmentChunkRow.sha256.in_(digests)))
        conn.execute(delete(AttachmentBlobRow).where(AttachmentBlobRow.sha256.in_(digests)))

    # -- helpers ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            # On SQLite, take the write lock at BEGIN (ignored on a server).
            conn.execution_options(**{IMMEDIATE: True})
            with conn.begin():
                yield conn


def _intact(path: Path, digest: str) -> bool:
    hasher = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                hasher.update(chunk)
    except OSError:
        return False
    return hasher.hexdigest() == digest


def _is_digest(value: str) -> bool:
    try:
        check_digest(value)
    except StoreError:
        return False
    return True


def _changed(source: Path) -> str:
    return translate(
        "sql_store", "Filen «{file}» ble endret mens den ble lagt ved. Prøv igjen."
    ).format(file=source)


def _uncachable(name: str, folder: Path, exc: OSError) -> str:
    return translate(
        "sql_store", "Kunne ikke lage en lokal kopi av vedlegget «{name}» i «{folder}»: {error}"
    ).format(name=name, folder=folder, error=exc.strerror or exc)
