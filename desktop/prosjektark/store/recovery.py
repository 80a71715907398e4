"""Getting a damaged store back: the newest backup (or an empty store), plus every sheet
that can still be read from the damaged file and is newer than what the backup holds.

The SQLite file only: a store on a database server has no file here to recover (its
operators restore it from their own dumps), so the window never offers this for one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prosjektark.i18n import translate
from prosjektark.store.backup import readable_sheets, restore_backup, start_afresh
from prosjektark.store.errors import CorruptDatabaseError, StoreError
from prosjektark.store.repository import Store


@dataclass(frozen=True)
class Recovery:
    store: Store
    backup: Path | None  # the backup restored; None: started with an empty store
    added: int  # sheets read from the damaged file that the backup did not have
    updated: int  # sheets whose copy in the damaged file was newer than the backup's

    def summary(self) -> str:
        if self.backup is not None:
            start = translate(
                "recovery", "Databasen er gjenopprettet fra sikkerhetskopien «{backup}»."
            ).format(backup=self.backup.name)
        else:
            start = translate("recovery", "Prosjektark startet med en tom database.")
        saved = self.added + self.updated
        if not saved:
            rest = translate("recovery", "Ingen nyere ark kunne leses fra den skadde filen.")
        elif saved == 1:
            rest = translate(
                "recovery",
                "Fra den skadde filen ble 1 ark hentet inn ({added} nye, {updated} nyere enn "
                "sikkerhetskopien).",
            )
        else:
            rest = translate(
                "recovery",
                "Fra den skadde filen ble {saved} ark hentet inn ({added} nye, {updated} nyere "
                "enn sikkerhetskopien).",
            )
        return f"{start} " + rest.format(saved=saved, added=self.added, updated=self.updated)


def recover(error: CorruptDatabaseError, attachments_dir: Path, use_backup: bool) -> Recovery:
    """Replace the damaged database (already copied aside) with its newest backup, or with
    an empty store, then bring in what can still be read from the damaged copy."""
    from prosjektark.domain.sheet import SheetError, sheet_from_json

    backup = error.backups[0] if use_backup and error.backups else None
    if backup is not None:
        restore_backup(error.db_path, backup)
    else:
        start_afresh(error.db_path)
    store = Store.open(error.db_path, attachments_dir)
    added = updated = 0
    damaged = error.copy / error.db_path.name if error.copy is not None else None
    for _sheet_id, body in readable_sheets(damaged) if damaged is not None else []:
        try:
            sheet = sheet_from_json(body)
        except SheetError:
            continue  # damaged text: the backup's copy, if any, is kept
        try:
            stored = store.load(sheet.id)
        except StoreError:
            store.save_working_copy(sheet)
            added += 1
            continue
        if sheet.modified > stored.modified:
            store.save_working_copy(sheet)
            updated += 1
    return Recovery(store, backup, added, updated)
