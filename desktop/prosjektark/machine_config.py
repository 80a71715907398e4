"""Machine-wide configuration: what the municipality's IT sets for every user of a machine.

The folder is PROSJEKTARK_MACHINE_CONFIG when set (tests, or IT trying a configuration),
else the platform's site configuration folder: C:\\ProgramData\\Prosjektark on Windows,
/etc/xdg/Prosjektark on Linux (the first entry of XDG_CONFIG_DIRS). Users can read it but
not write it. In it, every part optional:

- prosjektark.toml, with the settings below and `locked = [...]`, the settings a user
  may not override;
- trust/, certificates and fingerprint files that are trusted in addition to the user's
  own (signing/trust.py);
- profiles/, profile files published by the secretariat: the same id as a shipped
  profile replaces it, a new id adds one (domain/catalog.py).

A setting is resolved in one order everywhere (MachineConfig.resolve): its environment
variable where it has one, then the user's own setting unless the machine locks it, then
the machine's value, then the built-in default. Each setting is read in exactly one place
(ui/roles.py, ui/qt_translations.py, exchange/delivery.py, domain/catalog.py, paths.py,
`database_url()` here).

A broken file never stops the program: what is wrong is logged and kept as a problem (in
`MachineConfig.problems`, shown in Innstillinger), and the part that is wrong is ignored.
Pure Python: no Qt, nothing heavy, because paths.data_dir() asks it at start-up.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prosjektark.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

log = logging.getLogger("prosjektark.machine_config")

FOLDER_ENV = "PROSJEKTARK_MACHINE_CONFIG"
APP_NAME = "Prosjektark"  # as paths.APP_NAME (paths imports this module, not the reverse)
CONFIG_FILE = "prosjektark.toml"
TRUST_FOLDER = "trust"
PROFILES_FOLDER = "profiles"
LOCKED_KEY = "locked"

ROLES = ("arbeidsgruppe", "sekretariat")
# Every setting the file may hold (all text). `data_folder` and `programme` are the
# machine's alone; the others the user may also set unless they are locked.
SETTINGS = ("programme", "role", "delivery_folder", "language", "database_url", "data_folder")
# Settings that are paths: %VAR%, $VAR and ${VAR} are expanded, and a leading ~.
PATH_SETTINGS = ("delivery_folder", "data_folder")
# An environment variable wins over everything for its setting (tests, a service account).
ENVIRONMENT = {"database_url": "PROSJEKTARK_DATABASE_URL"}
# What applies when neither the user nor the machine says anything. None: the reader's own
# default (the system's language, the platform's data folder, programmes.toml, SQLite).
DEFAULTS: dict[str, str | None] = {"role": "arbeidsgruppe"}

# The problems' texts, translated when they are shown (the file is read before the
# program knows its language).
UNREADABLE = QT_TRANSLATE_NOOP(
    "machine_config", "{file} kan ikke leses, og maskinoppsettet brukes ikke: {error}"
)
NOT_TOML = QT_TRANSLATE_NOOP(
    "machine_config", "{file} er ikke gyldig TOML, og maskinoppsettet brukes ikke: {error}"
)
UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: «{key}» er ingen innstilling og blir ikke brukt. Innstillingene er: {known}.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "machine_config", "{file}: «{key}» må være en tekst i anførselstegn og blir ikke brukt."
)
EMPTY = QT_TRANSLATE_NOOP("machine_config", "{file}: «{key}» er tom og blir ikke brukt.")
LOCKED_NOT_LIST = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: «locked» må være en liste med navn på innstillinger, for eksempel "
    '["role", "delivery_folder"]. Ingen innstilling er låst.',
)
LOCKED_UNKNOWN = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: «locked» nevner «{key}», som ikke er en innstilling. Innstillingene er: {known}.",
)
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: role = «{value}» er ingen rolle og blir ikke brukt. Bruk «arbeidsgruppe» eller "
    "«sekretariat».",
)
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: language = «{value}» er ikke et språk programmet har, og blir ikke brukt. "
    "Bruk {known}.",
)
MISSING_VARIABLE = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: {key} = «{value}» bruker miljøvariabelen {variable}, som ikke finnes for denne "
    "brukeren. Innstillingen blir ikke brukt.",
)
NOT_ABSOLUTE = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: {key} = «{value}» er ikke en fullstendig sti (for eksempel "
    "%APPDATA%\\Prosjektark). Innstillingen blir ikke brukt.",
)
PASSWORD_IN_URL = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: database_url inneholder et passord. Alle brukere kan lese maskinoppsettet, så "
    "innstillingen blir ikke brukt; bruk en tjenestefil (service=…) eller en passordfil i "
    "stedet.",
)
NOT_A_URL = QT_TRANSLATE_NOOP(
    "machine_config",
    "{file}: database_url = «{value}» er ikke en database-adresse (for eksempel "
    "postgresql+psycopg:///prosjektark?service=prosjektark) og blir ikke brukt.",
)
LOCKED_BY_MACHINE = QT_TRANSLATE_NOOP(
    "machine_config",
    "«{key}» er satt av IT-avdelingen for denne maskinen ({file}) og kan ikke endres her.",
)


@dataclass(frozen=True)
class MachineProblem:
    """Something wrong in the machine's configuration: the file, the key (None for the
    whole file) and what is wrong. `template` is a bokmål text marked for translation;
    the message is made in the language of the moment when it is shown."""

    file: Path
    key: str | None
    template: str
    params: tuple[tuple[str, str], ...] = ()
    context: str = "machine_config"  # of the template's translation

    @property
    def message(self) -> str:
        return translate(self.context, self.template).format(
            file=self.file, key=self.key or "", **dict(self.params)
        )

    def __str__(self) -> str:
        return self.message

    def same_as(self, other: MachineProblem) -> bool:
        # The same fault found again (a catalog read in another language) is one problem.
        return (self.file, self.key, self.template) == (other.file, other.key, other.template)


def problem(
    file: Path, key: str | None, template: str, *, context: str = "machine_config", **params: object
) -> MachineProblem:
    """A problem whose message is `template` (marked with QT_TRANSLATE_NOOP in `context`)
    filled in with {file}, {key} and `params`."""
    return MachineProblem(
        file, key, template, tuple((k, str(v)) for k, v in params.items()), context
    )


class SettingLocked(PermissionError):
    """A user tried to change a setting the machine locks; the message is in the current
    language."""

    def __init__(self, key: str, file: Path) -> None:
        super().__init__(translate("machine_config", LOCKED_BY_MACHINE).format(key=key, file=file))
        self.key = key


class MissingVariable(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


_VARIABLE = re.compile(r"%([A-Za-z_][A-Za-z0-9_()]*)%|\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)")


def expand(text: str, environ: Mapping[str, str] | None = None) -> str:
    """`text` with %VAR%, ${VAR} and $VAR replaced by the environment's values (on every
    platform alike, so one file reads the same everywhere) and a leading ~ by the home
    folder. Raises MissingVariable for a variable that is not set: a folder literally
    named «%APPDATA%» is never what IT meant."""
    env = os.environ if environ is None else environ

    def value(match: re.Match[str]) -> str:
        name = next(g for g in match.groups() if g)
        found = env.get(name)
        if found is None and os.name == "nt":  # Windows' variable names ignore case
            found = next((v for k, v in env.items() if k.upper() == name.upper()), None)
        if found is None:
            raise MissingVariable(name)
        return found

    return os.path.expanduser(_VARIABLE.sub(value, text))


@dataclass
class MachineConfig:
    """The machine's configuration as read from `folder` (which need not exist)."""

    folder: Path
    values: dict[str, str] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    problems: list[MachineProblem] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def config_file(self) -> Path:
        return self.folder / CONFIG_FILE

    @property
    def exists(self) -> bool:
        """Whether the machine configures anything at all."""
        return bool(self.values or self.locked or self.trust_dir or self.profiles_dir)

    @property
    def trust_dir(self) -> Path | None:
        """trust/, when the machine has one."""
        return _folder(self.folder / TRUST_FOLDER)

    @property
    def profiles_dir(self) -> Path | None:
        """profiles/, when the machine has one."""
        return _folder(self.folder / PROFILES_FOLDER)

    @property
    def data_folder(self) -> Path | None:
        """Where the user's data lives instead of the platform's folder (machine only)."""
        value = self.values.get("data_folder")
        return Path(value) if value else None

    def value(self, key: str) -> str | None:
        """The machine's own value for `key` (checked, paths expanded), or None."""
        _check_key(key)
        return self.values.get(key)

    def is_locked(self, key: str) -> bool:
        _check_key(key)
        return key in self.locked

    def resolve(self, key: str, user_value: str | None = None) -> str | None:
        """What applies for `key`: its environment variable where it has one, then
        `user_value` (the user's own setting, already checked by the caller; None or ""
        for none) unless the machine locks `key`, then the machine's value, then the
        built-in default."""
        _check_key(key)
        variable = ENVIRONMENT.get(key)
        if variable and os.environ.get(variable):
            return os.environ[variable]
        if user_value and key not in self.locked:
            return user_value
        if key in self.values:
            return self.values[key]
        return DEFAULTS.get(key)

    def refuse_if_locked(self, key: str) -> None:
        """Raises SettingLocked when the user may not change `key`."""
        if self.is_locked(key):
            raise SettingLocked(key, self.config_file)

    def note(self, found: MachineProblem) -> None:
        """Keep (and log, once) a problem found by whoever reads a part of the folder."""
        with self._lock:
            if any(found.same_as(known) for known in self.problems):
                return
            self.problems.append(found)
        log.warning("Machine configuration: %s", found.message)


