"""Where the store lives (a SQLite file or a database server) and what differs between the two.

The rest of the store writes its SQL once; the few places where SQLite and PostgreSQL
disagree (upserts, JSON fields in raw SQL, engine options) ask here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from prosjektark.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Engine, Table
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import DeclarativeBase

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def is_server_url(value: str | None) -> bool:
    """True for a database server's URL (postgresql://…); a file path or nothing is SQLite."""
    return bool(value) and str(value).strip().lower().startswith(("postgresql", "postgres"))


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` as libpq writes them, with psycopg 3 as the driver."""
    text = url.strip()
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if text.lower().startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix) :]
    return text


def display_url(url: str) -> str:
    """The URL as it may be shown or logged: any password (user:pw@ or ?password=) hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(normalise_url(url))
    except (ArgumentError, ValueError):
        return translate("store_location", "(ugyldig adresse)")
    hidden = {k: "***" for k in parsed.query if k.lower() == "password"}
    if hidden:
        parsed = parsed.update_query_dict(hidden)
    return parsed.render_as_string(hide_password=True)


def create_server_engine(url: str) -> Engine:
    """StoreError for a URL that cannot be read (connecting happens at first use)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError

    from prosjektark.store.errors import StoreError

    try:
        return create_engine(
            normalise_url(url),
            # A laptop that slept or a server restarted: test a pooled connection before use.
            pool_pre_ping=True,
            # Shows in pg_stat_activity, so IT sees who holds a connection.
            connect_args={"application_name": "prosjektark", "connect_timeout": 10},
        )
    except (ArgumentError, ValueError) as exc:
        # Not SQLAlchemy's own text: it would repeat the URL, password and all.
        raise StoreError(
            translate(
                "database",
                "Databaseadressen kan ikke leses. Den skrives slik: "
                "postgresql://bruker@tjener:5432/database",
            )
        ) from exc


def dialect_name(bind: Connection | Engine) -> str:
    return bind.dialect.name


def dialect_insert(bind: Connection | Engine, table: type[DeclarativeBase] | Table) -> Any:
    """`INSERT … ON CONFLICT` for the dialect at hand (same API on SQLite and PostgreSQL)."""
    if dialect_name(bind) == POSTGRESQL:
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def json_text(dialect: str, expr: str, path: str) -> str:
    """Raw SQL for the value at `path` ('a.b') of the JSON text `expr`.

    SQLite returns JSON numbers as numbers and arrays as compact JSON text; PostgreSQL's
    `json` type (not jsonb, which would re-space arrays) returns text for both. Callers
    parse numbers with Decimal(str(value)), which reads either."""
    parts = path.split(".")
    if dialect == POSTGRESQL:
        return f"(CAST({expr} AS json) #>> '{{{','.join(parts)}}}')"
    return f"json_extract({expr}, '$.{path}')"


def driver_reason(exc: BaseException, engine: Engine | None = None) -> str:
    """The driver's own first line (e.g. "database or disk is full"), without SQLAlchemy's
    SQL dump and parameters, and without the password should the driver repeat it."""
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    reason = lines[0] if lines else type(original).__name__
    password = engine.url.password if engine is not None else None
    if password:
        from urllib.parse import quote

        for form in {str(password), quote(str(password), safe="")}:
            reason = reason.replace(form, "***")
    return reason
