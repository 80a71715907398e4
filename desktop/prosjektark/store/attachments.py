"""Where attachment contents are kept, by SHA-256: files in the user's folder for the
embedded SQLite store; in the database itself on a shared server, since a server store
cannot point into one user's folder.

The sheet rows only hold references (`attachment_refs`); `SqlStore` writes those and asks
the contents store here to put, read and discard the bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from prosjektark.durable import fsync_dir
from prosjektark.i18n import translate
from prosjektark.store.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


class AttachmentContents(Protocol):
    def put(self, source: Path, sheet_id: str | None = None) -> tuple[str, int]:
        """Store the file's bytes (once per content); returns (sha256, size).

        With `sheet_id`, a contents store shared by several users also records the sheet's
        reference in the same transaction, so a concurrent `discard` cannot remove the
        content between the two (the caller's own reference insert is then a no-op)."""

    def path(self, digest: str, name: str) -> Path:
        """A readable file with the content; StoreError naming `name` when it is gone."""

    def discard(self, digests: Iterable[str]) -> None:
        """Forget contents no sheet refers to any longer (called after that is committed)."""


def for_store(engine: Engine, folder: Path | None) -> AttachmentContents:
    if engine.dialect.name == "sqlite":
        assert folder is not None
        return AttachmentFiles(folder)
    from prosjektark.store.attachment_blobs import DatabaseAttachments

    return DatabaseAttachments(engine)


def check_source(source: Path) -> int:
    """The size of `source`, or StoreError when it cannot be attached."""
    try:
        info = source.stat()
    except FileNotFoundError:
        raise StoreError(
            translate("sql_store", "Fant ikke filen «{file}».").format(file=source)
        ) from None
    except OSError as exc:
        raise StoreError(unreadable_file(source, exc)) from exc
    if not source.is_file():
        raise StoreError(
            translate("sql_store", "«{file}» er ikke en vanlig fil og kan ikke legges ved.").format(
                file=source
            )
        )
    if info.st_size > MAX_ATTACHMENT_BYTES:
        raise StoreError(too_large(source.name, info.st_size))
    return info.st_size


def check_digest(digest: str) -> str:
    if not _SHA256.match(digest):
        raise StoreError(
            translate("sql_store", "Ugyldig sjekksum for vedlegg: {digest}.").format(
                digest=repr(digest)
            )
        )
    return digest


def missing(name: str) -> StoreError:
    return StoreError(
        translate("sql_store", "Vedlegget «{name}» finnes ikke lenger i lageret.").format(name=name)
    )


def unreadable_file(source: Path, exc: OSError) -> str:
    return translate("sql_store", "Kunne ikke lese filen «{file}»: {error}").format(
        file=source, error=exc.strerror or exc
    )


def too_large(name: str, size: int) -> str:
    return translate(
        "sql_store",
        "Vedlegget «{name}» er for stort ({size} MB). Største tillatte størrelse er {max} MB.",
    ).format(name=name, size=f"{size / 1024 / 1024:.0f}", max=MAX_ATTACHMENT_BYTES // 1024 // 1024)


class AttachmentFiles:
    """Contents as files `<folder>/<sha[:2]>/<sha256>`, written atomically and fsynced."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, source: Path, sheet_id: str | None = None) -> tuple[str, int]:
        # One user's folder: the caller records the reference (sheet_id is not needed).
        check_source(source)
        digest, size, temp_path = self._copy_to_temp(source)
        target = self._blob_path(digest)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp_path, target)
            fsync_dir(target.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp_path.unlink()
            raise StoreError(
                translate(
                    "sql_store", "Kunne ikke lagre vedlegget «{name}» i «{folder}»: {error}"
                ).format(name=source.name, folder=self.folder, error=exc.strerror or exc)
            ) from exc
        return digest, size

    def path(self, digest: str, name: str) -> Path:
        path = self._blob_path(digest)
        if not path.is_file():
            raise missing(name)
        return path

    def discard(self, digests: Iterable[str]) -> None:
        for digest in digests:
            with contextlib.suppress(OSError, StoreError):
                self._blob_path(digest).unlink()

    def _blob_path(self, digest: str) -> Path:
        return self.folder / digest[:2] / check_digest(digest)

    def _copy_to_temp(self, source: Path) -> tuple[str, int, Path]:
        """Copy while hashing; the size is checked again in case the file grew meanwhile."""
        hasher = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(prefix=".vedlegg-", suffix=".tmp", dir=self.folder)
        temp_path = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    handle = open(source, "rb")  # noqa: SIM115 - errors mapped separately
                except OSError as exc:
                    raise StoreError(unreadable_file(source, exc)) from exc
                with handle:
                    while chunk := handle.read(_CHUNK):
                        size += len(chunk)
                        if size > MAX_ATTACHMENT_BYTES:
                            raise StoreError(too_large(source.name, size))
                        hasher.update(chunk)
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except StoreError:
            temp_path.unlink(missing_ok=True)
            raise
        except OSError as exc:
            temp_path.unlink(missing_ok=True)
            raise StoreError(
                translate("sql_store", "Kunne ikke kopiere vedlegget «{name}»: {error}").format(
                    name=source.name, error=exc.strerror or exc
                )
            ) from exc
        return hasher.hexdigest(), size, temp_path
