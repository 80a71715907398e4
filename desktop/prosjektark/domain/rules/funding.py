"""Funding rules every sheet must respect (004, «Midlene skal representere økt innsats/verdi»,
«Prosjektpakker», «Sekkeposter»)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from prosjektark.domain.rules.base import SEED_004, Context, mnok, rule

ADDITIONALITY = rule(
    "funding.additionality_missing",
    "error",
    "funding.additionality_confirmed",
    "Det er ikke bekreftet at midlene er en ekstra innsats.",
    "Tiltakene som finansieres av Miljøpakken skal ikke erstatte andre offentlige eller private"
    " bevilgninger, men representere en ekstra innsats som ikke ville ha blitt gjennomført uten"
    " Miljøpakkens finansiering.",
    SEED_004,
)
ROAD_OWNER = rule(
    "funding.road_owner_missing",
    "error",
    "funding.road_owner_commits",
    "Vegeiers forpliktelse til å drifte og vedlikeholde anlegget er ikke bekreftet (i fasene"
    " der skjemaet krever den).",
    "Miljøpakken bygger bare anlegg som vegeier er villig til å drifte og vedlikeholde.",
    SEED_004,
)
OPERATION = rule(
    "funding.operation_not_financed",
    "error",
    "funding.operation_exception",
    "Søknaden omfatter drift eller vedlikehold uten at ett av unntakene er valgt.",
    "Miljøpakken finansierer ikke drift og vedlikehold med unntak for tilskudd til drift av"
    " kollektivtrafikk, ekstra vinterdrift av sykkelveger og eventuelt andre tiltak som"
    " Kontaktutvalget godkjenner.",
    SEED_004,
)
REBUILD = rule(
    "funding.rebuild_added_value_missing",
    "error",
    "funding.rebuild_added_value",
    "En ombygging mangler beskrivelse av merverdien for trafikanten.",
    "Miljøpakkens prosjekter skal ikke erstatte behov for vedlikehold av veg, men må ved"
    " ombygging framstå som funksjonelt forskjellige fra opprinnelig anlegg, det vil si en"
    " merverdi for trafikanten i form av for eksempel større bredde, rød asfalt eller"
    " sykkelveg med fortau.",
    SEED_004,
)
PACKAGE_MUNICIPALITY = rule(
    "funding.package_one_municipality",
    "error",
    "identification.municipalities",
    "En prosjektpakke er knyttet til mer enn én kommune.",
    "I handlingsprogrammet settes det av finansiering til prosjektpakker med konkrete tiltak"
    " knyttet til én kommune og én ansvarlig etat.",
    SEED_004,
)
ONE_AGENCY = rule(
    "funding.one_agency",
    "error",
    "identification.responsible_agency",
    "Prosjektpakke eller sekkepost har ikke nøyaktig én ansvarlig etat fra profilens liste.",
    "Sekkeposter er knyttet til én ansvarlig etat. (Prosjektpakker: «knyttet til én kommune og"
    " én ansvarlig etat».)",
    SEED_004,
)
POT_CAP = rule(
    "funding.pot_cap",
    "error",
    "funding.lines",
    "En sekkepost har mer enn profilens grense per år (5 MNOK; nøyaktig 5 er tillatt).",
    "Det kan settes av inntil 5 mill. kr pr. sekkepost pr. år.",
    SEED_004,
)
SOURCE_LIMIT = rule(
    "funding.source_not_in_year",
    "error",
    "funding.lines[<n>]",
    "En finansieringslinje har en kilde som ikke kan finansiere det året etter profilen"
    " (Miljøpakken: 2030 er kun bompenger).",
    "Finansieringen i 2030 er kun bompenger.",
    SEED_004,
)
POT_MUNICIPALITIES = rule(
    "funding.pot_municipalities",
    "error",
    "identification.municipalities",
    "En sekkepost dekker flere kommuner, men bare sekkeposter med en ansvarlig etat profilen"
    " nevner (Miljøpakken: fylket og SVV) kan det; en kommunes sekkepost hører til kommunens"
    " ramme.",
    "Sekkeposter hvor fylket og SVV er ansvarlig etat kan finansiere tiltak i flere kommuner",
    SEED_004,
)
NEED_CLARIFICATION = rule(
    "funding.need_clarification_not_financed",
    "warning",
    "funding.includes_need_clarification",
    "Søknaden omfatter registreringer eller planer for å avklare behov; det finansieres"
    " normalt ikke.",
    "Miljøpakken bidrar bare til å realisere planer og behov. Registreringer og planer som er"
    " nødvendig for å avklare behov, finansieres normalt ikke (jf. byvekstavtalen).",
    SEED_004,
)
LINES_MISSING = rule(
    "funding.lines_missing",
    "error",
    "funding.lines",
    "Ingen finansieringslinje med beløp over null.",
    "Hovedregelen er at det settes av midler til gjennomføring av én fase, og at arbeidet fra"
    " den aktuelle fasen dokumenteres før ytterligere bevilgning gis.",
    SEED_004,
)
OUTSIDE_PERIOD = rule(
    "funding.outside_period",
    "warning",
    "funding.lines[<n>]",
    "En finansieringslinje ligger utenfor handlingsprogrammets periode.",
    "Det første året i handlingsprogrammet vil være årsbudsjettet for 2027. Andre år i"
    " handlingsprogrammet er innspill til statsbudsjett 2028 og årsbudsjett 2028-30.",
    SEED_004,
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
        ctx.add(
            OPERATION,
            "Drift og vedlikehold finansieres ikke. Velg unntaket søknaden faller inn under"
            " (kollektivdrift, ekstra vinterdrift av sykkelveger eller godkjent av"
            " Kontaktutvalget), eller ta driften ut.",
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
    if kind == "sekkepost":
        cap = profile.pot_cap_mnok_per_year
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
                f"{mnok(line.amount_mnok)} MNOK i {line.year} fra «{line.source}»: det året kan"
                f" bare «{limit.only}» finansiere. Flytt beløpet til et annet år eller en annen"
                f" kilde. «{limit.quote}»",
                field_path=f"funding.lines[{i}]",
                source=limit.quote,
            )
    years = range(profile.period_start, profile.period_end + 1)
    for i, line in enumerate(f.lines):
        if line.year not in years:
            ctx.add(
                OUTSIDE_PERIOD,
                f"Beløpet for {line.year} ligger utenfor {profile.programme}"
                f" ({profile.period_start}–{profile.period_end}).",
                field_path=f"funding.lines[{i}]",
            )
