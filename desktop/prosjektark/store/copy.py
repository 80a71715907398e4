"""`prosjektark db copy`: every row and attachment of one store into another, verified.

A secretariat moves its SQLite store onto a PostgreSQL server (and back, or between
servers). Each end is a SQLite file (its attachments in the folder `vedlegg` beside it
unless given) or a server URL (its attachments in the database).

- The source is opened as the program opens it: a file is brought to the head schema as
  at every start; a server must already be at head.
- The target must hold no rows (no tables at all, or only the schema): it is brought to the
  head schema first (a file as at every start, a server with database.upgrade_server), and
  nothing is ever deleted from it (the append-only triggers would refuse that anyway).
- Every table of the models, in foreign-key order and in batches, goes in ONE transaction
  on the target, with the rows' own ids (PostgreSQL's sequences are moved past them after),
  read from one snapshot of the source. Not copied: alembic_version and schema_info (the
  target's own schema), SQLite's FTS5 shadow tables, the attachment content tables (the
  contents move separately, files ↔ blobs) and search_texts (rebuilt on the target from
  the copied sheets, remarks and answers, in the same transaction).
- Then both are read again: per table the row count and a content hash (SHA-256 over the
  rows in primary-key order, values normalised so that SQLite and PostgreSQL agree), and
  every attachment's content by its SHA-256.

Timestamps are ISO text in both databases; they are copied and hashed as that text
(never parsed), so a copy is exact to the character.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prosjektark.i18n import translate
from prosjektark.store.engine import display_url, driver_reason
from prosjektark.store.errors import NewerDatabaseError, StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine, Table
    from sqlalchemy.engine import Connection

    from prosjektark.store.attachments import AttachmentContents

ATTACHMENTS_FOLDER = "vedlegg"  # beside a SQLite file, as paths.attachments_dir()
BATCH = 500
# The target's own (its schema) or rebuilt there; never copied row by row.
NOT_COPIED = frozenset({"schema_info", "attachment_blobs", "attachment_chunks", "search_texts"})
# Tables whose rows do not make a target "not empty".
SCHEMA_TABLES = frozenset({"alembic_version", "schema_info"})
_CHUNK = 1024 * 1024

Progress = Callable[[str], None]


class CopyRefused(StoreError):
    """The copy was not started (the message says why); nothing was written."""


@dataclass(frozen=True)
class Endpoint:
    """One end of a copy: a server `url`, or a SQLite file `path` with its attachments."""

    url: str | None = None
    path: Path | None = None
    attachments_dir: Path | None = None

    @classmethod
    def parse(cls, text: str, attachments: Path | str | None = None) -> Endpoint:
        from prosjektark.store.engine import is_server_url

        value = text.strip()
        if is_server_url(value):
            return cls(url=value)
        if "://" in value:
            raise CopyRefused(
                translate(
                    "db_copy",
                    "«{value}» er verken en fil eller en PostgreSQL-adresse (postgresql://…).",
                ).format(value=_shown(value))
            )
        path = Path(value).expanduser()
        folder = Path(attachments) if attachments else path.parent / ATTACHMENTS_FOLDER
        return cls(path=path, attachments_dir=folder)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def display(self) -> str:
        return _shown(self.url) if self.url is not None else str(self.path)

    def same_as(self, other: Endpoint) -> bool:
        if self.url is not None or other.url is not None:
            return self.display == other.display
        assert self.path is not None and other.path is not None
        try:
            return self.path.resolve() == other.path.resolve()
        except OSError:
            return self.path == other.path


def _shown(value: str) -> str:
    from prosjektark.store.engine import is_server_url

    return display_url(value) if is_server_url(value) else value


# -- what is compared ----------------------------------------------------------------------


@dataclass(frozen=True)
class TableCheck:
    name: str
    source_rows: int
    target_rows: int
    source_hash: str
    target_hash: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_hash == self.target_hash


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)
    attachments: int = 0  # distinct contents the source's sheets refer to
    attachments_equal: int = 0  # of those, the same content (SHA-256) in the target
    missing_in_source: list[str] = field(default_factory=list)  # digests
    differing: list[str] = field(default_factory=list)  # digests wrong or missing in target
    search_texts: int = 0  # texts of the rebuilt content search on the target

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables) and not self.missing_in_source and not self.differing


def copied_tables() -> list[Table]:
    """The tables copied row by row, parents before children."""
    from prosjektark.store.models import Base

    return [
        table
        for table in Base.metadata.sorted_tables
        if not table.info.get("fts5") and table.name not in NOT_COPIED
    ]


def _raw(table: Table) -> Table:
    """`table` with its timestamps as the text they are stored as: copied and hashed
    without a round trip through datetime, so the copy is exact to the character."""
    from sqlalchemy import Column, MetaData, String
    from sqlalchemy import Table as SaTable

    from prosjektark.store.models import UtcDateTime

    columns = [
        Column(
            column.name,
            String(32) if isinstance(column.type, UtcDateTime) else column.type,
            primary_key=column.primary_key,
            autoincrement=False,
        )
        for column in table.columns
    ]
    return SaTable(table.name, MetaData(), *columns)


def _normal(value: Any) -> Any:
    """A value as both databases agree on it: SQLite has no booleans of its own, and
    PostgreSQL may hand out other Python types for the same column."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"bytes": bytes(value).hex()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        from prosjektark.store import timestamps

        return timestamps.to_db(value)
    return str(value)


