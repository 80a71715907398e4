"""The sheet against its programme's vocabulary, and the programme's own gaps.

The model accepts any well-formed id for a funding source, an operation exception or a
transition, so a sheet of another programme (or of a profile a newer version ships) is
read, not refused. Whether the id means anything is the programme's to say, here.
"""

from __future__ import annotations

from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, listing, rule
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

UNKNOWN = rule(
    "vocabulary.unknown",
    "error",
    "(feltets sti)",
    QT_TRANSLATE_NOOP(
        "rules",
        "Arket bruker en finansieringskilde, et driftsunntak eller en faseovergang som"
        " avtaleprofilen ikke kjenner (f.eks. et ark fra et annet program).",
    ),
    "A programme's vocabulary is data in its profile; a sheet may name an id another"
    " programme knows, and is read, then reported, rather than refused.",
)
INCOMPLETE = rule(
    "profile.incomplete",
    "info",
    "profile",
    QT_TRANSLATE_NOOP(
        "rules",
        "Avtaleprofilen mangler tall eller regler som programmets dokumenter ennå ikke har gitt;"
        " reglene som trenger dem er ikke sjekket.",
    ),
    "Only facts the programme's documents state go into a profile; what is left to fill in"
    " must be visible, not silently unchecked.",
)

# What each optional part of a profile lets the rules check, in the words of the message
# ("… har ennå ikke fastsatt {parts}"); translated in missing_parts.
_OPTIONAL: tuple[tuple[str, str], ...] = (
    ("period", QT_TRANSLATE_NOOP("vocabulary", "programperioden")),
    ("price_year", QT_TRANSLATE_NOOP("vocabulary", "prisnivået (kroneår)")),
    ("submission_deadline", QT_TRANSLATE_NOOP("vocabulary", "fristen for innspill")),
    (
        "inactive_after_years",
        QT_TRANSLATE_NOOP("vocabulary", "hvor lenge bevilgede midler kan stå ubrukt"),
    ),
    (
        "cost_items_tolerance_percent",
        QT_TRANSLATE_NOOP("vocabulary", "toleransen mellom oppgitt og beregnet kostnad"),
    ),
    ("transitions", QT_TRANSLATE_NOOP("vocabulary", "faseovergangene")),
    ("operation_exceptions", QT_TRANSLATE_NOOP("vocabulary", "unntakene for drift")),
    ("max_plausible_mnok", QT_TRANSLATE_NOOP("vocabulary", "grensen for et troverdig beløp")),
    ("anslag_threshold_mnok", QT_TRANSLATE_NOOP("vocabulary", "terskelen for Anslagsmetoden")),
    (
        "styringsmal_threshold_mnok",
        QT_TRANSLATE_NOOP("vocabulary", "terskelen for anbefalt styringsmål"),
    ),
    ("pot_cap_mnok_per_year", QT_TRANSLATE_NOOP("vocabulary", "grensen per sekkepost per år")),
    ("decision_routes", QT_TRANSLATE_NOOP("vocabulary", "hvem som beslutter faseovergangene")),
    ("cost_bands", QT_TRANSLATE_NOOP("vocabulary", "usikkerhetsbåndene per estimattype")),
)


def missing_parts(profile: Profile) -> list[str]:
    """The names of the profile's parts the rules need that it leaves out, in the current
    language."""

    def unset(attr: str) -> bool:
        if attr == "period":
            return profile.period_start is None or profile.period_end is None
        return getattr(profile, attr) in (None, [])

    return [translate("vocabulary", name) for attr, name in _OPTIONAL if unset(attr)]


def check(ctx: Context) -> None:
    sheet, profile = ctx.sheet, ctx.profile
    sources = {s.id for s in profile.funding_sources}
    for i, line in enumerate(sheet.funding.lines):
        if line.source not in sources:
            ctx.add(
                UNKNOWN,
                translate(
                    "vocabulary",
                    "Finansieringskilden «{source}» ({year}) finnes ikke i {programme}. Velg en"
                    " av programmets kilder.",
                ).format(source=line.source, year=line.year, programme=profile.name),
                field_path=f"funding.lines[{i}]",
            )
    exception = sheet.funding.operation_exception
    if (
        exception
        and profile.operation_exceptions
        and exception not in {e.id for e in profile.operation_exceptions}
    ):
        ctx.add(
            UNKNOWN,
            translate(
                "vocabulary",
                "Driftsunntaket «{exception}» finnes ikke i {programme}. Velg et av programmets"
                " unntak.",
            ).format(exception=exception, programme=profile.name),
            field_path="funding.operation_exception",
        )
    transitions = {t.id for t in profile.transitions}
    for i, treatment in enumerate(sheet.treatments):
        if treatment.transition and transitions and treatment.transition not in transitions:
            ctx.add(
                UNKNOWN,
                translate(
                    "vocabulary", "Faseovergangen «{transition}» finnes ikke i {programme}."
                ).format(transition=treatment.transition, programme=profile.name),
                field_path=f"treatments[{i}].transition",
            )
    missing = missing_parts(profile)
    if missing:
        ctx.add(
            INCOMPLETE,
            translate(
                "vocabulary",
                "{programme} har ennå ikke fastsatt {parts}. Reglene som trenger dette er ikke"
                " sjekket; sekretariatet fyller det inn i avtaleprofilen.",
            ).format(programme=profile.name, parts=listing(missing)),
        )
