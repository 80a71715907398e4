"""A complete sheet per phase that passes every rule of a profile.

Used by the rule tests (each case breaks one thing) and by benchmarks/check.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.costmath import triple_estimate
from prosjektark.domain.sheet import (
    Checklist,
    ChecklistAnswer,
    CostItem,
    FundingLine,
    GoalScore,
    Milestone,
    Risk,
    Sheet,
    Treatment,
)

_KIND = {"PU": "utredningsestimat", "DP": "styringsmal", "UB": "styringsramme"}


def _answers(catalog: Catalog, checklist_id: str) -> Checklist:
    definition = catalog.checklists[checklist_id]
    answers = {}
    for q in definition.questions:
        # The first option that needs no justification, justified anyway: a careful user.
        option = next(
            (o for o in definition.options_for(q) if not o.needs_justification),
            definition.options_for(q)[0],
        )
        answers[q.id] = ChecklistAnswer(
            answer=option.value, justification=f"Vurdert i planarbeidet ({q.id})."
        )
    return Checklist(answers=answers)


def complete_sheet(catalog: Catalog, profile_id: str, phase: str = "PU") -> Sheet:
    """A sheet of `phase` with every field filled that raises no finding before the
    profile's submission deadline."""
    p = catalog.profile(profile_id)
    band = p.band(_KIND[phase])
    assert band is not None
    sd = (band.low_percent + band.high_percent) / 2
    cost_mnok = Decimal("12")  # between the Anslag threshold and the political limits
    s = Sheet(profile=p.id, form_version=catalog.form.form_version)
    i = s.identification
    i.title = "Sykkelveg med fortau, Innherredsveien"
    i.summary = "Ny sykkelveg med fortau på begge sider mellom to kryss."
    i.responsible_party = p.parties[0]
    i.responsible_agency = p.agencies[0]
    i.municipalities = [p.municipalities[0]]
    i.working_group = p.working_groups[0]
    i.action_area = p.action_areas[0].id
    i.phase = phase  # type: ignore[assignment]
    i.contact_name = "Kari Nordmann"
    i.contact_email = "kari.nordmann@kommune.no"
    i.contact_phone = "+47 900 00 000"
    d = s.description
    d.purpose = "Trygg og rask sykkelforbindelse til sentrum."
    d.alternatives = "Sykkelfelt i vegbanen; tosidig sykkelveg med fortau; nullalternativ."
    d.recommended_concept = "Tosidig sykkelveg med fortau, se skisser i vedlegg."
    d.benefit = "Flere sykler; færre konflikter mellom gående og syklende."
    d.stakeholders = "Grunneiere, skole, Statens vegvesen, kollektivselskapet."
    d.zoning_needs = "Endring av reguleringsplan og erverv av smale stripe langs vegen."
    d.technical_feasibility = "Grunnforhold og ledninger er sjekket; gjennomførbart."
    d.changes_affecting_benefit = "Ingen vesentlige endringer siden prosjektutviklingen."
    s.land_use = _answers(catalog, "land_use")
    s.traffic_safety = _answers(catalog, "traffic_safety")
    c = s.cost
    c.expected_cost_mnok = cost_mnok
    c.std_dev_percent = sd
    c.estimate_kind = _KIND[phase]  # type: ignore[assignment]
    c.estimate_method = "anslagsmetoden"
    c.price_year = p.price_year
    c.notes = "Anslag fra prosjektutviklingen."
    if phase != "PU":
        c.styringsmal_mnok = cost_mnok
    if phase == "UB":
        c.styringsramme_mnok = cost_mnok
    f = s.funding
    f.lines = [
        FundingLine(year=p.period_start, source="bompenger", amount_mnok=Decimal("4")),
        FundingLine(year=p.period_start + 1, source="statlig", amount_mnok=Decimal("8")),
    ]
    f.additionality_confirmed = True
    f.additionality_note = "Tiltaket ville ikke blitt bygget uten programmets midler."
    f.road_owner = p.parties[0]
    f.road_owner_commits = True
    s.goals = [
        GoalScore(goal=g.id, score=2, justification="Bidrar gjennom flere syklende.")
        for g in p.goals[:3]
    ]
    s.risks = [
        Risk(
            description="Forsinket erverv", probability=3, consequence=3, mitigation="Tidlig dialog"
        )
    ]
    s.progress.milestones = [
        Milestone(name="Planvedtak", date=date(p.period_start, 3, 1)),
        Milestone(name="Byggestart", date=date(p.period_start, 9, 1)),
    ]
    political = next(b.id for b in p.decision_bodies if b.political)
    if phase != "PU":
        s.treatments.append(
            Treatment(body=political, transition="PU-DP", political=True, decision="Vedtatt")
        )
    if phase == "UB":
        s.treatments.append(
            Treatment(body=political, transition="DP-UB", political=True, decision="Vedtatt")
        )
        s.progress.construction_start = date(p.period_start, 9, 1)
    return s


def rich_sheet(catalog: Catalog, profile_id: str) -> Sheet:
    """A large DP sheet (many items, lines, goals, risks) for benchmarks."""
    s = complete_sheet(catalog, profile_id, "DP")
    p = catalog.profile(profile_id)
    # Twenty independent, right-skewed items: about 13 MNOK with a 24 % standard deviation.
    s.cost.items = [
        CostItem(
            name=f"Post {n}",
            low=Decimal("0.1"),
            most_likely=Decimal("0.4"),
            high=Decimal("2"),
        )
        for n in range(1, 21)
    ]
    total = triple_estimate(s.cost.items)
    s.cost.expected_cost_mnok = total.expected_mnok
    s.cost.std_dev_percent = total.std_dev_percent
    s.cost.styringsmal_mnok = total.p85_mnok
    s.funding.lines = [
        FundingLine(year=y, source=src, amount_mnok=Decimal("1.5"))
        for y in p.years
        for src in ("bompenger", "statlig", "kommunal")
    ]
    s.goals = [
        GoalScore(goal=g.id, score=1 + n % 3, justification="Begrunnet.")
        for n, g in enumerate(p.goals)
    ]
    s.risks = [Risk(description=f"Risiko {n}", mitigation="Tiltak") for n in range(15)]
    s.progress.milestones = [Milestone(name=f"Milepæl {n}") for n in range(10)]
    return s
