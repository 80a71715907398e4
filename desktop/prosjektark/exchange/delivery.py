"""«Send til sekretariatet»: copy outbox packages into the secretariat's delivery folder.

Municipalities share files through network shares and synced Teams/SharePoint folders,
so delivery is a file copy into a folder the user chooses, and the secretariat's intake
watches that folder (exchange/intake_folder.py). The copy must never be seen half
written, by the intake or by a sync client:

- it is written under a hidden temporary name in the target folder
  (".<name>.<random>.part", which the intake and sync clients skip), flushed to disk, and
  only then given its real name;
- the real name is taken without ever replacing a file: a different file of the same
  name (another working group's sheet with the same title) is kept, and the copy gets
  «navn (2).asice», «navn (3).asice», …; the intake imports any *.asice, so the
  secretariat still gets it. The same bytes already under that name (a send interrupted
  after the copy) count as delivered and are not copied again;
- only then is the outbox entry marked Levert with the time and the folder.

A missing, read-only or full folder fails with a message in the user's language, the
temporary file is removed and the package stays Klar in the outbox. One package's failure
never stops the next.

The folder is the user's setting (QSettings key DELIVERY_FOLDER_KEY, asked for the first
time in the outbox dialog) unless the machine-wide configuration locks it, then the
machine's `delivery_folder` (machine_config.py). `delivery_folder` alone resolves it and
`remember_delivery_folder` alone stores it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from prosjektark import machine_config
from prosjektark.durable import fsync_dir
from prosjektark.i18n import translate
from prosjektark.store.errors import StoreError
from prosjektark.store.outbox import OutboxEntry
from prosjektark.store.repository import Store

DELIVERY_FOLDER_KEY = "delivery/folder"
TEMP_SUFFIX = ".part"
_CHUNK = 1 << 20
_MAX_NUMBERED = 999
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class SettingsLike(Protocol):
    """What is used of a QSettings (exchange/ imports no Qt)."""

    def value(self, key: str, defaultValue: object = None) -> object: ...  # noqa: N803

    def setValue(self, key: str, value: object) -> None: ...  # noqa: N802

    def sync(self) -> None: ...


def delivery_folder(settings: SettingsLike | None) -> Path | None:
    """The folder packages are sent to: the user's choice unless the machine locks it,
    then the machine's; None when neither has one (the user is asked)."""
    saved = settings.value(DELIVERY_FOLDER_KEY) if settings is not None else None
    chosen = machine_config.current().resolve("delivery_folder", str(saved) if saved else None)
    return Path(chosen) if chosen else None


def delivery_folder_locked() -> bool:
    """Whether the machine sets the delivery folder for every user."""
    return machine_config.current().is_locked("delivery_folder")


def remember_delivery_folder(settings: SettingsLike, folder: Path) -> None:
    """The user's own delivery folder; raises machine_config.SettingLocked when the
    machine locks it."""
    machine_config.current().refuse_if_locked("delivery_folder")
    settings.setValue(DELIVERY_FOLDER_KEY, str(folder))
    settings.sync()


@dataclass(frozen=True)
class DeliveryOutcome:
    """What happened to one package. `message` is in the current language: where the copy
    went, or why it was not sent."""

    entry: OutboxEntry
    ok: bool
    message: str
    target: Path | None = None

    def line(self) -> str:
        if self.ok:
            return translate("delivery", "{package}: sendt – {message}").format(
                package=self.entry.path.name, message=self.message
            )
        return translate(
            "delivery",
            "{package}: ikke sendt – {message} Pakken ligger fortsatt i utboksen som klar.",
        ).format(package=self.entry.path.name, message=self.message)


def temp_name(name: str) -> str:
    """The hidden name a copy is written under before it gets `name`."""
    return f".{name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"


def folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot be a delivery folder (current language), or None. A read-only
    or full folder is found by writing, not here."""
    folder = Path(folder)
    try:
        if folder.is_dir():
            return None
        exists = folder.exists()
    except OSError as exc:  # a network share that stopped answering
        return translate("delivery", "Leveringsmappen {folder} kan ikke leses: {error}.").format(
            folder=folder, error=exc.strerror or exc
        )
    if exists:
        return translate("delivery", "Leveringsmappen {folder} er ikke en mappe.").format(
            folder=folder
        )
    return translate(
        "delivery",
        "Leveringsmappen {folder} finnes ikke. Kontroller at nettverksstasjonen eller den "
        "synkroniserte mappen er tilgjengelig, eller velg en annen mappe.",
    ).format(folder=folder)


def ready_entries(store: Store, entry_ids: Sequence[int] | None = None) -> list[OutboxEntry]:
    """The packages a send would handle: the chosen ones (or all) that are still Klar."""
    entries = [e for e in store.list_outbox() if e.state == "klar"]
    if entry_ids is not None:
        wanted = set(entry_ids)
        entries = [e for e in entries if e.id in wanted]
    return sorted(entries, key=lambda e: (e.exported_at, e.id))


def send_to_folder(
    store: Store,
    entry_ids: Sequence[int] | None,
    folder: Path,
    *,
    progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[DeliveryOutcome]:
    """Copy the chosen outbox packages (None: every package that is Klar) into `folder`
    and mark each one Levert; packages already delivered are left alone. One outcome per
    package handled, in export order. `progress(done, label)` is called between packages;
    when `cancelled()` turns true, the packages not started are left out (a package is
    never half sent)."""
    folder = Path(folder)
    outcomes: list[DeliveryOutcome] = []
    entries = ready_entries(store, entry_ids)
    problem = folder_problem(folder)
    for index, entry in enumerate(entries):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(
                index, translate("delivery", "Sender {package} …").format(package=entry.path.name)
            )
        if problem is not None:
            outcomes.append(DeliveryOutcome(entry, False, problem))
        else:
            outcomes.append(_send_one(store, entry, folder))
    if progress is not None:
        progress(len(outcomes), "")
    return outcomes


def _send_one(store: Store, entry: OutboxEntry, folder: Path) -> DeliveryOutcome:
    source = entry.path
    if not source.is_file():
        return DeliveryOutcome(entry, False, _source_gone(source))
    try:
        target = _copy_into(source, folder)
    except OSError as exc:
        return DeliveryOutcome(entry, False, _reason(exc, folder, source))
    try:
        store.mark_delivered(entry.id, folder=folder)
    except StoreError as exc:
        # The copy is there; sending again finds the same bytes and only marks it.
        return DeliveryOutcome(
            entry,
            False,
            translate(
                "delivery",
                "Pakken er kopiert til {target}, men utboksen kunne ikke oppdateres: {error}",
            ).format(target=target, error=exc),
            target,
        )
    if target.name == source.name:
        where = translate("delivery", "Kopiert til {folder}.").format(folder=folder)
    else:
        where = translate(
            "delivery",
            "Kopiert til {folder} som «{target}», fordi en annen fil med navnet «{source}» lå "
            "der fra før.",
        ).format(folder=folder, target=target.name, source=source.name)
    return DeliveryOutcome(entry, True, where, target)


def _source_gone(source: Path) -> str:
    return translate(
        "delivery", "Pakkefilen {source} finnes ikke lenger. Eksporter arket på nytt."
    ).format(source=source)


def _copy_into(source: Path, folder: Path) -> Path:
    """Write `source` into `folder` under a free name (or find it there already)."""
    digest = _sha256(source)
    for candidate in _names(source.name):
        target = folder / candidate
        if target.exists():
            if target.is_file() and _sha256(target) == digest:
                return target  # delivered before; nothing to copy
            continue
        temp = folder / temp_name(source.name)
        try:
            _write_temp(source, temp)
            if _place(temp, target):
                fsync_dir(folder)
                return target
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
    raise OSError(
        errno.EEXIST,
        translate("delivery", "Fant ikke et ledig filnavn for {name}").format(name=source.name),
    )


def _names(name: str):
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    yield name
    for n in range(2, _MAX_NUMBERED + 1):
        yield f"{stem} ({n}){dot}{suffix}"


def _write_temp(source: Path, temp: Path) -> None:
    # O_EXCL: never write into someone else's file; mode 0o666 under the umask, so the
    # copy in a shared folder is as readable as any file the user saves there.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(_CHUNK):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _place(temp: Path, target: Path) -> bool:
    """Give `temp` the name `target` unless something already has it; False if taken.
    A hard link (POSIX) or a plain rename (Windows) fails instead of replacing, so two
    senders racing for one name cannot overwrite each other."""
    if os.name == "nt":
        try:
            os.rename(temp, target)
        except FileExistsError:
            return False
        return True
    try:
        os.link(temp, target)
    except FileExistsError:
        return False
    except OSError:
        # A share without hard links (SMB, FAT): check, then rename into place.
        if target.exists():
            return False
        os.replace(temp, target)
        return True
    temp.unlink()
    return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _reason(exc: OSError, folder: Path, source: Path) -> str:
    if exc.errno in _FULL:
        return translate(
            "delivery",
            "Det er ikke plass til pakken i {folder} (disken eller lagringskvoten er full). "
            "Frigjør plass eller velg en annen mappe.",
        ).format(folder=folder)
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        return translate(
            "delivery",
            "Leveringsmappen {folder} er skrivebeskyttet, eller du har ikke skrivetilgang til den.",
        ).format(folder=folder)
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return folder_problem(folder) or translate(
            "delivery", "Leveringsmappen {folder} finnes ikke."
        ).format(folder=folder)
    if isinstance(exc, FileNotFoundError) and not source.is_file():
        return _source_gone(source)
    return translate("delivery", "Pakken kunne ikke kopieres til {folder}: {error}.").format(
        folder=folder, error=exc.strerror or exc
    )


def delivered_label(
    entry: OutboxEntry, format_time: Callable[[datetime | None], str], *, full: bool = True
) -> str:
    """«Levert <time>» and, for a package sent by the program, «til <folder>» (only the
    folder's own name unless `full`)."""
    when = format_time(entry.delivered_at)
    if entry.delivered_to is None:
        return translate("delivery", "Levert {time}").format(time=when)
    folder = entry.delivered_to if full else entry.delivered_to.name or entry.delivered_to
    return translate("delivery", "Levert {time} til {folder}").format(time=when, folder=folder)
