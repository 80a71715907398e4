"""Calendar: the submission deadline and projects without activity (004)."""

from __future__ import annotations

from datetime import date

from prosjektark.domain.rules.base import SEED_004, Context, rule

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