def _sort_key(values: tuple) -> tuple:
    # Python's order, not the database's collation: the two databases sort text apart.
    return tuple((v is None, type(v).__name__, v) for v in values)


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256 over the rows in primary-key order) of `table` in `conn`."""
    from sqlalchemy import select

    raw = _raw(table)
    keys = [i for i, column in enumerate(raw.columns) if column.primary_key]
    rows: list[tuple[tuple, bytes]] = []
    result = conn.execute(select(raw).execution_options(yield_per=BATCH))
    for row in result:
        values = [_normal(v) for v in row]
        encoded = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
        key = tuple(values[i] for i in keys) if keys else tuple(values)
        rows.append((_sort_key(key), hashlib.sha256(encoded.encode("utf-8")).digest()))
    rows.sort(key=lambda item: item[0])
    total = hashlib.sha256()
    for _key, digest in rows:
        total.update(digest)
    return len(rows), total.hexdigest()


# -- the ends ----------------------------------------------------------------------------


def _engine(end: Endpoint) -> Engine:
    from prosjektark.store.database import create_sqlite_engine
    from prosjektark.store.engine import create_server_engine

    if end.url is not None:
        return create_server_engine(end.url)
    assert end.path is not None
    return create_sqlite_engine(end.path)


def _contents(end: Endpoint, engine: Engine) -> AttachmentContents:
    from prosjektark.store.attachments import AttachmentFiles

    if end.url is not None:
        from prosjektark.store.attachment_blobs import DatabaseAttachments

        return DatabaseAttachments(engine)
    assert end.attachments_dir is not None
    return AttachmentFiles(end.attachments_dir)


@contextlib.contextmanager
def _database_errors(end: Endpoint) -> Iterator[None]:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as exc:
        raise StoreError(
            translate("db_copy", "Feil i databasen «{database}»: {error}").format(
                database=end.display, error=driver_reason(exc)
            )
        ) from exc


def open_source(source: Endpoint) -> Engine:
    """The source's engine, at the head schema (a file is migrated as at every start)."""
    from prosjektark.store.backup import default_backup_dir
    from prosjektark.store.database import check_server_schema, ensure_schema

    if source.url is None:
        assert source.path is not None
        if not source.path.is_file():
            raise CopyRefused(
                translate("db_copy", "Fant ikke databasefilen «{file}».").format(file=source.path)
            )
        ensure_schema(source.path, default_backup_dir(source.path))
        return _engine(source)
    engine = _engine(source)
    try:
        check_server_schema(engine, source.display)
    except BaseException:
        engine.dispose()
        raise
    return engine


