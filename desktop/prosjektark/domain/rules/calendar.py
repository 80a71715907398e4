"""Calendar: the submission deadline and projects without activity (004)."""

from __future__ import annotations

from datetime import date

from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, rule
from prosjektark.domain.rules.decision import is_political

AFTER_DEADLINE = rule(
    "schedule.after_deadline",
    "warning",
    "",
    "Fristen for innspill til programmet er passert; arket regnes som innspill til neste"
    " handlingsprogram.",
)
DECISION_AFTER_DEADLINE = rule(
    "schedule.decision_after_deadline",
    "warning",
    "treatments[<n>]",
    "En politisk behandling er datert etter profilens frist for innspill; vedtaket regnes som"
    " innspill til neste handlingsprogram.",
)
INACTIVE = rule(
    "portfolio.inactive",
    "warning",
    "funding.granted_date",
    "Midler ble bevilget for minst profilens antall år siden (3) uten at utbygging har startet:"
    " prosjektet må vurderes på nytt.",
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
            f"Fristen for innspill til {profile.programme} var"
            f" {deadline:%d.%m.%Y}. Arket regnes som innspill til neste"
            " handlingsprogram.",
        )
    for i, treatment in enumerate(ctx.sheet.treatments):
        if (
            deadline is not None
            and treatment.date is not None
            and treatment.date > deadline
            and is_political(treatment, profile)
        ):
            ctx.add(
                DECISION_AFTER_DEADLINE,
                f"Den politiske behandlingen {treatment.date:%d.%m.%Y}"
                f"{f' ({_body_name(profile, treatment.body)})' if treatment.body else ''} er etter"
                f" fristen"
                f" {deadline:%d.%m.%Y} og regnes som innspill til neste handlingsprogram,"
                f" ikke til {profile.programme}.",
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
        ctx.add(
            INACTIVE,
            f"Midlene ble bevilget {granted:%d.%m.%Y}, for minst {years} år siden, og"
            " utbyggingen har ikke startet. Prosjektet må vurderes på nytt og kan tas ut av"
            " porteføljen.",
        )


def _body_name(profile: Profile, body: str) -> str:
    found = profile.body(body)
    return found.name if found else body
