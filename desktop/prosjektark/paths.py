"""Where resources and user directories are.

One helper for resources (source tree, installed wheel, frozen app) and one for every
user directory, so that PROSJEKTARK_HOME can move them all at once. The machine-wide
configuration may move the data folder alone (machine_config.py, `data_folder`).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "Prosjektark"
HOME_ENV = "PROSJEKTARK_HOME"


@cache
def resource_dir() -> Path:
    """The folder holding forms/, profiles/, checklists/, schema/ and examples/."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # installed wheel
    candidates.append(package_dir.parent.parent / "resources")  # source tree
    for candidate in candidates:
        if (candidate / "forms").is_dir():
            return candidate
    # Bokmål only: the translations are in this very folder, so without it there are none.
    raise FileNotFoundError(
        "Fant ikke ressursmappen (resources/). Sjekket: " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def _user_dir(kind: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        path = Path(home) / kind
    else:
        import platformdirs

        path = Path(
            {
                "data": platformdirs.user_data_dir,
                "config": platformdirs.user_config_dir,
                "logs": platformdirs.user_log_dir,
            }[kind](APP_NAME, appauthor=False)
        )
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's data (database, attachments, identity, backups). PROSJEKTARK_HOME
    first, then the machine's `data_folder` (a roaming folder on a virtual desktop that
    discards the local profile), then the platform's."""
    if not os.environ.get(HOME_ENV):
        from prosjektark import machine_config

        folder = machine_config.current().data_folder
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            return folder
    return _user_dir("data")


def config_dir() -> Path:
    return _user_dir("config")


def settings_file() -> Path:
    """The user's settings (window geometry, chosen folders, role): one INI file."""
    return config_dir() / "prosjektark.ini"


def log_dir() -> Path:
    return _user_dir("logs")


def database_path() -> Path:
    """The user's own SQLite store; the store is a database server instead when one is
    configured (store/location.py decides)."""
    return data_dir() / "prosjektark.sqlite3"


def attachments_dir() -> Path:
    path = data_dir() / "vedlegg"
    path.mkdir(parents=True, exist_ok=True)
    return path


def identity_dir() -> Path:
    path = data_dir() / "identitet"
    path.mkdir(parents=True, exist_ok=True)
    return path
