"""Which store the user works in: the SQLite file on this machine, or a database server.

One function decides it for every caller (the window, the CLI): `configured_location()`.
The order is machine_config's: PROSJEKTARK_DATABASE_URL, then the machine's database_url
when the machine locks it, then the user's own setting (`database_url` in the INI file of
paths.settings_file()), then the machine's database_url, else the SQLite file
paths.database_path(). `open_store()` opens it.

Passwords are never kept in a file here: a URL with a password in the user's setting is
refused (as the machine's configuration does). The server's password comes from libpq
itself (a password file, ~/.pgpass or PGPASSFILE, or a service file with
`postgresql:///?service=…`); when the server asks for one that libpq could not find, the
caller may ask the user (`ask_password`), and the password is then kept in the store's URL
in memory only. Messages and logs show a URL only through engine.display_url.

Pure Python and light: the window imports this at start-up, and on a SQLite store nothing
of SQLAlchemy may load on the way to the list.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from prosjektark import machine_config, paths
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate
from prosjektark.store.engine import display_url
from prosjektark.store.errors import StoreError

if TYPE_CHECKING:
    from prosjektark.store.repository import Store

# The user's setting in the INI file (a top-level key, as QSettings writes it: [General]).
USER_KEY = "database_url"
ENVIRONMENT_VARIABLE = machine_config.ENVIRONMENT["database_url"]

Source = Literal["environment", "machine", "user", "file"]
T = TypeVar("T")

# How many passwords the user may try before the start gives up.
PASSWORD_ATTEMPTS = 3

PASSWORD_FILE_HINT = QT_TRANSLATE_NOOP(
    "store_location",
    "Legg passordet i en passordfil (~/.pgpass, på Windows %APPDATA%\\postgresql\\pgpass.conf) "
    "eller bruk en tjenestefil (postgresql:///?service=prosjektark).",
)


class LocationError(StoreError):
    """The configured database cannot be used as it is written (the message says why)."""


@dataclass(frozen=True)
class StoreLocation:
    """Where the store is: `url` for a database server, None for the SQLite file."""

    url: str | None
    source: Source

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def display(self) -> str:
        """For messages and logs: the URL without its password, or the file."""
        if self.url is None:
            return str(paths.database_path())
        return display_url(self.url)


# -- the user's setting, without Qt ----------------------------------------------------


def user_setting(settings_file: Path | None = None) -> str | None:
    """The user's `database_url` from the INI file QSettings writes (the CLI reads it
    without Qt); None when it is not set, empty, or the file cannot be read."""
    path = paths.settings_file() if settings_file is None else Path(settings_file)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    section = "General"
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
            continue
        key, sep, value = line.partition("=")
        if sep and section == "General" and key.strip() == USER_KEY:
            found = ini_value(value)
            return (found or "").strip() or None
    return None


_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "'": "'",
    "?": "?",
    "\\": "\\",
    ";": ";",
    ",": ",",
    "=": "=",
}


def ini_value(raw: str) -> str | None:
    """One value as QSettings writes it into an INI file: quoted or not, with C-style
    escapes (\\n, \\", \\xHHHH, …), «@@» for a leading @. None for what is not one text
    (a list, or a @Variant)."""
    out: list[str] = []
    text = raw.strip()
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
            i += 1
        elif ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "x":
                digits = re.match(r"[0-9A-Fa-f]{1,4}", text[i + 2 :])
                if digits:
                    out.append(chr(int(digits.group(), 16)))
                    i += 2 + len(digits.group())
                    continue
            elif nxt in "01234567":
                digits = re.match(r"[0-7]{1,3}", text[i + 1 :])
                assert digits is not None
                out.append(chr(int(digits.group(), 8)))
                i += 1 + len(digits.group())
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
        elif ch == "," and not quoted:
            return None  # a list, never a URL
        else:
            out.append(ch)
            i += 1
    value = "".join(out)
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@"):
        return None  # @Variant(…), @ByteArray(…): not text
    return value


# -- checking a URL ----------------------------------------------------------------------


def check_user_url(value: str, where: str | None = None) -> str:
    """`value` as the user's database URL, or LocationError saying why it cannot be one:
    not a PostgreSQL address, or a password in it (the settings file is plain text)."""
    from prosjektark.store.engine import is_server_url

    text = value.strip()
    where = where or str(paths.settings_file())
    if machine_config.has_password(text):
        # Not even the value goes into the message: it would show the password.
        raise LocationError(
            translate(
                "store_location",
                "Database-adressen i innstillingene ({file}) inneholder et passord, og "
                "passord skal ikke lagres i innstillingene. Fjern passordet fra adressen.",
            ).format(file=where)
            + " "
            + translate("store_location", PASSWORD_FILE_HINT)
        )
    if not is_server_url(text):
        raise LocationError(not_a_server(text, where))
    return text


def not_a_server(value: str, where: str) -> str:
    return translate(
        "store_location",
        "«{value}» ({where}) er ikke adressen til en PostgreSQL-database. Skriv for "
        "eksempel postgresql://server.kommune.no/prosjektark eller "
        "postgresql:///?service=prosjektark, eller la feltet stå tomt for å bruke filen på "
        "denne maskinen.",
    ).format(value=value, where=where)


# -- the choice ----------------------------------------------------------------------------

_FROM_FILE = object()


def configured_location(user_value: str | None | object = _FROM_FILE) -> StoreLocation:
    """The store the user works in (see the module's docstring for the order).

    `user_value` is the user's own setting; by default it is read from the settings file
    (the window passes its QSettings' value). Raises LocationError for a configured value
    that cannot be used: starting on the SQLite file instead would put the user's work
    where the secretariat never sees it."""
    from prosjektark.store.engine import is_server_url

    if user_value is _FROM_FILE:
        user_value = user_setting()
    user = str(user_value).strip() if user_value else ""
    machine = machine_config.current()
    value = machine_config.database_url(user or None)
    if os.environ.get(ENVIRONMENT_VARIABLE):
        source: Source = "environment"
        where = ENVIRONMENT_VARIABLE
    elif user and not machine.is_locked("database_url"):
        source, where = "user", str(paths.settings_file())
        check_user_url(user, where)
    elif value:
        source, where = "machine", str(machine.config_file)
    else:
        return StoreLocation(None, "file")
    assert value is not None
    value = value.strip()
    if not is_server_url(value):
        # shown_url: an environment variable may carry a password.
        raise LocationError(not_a_server(display_url(value), where))
    return StoreLocation(value, source)


# -- opening -------------------------------------------------------------------------------

# ask_password(location shown, user name or None, a wrong password was given) -> password
# or None (the user would rather not).
AskPassword = Callable[[str, "str | None", bool], "str | None"]


def needs_password(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) is the server asking for a password that libpq
    did not have, or refusing the one it had."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).lower()
        if "no password supplied" in text or "password authentication failed" in text:
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


def with_password(url: str, password: str) -> str:
    """`url` with `password` in it, for this process's memory only (never shown or kept:
    engine.display_url hides it). A URL without a user name (a service file names the
    user) gets an empty one, which libpq fills in from the service file or environment."""
    from sqlalchemy.engine import make_url

    from prosjektark.store.engine import normalise_url

    parsed = make_url(normalise_url(url))
    return parsed.set(username=parsed.username or "", password=password).render_as_string(
        hide_password=False
    )


def user_name(url: str) -> str | None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from prosjektark.store.engine import normalise_url

    try:
        return make_url(normalise_url(url)).username or None
    except ArgumentError:
        return None


def password_hint() -> str:
    return translate("store_location", PASSWORD_FILE_HINT)


def retrying_with_password(url: str, attempt: Callable[[str], T], ask: AskPassword | None) -> T:
    """`attempt(url)`; when the server wants a password libpq did not find, `ask` for one
    and try again with it (PASSWORD_ATTEMPTS times at most). Without `ask`, or when the
    user gives none, the StoreError says where to put the password instead."""
    current = url
    wrong = False
    for _ in range(PASSWORD_ATTEMPTS + 1):
        try:
            return attempt(current)
        except StoreError as exc:
            if not needs_password(exc):
                raise
            password = ask(display_url(url), user_name(url), wrong) if ask is not None else None
            if not password:
                raise StoreError(f"{exc} {password_hint()}") from exc
            current = with_password(url, password)
            wrong = True
    raise StoreError(
        translate(
            "store_location",
            "Serveren «{database}» godtok ikke passordet. {hint}",
        ).format(database=display_url(url), hint=password_hint())
    )


def open_store(location: StoreLocation, ask_password: AskPassword | None = None) -> Store:
    """The store at `location`: the SQLite file (created or migrated as at every start),
    or the server (whose schema must already be this program's; nothing is migrated)."""
    from prosjektark.store.repository import Store

    if location.url is None:
        return Store.open(paths.database_path(), paths.attachments_dir())
    url = location.url

    # An unreadable URL is a StoreError from engine.create_server_engine.
    return retrying_with_password(url, Store.open_url, ask_password)


def open_configured_store(
    user_value: str | None | object = _FROM_FILE, ask_password: AskPassword | None = None
) -> Store:
    return open_store(configured_location(user_value), ask_password)


def reachable_url(url: str, ask_password: AskPassword | None = None) -> str:
    """`url`, or `url` with the password the user gave, once a connection to the server
    succeeds (for commands that work on the server without opening a Store). Raises
    StoreError saying why it cannot be reached."""
    from sqlalchemy.exc import SQLAlchemyError

    from prosjektark.store.database import connection_error
    from prosjektark.store.engine import create_server_engine

    def attempt(candidate: str) -> str:
        engine = create_server_engine(candidate)
        try:
            with engine.connect():
                pass
        except SQLAlchemyError as exc:
            raise connection_error(engine, display_url(url), exc) from exc
        finally:
            engine.dispose()
        return candidate

    return retrying_with_password(url, attempt, ask_password)
