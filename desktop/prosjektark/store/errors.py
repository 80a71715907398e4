"""Errors the store raises; their messages are Norwegian and shown to users as they are."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation failed; the message is meant for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the program."""
