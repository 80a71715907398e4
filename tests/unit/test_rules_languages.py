"""The rules' findings in nynorsk and English (issue 14): the same codes and fields as in
bokmål, every message written in the language, the rule table's summaries too.

The sheets here are built to set off as many rules as one check can: the example sheets,
an empty sheet, a sheet with one of each kind of mistake, and the few sheets that set off
the rules that exclude each other (decision routes, a pooled allocation, a newer format).
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from decimal import Decimal

import pytest

from prosjektark import i18n
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.findings import Finding
from prosjektark.domain.format.steps import CURRENT
from prosjektark.domain.rules import all_rules, check_sheet, decision_advice
from prosjektark.domain.rules.inputs import describe_input
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.rules.vocabulary import missing_parts
from prosjektark.domain.sheet import (
    ChecklistAnswer,
    CostItem,
    FundingLine,
    GoalScore,
    IndexedAmount,
    Sheet,
    Treatment,
    sheet_from_json,
    sheet_to_json,
)
from prosjektark.paths import resource_dir

D = Decimal
TODAY = date(2026, 3, 1)
LATE = date(2031, 6, 1)  # after every deadline, years after any grant
OTHER_LANGUAGES = ("nn", "en")


def _empty(catalog, profile_id: str) -> Sheet:
    s = Sheet(profile=profile_id)
    s.identification.phase = "DP"
    s.funding.includes_need_clarification = True
    return s


def _broken(catalog, profile_id: str) -> Sheet:
    """A DP sheet with one of each mistake the rules look for."""
    p = catalog.profile(profile_id)
    s = complete_sheet(catalog, profile_id, "DP")
    first = p.period_start
    s.identification.funding_type = "prosjektpakke"
    s.identification.municipalities = list(p.municipalities[:2])
    s.identification.responsible_agency = "Ingen etat"
    s.identification.contact_email = "ikke en adresse"
    c = s.cost
    c.expected_cost_mnok = D("30")
    c.std_dev_percent = D("49")
    c.estimate_kind = "utredningsestimat"  # a PU kind in a DP sheet
    c.estimate_method = None
    c.price_year = p.price_year - 3
    c.styringsmal_mnok = D("-2")
    c.original_amount = IndexedAmount(amount=D("60000"), year=p.price_year)
    c.items = [
        CostItem(name="Grunnarbeid", low=D("3"), most_likely=D("1"), high=D("2")),
        CostItem(name="", low=D("1"), most_likely=None, high=D("2")),
    ]
    f = s.funding
    f.additionality_confirmed = False
    f.road_owner_commits = False
    f.includes_operation = True
    f.is_rebuild = True
    f.includes_need_clarification = True
    f.granted_date = date(first - 6, 2, 1)
    f.operation_exception = "finnes_ikke"
    f.lines = [
        FundingLine(year=first, source="bompenger", amount_mnok=D("4")),
        FundingLine(year=first - 5, source="statlig", amount_mnok=D("2")),
        FundingLine(year=first + 1, source="ukjent_kilde", amount_mnok=D("1")),
    ]
    f.lines += [
        FundingLine(year=limit.year, source="statlig", amount_mnok=D("1"))
        for limit in p.source_limits
    ]
    s.goals = [
        GoalScore(goal=p.goals[0].id, score=2, justification=""),
        GoalScore(goal="finnes_ikke", score=1, justification="Ja."),
    ]
    political = next(b.id for b in p.decision_bodies if b.political)
    s.treatments = [
        Treatment(
            body=political,
            transition="PU-DP",
            political=True,
            date=date(first + 1, 1, 1),
            decision="Vedtatt",
        ),
        Treatment(body="ukjent", transition="XX-YY", date=date(first + 2, 1, 1)),
    ]
    q_land = catalog.checklists["land_use"].questions
    s.land_use.answers[q_land[0].id] = ChecklistAnswer(answer="ikke_et_svar")
    s.land_use.answers[q_land[1].id] = ChecklistAnswer(answer="ikke_relevant")
    q_safety = catalog.checklists["traffic_safety"].questions
    del s.traffic_safety.answers[q_safety[0].id]
    s.traffic_safety.answers[q_safety[1].id] = ChecklistAnswer(answer="kanskje")
    s.description.purpose = ""
    s.invalid_input.update(
        {
            "funding.granted_date": "31.02.2026",
            "progress.construction_start": "snart",
            "progress.milestones[0].date": "2026-13-01",
            "cost.price_year": "1800",
            "cost.std_dev_percent": "12,3456",
            "cost.styringsramme_mnok": "mange",
            "cost.items[0].low": "NaN",
            "cost.items[1].high": "-4",
            "funding.lines.2027.statlig": "90000",
        }
    )
    return s


def _pu_interest(catalog, profile_id: str) -> Sheet:
    """A PU sheet of political interest with long planning and a large cost."""
    s = complete_sheet(catalog, profile_id, "PU")
    s.identification.political_interest = True
    s.cost.complex_planning = True
    s.cost.expected_cost_mnok = D("80")
    for name in ("purpose", "alternatives", "recommended_concept", "benefit"):
        setattr(s.description, name, "")
    for name in ("stakeholders", "zoning_needs", "technical_feasibility"):
        setattr(s.description, name, "")
    return s


def _dp_unpolitical(catalog, profile_id: str, cost: str) -> Sheet:
    """A DP sheet whose PU → DP was treated administratively only."""
    s = complete_sheet(catalog, profile_id, "DP")
    s.cost.expected_cost_mnok = D(cost)
    s.cost.styringsmal_mnok = D(cost)
    s.cost.complex_planning = True
    s.cost.styringsmal_mnok = None
    s.cost.price_year = None
    admin = next(b.id for b in catalog.profile(profile_id).decision_bodies if not b.political)
    s.treatments = [Treatment(body=admin, transition="PU-DP", decision="Vedtatt")]
    return s


def _ub_interest(catalog, profile_id: str) -> Sheet:
    s = _dp_unpolitical(catalog, profile_id, "8")
    s.identification.phase = "UB"
    s.identification.political_interest = True
    s.cost.estimate_kind = "styringsramme"
    s.cost.styringsramme_mnok = D("8")
    return s


def _pot(catalog, profile_id: str) -> Sheet:
    p = catalog.profile(profile_id)
    s = complete_sheet(catalog, profile_id, "DP")
    s.identification.funding_type = "sekkepost"
    s.identification.municipalities = list(p.municipalities[:3])
    s.identification.responsible_agency = p.agencies[-1]
    s.funding.includes_operation = True
    s.funding.lines = [FundingLine(year=p.period_start, source="bompenger", amount_mnok=D("9"))]
    return s


def _bad_costs(catalog, profile_id: str) -> list[Sheet]:
    """Costs a decision route cannot be read from, and a precise estimate."""
    sheets = []
    for value in (D("-40.8"), D("90000")):
        s = complete_sheet(catalog, profile_id, "PU")
        s.cost.expected_cost_mnok = value
        sheets.append(s)
    s = complete_sheet(catalog, profile_id, "PU")
    s.invalid_input["cost.expected_cost_mnok"] = "tolv"
    s.cost.expected_cost_mnok = None
    sheets.append(s)
    s = complete_sheet(catalog, profile_id, "UB")
    s.cost.std_dev_percent = D("1")
    s.cost.expected_cost_mnok = D("70")
    s.cost.styringsmal_mnok = None
    sheets.append(s)
    s = complete_sheet(catalog, profile_id, "PU")
    s.cost.estimate_kind = "styringsramme"  # a later kind in an earlier phase
    s.cost.expected_cost_mnok = None
    s.cost.items = [CostItem(name="Alt", low=D("8"), most_likely=D("10"), high=D("20"))]
    sheets.append(s)
    s = complete_sheet(catalog, profile_id, "DP")
    s.cost.items = [CostItem(name="Alt", low=D("8"), most_likely=D("10"), high=D("20"))]
    s.cost.expected_cost_mnok = D("30")
    sheets.append(s)
    return sheets


def _newer(catalog, fields: int) -> Sheet:
    """A sheet of the next minor format with `fields` fields this version does not know."""
    data = json.loads(sheet_to_json(complete_sheet(catalog, catalog.default_profile_id)))
    data["format"] = f"prosjektark/{CURRENT[0]}.{CURRENT[1] + 1}"
    for n in range(fields):
        data["cost"][f"framtidig_{n}"] = n
    return sheet_from_json(json.dumps(data))


def trigger_sheets(catalog) -> list[tuple[Sheet, date]]:
    """Sheets, each with the day to check it on, that together set off most rules."""
    found: list[tuple[Sheet, date]] = [(s, TODAY) for s in example_sheets(catalog)]
    for pid in sorted(catalog.profiles):
        found += [(_empty(catalog, pid), LATE), (_broken(catalog, pid), LATE)]
        found += [(_pu_interest(catalog, pid), TODAY), (_pot(catalog, pid), TODAY)]
        found += [(_dp_unpolitical(catalog, pid, c), TODAY) for c in ("8", "30", "60")]
        found += [(_ub_interest(catalog, pid), TODAY)]
        ub = _ub_interest(catalog, pid)
        ub.identification.political_interest = False
        found.append((ub, TODAY))
        q = catalog.checklists["traffic_safety"].questions[1].id
        ub.traffic_safety.answers[q] = ChecklistAnswer(answer="ikke_relevant")
        found += [(s, TODAY) for s in _bad_costs(catalog, pid)]
    for profile_id in ("", "finnes_ikke"):
        s = complete_sheet(catalog, catalog.default_profile_id, "PU")
        s.profile = profile_id
        found.append((s, TODAY))
    found += [(_newer(catalog, n), TODAY) for n in (0, 2, 7)]
    return found


def findings_in(language: str) -> list[list[Finding]]:
    with i18n.use_language(language):
        catalog = load_catalog(resource_dir(), language=language)
        found = [check_sheet(s, catalog, today=day) for s, day in trigger_sheets(catalog)]
        # A programme whose documents have not yet given every number the rules use.
        profile = catalog.default_profile
        bare = profile.model_copy(
            update={"submission_deadline": None, "price_year": None, "cost_bands": []}
        )
        sheet = complete_sheet(catalog, profile.id, "DP")
        found.append(check_sheet(sheet, catalog, today=TODAY, profile=bare))
        return found


@functools.cache
def bokmal() -> list[list[Finding]]:
    return findings_in("nb")


QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”")
# Words only bokmål writes: one of them outside a quote means a sentence was not translated
# (a quote is a name, a typed text or a source document's own sentence, kept as written).
BOKMAL_ONLY = {
    "nn": {"ikke", "hvem", "hva", "fra", "bare", "noen", "ble", "mangler", "kjørt", "gjøres"},
    "en": {"ikke", "og", "må", "skal", "på", "det", "som", "av", "eller", "har", "er", "til"},
}
# Sentences nynorsk writes exactly as bokmål does.
SAME_IN_NYNORSK = ("» er for lite: minst ",)


def _words(message: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", QUOTED.sub(" ", message).casefold()))


@pytest.fixture(scope="module", params=OTHER_LANGUAGES)
def translated(request) -> tuple[str, list[list[Finding]]]:
    return request.param, findings_in(request.param)


def test_the_sheets_set_off_nearly_every_rule():
    codes = {f.code for found in bokmal() for f in found}
    declared = {r.code for r in all_rules() if not r.code.startswith("required.")}
    assert declared - codes == {"engine.rule_failed"}  # a bug in a rule: not to be had


def test_codes_fields_and_steps_are_the_same_in_every_language(translated):
    language, found = translated
    assert len(found) == len(bokmal())
    for nb, other in zip(bokmal(), found, strict=True):
        assert [(f.code, f.severity, f.field, f.step) for f in other] == [
            (f.code, f.severity, f.field, f.step) for f in nb
        ], language


def test_every_message_is_written_in_the_language(translated):
    language, found = translated
    checked = 0
    for nb, other in zip(bokmal(), found, strict=True):
        for source, shown in zip(nb, other, strict=True):
            if language == "nn" and any(same in shown.message for same in SAME_IN_NYNORSK):
                continue
            assert shown.message != source.message, (language, source.code, shown.message)
            left = _words(shown.message) & BOKMAL_ONLY[language]
            assert not left, (language, source.code, left, shown.message)
            checked += 1
    assert checked > 200


def _message(found: list[list[Finding]], code: str) -> str:
    return next(f.message for fs in found for f in fs if f.code == code)


SPOT_CHECKS = {
    "nn": {
        "funding.lines_missing": "Legg inn finansiering per år og kjelde (minst eitt beløp over null).",
        "goals.none": "Gje poeng (1–3) med grunngjeving for minst eitt av måla i programmet.",
        "funding.additionality_missing": "Stadfest at midlane er ein ekstra innsats som ikkje"
        " erstattar andre offentlege eller private løyvingar.",
        "funding.road_owner_missing": "Vegeigaren må ha forplikta seg til å drifte og halde ved"
        " like anlegget.",
    },
    "en": {
        "funding.lines_missing": "Enter funding per year and source (at least one amount above"
        " zero).",
        "goals.none": "Score at least one of the programme's goals (1–3) with a justification.",
        "funding.additionality_missing": "Confirm that the funds are an additional effort that"
        " does not replace other public or private grants.",
        "funding.road_owner_missing": "The road owner must have committed to operating and"
        " maintaining the facility.",
    },
}


def test_spot_checks(translated):
    language, found = translated
    for code, text in SPOT_CHECKS[language].items():
        assert _message(found, code) == text
    justification = _message(found, "land_use.justification_missing")
    assert {"nn": "«Ikkje relevant»", "en": "“Not relevant”"}[language] in justification
    newer = [f.message for fs in found for f in fs if f.code == "format.newer"]
    more = {"nn": "framtidig_4 og 2 til.", "en": "framtidig_4 and 2 more."}[language]
    assert any(more in m for m in newer), newer
    incomplete = _message(found, "profile.incomplete")
    assert {"nn": "fristen for innspel", "en": "the deadline for submissions"}[language] in (
        incomplete
    )


def test_the_decision_advice_keeps_its_shape(translated):
    """The editor cuts the transition's name off the front of a reason and shows what follows
    the quoted rule as a note: both must be there in every language."""
    language, _ = translated
    with i18n.use_language(language):
        catalog = load_catalog(resource_dir(), language=language)
        advices = []
        for sheet, _ in trigger_sheets(catalog):
            if sheet.profile in catalog.profiles:
                advice = decision_advice(sheet, catalog.profile(sheet.profile))
                if advice is not None:
                    advices.append(advice)
    with i18n.use_language("nb"):
        catalog_nb = load_catalog(resource_dir(), language="nb")
        sources = {
            a.reason
            for sheet, _ in trigger_sheets(catalog_nb)
            if sheet.profile in catalog_nb.profiles
            and (a := decision_advice(sheet, catalog_nb.profile(sheet.profile)))
        }
    assert len(advices) > 10
    for advice in advices:
        assert advice.reason.startswith(f"{advice.transition_name}"), advice.reason
        assert advice.reason not in sources, advice.reason
        if advice.route_reason:
            assert f"«{advice.route_reason}»" in advice.reason
    word = {"nn": "for eit prosjekt på", "en": "for a project of"}[language]
    assert any(word in a.reason for a in advices)


def test_typed_text_is_described_in_the_language(translated):
    language, _ = translated
    with i18n.use_language(language):
        profile = load_catalog(resource_dir(), language=language).default_profile
        date_rule, on_date = describe_input("funding.granted_date", "31.02.2026", profile)
        _, on_year = describe_input("cost.price_year", "snart", profile)
        _, on_money = describe_input("cost.expected_cost_mnok", "-3", profile)
    assert date_rule.code == "input.invalid_date"
    expected = {
        "nn": (
            "«31.02.2026» er ikkje ein gyldig dato: datoen finst ikkje. Skriv ein dato som"
            " dd.mm.åååå.",
            "«snart» er ikkje eit tal. Skriv eit heiltal, til dømes 2027.",
            "«-3» er eit negativt beløp. Beløp kan ikkje vere negative.",
        ),
        "en": (
            "“31.02.2026” is not a valid date: the date does not exist. Enter a date as"
            " dd.mm.yyyy.",
            "“snart” is not a number. Enter a whole number, for example 2027.",
            "“-3” is a negative amount. Amounts cannot be negative.",
        ),
    }[language]
    assert (on_date, on_year, on_money) == expected


def test_rule_summaries_are_translated_where_they_are_read(translated):
    language, _ = translated
    rules = all_rules()
    with i18n.use_language("nb"):
        assert [r.summary_text for r in rules] == [r.summary for r in rules]
    with i18n.use_language(language):
        shown = {r.code: r.summary_text for r in rules}
        parts = missing_parts(
            load_catalog(resource_dir(), language=language).default_profile.model_copy(
                update={"price_year": None}
            )
        )
    for r in rules:
        assert shown[r.code] != r.summary, (language, r.code)
        assert not _words(shown[r.code]) & BOKMAL_ONLY[language], (language, r.code)
    assert parts == [{"nn": "prisnivået (kroneår)", "en": "the price level (price year)"}[language]]
