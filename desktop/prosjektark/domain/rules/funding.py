"""Funding rules every sheet must respect (004, «Midlene skal representere økt innsats/verdi»,
«Prosjektpakker», «Sekkeposter»)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from prosjektark.domain.rules.base import Context, either, mnok, rule
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

ADDITIONALITY = rule(
    "funding.additionality_missing",
    "error",
    "funding.additionality_confirmed",
    QT_TRANSLATE_NOOP(
        "rules",
        "Det er ikke bekreftet at midlene er en ekstra innsats.",
    ),
)
ROAD_OWNER = rule(
    "funding.road_owner_missing",
    "error",
    "funding.road_owner_commits",
    QT_TRANSLATE_NOOP(
        "rules",
        "Vegeiers forpliktelse til å drifte og vedlikeholde anlegget er ikke bekreftet (i fasene"
        " der skjemaet krever den).",
    ),
)
OPERATION = rule(
    "funding.operation_not_financed",
    "error",
    "funding.operation_exception",
    QT_TRANSLATE_NOOP(
        "rules",
        "Søknaden omfatter drift eller vedlikehold uten at ett av unntakene er valgt.",
    ),
)
REBUILD = rule(
    "funding.rebuild_added_value_missing",
    "error",
    "funding.rebuild_added_value",
    QT_TRANSLATE_NOOP(
        "rules",
        "En ombygging mangler beskrivelse av merverdien for trafikanten.",
    ),
)
PACKAGE_MUNICIPALITY = rule(
    "funding.package_one_municipality",
    "error",
    "identification.municipalities",
    QT_TRANSLATE_NOOP(
        "rules",
        "En prosjektpakke er knyttet til mer enn én kommune.",
    ),
)
ONE_AGENCY = rule(
    "funding.one_agency",
    "error",
    "identification.responsible_agency",
    QT_TRANSLATE_NOOP(
        "rules",
        "Prosjektpakke eller sekkepost har ikke nøyaktig én ansvarlig etat fra profilens liste.",
    ),
)
POT_CAP = rule(
    "funding.pot_cap",
    "error",
    "funding.lines",
    QT_TRANSLATE_NOOP(
        "rules",
        "En sekkepost har mer enn profilens grense per år (5 MNOK; nøyaktig 5 er tillatt).",
    ),
)
SOURCE_LIMIT = rule(
    "funding.source_not_in_year",
    "error",
    "funding.lines[<n>]",
    QT_TRANSLATE_NOOP(
        "rules",
        "En finansieringslinje har en kilde som ikke kan finansiere det året etter profilen"
        " (`source_limits`: et år bare én kilde kan finansiere).",
    ),
)
POT_MUNICIPALITIES = rule(
    "funding.pot_municipalities",
    "error",
    "identification.municipalities",
    QT_TRANSLATE_NOOP(
        "rules",
        "En sekkepost dekker flere kommuner, men bare sekkeposter med en ansvarlig etat profilen"
        " nevner (`pot_municipalities`) kan det; en kommunes sekkepost hører til kommunens"
        " ramme.",
    ),
)
NEED_CLARIFICATION = rule(
    "funding.need_clarification_not_financed",
    "warning",
    "funding.includes_need_clarification",
    QT_TRANSLATE_NOOP(
        "rules",
        "Søknaden omfatter registreringer eller planer for å avklare behov; det finansieres"
        " normalt ikke.",
    ),
)
LINES_MISSING = rule(
    "funding.lines_missing",
    "error",
    "funding.lines",
    QT_TRANSLATE_NOOP(
        "rules",
        "Ingen finansieringslinje med beløp over null.",
    ),
)
OUTSIDE_PERIOD = rule(
    "funding.outside_period",
    "warning",
    "funding.lines[<n>]",
    QT_TRANSLATE_NOOP(
        "rules",
        "En finansieringslinje ligger utenfor handlingsprogrammets periode.",
    ),
)


def check(ctx: Context) -> None:
    sheet, profile, phase = ctx.sheet, ctx.profile, ctx.phase
    f = sheet.funding
    ident = sheet.identification
    form = ctx.catalog.form

    if not f.additionality_confirmed:
        ctx.add(
            ADDITIONALITY,
            translate(
                "funding",
                "Bekreft at midlene er en ekstra innsats som ikke erstatter andre offentlige"
                " eller private bevilgninger.",
            ),
        )
    road_field = form.field("funding.road_owner_commits")
    if not f.road_owner_commits and road_field is not None and road_field.required(phase):
        ctx.add(
            ROAD_OWNER,
            translate(
                "funding", "Vegeier må ha forpliktet seg til å drifte og vedlikeholde anlegget."
            ),
        )
    if f.includes_operation and not f.operation_exception:
        names = [e.name.lower() for e in profile.operation_exceptions]
        if names:
            message = translate(
                "funding",
                "Drift og vedlikehold finansieres ikke. Velg unntaket søknaden faller inn under"
                " ({exceptions}), eller ta driften ut.",
            )
        else:
            message = translate(
                "funding",
                "Drift og vedlikehold finansieres ikke. {programme} har ingen unntak; ta driften"
                " ut av søknaden.",
            )
        ctx.add(OPERATION, message.format(exceptions=", ".join(names), programme=profile.name))
    if f.is_rebuild and not f.rebuild_added_value.strip():
        ctx.add(
            REBUILD,
            translate(
                "funding",
                "Beskriv merverdien for trafikanten: hvordan ombyggingen blir funksjonelt"
                " forskjellig fra det opprinnelige anlegget (f.eks. større bredde, rød asfalt,"
                " sykkelveg med fortau).",
            ),
        )
    if f.includes_need_clarification:
        ctx.add(
            NEED_CLARIFICATION,
            translate(
                "funding",
                "Registreringer og planer for å avklare behov finansieres normalt ikke. Begrunn"
                " eller ta dem ut av søknaden.",
            ),
        )

    kind = ident.funding_type
    if kind == "prosjektpakke" and len(set(ident.municipalities)) > 1:
        ctx.add(
            PACKAGE_MUNICIPALITY,
            translate(
                "funding",
                "En prosjektpakke skal være knyttet til én kommune; arket har {count}"
                " ({municipalities}).",
            ).format(
                count=len(set(ident.municipalities)),
                municipalities=", ".join(ident.municipalities),
            ),
        )
    agency = ident.responsible_agency.strip()
    if kind in ("prosjektpakke", "sekkepost") and agency and agency not in profile.agencies:
        if kind == "prosjektpakke":
            message = translate(
                "funding",
                "En prosjektpakke skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i"
                " {programme}.",
            )
        else:
            message = translate(
                "funding",
                "En sekkepost skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i"
                " {programme}.",
            )
        ctx.add(ONE_AGENCY, message.format(agency=agency, programme=profile.name))

    pots = profile.pot_municipalities
    places = sorted(set(ident.municipalities))
    if kind == "sekkepost" and pots is not None and len(places) > 1 and agency not in pots.agencies:
        ctx.add(
            POT_MUNICIPALITIES,
            translate(
                "funding",
                "Sekkeposten dekker {count} kommuner ({municipalities}), men bare sekkeposter der"
                " {agencies} er ansvarlig etat kan finansiere tiltak i flere kommuner. Del den opp"
                " per kommune, eller rett ansvarlig etat. «{quote}»",
            ).format(
                count=len(places),
                municipalities=", ".join(places),
                agencies=either(list(pots.agencies)),
                quote=pots.quote,
            ),
            source=pots.quote,
        )

    per_year: dict[int, Decimal] = defaultdict(Decimal)
    for line in f.lines:
        per_year[line.year] += line.amount_mnok
    cap = profile.pot_cap_mnok_per_year
    if kind == "sekkepost" and cap is not None:
        for year in sorted(per_year):
            if per_year[year] > cap:
                ctx.add(
                    POT_CAP,
                    translate(
                        "funding",
                        "Sekkeposten har {amount} MNOK i {year}; grensen er {cap} MNOK per"
                        " sekkepost per år.",
                    ).format(amount=mnok(per_year[year]), year=year, cap=mnok(cap)),
                )
    lines_field = form.field("funding.lines")
    required = lines_field is None or lines_field.required(phase)
    if required and not any(line.amount_mnok > 0 for line in f.lines):
        ctx.add(
            LINES_MISSING,
            translate(
                "funding", "Legg inn finansiering per år og kilde (minst ett beløp over null)."
            ),
        )
    limits = {limit.year: limit for limit in profile.source_limits}
    for i, line in enumerate(f.lines):
        limit = limits.get(line.year)
        if limit is not None and line.source != limit.only and line.amount_mnok != 0:
            ctx.add(
                SOURCE_LIMIT,
                translate(
                    "funding",
                    "{amount} MNOK i {year} fra «{source}»: det året kan bare «{only}» finansiere."
                    " Flytt beløpet til et annet år eller en annen kilde. «{quote}»",
                ).format(
                    amount=mnok(line.amount_mnok),
                    year=line.year,
                    source=profile.funding_source_name(line.source),
                    only=profile.funding_source_name(limit.only),
                    quote=limit.quote,
                ),
                field_path=f"funding.lines[{i}]",
                source=limit.quote,
            )
    years = profile.years
    for i, line in enumerate(f.lines):
        if years and line.year not in years:
            ctx.add(
                OUTSIDE_PERIOD,
                translate(
                    "funding", "Beløpet for {year} ligger utenfor {programme} ({start}–{end})."
                ).format(
                    year=line.year,
                    programme=profile.programme,
                    start=profile.period_start,
                    end=profile.period_end,
                ),
                field_path=f"funding.lines[{i}]",
            )