def _folder(path: Path) -> Path | None:
    try:
        return path if path.is_dir() else None
    except OSError:
        return None


def _check_key(key: str) -> None:
    if key not in SETTINGS:
        raise KeyError(f"unknown machine setting {key!r}")


def machine_folder() -> Path:
    """The machine configuration folder (it need not exist)."""
    chosen = os.environ.get(FOLDER_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def load(folder: Path) -> MachineConfig:
    """Read and check `folder`'s configuration. Never raises for what is in the folder:
    what is wrong becomes a problem, and only that part is ignored (all of the file when
    it cannot be read at all)."""
    config = MachineConfig(Path(folder))
    path = config.config_file
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return config
    except (OSError, UnicodeDecodeError) as exc:
        config.note(problem(path, None, UNREADABLE, error=getattr(exc, "strerror", None) or exc))
        return config
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        config.note(problem(path, None, NOT_TOML, error=exc))
        return config
    known = ", ".join((*SETTINGS, LOCKED_KEY))
    for key, raw in data.items():
        if key == LOCKED_KEY:
            config.locked = _locked(config, raw)
        elif key not in SETTINGS:
            config.note(problem(path, key, UNKNOWN_KEY, known=known))
        else:
            checked = _checked(config, key, raw)
            if checked is not None:
                config.values[key] = checked
    return config


def _locked(config: MachineConfig, raw: Any) -> frozenset[str]:
    path = config.config_file
    if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
        config.note(problem(path, LOCKED_KEY, LOCKED_NOT_LIST))
        return frozenset()
    locked = set()
    for key in raw:
        if key in SETTINGS:
            locked.add(key)
        else:
            config.note(problem(path, key, LOCKED_UNKNOWN, known=", ".join(SETTINGS)))
    return frozenset(locked)


def _checked(config: MachineConfig, key: str, raw: Any) -> str | None:
    """`raw` as the value of `key`, or None (with a problem noted)."""
    path = config.config_file
    if not isinstance(raw, str):
        config.note(problem(path, key, NOT_TEXT))
        return None
    value = raw.strip()
    if not value:
        config.note(problem(path, key, EMPTY))
        return None
    if key == "role" and value.casefold() not in ROLES:
        config.note(problem(path, key, UNKNOWN_ROLE, value=value))
        return None
    if key == "role":
        return value.casefold()
    if key == "language" and value not in LANGUAGES:
        config.note(problem(path, key, UNKNOWN_LANGUAGE, value=value, known=", ".join(LANGUAGES)))
        return None
    if key == "database_url":
        return _database_url(config, value)
    if key in PATH_SETTINGS:
        try:
            value = expand(value)
        except MissingVariable as exc:
            config.note(problem(path, key, MISSING_VARIABLE, value=raw, variable=exc.name))
            return None
        if key == "data_folder" and not Path(value).is_absolute():
            config.note(problem(path, key, NOT_ABSOLUTE, value=raw))
            return None
    return value


def has_password(url: str) -> bool:
    """Whether `url` carries a password (user:password@… or ?password=…)."""
    from urllib.parse import urlsplit

    try:
        if urlsplit(url.strip()).password:
            return True
    except ValueError:
        pass
    return re.search(r"[?&]password=", url, re.IGNORECASE) is not None


def _database_url(config: MachineConfig, value: str) -> str | None:
    from urllib.parse import urlsplit

    path = config.config_file
    scheme, sep, _rest = value.partition("://")
    if not sep or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme):
        config.note(problem(path, "database_url", NOT_A_URL, value=value))
        return None
    try:
        urlsplit(value)
    except ValueError:
        config.note(problem(path, "database_url", NOT_A_URL, value=value))
        return None
    if has_password(value):
        # Not even the value goes into the message: it would show the password.
        config.note(problem(path, "database_url", PASSWORD_IN_URL))
        return None
    return value


_cache_lock = threading.Lock()
_cached: tuple[Path, MachineConfig] | None = None


def current() -> MachineConfig:
    """The configuration of this machine, read once per process (and again when the
    folder is another, as tests make it)."""
    global _cached
    folder = machine_folder()
    with _cache_lock:
        if _cached is not None and _cached[0] == folder:
            return _cached[1]
    config = load(folder)
    with _cache_lock:
        _cached = (folder, config)
    return config


def reload() -> MachineConfig:
    """Read the folder again (tests; IT trying a change without a new process)."""
    global _cached
    with _cache_lock:
        _cached = None
    return current()


def database_url(user_value: str | None = None) -> str | None:
    """The database to use: PROSJEKTARK_DATABASE_URL, then the user's (unless locked),
    then the machine's; None for the user's own SQLite file (paths.database_path())."""
    return current().resolve("database_url", user_value)
