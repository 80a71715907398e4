"""Errors the store raises; their messages are in the user's language and shown as they are."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store operation failed; the message is meant for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the program."""


class ConflictError(StoreError):
    """Someone else wrote the sheet since this writer read it; nothing was written.

    Raised instead of overwriting another writer's edits (a second window, the CLI). The
    caller still holds its own edits and decides: reload, or save them as a copy."""

    def __init__(self, message: str, *, deleted: bool = False) -> None:
        super().__init__(message)
        self.deleted = deleted


class CorruptDatabaseError(StoreError):
    """The database file is damaged; it was left as it is and a copy of it was taken.

    `copy` is where the damaged file was copied to (None when even that failed);
    `backups` are the backups that can replace it, newest first."""

    def __init__(
        self,
        message: str,
        *,
        db_path: Path,
        copy: Path | None,
        backups: list[Path],
        reason: str,
    ) -> None:
        super().__init__(message)
        self.db_path = db_path
        self.copy = copy
        self.backups = backups
        self.reason = reason


class TransitionError(StoreError):
    """A review state change the programme's profile does not allow (the reason in the
    user's language)."""