def tables_with_rows(engine: Engine) -> tuple[list[str], list[str]]:
    """(every table, the tables holding rows) of a database, leaving out the schema's own
    tables and SQLite's internal and full-text tables."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        with_rows = []
        for name in names:
            if name in SCHEMA_TABLES or name.startswith(("sqlite_", "search_fts")):
                continue
            quoted = conn.dialect.identifier_preparer.quote(name)
            if conn.execute(text(f"SELECT 1 FROM {quoted} LIMIT 1")).first() is not None:
                with_rows.append(name)
    return names, with_rows


def _not_empty(target: Endpoint, tables: list[str]) -> CopyRefused:
    return CopyRefused(
        translate(
            "db_copy",
            "Målet «{database}» er ikke tomt (tabeller med innhold: {tables}). Kopier bare "
            "til en ny, tom database; ingenting er kopiert.",
        ).format(database=target.display, tables=", ".join(tables))
    )


def prepare_target(target: Endpoint) -> Engine:
    """The target's engine, checked empty and brought to the head schema."""
    from prosjektark.store.backup import default_backup_dir
    from prosjektark.store.database import (
        HEAD_REVISION,
        check_server_schema,
        ensure_schema,
        read_state,
        script_revisions,
        server_revision,
        upgrade_server,
    )

    if target.url is None:
        assert target.path is not None and target.attachments_dir is not None
        if target.path.exists():
            if not target.path.is_file():
                raise CopyRefused(
                    translate("db_copy", "«{file}» er ikke en fil.").format(file=target.path)
                )
            state = read_state(target.path)  # StoreError: not a Prosjektark database
            if state.exists:
                engine = _engine(target)
                try:
                    _names, with_rows = tables_with_rows(engine)
                finally:
                    engine.dispose()
                if with_rows:
                    raise _not_empty(target, with_rows)
        # Created, or migrated as at every start (a newer file: NewerDatabaseError).
        ensure_schema(target.path, default_backup_dir(target.path))
        try:
            target.attachments_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                translate(
                    "db_copy", "Kunne ikke opprette vedleggsmappen «{folder}»: {error}"
                ).format(folder=target.attachments_dir, error=exc.strerror or exc)
            ) from exc
        return _engine(target)
    engine = _engine(target)
    try:
        with _database_errors(target):
            revision = server_revision(engine)
            names, with_rows = tables_with_rows(engine)
        if revision is not None and revision not in script_revisions():
            raise NewerDatabaseError(
                translate(
                    "db_copy",
                    "Målet «{database}» har skjemaversjon {schema}, som er nyere enn denne "
                    "versjonen av Prosjektark. Ingenting er kopiert.",
                ).format(database=target.display, schema=revision)
            )
        if with_rows:
            raise _not_empty(target, with_rows)
        if revision is None and names:
            raise CopyRefused(
                translate(
                    "db_copy",
                    "Målet «{database}» har tabeller som ikke er Prosjektarks ({tables}). "
                    "Kopier bare til en ny, tom database; ingenting er kopiert.",
                ).format(database=target.display, tables=", ".join(names))
            )
        if revision != HEAD_REVISION:
            assert target.url is not None
            upgrade_server(target.url)
        check_server_schema(engine, target.display)
    except BaseException:
        engine.dispose()
        raise
    return engine


# -- the copy ------------------------------------------------------------------------------


def copy_store(
    source: Endpoint, target: Endpoint, progress: Progress | None = None, batch: int = BATCH
) -> CopyReport:
    """Copy everything from `source` into the empty `target` and compare the two."""
    say = progress or (lambda _text: None)
    if source.same_as(target):
        raise CopyRefused(
            translate("db_copy", "Kilden og målet er den samme databasen ({database}).").format(
                database=source.display
            )
        )
    source_engine = open_source(source)
    try:
        target_engine = prepare_target(target)
        try:
            missing, damaged, texts = _copy(
                source, source_engine, target, target_engine, say, batch
            )
            say(translate("db_copy", "Kontrollerer kopien …"))
            report = compare(source, source_engine, target, target_engine)
        finally:
            target_engine.dispose()
    finally:
        source_engine.dispose()
    report.missing_in_source = sorted(set(report.missing_in_source) | missing)
    report.differing = sorted(set(report.differing) | damaged)
    report.search_texts = texts
    return report


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One consistent view of the source while it is read (others may be writing)."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


@contextlib.contextmanager
def _one_transaction(engine: Engine) -> Iterator[Connection]:
    from prosjektark.store.database import IMMEDIATE

    with engine.connect() as conn:
        conn = conn.execution_options(**{IMMEDIATE: True})  # SQLite: the write lock at BEGIN
        with conn.begin():
            yield conn


def _copy(
    source: Endpoint,
    source_engine: Engine,
    target: Endpoint,
    target_engine: Engine,
    say: Progress,
    batch: int,
) -> tuple[set[str], set[str], int]:
    """The copy itself, in one transaction on the target; (digests missing in the source,
    digests whose content did not match, texts in the rebuilt content search)."""
    from sqlalchemy import insert, select

    from prosjektark.store import search

    with (
        _database_errors(source),
        _snapshot(source_engine) as read,
        _database_errors(target),
        _one_transaction(target_engine) as write,
    ):
        for table in copied_tables():
            raw = _raw(table)
            keys = [column for column in raw.columns if column.primary_key]
            result = read.execute(select(raw).order_by(*keys).execution_options(yield_per=batch))
            copied = 0
            for part in result.partitions():
                write.execute(insert(raw), [dict(row._mapping) for row in part])
                copied += len(part)
                if copied % (batch * 20) == 0:
                    say(_rows_text(table.name, copied))
            say(_rows_text(table.name, copied))
        if target_engine.dialect.name == "postgresql":
            _move_sequences(write)
        missing, damaged = _copy_contents(read, source, source_engine, target, write, say)
        say(translate("db_copy", "Bygger søkeindeksen på nytt …"))
        texts = search.rebuild(write, search.shipped_form())
    return missing, damaged, texts


