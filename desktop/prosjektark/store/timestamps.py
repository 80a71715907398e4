"""How times are stored: fixed-width ISO 8601 text in UTC, so text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime


def to_db(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_db(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
