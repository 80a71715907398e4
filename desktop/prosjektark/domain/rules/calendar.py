"""Calendar: the submission deadline and projects without activity (004)."""

from __future__ import annotations

from datetime import date

from prosjektark.domain.rules.base import SEED_004, Context, rule
from prosjektark.domain.rules.decision import is_political

AFTER_DEADLINE = rule(
    "schedule.after_deadline",
    "warning",
    "",
    "Fristen for innspill til programmet er passert; arket regnes som innspill til neste"
    " handlingsprogram.",
    "Innspill og politiske vedtak som kommer etter fristen 1. juni regnes som innspill til"
    " neste handlingsprogram.",
    SEED_004,
)
DECISION_AFTER_DEADLINE = rule(
    "schedule.decision_after_deadline",
    "warning",
    "treatments[<n>]",
    "En politisk behandling er datert etter profilens frist for innspill; vedtaket regnes som"
    " innspill til neste handlingsprogram.",
    "Innspill og politiske vedtak som kommer etter fristen 1. juni regnes som innspill til"
    " neste handlingsprogram.",
    SEED_004,
)
INACTIVE = rule(
    "portfolio.inactive",
    "warning",
    "funding.granted_date",
    "Midler ble bevilget for minst profilens antall år siden (3) uten at utbygging har startet:"
    " prosjektet må vurderes på nytt.",
    "Prosjekter som ikke har gått til utbygging tre år etter at det er bevilget midler må"
    " vurderes på nytt. Disse kan tas ut av porteføljen for å finansiere byggeklare prosjekter.",
    SEED_004,
)


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years; 29 February becomes 28 February in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check(ctx: Context) -> None:
    profile, today = ctx.profile, ctx.today
    if today > profile.submission_deadline:
        ctx.add(
            AFTER_DEADLINE,
            f"Fristen for innspill til {profile.programme} var"
            f" {profile.submission_deadline:%d.%m.%Y}. Arket regnes som innspill til neste"
            " handlingsprogram.",
        )
    deadline = profile.submission_deadline
    for i, treatment in enumerate(ctx.sheet.treatments):
        if (
            treatment.date is not None
            and treatment.date > deadline
            and is_political(treatment, profile)
        ):
            ctx.add(
                DECISION_AFTER_DEADLINE,
                f"Den politiske behandlingen {treatment.date:%d.%m.%Y}"
                f"{f' ({treatment.body})' if treatment.body else ''} er etter fristen"
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
