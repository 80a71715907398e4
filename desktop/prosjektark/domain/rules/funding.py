"""Funding rules every sheet must respect (004, «Midlene skal representere økt innsats/verdi»,
«Prosjektpakker», «Sekkeposter»)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from prosjektark.domain.rules.base import Context, mnok, rule

ADDITIONALITY = rule(
    "funding.additionality_missing",
    "error",
    "funding.additionality_confirmed",
    "Det er ikke bekreftet at midlene er en ekstra innsats.",
)
ROAD_OWNER = rule(
    "funding.road_owner_missing",
    "error",
    "funding.road_owner_commits",
    "Vegeiers forpliktelse til å drifte og vedlikeholde anlegget er ikke bekreftet (i fasene"
    " der skjemaet krever den).",
)
OPERATION = rule(
    "funding.operation_not_financed",
    "error",
    "funding.operation_exception",
    "Søknaden omfatter drift eller vedlikehold uten at ett av unntakene er valgt.",
)
REBUILD = rule(
    "funding.rebuild_added_value_missing",
    "error",
    "funding.rebuild_added_value",
    "En ombygging mangler beskrivelse av merverdien for trafikanten.",
)
PACKAGE_MUNICIPALITY = rule(
    "funding.package_one_municipality",
    "error",
    "identification.municipalities",
    "En prosjektpakke er knyttet til mer enn én kommune.",
)
ONE_AGENCY = rule(
    "funding.one_agency",
    "error",
    "identification.responsible_agency",
    "Prosjektpakke eller sekkepost har ikke nøyaktig én ansvarlig etat fra profilens liste.",
)
POT_CAP = rule(
    "funding.pot_cap",
    "error",
    "funding.lines",
    "En sekkepost har mer enn profilens grense per år (5 MNOK; nøyaktig 5 er tillatt).",
)
SOURCE_LIMIT = rule(
    "funding.source_not_in_year",
    "error",
    "funding.lines[<n>]",
    "En finansieringslinje har en kilde som ikke kan finansiere det året etter profilen"
    " (`source_limits`: et år bare én kilde kan finansiere).",
)
POT_MUNICIPALITIES = rule(
    "funding.pot_municipalities",
    "error",
    "identification.municipalities",
    "En sekkepost dekker flere kommuner, men bare sekkeposter med en ansvarlig etat profilen"
    " nevner (`pot_municipalities`) kan det; en kommunes sekkepost hører til kommunens"
    " ramme.",
)
NEED_CLARIFICATION = rule(
    "funding.need_clarification_not_financed",
    "warning",
    "funding.includes_need_clarification",
    "Søknaden omfatter registreringer eller planer for å avklare behov; det finansieres"
    " normalt ikke.",
)
LINES_MISSING = rule(
    "funding.lines_missing",
    "error",
    "funding.lines",
    "Ingen finansieringslinje med beløp over null.",
)
OUTSIDE_PERIOD = rule(
    "funding.outside_period",
    "warning",
    "funding.lines[<n>]",
    "En finansieringslinje ligger utenfor handlingsprogrammets periode.",
)


def check(ctx: Context) -> None:
    sheet, profile, phase = ctx.sheet, ctx.profile, ctx.phase
    f = sheet.funding
    ident = sheet.identification
    form = ctx.catalog.form

    if not f.additionality_confirmed:
        ctx.add(
            ADDITIONALITY,
            "Bekreft at midlene er en ekstra innsats som ikke erstatter andre offentlige eller"
            " private bevilgninger.",
        )
    road_field = form.field("funding.road_owner_commits")
    if not f.road_owner_commits and road_field is not None and road_field.required(phase):
        ctx.add(
            ROAD_OWNER,
            "Vegeier må ha forpliktet seg til å drifte og vedlikeholde anlegget.",
        )
    if f.includes_operation and not f.operation_exception:
        names = [e.name.lower() for e in profile.operation_exceptions]
        ctx.add(
            OPERATION,
            "Drift og vedlikehold finansieres ikke. "
            + (
                f"Velg unntaket søknaden faller inn under ({', '.join(names)}), eller ta"
                " driften ut."
                if names
                else f"{profile.name} har ingen unntak; ta driften ut av søknaden."
            ),
        )
    if f.is_rebuild and not f.rebuild_added_value.strip():
        ctx.add(
            REBUILD,
            "Beskriv merverdien for trafikanten: hvordan ombyggingen blir funksjonelt forskjellig"
            " fra det opprinnelige anlegget (f.eks. større bredde, rød asfalt, sykkelveg med"
            " fortau).",
        )
    if f.includes_need_clarification:
        ctx.add(
            NEED_CLARIFICATION,
            "Registreringer og planer for å avklare behov finansieres normalt ikke. Begrunn"
            " eller ta dem ut av søknaden.",
        )

    kind = ident.funding_type
    if kind == "prosjektpakke" and len(set(ident.municipalities)) > 1:
        ctx.add(
            PACKAGE_MUNICIPALITY,
            f"En prosjektpakke skal være knyttet til én kommune; arket har"
            f" {len(set(ident.municipalities))} ({', '.join(ident.municipalities)}).",
        )
    agency = ident.responsible_agency.strip()
    if kind in ("prosjektpakke", "sekkepost") and agency and agency not in profile.agencies:
        name = "En prosjektpakke" if kind == "prosjektpakke" else "En sekkepost"
        ctx.add(
            ONE_AGENCY,
            f"{name} skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i {profile.name}.",
        )

    pots = profile.pot_municipalities
    places = sorted(set(ident.municipalities))
    if kind == "sekkepost" and pots is not None and len(places) > 1 and agency not in pots.agencies:
        ctx.add(
            POT_MUNICIPALITIES,
            f"Sekkeposten dekker {len(places)} kommuner ({', '.join(places)}), men bare"
            f" sekkeposter der {' eller '.join(pots.agencies)} er ansvarlig etat kan finansiere"
            f" tiltak i flere kommuner. Del den opp per kommune, eller rett ansvarlig etat."
            f" «{pots.quote}»",
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
                    f"Sekkeposten har {mnok(per_year[year])} MNOK i {year}; grensen er"
                    f" {mnok(cap)} MNOK per sekkepost per år.",
                )
    lines_field = form.field("funding.lines")
    required = lines_field is None or lines_field.required(phase)
    if required and not any(line.amount_mnok > 0 for line in f.lines):
        ctx.add(
            LINES_MISSING,
            "Legg inn finansiering per år og kilde (minst ett beløp over null).",
        )
    limits = {limit.year: limit for limit in profile.source_limits}
    for i, line in enumerate(f.lines):
        limit = limits.get(line.year)
        if limit is not None and line.source != limit.only and line.amount_mnok != 0:
            ctx.add(
                SOURCE_LIMIT,
                f"{mnok(line.amount_mnok)} MNOK i {line.year} fra"
                f" «{profile.funding_source_name(line.source)}»: det året kan bare"
                f" «{profile.funding_source_name(limit.only)}» finansiere. Flytt beløpet til et annet år eller en annen"
                f" kilde. «{limit.quote}»",
                field_path=f"funding.lines[{i}]",
                source=limit.quote,
            )
    years = profile.years
    for i, line in enumerate(f.lines):
        if years and line.year not in years:
            ctx.add(
                OUTSIDE_PERIOD,
                f"Beløpet for {line.year} ligger utenfor {profile.programme}"
                f" ({profile.period_start}–{profile.period_end}).",
                field_path=f"funding.lines[{i}]",
            )
