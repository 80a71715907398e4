"""Calendar: the submission deadline and projects without activity (004)."""

from __future__ import annotations

from datetime import date

from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, date_text, rule
from prosjektark.domain.rules.decision import is_political
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

AFTER_DEADLINE = rule(
    "schedule.after_deadline",
    "warning",
    "",
    QT_TRANSLATE_NOOP(
        "rules",
        "Fristen for innspill til programmet er passert; arket regnes som innspill til neste"
        " handlingsprogram.",
    ),
)
DECISION_AFTER_DEADLINE = rule(
    "schedule.decision_after_deadline",
    "warning",
    "treatments[<n>]",
    QT_TRANSLATE_NOOP(
        "rules",
        "En politisk behandling er datert etter profilens frist for innspill; vedtaket regnes"
        " som innspill til neste handlingsprogram.",
    ),
)
INACTIVE = rule(
    "portfolio.inactive",
    "warning",
    "funding.granted_date",
    QT_TRANSLATE_NOOP(
        "rules",
        "Midler ble bevilget for minst profilens antall år siden (3) uten at utbygging har"
        " startet: prosjektet må vurderes på nytt.",
    ),
)


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years; 29 February becomes 28 February in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check(ctx: Context) -> None:
    profile, today = ctx.profile, ctx.today
    deadline = profile.submission_deadline
    if deadline is not None and today > deadline:
        ctx.add(
            AFTER_DEADLINE,
            translate(
                "calendar",
                "Fristen for innspill til {programme} var {deadline}. Arket regnes som innspill"
                " til neste handlingsprogram.",
            ).format(programme=profile.programme, deadline=date_text(deadline)),
        )
    for i, treatment in enumerate(ctx.sheet.treatments):
        if (
            deadline is not None
            and treatment.date is not None
            and treatment.date > deadline
            and is_political(treatment, profile)
        ):
            if treatment.body:
                message = translate(
                    "calendar",
                    "Den politiske behandlingen {date} ({body}) er etter fristen {deadline} og"
                    " regnes som innspill til neste handlingsprogram, ikke til {programme}.",
                )
            else:
                message = translate(
                    "calendar",
                    "Den politiske behandlingen {date} er etter fristen {deadline} og regnes"
                    " som innspill til neste handlingsprogram, ikke til {programme}.",
                )
            ctx.add(
                DECISION_AFTER_DEADLINE,
                message.format(
                    date=date_text(treatment.date),
                    body=_body_name(profile, treatment.body),
                    deadline=date_text(deadline),
                    programme=profile.programme,
                ),
                field_path=f"treatments[{i}]",
            )
    granted = ctx.sheet.funding.granted_date
    if granted is None or ctx.phase == "UB":
        return
    start = ctx.sheet.progress.construction_start
    if start is not None and start <= today:
        return
    years = profile.inactive_after_years
    if years is None:
        return
    try:
        due = add_years(granted, years)
    except (ValueError, OverflowError):
        return
    if due <= today:
        if years == 1:
            message = translate(
                "calendar",
                "Midlene ble bevilget {date}, for minst ett år siden, og utbyggingen har ikke"
                " startet. Prosjektet må vurderes på nytt og kan tas ut av porteføljen.",
            )
        else:
            message = translate(
                "calendar",
                "Midlene ble bevilget {date}, for minst {years} år siden, og utbyggingen har"
                " ikke startet. Prosjektet må vurderes på nytt og kan tas ut av porteføljen.",
            )
        ctx.add(INACTIVE, message.format(date=date_text(granted), years=years))


def _body_name(profile: Profile, body: str) -> str:
    found = profile.body(body)
    return found.name if found else body
