"""A sheet made by a newer version of the program: said, never refused."""

from __future__ import annotations

from prosjektark.domain.format.steps import CURRENT
from prosjektark.domain.rules.base import Context, rule
from prosjektark.domain.sheet import unknown_fields
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

NEWER = rule(
    "format.newer",
    "info",
    "format",
    QT_TRANSLATE_NOOP(
        "rules",
        "Arket er laget med en nyere versjon av Prosjektark (et nyere mindre formatnummer). Felt"
        " denne versjonen ikke kjenner, beholdes og skrives tilbake uendret; de sjekkes ikke.",
    ),
    "Minor versions only add optional fields. An older reader keeps fields it does not know,"
    " round-trips them untouched, and says the sheet was made by a newer version.",
)


def check(ctx: Context) -> None:
    sheet = ctx.sheet
    if not sheet.made_by_newer_version:
        return
    unknown = unknown_fields(sheet)
    if not unknown:
        message = translate(
            "sheet_format",
            "Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen"
            " leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Oppdater"
            " Prosjektark for å se alt.",
        )
    elif len(unknown) <= 5:
        message = translate(
            "sheet_format",
            "Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen"
            " leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Felt denne"
            " versjonen ikke kjenner: {fields}. Oppdater Prosjektark for å se alt.",
        )
    else:
        message = translate(
            "sheet_format",
            "Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen"
            " leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Felt denne"
            " versjonen ikke kjenner: {fields} og {more} til. Oppdater Prosjektark for å se"
            " alt.",
        )
    ctx.add(
        NEWER,
        message.format(
            format=sheet.format,
            current=f"prosjektark/{CURRENT[0]}.{CURRENT[1]}",
            fields=", ".join(unknown[:5]),
            more=len(unknown) - 5,
        ),
    )
