"""`prosjektark check SHEET.json [--profile P] [--format text|json]`.

Exit 0 when there is no error, 1 when there are errors, 2 when the input cannot be read
(missing file, not JSON, not a valid sheet, unknown profile), with the reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from prosjektark.commands import (
    catalog_or_fail,
    error_printer,
    profile_or_fail,
    reports_failures,
    sheet_file_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


@reports_failures(error_printer("check"))
def run(args: argparse.Namespace) -> int:
    from prosjektark.domain.rules import check_sheet

    sheet = sheet_file_or_fail(Path(args.sheet))
    catalog = catalog_or_fail()
    profile_id = getattr(args, "profile", None) or sheet.profile
    profile = profile_or_fail(catalog, profile_id) if profile_id else None
    # A draft of an older form is checked as the current form asks it (renamed questions
    # carried over), on this copy only: the file is not rewritten.
    from prosjektark.domain.form_migration import migrate_to_form

    sheet = migrate_to_form(sheet, catalog.form, catalog.checklists).sheet
    # An empty profile on the sheet: the engine reports `profile.unknown` and uses the default.
    findings = check_sheet(sheet, catalog, profile=profile)

    if getattr(args, "format", "text") == "json":
        text = json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2)
    else:
        text = format_text(sheet, catalog, findings)
    _write(text)
    return EXIT_FINDINGS if any(f.severity == "error" for f in findings) else EXIT_OK


def _write(text: str) -> None:
    out = sys.stdout
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:  # a console that cannot show æøå
        out.buffer.write((text + "\n").encode("utf-8", "replace"))
    out.flush()


def format_text(sheet, catalog, findings) -> str:
    """Findings grouped by step, with the severities in words and a closing count."""
    from prosjektark.domain.rules import sheet_status

    severities = {
        "error": translate("check", "Feil"),
        "warning": translate("check", "Advarsel"),
        "info": translate("check", "Info"),
    }
    title = sheet.identification.title or translate("check", "(uten navn)")
    lines = [
        translate("check", "{title} – fase {phase}").format(
            title=title, phase=sheet.identification.phase
        )
    ]
    titles = {s.id: s.title for s in catalog.form.steps}
    current = None
    for f in findings:
        if f.step != current:
            current = f.step
            lines.append("")
            lines.append(titles.get(f.step, f.step or translate("check", "Arket")))
        where = f" [{f.field}]" if f.field else ""
        lines.append(f"  {severities.get(f.severity, f.severity):<8} {f.code}{where}")
        lines.append(f"           {f.message}")
    counts = {sev: sum(1 for f in findings if f.severity == sev) for sev in severities}
    status = sheet_status(sheet, findings)
    lines.append("")
    lines.append(
        translate("check", "{errors}, {warnings}, {infos}. Status: {status}.").format(
            errors=_count(
                counts["error"], translate("check", "1 feil"), translate("check", "{n} feil")
            ),
            warnings=_count(
                counts["warning"],
                translate("check", "1 advarsel"),
                translate("check", "{n} advarsler"),
            ),
            infos=translate("check", "{n} info").format(n=counts["info"]),
            status=translate("check", "Klar") if status == "klar" else translate("check", "Utkast"),
        )
    )
    return "\n".join(lines)


def _count(n: int, one: str, many: str) -> str:
    """`one` (translated) for 1, else `many` (translated, with {n}) filled in."""
    return one if n == 1 else many.format(n=n)
