"""Signing needs status Klar: no errors, and every warning acknowledged.

Tests that sign an example sheet on today's date (the command line and the window check
against the real date) acknowledge what the rules warn about that day first, as a user
would; the calendar warning «schedule.after_deadline» comes and goes with the date.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.rules import acknowledged_keys, check_sheet
from prosjektark.domain.sheet import Acknowledgement, Sheet


def acknowledge_warnings(sheet: Sheet, catalog: Catalog, today: date | None = None) -> Sheet:
    """Acknowledge every warning the rules give `sheet` on `today` (default: today);
    returns the same sheet, changed in place."""
    done = acknowledged_keys(sheet)
    for finding in check_sheet(sheet, catalog, today=today):
        if finding.severity == "warning" and (finding.code, finding.field) not in done:
            sheet.acknowledgements.append(
                Acknowledgement(
                    code=finding.code,
                    field=finding.field,
                    comment="Kjent og avklart (test)",
                    by="Testbruker",
                    at=datetime.now(UTC).replace(microsecond=0),
                )
            )
            done.add((finding.code, finding.field))
    return sheet


def tampered_copy(package: Path, target: Path) -> Path:
    """A copy of a signed package whose sheet has one word changed after signing (a
    sheet about Lade), which every verifier must refuse."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "prosjektark.json":
                data = data.replace(b"Lade", b"Lode", 1)
            dst.writestr(info, data)
    return target
