"""A sheet made by a newer version of the program: said, never refused."""

from __future__ import annotations

from prosjektark.domain.format.steps import CURRENT
from prosjektark.domain.rules.base import Context, rule
from prosjektark.domain.sheet import unknown_fields

NEWER = rule(
    "format.newer",
    "info",
    "format",
    "Arket er laget med en nyere versjon av Prosjektark (et nyere mindre formatnummer). Felt"
    " denne versjonen ikke kjenner, beholdes og skrives tilbake uendret; de sjekkes ikke.",
    "Minor versions only add optional fields. An older reader keeps fields it does not know,"
    " round-trips them untouched, and says the sheet was made by a newer version.",
)


def check(ctx: Context) -> None:
    sheet = ctx.sheet
    if not sheet.made_by_newer_version:
        return
    unknown = unknown_fields(sheet)
    fields = f" Felt denne versjonen ikke kjenner: {', '.join(unknown[:5])}" if unknown else ""
    if len(unknown) > 5:
        fields += f" og {len(unknown) - 5} til"
    ctx.add(
        NEWER,
        f"Arket er laget med en nyere versjon av Prosjektark ({sheet.format}); denne versjonen"
        f" leser prosjektark/{CURRENT[0]}.{CURRENT[1]}. Det som er nytt, beholdes uendret og"
        f" sjekkes ikke.{fields + '.' if fields else ''} Oppdater Prosjektark for å se alt.",
    )
