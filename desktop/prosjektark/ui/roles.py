"""Which role the user works in: a working group (the default) or the secretariat.

One program serves both. The secretariat role adds the Sekretariat workspace and its
tools; a working group never sees them. Today the role is the user's own setting
(QSettings key `role`, chosen under Verktøy → Innstillinger …). Machine-wide
configuration (issue 15) belongs in `current_role` alone: everything else asks it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QSettings

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


def current_role(settings: QSettings) -> Role:
    """The role the program runs in; anything unknown is a working group, which sees the
    least (a typo in a setting must never hand out the secretariat's tools)."""
    value = str(settings.value(ROLE_KEY, WORKING_GROUP) or "").strip().casefold()
    return SECRETARIAT if value == SECRETARIAT else WORKING_GROUP


def set_role(settings: QSettings, role: Role) -> None:
    if role not in ROLE_NAMES:
        raise ValueError(f"unknown role {role!r}")
    settings.setValue(ROLE_KEY, role)
    settings.sync()


def is_secretariat(settings: QSettings) -> bool:
    return current_role(settings) == SECRETARIAT