def _rows_text(table: str, rows: int) -> str:
    return translate("db_copy", "{table}: {rows} rader").format(table=table, rows=rows)


def _move_sequences(conn: Connection) -> None:
    """Rows were inserted with their own ids: move each id sequence past the highest, so
    the next row the program writes does not take an id that is already there."""
    from sqlalchemy import Integer, text

    for table in copied_tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not isinstance(columns[0].type, Integer):
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": columns[0].name},
        ).scalar()
        if sequence is None:
            continue
        prepare = conn.dialect.identifier_preparer
        conn.execute(
            text(
                f"SELECT setval(:sequence, COALESCE((SELECT MAX({prepare.quote(columns[0].name)}) "
                f"FROM {prepare.quote(table.name)}), 0) + 1, false)"
            ),
            {"sequence": sequence},
        )


def _digests(conn: Connection) -> list[str]:
    from sqlalchemy import select

    from prosjektark.store.models import AttachmentRef

    return sorted(set(conn.execute(select(AttachmentRef.sha256).distinct()).scalars()))


def _copy_contents(
    read: Connection,
    source: Endpoint,
    source_engine: Engine,
    target: Endpoint,
    write: Connection,
    say: Progress,
) -> tuple[set[str], set[str]]:
    """Every attachment content the copied sheets refer to, from the source's files or
    blobs into the target's: blobs in the target's transaction, files (content-addressed,
    so a failed copy only leaves unused files) into its folder."""
    from prosjektark.store.attachments import AttachmentFiles

    digests = _digests(read)
    if not digests:
        return set(), set()
    contents = _contents(source, source_engine)
    files = AttachmentFiles(target.attachments_dir) if target.url is None else None
    missing: set[str] = set()
    damaged: set[str] = set()
    for n, digest in enumerate(digests, 1):
        try:
            path = contents.path(digest, digest)
        except StoreError:
            missing.add(digest)
            continue
        if files is not None:
            stored, _size = files.put(path)
            if stored != digest:
                damaged.add(digest)
        elif not _put_blob(write, path, digest):
            damaged.add(digest)
        if n % 20 == 0 or n == len(digests):
            say(
                translate("db_copy", "vedlegg: {done} av {total}").format(
                    done=n, total=len(digests)
                )
            )
    return missing, damaged


def _put_blob(conn: Connection, path: Path, digest: str) -> bool:
    """The file's bytes as blob `digest` in 1 MiB chunks (as attachment_blobs.py stores
    them); False, and nothing written, when the content is not what its digest says."""
    from sqlalchemy import insert

    from prosjektark.store.models import AttachmentBlobRow, AttachmentChunkRow

    hasher = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            hasher.update(chunk)
            size += len(chunk)
    if hasher.hexdigest() != digest:
        return False
    conn.execute(insert(AttachmentBlobRow), {"sha256": digest, "size": size})
    with open(path, "rb") as handle:
        n = 0
        while chunk := handle.read(_CHUNK):
            conn.execute(insert(AttachmentChunkRow), {"sha256": digest, "n": n, "data": chunk})
            n += 1
    return True


# -- the check -----------------------------------------------------------------------------


def compare(
    source: Endpoint, source_engine: Engine, target: Endpoint, target_engine: Engine
) -> CopyReport:
    """Both stores read again: rows and content hashes per table, and every attachment
    content of the source found with the same SHA-256 in the target."""
    report = CopyReport(source.display, target.display)
    with (
        _database_errors(source),
        _snapshot(source_engine) as read_source,
        _database_errors(target),
        _snapshot(target_engine) as read_target,
    ):
        for table in copied_tables():
            source_rows, source_hash = table_digest(read_source, table)
            target_rows, target_hash = table_digest(read_target, table)
            report.tables.append(
                TableCheck(table.name, source_rows, target_rows, source_hash, target_hash)
            )
        digests = _digests(read_source)
    report.attachments = len(digests)
    source_contents = _contents(source, source_engine)
    target_contents = _contents(target, target_engine)
    for digest in digests:
        try:
            source_contents.path(digest, digest)
        except StoreError:
            report.missing_in_source.append(digest)
            continue
        try:
            found = _file_digest(target_contents.path(digest, digest))
        except (StoreError, OSError):
            found = None
        if found == digest:
            report.attachments_equal += 1
        else:
            report.differing.append(digest)
    return report


def _file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()
