"""`prosjektark diff --id UUID --from N [--to M|working] [--format text|json]`.

What changed between two versions of a sheet in the local store, field by field in the
form's words (domain/diff.py). `--from` and `--to` are saved revisions (the numbers
«Lagre versjon» and signing give); `--to working`, or no `--to`, is the working copy,
with the edits not yet saved as a version. JSON: a list, in form order, of
`{field, label, kind, before, after, step}` (`kind` is changed, added or removed; `step`
the form step's id, "" for a field no step shows). Text: the changes under a heading per
form step.

Exit 0 whether or not anything changed; 2 for an unreadable argument, an unknown sheet
or revision (the message names what is missing and which versions there are), or a
database that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import uuid

from prosjektark.commands import (
    CommandFailed,
    catalog_or_fail,
    error_printer,
    failing_on,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

EXIT_OK, EXIT_UNREADABLE = 0, 2
WORKING = "working"
# How the text output names each kind of change (translated where shown).
KIND_WORDS = {
    "changed": QT_TRANSLATE_NOOP("diff", "Endret"),
    "added": QT_TRANSLATE_NOOP("diff", "Ny"),
    "removed": QT_TRANSLATE_NOOP("diff", "Fjernet"),
}


def parse_version(text: str, option: str) -> int | None:
    """A revision number, or None for the working copy ("working")."""
    if text.strip().lower() == WORKING:
        return None
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if number < 1 or str(number) != text.strip():
        raise CommandFailed(
            translate(
                "diff",
                "{option} «{text}» er ikke et versjonsnummer (et heltall fra 1) eller «{working}».",
            ).format(option=option, text=text, working=WORKING)
        )
    return number


@reports_failures(error_printer("diff"))
def run(args: argparse.Namespace) -> int:
    from prosjektark.domain.diff import diff_sheets
    from prosjektark.store.repository import StoreError

    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    older = parse_version(args.from_version, "--from")
    newer = parse_version(args.to_version, "--to")
    catalog = catalog_or_fail()
    with store_or_fail() as store, failing_on(StoreError):
        before = _load(store, sheet_id, older)
        after = _load(store, sheet_id, newer)
    profile = catalog.profiles.get(after.profile) or catalog.profiles.get(before.profile)
    changes = diff_sheets(
        before, after, catalog.form, catalog.checklists, profile or catalog.default_profile
    )
    if args.format == "json":
        print_line(json.dumps([c.as_dict() for c in changes], ensure_ascii=False, indent=2))
        return EXIT_OK
    heading = translate("diff", "«{title}» ({id}): {older} → {newer}").format(
        title=after.identification.title or translate("diff", "(uten navn)"),
        id=sheet_id,
        older=_version_name(older),
        newer=_version_name(newer),
    )
    print_line(format_text(heading, changes, catalog.form))
    return EXIT_OK


def _load(store, sheet_id: uuid.UUID, revision: int | None):
    """The working copy (None) or a saved revision; a missing one is refused by name."""
    if not _exists(store, sheet_id):
        raise CommandFailed(
            translate("diff", "Fant ikke prosjektarket {id} i den lokale databasen.").format(
                id=sheet_id
            )
        )
    if revision is None:
        return store.load(sheet_id)
    saved = [r.revision for r in store.revisions(sheet_id)]
    if revision not in saved:
        known = (
            translate("diff", "Lagrede versjoner: {versions}.").format(
                versions=", ".join(map(str, saved))
            )
            if saved
            else translate("diff", "Arket har ingen lagrede versjoner ennå.")
        )
        missing = translate("diff", "Fant ikke versjon {revision} av prosjektarket {id}.")
        raise CommandFailed(f"{missing.format(revision=revision, id=sheet_id)} {known}")
    return store.load_revision(sheet_id, revision)  # run turns a StoreError into exit 2


def _exists(store, sheet_id: uuid.UUID) -> bool:
    return any(
        summary.id == sheet_id
        for deleted in (False, True)
        for summary in store.list_summaries(deleted=deleted)
    )


def _version_name(revision: int | None) -> str:
    if revision is None:
        return translate("diff", "arbeidskopien")
    return translate("diff", "versjon {revision}").format(revision=revision)


def format_text(heading: str, changes, form) -> str:
    """The changes under a heading per form step; each value on its own indented lines."""
    from prosjektark.domain.diff import grouped_by_step

    lines = [heading]
    if not changes:
        lines.append(translate("diff", "Ingen endringer."))
        return "\n".join(lines)
    count = len(changes)
    if count == 1:
        lines.append(translate("diff", "1 endring."))
    else:
        lines.append(translate("diff", "{n} endringer.").format(n=count))
    for title, rows in grouped_by_step(changes, form):
        lines += ["", title]
        for change in rows:
            kind = translate("diff", KIND_WORDS[change.kind])
            lines.append(f"  {change.label} ({kind}) [{change.field}]")
            if change.kind != "added":
                lines += _value(translate("diff", "Før"), change.before)
            if change.kind != "removed":
                lines += _value(translate("diff", "Etter"), change.after)
    return "\n".join(lines)


def _value(name: str, text: str) -> list[str]:
    first, *rest = (text or "").splitlines() or [""]
    label = f"{name}:"
    # The values line up after the longest label ("Etter:"), as in bokmål; a longer
    # translated label pushes its own line only.
    return [f"    {label:<6} {first}", *(f"           {line}" for line in rest)]
