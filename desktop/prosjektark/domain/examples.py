"""Example sheets: complete, realistic and rule-abiding, marked `is_example`.

They show new users what a good sheet looks like and serve as fixtures for the rules,
the exports and the CLI (`prosjektark examples --out DIR`). Every name, e-mail address
and phone number is fictional. The ids are fixed so an example is recognisable wherever
it ends up; `example_ids()` lists them.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import (
    Checklist,
    ChecklistAnswer,
    Cost,
    CostItem,
    Description,
    Funding,
    FundingLine,
    GoalScore,
    Identification,
    Milestone,
    Progress,
    Risk,
    Sheet,
    Treatment,
)

TITLE_PREFIX = "Eksempel: "

SYKKELVEG_ID = uuid.UUID("6f1c2d3e-0a4b-4c5d-8e6f-7a8b9c0d1e01")
KOLLEKTIVFELT_ID = uuid.UUID("6f1c2d3e-0a4b-4c5d-8e6f-7a8b9c0d1e02")
SKOLEVEG_ID = uuid.UUID("6f1c2d3e-0a4b-4c5d-8e6f-7a8b9c0d1e03")

_CREATED = datetime(2026, 4, 20, 8, 0, tzinfo=UTC)
_MODIFIED = datetime(2026, 5, 27, 14, 30, tzinfo=UTC)


def example_ids() -> tuple[uuid.UUID, ...]:
    return (SYKKELVEG_ID, KOLLEKTIVFELT_ID, SKOLEVEG_ID)


def example_sheets(catalog: Catalog) -> list[Sheet]:
    """The example sheets, with `profile` and `form_version` taken from the catalog."""
    form_version = catalog.form.form_version
    sheets = [
        _sykkelveg(catalog.profile("miljopakken").price_year),
        _kollektivfelt(catalog.profile("miljoloftet").price_year),
        _skoleveg(catalog.profile("miljopakken").price_year),
    ]
    for sheet in sheets:
        sheet.form_version = form_version
    return sheets


def slug(title: str) -> str:
    """A file-name-safe slug of a title: «Eksempel: Sykkelveg …» -> "eksempel-sykkelveg-…"."""
    text = title.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "prosjektark"


def _d(text: str) -> Decimal:
    return Decimal(text)


def _item(name: str, low: str, most_likely: str, high: str) -> CostItem:
    return CostItem(name=name, low=_d(low), most_likely=_d(most_likely), high=_d(high))


def _answers(**answers: tuple[str, str]) -> Checklist:
    return Checklist(
        answers={
            key: ChecklistAnswer(answer=answer, justification=why)
            for key, (answer, why) in answers.items()
        }
    )


def _goals(**scores: tuple[int, str]) -> list[GoalScore]:
    return [
        GoalScore(goal=goal, score=score, justification=why)
        for goal, (score, why) in scores.items()
    ]


def _lines(*rows: tuple[int, str, str]) -> list[FundingLine]:
    return [FundingLine(year=y, source=s, amount_mnok=_d(a)) for y, s, a in rows]  # type: ignore[arg-type]


# ---------------------------------------------------------------- (a) Trondheim, DP


def _sykkelveg(price_year: int) -> Sheet:
    return Sheet(
        id=SYKKELVEG_ID,
        revision=3,
        profile="miljopakken",
        is_example=True,
        created=_CREATED,
        modified=_MODIFIED,
        identification=Identification(
            title=f"{TITLE_PREFIX}Sykkelveg med fortau, Lade allé–Haakon VIIs gate",
            summary=(
                "Ny sykkelveg med fortau på begge sider av Lade allé over 1,4 km, med "
                "tilkobling til hovedsykkelrute øst. Tiltaket fjerner blandet trafikk "
                "mellom syklende og gående på en strekning med mye skoletrafikk."
            ),
            responsible_party="Trondheim kommune",
            responsible_agency="Trondheim kommune",
            municipalities=["Trondheim"],
            working_group="Arbeidsgruppe sykkel",
            action_area="sykkel",
            phase="DP",
            funding_type="enkeltprosjekt",
            contact_name="Ingrid Solbakken",
            contact_email="ingrid.solbakken@example.no",
            contact_phone="+47 400 00 101",
        ),
        description=Description(
            purpose=(
                "Gi et sammenhengende og trygt sykkeltilbud mellom Lade og sentrum. I dag "
                "deler syklende og gående et smalt fortau, og mange sykler i kjørebanen. "
                "Strekningen er skoleveg for Lade skole."
            ),
            alternatives=(
                "0-alternativ: dagens fortau. Enklere nivå: sykkelfelt i kjørebanen (gir "
                "ikke skille mot biltrafikk ved busstopp). Anbefalt nivå: sykkelveg med "
                "fortau på begge sider. Mer ambisiøst: i tillegg ny undergang ved Lade "
                "allé 60 (forkastet, 20 MNOK dyrere med liten tilleggsnytte)."
            ),
            recommended_concept=(
                "Sykkelveg med fortau, 3,0 m sykkelveg og 2,0 m fortau på hver side, "
                "adskilt med kantstein. Opphøyde sykkelkryssinger ved tre sideveger. "
                "Skisser i mulighetsstudien fra prosjektutviklingen (vedlegg)."
            ),
            benefit=(
                "Beregnet 900 flere sykkelturer per døgn på strekningen innen 2030. "
                "Skiller gående og syklende, og bidrar til målene om flere miljøvennlige "
                "reiser, færre drepte og hardt skadde og bedre tilgjengelighet."
            ),
            stakeholders=(
                "Statsforvalteren (jordvern ikke berørt), Trøndelag fylkeskommune "
                "(kryss med fylkesveg), AtB (to busstopp flyttes), 22 grunneiere, Lade "
                "skole og FAU, Syklistforeningen."
            ),
            zoning_needs=(
                "Reguleringsplan trengs fordi tiltaket går ut over eksisterende "
                "arealformål. Om lag 2 600 m² erverv fra 22 eiendommer, hovedsakelig "
                "forhager."
            ),
            technical_feasibility=(
                "Grunnundersøkelser viser leire med god bæreevne. Fjernvarme og VA må "
                "legges om på 300 m. Trafikken kan gå i ett felt per retning i "
                "anleggsperioden."
            ),
            changes_affecting_benefit=(
                "Undergangen ved Lade allé 60 er tatt ut etter prosjektutviklingen. "
                "Nytten for skolebarn ivaretas med opphøyd kryssing og signal, så "
                "nytten er i praksis uendret."
            ),
        ),
        land_use=_answers(
            zoning_status=(
                "nei",
                "Gjeldende plan har for smalt vegformål; ny reguleringsplan er under arbeid.",
            ),
            new_zoning_plan=(
                "ja",
                "Detaljregulering varslet oppstart januar 2027, planvedtak ventet desember 2027.",
            ),
            land_acquisition=(
                "erverv",
                "Om lag 2 600 m² fra 22 eiendommer. Grunnerverv etter avtale er "
                "forventet; ekspropriasjon kan bli aktuelt for én eiendom.",
            ),
            land_use_strategy=(
                "ja",
                "Strekningen betjener fortettingsområdet på Lade og Leangen i "
                "kommuneplanens arealdel.",
            ),
            green_structure=(
                "ja",
                "Seks gatetrær må felles; tolv nye trær plantes i grøntrabatten.",
            ),
            farmland=(
                "ikke_relevant",
                "Strekningen ligger i tettbygd strøk uten dyrka eller dyrkbar mark.",
            ),
        ),
        traffic_safety=_answers(
            killed_injured=(
                "reduserer",
                "Fem personskadeulykker med syklister siste ti år, tre ved sidevegene "
                "som får opphøyd kryssing.",
            ),
            vulnerable_users=("ja", "Skoleveg for Lade skole; gående og syklende skilles."),
            walk_cycle_conflict=("loser", "Eget areal for gående og syklende."),
            universal_design=("ja", "Ledelinjer og nedsenk ved alle kryssinger."),
            safety_audit=("ja_planlagt", "TS-revisjon av reguleringsplanen høsten 2027."),
        ),
        cost=Cost(
            expected_cost_mnok=_d("40.839"),
            std_dev_percent=_d("23.54"),
            estimate_kind="styringsmal",
            estimate_method="anslagsmetoden",
            price_year=price_year,
            styringsmal_mnok=_d("40.839"),
            items=[
                _item("Detaljplanlegging og byggeledelse", "3.000", "4.200", "6.500"),
                _item("Grunnerverv", "1.500", "3.500", "9.000"),
                _item("Sykkelveg, fortau og kantstein", "10.500", "16.000", "31.000"),
                _item("Kryssinger, signal og belysning", "3.500", "5.200", "9.000"),
                _item("Omlegging av VA og fjernvarme", "2.000", "4.000", "13.000"),
                _item("Riggdrift og trafikkavvikling", "2.000", "3.000", "5.000"),
            ],
            notes=(
                "Anslag etter anslagsmetoden, samling 12. mars 2026 med Trondheim "
                "kommune og Statens vegvesen. Lav og høy er P10 og P90. Omfatter "
                "detaljplanlegging fra 2027 og utbygging. Styringsmål satt lik "
                "forventet kostnad fordi planprosessen er lang (erverv fra mange "
                "eiendommer)."
            ),
        ),
        funding=Funding(
            lines=_lines(
                (2027, "bompenger", "2.400"),
                (2027, "statlig", "2.000"),
                (2028, "bompenger", "5.000"),
                (2028, "statlig", "4.000"),
                (2029, "bompenger", "9.000"),
                (2029, "statlig", "7.500"),
                (2030, "bompenger", "10.939"),
            ),
            additionality_confirmed=True,
            additionality_note=(
                "Strekningen ligger ikke i kommunens investeringsbudsjett eller "
                "vedlikeholdsplan. Uten Miljøpakken ville bare fortauet blitt reasfaltert."
            ),
            road_owner_commits=True,
            road_owner="Trondheim kommune",
            includes_operation=False,
            is_rebuild=True,
            rebuild_added_value=(
                "Fra delt fortau til sykkelveg med fortau: 3,0 m sykkelveg skilt fra "
                "2,0 m fortau på begge sider."
            ),
            includes_need_clarification=False,
            granted_date=date(2026, 2, 5),
            committed=False,
        ),
        goals=_goals(
            klima=(2, "Overfører korte bilturer til sykkel i et tett byområde."),
            miljovennlig=(3, "Beregnet 900 flere sykkelturer per døgn innen 2030."),
            areal=(2, "Betjener fortettingsområdet Lade–Leangen."),
            tilgjengelighet=(2, "Universelt utformede kryssinger og bredere fortau."),
            trafikksikkerhet=(3, "Skiller myke trafikanter fra biltrafikken på en skoleveg."),
            luft=(1, "Litt mindre biltrafikk; liten effekt på luftkvaliteten."),
            stoy=(0, "Ingen vesentlig endring i trafikkstøy."),
            gods=(0, "Tiltaket retter seg ikke mot godstransport."),
            tilfredshet=(2, "Strekningen er blant de mest etterspurte i innbyggerdialogen."),
        ),
        risks=[
            Risk(
                description="Grunnerverv trekker ut og krever ekspropriasjon.",
                probability=3,
                consequence=4,
                mitigation="Tidlig dialog med grunneierne; takst i 2027.",
            ),
            Risk(
                description="Ukjente ledninger gir dyrere omlegging.",
                probability=3,
                consequence=3,
                mitigation="Georadar og prøvegraving før byggeplan.",
            ),
            Risk(
                description="Høyere anbudspriser enn anslått.",
                probability=2,
                consequence=3,
                mitigation="Styringsmål med usikkerhetsavsetning; vurder oppdeling i to kontrakter.",
            ),
        ],
        progress=Progress(
            construction_start=date(2028, 4, 1),
            milestones=[
                Milestone(name="Prosjektutvikling ferdig", date=date(2025, 10, 15), done=True),
                Milestone(name="Varsel om oppstart av detaljregulering", date=date(2027, 1, 15)),
                Milestone(name="Planvedtak i bystyret", date=date(2027, 12, 9)),
                Milestone(
                    name="Politisk behandling av utbygging (over 40 mill.)",
                    date=date(2027, 12, 9),
                ),
                Milestone(name="Byggestart", date=date(2028, 4, 1)),
                Milestone(name="Ferdigstillelse", date=date(2030, 9, 30)),
            ],
        ),
        treatments=[
            Treatment(
                body="programradet",
                date=date(2025, 11, 3),
                decision="Programrådet anbefalte at prosjektet går videre til detaljplanlegging.",
                transition="",
                political=False,
            ),
            Treatment(
                body="politisk",
                date=date(2025, 12, 11),
                decision=(
                    "Trondheim bystyre vedtok handlingsprogrammet med midler til "
                    "detaljplanlegging av sykkelveg med fortau i Lade allé (sak 215/25)."
                ),
                transition="PU-DP",
                political=True,
            ),
        ],
    )


# ---------------------------------------------------------------- (b) Bergen, PU


def _kollektivfelt(price_year: int) -> Sheet:
    return Sheet(
        id=KOLLEKTIVFELT_ID,
        revision=1,
        profile="miljoloftet",
        is_example=True,
        created=_CREATED,
        modified=_MODIFIED,
        identification=Identification(
            title=f"{TITLE_PREFIX}Kollektivfelt og signalprioritering, Åsane sentrum",
            summary=(
                "Kollektivfelt i begge retninger over 900 m og aktiv signalprioritering "
                "for buss i fem lyskryss mellom Åsane terminal og Vågsbotn. Gir bussene "
                "forutsigbar reisetid i rushtiden."
            ),
            responsible_party="Vestland fylkeskommune",
            responsible_agency="Vestland fylkeskommune",
            municipalities=["Bergen"],
            working_group="Arbeidsgruppe Nordøst",
            action_area="kollektiv",
            phase="PU",
            funding_type="enkeltprosjekt",
            contact_name="Magnus Fjellheim",
            contact_email="magnus.fjellheim@example.no",
            contact_phone="+47 400 00 202",
        ),
        description=Description(
            purpose=(
                "Bussene står i kø i rushtiden og bruker opptil 8 minutter mer enn "
                "ruteplanen. Tiltaket skal gi bussene forutsigbar reisetid, slik at "
                "veksten i persontransporten kan tas med kollektivtransport."
            ),
            alternatives=(
                "Enklere nivå: bare signalprioritering (halvparten av tidsgevinsten). "
                "Anbefalt nivå: kollektivfelt og signalprioritering. Mer ambisiøst: "
                "egen bussveg i ny trasé (over 150 MNOK, krever ny kommunedelplan)."
            ),
            recommended_concept=(
                "Omdisponere ett kjørefelt i hver retning til kollektivfelt, og aktiv "
                "signalprioritering for buss i fem kryss. Skisser i vedlagt notat fra "
                "prosjektutviklingen."
            ),
            benefit=(
                "Anslått 3–5 minutter kortere og mer stabil reisetid for 14 000 "
                "bussreisende per døgn. Bidrar til nullvekstmålet og til mindre kø for "
                "kollektivtrafikken."
            ),
            stakeholders=(
                "Bergen kommune (reguleringsmyndighet), Skyss (rutetilbud og "
                "signalprioritering), Statens vegvesen (tilkobling til E39), "
                "næringsdrivende i Åsane sentrum, Åsane bydelsstyre."
            ),
            zoning_needs=(
                "Kollektivfelt kan i hovedsak etableres innenfor dagens vegareal. Ved "
                "ett kryss kan det trengs mindre erverv; dette avklares i neste fase."
            ),
            technical_feasibility=(
                "Signalanleggene er fra 2016 og kan oppgraderes. Kabeltraseer finnes. "
                "Ingen store konstruksjoner berøres."
            ),
        ),
        land_use=_answers(
            zoning_status=(
                "delvis",
                "Kollektivfelt innenfor vegformål; ett kryss kan kreve en mindre "
                "reguleringsendring.",
            ),
            new_zoning_plan=(
                "uavklart",
                "Avklares i prosjektutviklingen sammen med Bergen kommune, plan- og "
                "bygningsetaten.",
            ),
            land_acquisition=(
                "uavklart",
                "Mulig mindre erverv ved ett kryss; omfang avklares når kryssløsningen er valgt.",
            ),
            land_use_strategy=(
                "ja",
                "Åsane sentrum er regionsenter og prioritert fortettingsområde i "
                "kommuneplanens arealdel.",
            ),
            green_structure=("nei", ""),
            farmland=(
                "ikke_relevant",
                "Tiltaket ligger innenfor eksisterende vegareal i et sentrumsområde.",
            ),
        ),
        traffic_safety=_answers(
            killed_injured=(
                "ingen",
                "Tiltaket endrer ikke vegens utforming for myke trafikanter vesentlig.",
            ),
            vulnerable_users=(
                "ja",
                "Bedre kryssingsfaser for gående ved de fem oppgraderte lyskryssene.",
            ),
            walk_cycle_conflict=(
                "ikke_relevant",
                "Tiltaket endrer ikke arealet for gående og syklende.",
            ),
            universal_design=(
                "delvis",
                "Kryssene får lydsignal og ledelinjer; to holdeplasser oppgraderes først "
                "i en senere fase.",
            ),
            safety_audit=("ja_planlagt", "TS-revisjon av forprosjektet i 2027."),
        ),
        cost=Cost(
            expected_cost_mnok=_d("24.541"),
            std_dev_percent=_d("41.22"),
            estimate_kind="utredningsestimat",
            estimate_method="anslagsmetoden",
            price_year=price_year,
            items=[
                _item("Planlegging og prosjektering", "1.200", "2.000", "4.000"),
                _item("Kollektivfelt, kantstein og oppmerking", "5.000", "9.500", "30.000"),
                _item("Signalanlegg og prioriteringsutstyr", "2.500", "4.200", "10.500"),
                _item("Holdeplasser og fortau", "1.200", "2.300", "5.000"),
                _item("Trafikkavvikling i anleggsperioden", "0.800", "1.500", "3.500"),
            ],
            notes=(
                "Utredningsestimat etter anslagsmetoden, forenklet samling 4. mai 2026. "
                "Lav og høy er P10 og P90. Størst usikkerhet i omfanget av kantstein og "
                "behovet for erverv."
            ),
        ),
        funding=Funding(
            lines=_lines(
                (2027, "bompenger", "1.500"),
                (2027, "fylkeskommunal", "0.900"),
                (2028, "bompenger", "3.000"),
                (2028, "statlig", "2.000"),
                (2029, "bompenger", "4.600"),
                (2029, "statlig", "4.000"),
                (2030, "bompenger", "4.800"),
                (2030, "statlig", "3.741"),
            ),
            additionality_confirmed=True,
            additionality_note=(
                "Tiltaket er ikke med i fylkeskommunens investeringsprogram for fylkesveg."
            ),
            road_owner_commits=True,
            road_owner="Vestland fylkeskommune",
            includes_operation=False,
            is_rebuild=True,
            rebuild_added_value=(
                "Ett kjørefelt blir kollektivfelt, og kryssene får aktiv "
                "bussprioritering: en ny funksjon, ikke vedlikehold."
            ),
            includes_need_clarification=False,
        ),
        goals=_goals(
            nullvekst=(3, "Gjør bussen raskere enn bilen i rushtiden på en hovedakse."),
            klima=(2, "Flere reiser med buss i stedet for bil gir lavere utslipp."),
            ko=(3, "Bussene kjører forbi køen; 3–5 minutter spart per tur."),
            luft=(1, "Noe mindre tomgangskjøring i køen."),
            stoy=(0, "Ingen vesentlig endring i trafikkstøy."),
            areal=(2, "Styrker kollektivbetjeningen av regionsenteret Åsane."),
            sykkel=(0, "Tiltaket endrer ikke sykkeltilbudet."),
            trafikksikkerhet=(1, "Bedre kryssingsfaser for gående i lyskryssene."),
            sentrum=(2, "Mer pålitelig kollektivtilbud til Åsane sentrum."),
        ),
        risks=[
            Risk(
                description="Motstand mot omdisponering av kjørefelt fra næringsdrivende.",
                probability=3,
                consequence=3,
                mitigation="Medvirkningsmøter og trafikkanalyse tidlig i prosjektutviklingen.",
            ),
            Risk(
                description="Signalprioriteringen krever oppgradert utstyr i bussene.",
                probability=2,
                consequence=2,
                mitigation="Avklare med Skyss hvilke busser som har utstyret.",
            ),
        ],
        progress=Progress(
            milestones=[
                Milestone(name="Prosjektutvikling ferdig", date=date(2027, 6, 1)),
                Milestone(name="Politisk behandling av overgang til DP", date=date(2027, 12, 15)),
            ],
        ),
        treatments=[
            Treatment(
                body="samordningsfunksjonen",
                date=date(2026, 4, 28),
                decision=(
                    "Samordningsfunksjonen vurderte prosjektarket og ba om at Skyss "
                    "deltar i prosjektutviklingen."
                ),
                transition="",
                political=False,
            ),
        ],
    )


# ---------------------------------------------------------------- (c) Melhus, sekkepost


def _skoleveg(price_year: int) -> Sheet:
    return Sheet(
        id=SKOLEVEG_ID,
        revision=2,
        profile="miljopakken",
        is_example=True,
        created=_CREATED,
        modified=_MODIFIED,
        identification=Identification(
            title=f"{TITLE_PREFIX}Trygg skoleveg i Melhus, sekkepost 2027–2030",
            summary=(
                "Sekkepost for mindre trafikksikkerhetstiltak på skoleveger i Melhus: "
                "opphøyde gangfelt, fortausbiter, belysning og fartsdempere ved fem skoler. "
                "Tiltakene prioriteres etter skolevegsvurderingene."
            ),
            responsible_party="Melhus kommune",
            responsible_agency="Melhus kommune",
            municipalities=["Melhus"],
            working_group="Arbeidsgruppe nabokommunene",
            action_area="trafikksikkerhet",
            phase="UB",
            funding_type="sekkepost",
            contact_name="Siri Gaulstad",
            contact_email="siri.gaulstad@example.no",
            contact_phone="+47 400 00 303",
        ),
        description=Description(
            purpose=(
                "Gjøre det trygt for barn å gå og sykle til skolen, slik at færre blir "
                "kjørt. Skolevegsvurderingene for Melhus viser 14 punkter med behov for "
                "tiltak."
            ),
            alternatives=(
                "Alternativ 1: ett stort tiltak per år. Alternativ 2 (anbefalt): mange "
                "små tiltak fordelt på fem skolekretser, prioritert etter risiko og antall "
                "barn. Alternativ 3: skyss i stedet for tiltak (forkastet, gir ikke "
                "varig effekt)."
            ),
            recommended_concept=(
                "Årlig pakke av standardtiltak: opphøyde gangfelt, korte fortausbiter, "
                "belysning og fartsputer. Typetegninger fra kommunens vegnorm."
            ),
            benefit=(
                "Tryggere skoleveg for om lag 1 200 elever. Flere barn går og sykler, "
                "og det blir færre bilturer til skolene."
            ),
            stakeholders=(
                "Skolene og FAU, Trøndelag fylkeskommune der tiltak berører fylkesveg, "
                "Statens vegvesen (skilt- og oppmerkingsplaner), naboer."
            ),
            zoning_needs=(
                "Tiltakene ligger innenfor eksisterende vegareal; to fortausbiter kan "
                "kreve mindre erverv etter avtale."
            ),
            technical_feasibility=(
                "Standardtiltak med kjent teknikk. Belysning krever nye kabler på to strekninger."
            ),
            changes_affecting_benefit=(
                "Ingen endringer av betydning for nytten siden forrige handlingsprogram."
            ),
        ),
        land_use=_answers(
            zoning_status=("ja", "Tiltakene ligger innenfor regulert vegareal."),
            new_zoning_plan=("nei", ""),
            land_acquisition=(
                "erverv",
                "To korte fortausbiter ved Gimse skole trenger om lag 150 m² etter avtale "
                "med grunneierne.",
            ),
            land_use_strategy=(
                "ikke_relevant",
                "Små trafikksikkerhetstiltak på eksisterende veg påvirker ikke arealstrategien.",
            ),
            green_structure=("nei", ""),
            farmland=(
                "nei",
                "Ervervet ved Gimse skole gjelder hageareal, ikke dyrka mark.",
            ),
        ),
        traffic_safety=_answers(
            killed_injured=(
                "reduserer",
                "Lavere fart ved skolene reduserer risikoen for alvorlige ulykker.",
            ),
            vulnerable_users=("ja", "Tiltakene er rettet mot barn på skoleveg."),
            walk_cycle_conflict=(
                "ingen",
                "Tiltakene gjelder kryssing av kjøreveg, ikke gang- og sykkelareal.",
            ),
            universal_design=("ja", "Opphøyde gangfelt med nedsenk og ledelinjer."),
            safety_audit=(
                "nei",
                "Standardtiltak etter vegnormalen; kommunen gjør en forenklet "
                "TS-vurdering av hvert tiltak i stedet for full TS-revisjon.",
            ),
        ),
        cost=Cost(
            expected_cost_mnok=_d("9.649"),
            std_dev_percent=_d("14.56"),
            estimate_kind="styringsramme",
            estimate_method="enklere",
            price_year=price_year,
            styringsramme_mnok=_d("9.649"),
            items=[
                _item("Opphøyde gangfelt og fartsputer", "2.500", "3.300", "5.000"),
                _item("Fortausbiter", "1.900", "2.700", "4.300"),
                _item("Belysning", "1.300", "1.700", "2.400"),
                _item("Planlegging og byggeledelse", "1.200", "1.500", "2.000"),
            ],
            notes=(
                "Enklere kostnadsvurdering (under 10 MNOK) basert på enhetspriser fra "
                "kommunens rammeavtale 2026. Lav og høy er P10 og P90."
            ),
        ),
        funding=Funding(
            lines=_lines(
                (2027, "bompenger", "1.400"),
                (2027, "statlig", "1.000"),
                (2028, "bompenger", "1.400"),
                (2028, "statlig", "1.000"),
                (2029, "bompenger", "1.400"),
                (2029, "statlig", "1.000"),
                (2030, "bompenger", "2.449"),
            ),
            additionality_confirmed=True,
            additionality_note=(
                "Kommunens trafikksikkerhetsplan har ingen egne investeringsmidler til "
                "disse tiltakene i 2027–2030."
            ),
            road_owner_commits=True,
            road_owner="Melhus kommune",
            includes_operation=False,
            is_rebuild=True,
            rebuild_added_value=(
                "Opphøyde gangfelt, nye fortausbiter og belysning gir skolebarna en "
                "tryggere veg enn i dag."
            ),
            includes_need_clarification=False,
            granted_date=date(2026, 2, 5),
            committed=False,
        ),
        goals=_goals(
            klima=(1, "Færre foreldre kjører barna til skolen."),
            miljovennlig=(2, "Flere barn går og sykler til skolen."),
            areal=(0, "Små tiltak på eksisterende veg."),
            tilgjengelighet=(2, "Universelt utformede kryssinger ved skolene."),
            trafikksikkerhet=(3, "Rettet mot punkter der skolevegsvurderingen viser risiko."),
            luft=(0, "Ingen målbar effekt på luftkvaliteten."),
            stoy=(0, "Ingen vesentlig endring i trafikkstøy."),
            gods=(0, "Tiltaket retter seg ikke mot godstransport."),
            tilfredshet=(2, "Etterspurt av FAU ved alle fem skolene."),
        ),
        risks=[
            Risk(
                description="Avtale om erverv ved Gimse skole tar tid.",
                probability=2,
                consequence=2,
                mitigation="Bygge tiltakene uten erverv først.",
            ),
            Risk(
                description="Enhetsprisene stiger mer enn indeksen.",
                probability=3,
                consequence=2,
                mitigation="Justere antall tiltak per år innenfor potten.",
            ),
        ],
        progress=Progress(
            construction_start=date(2027, 4, 15),
            milestones=[
                Milestone(name="Prioritert tiltaksliste 2027", date=date(2026, 12, 1)),
                Milestone(name="Byggestart første tiltakspakke", date=date(2027, 4, 15)),
                Milestone(name="Rapport om gjennomførte tiltak", date=date(2028, 1, 31)),
            ],
        ),
        treatments=[
            Treatment(
                body="politisk",
                date=date(2025, 12, 9),
                decision=(
                    "Melhus kommunestyre sluttet seg til handlingsprogrammet med sekkepost "
                    "for trygg skoleveg (sak 88/25)."
                ),
                transition="PU-DP",
                political=True,
            ),
            Treatment(
                body="programradet",
                date=date(2026, 3, 10),
                decision="Programrådet godkjente overgang til utbygging for 2027-pakken.",
                transition="DP-UB",
                political=False,
            ),
        ],
    )
