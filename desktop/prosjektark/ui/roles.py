"""Which role the user works in: a working group (the default) or the secretariat.

One program serves both. The secretariat role adds the Sekretariat workspace and its
tools; a working group never sees them. The role is the user's own setting (QSettings
key `role`, chosen under Verktøy → Innstillinger …) unless the machine-wide
configuration locks it, then the machine's, else a working group (machine_config.py).
`current_role` alone resolves it: everything else asks it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QSettings

from prosjektark import machine_config
from prosjektark.i18n import QT_TRANSLATE_NOOP

Role = Literal["arbeidsgruppe", "sekretariat"]
WORKING_GROUP: Role = "arbeidsgruppe"
SECRETARIAT: Role = "sekretariat"
ROLE_KEY = "role"
# Shown translated: translate("roles", ROLE_NAMES[role]).
ROLE_NAMES: dict[str, str] = {
    WORKING_GROUP: QT_TRANSLATE_NOOP("roles", "Arbeidsgruppe"),
    SECRETARIAT: QT_TRANSLATE_NOOP("roles", "Sekretariat"),
}


def _known(value: object) -> Role | None:
    text = str(value or "").strip().casefold()
    return text if text in ROLE_NAMES else None  # type: ignore[return-value]


def current_role(settings: QSettings) -> Role:
    """The role the program runs in: the user's unless the machine locks it, then the
    machine's. Anything unknown is a working group, which sees the least (a typo in a
    setting must never hand out the secretariat's tools)."""
    value = machine_config.current().resolve("role", _known(settings.value(ROLE_KEY)))
    return SECRETARIAT if value == SECRETARIAT else WORKING_GROUP


def role_locked() -> bool:
    """Whether the machine sets the role for every user."""
    return machine_config.current().is_locked("role")


def set_role(settings: QSettings, role: Role) -> None:
    """The user's own role; raises machine_config.SettingLocked when the machine locks it."""
    if role not in ROLE_NAMES:
        raise ValueError(f"unknown role {role!r}")
    machine_config.current().refuse_if_locked("role")
    settings.setValue(ROLE_KEY, role)
    settings.sync()


def is_secretariat(settings: QSettings) -> bool:
    return current_role(settings) == SECRETARIAT
