"""The portfolio's items, ranking, scenarios and the balance against the frames."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from prosjektark.domain.examples import example_sheets
from prosjektark.domain.frames import FrameLine, parties_of
from prosjektark.domain.portfolio import (
    FLAG_JUSTIFICATION,
    FLAG_PRICE_YEAR,
    FLAG_UNACKNOWLEDGED,
    build_item,
    compare,
    describe_change,
    new_scenario,
    ranked,
    stale_entries,
)
from prosjektark.domain.scenario import (
    Balance,
    Funding,
    Scenario,
    ScenarioEntry,
    balance_rows,
)
from prosjektark.domain.sheet import Acknowledgement, FundingLine

D = Decimal


@pytest.fixture
def trondheim(catalog):
    return next(s for s in example_sheets(catalog) if s.profile == "miljopakken")


def _acknowledge_all(sheet, catalog):
    from prosjektark.domain.rules import check_sheet

    acks = [
        Acknowledgement(code=f.code, field=f.field, comment="Kjent.", by="Test", at=sheet.modified)
        for f in check_sheet(sheet, catalog)
        if f.severity == "warning"
    ]
    return sheet.model_copy(update={"acknowledgements": acks})


def test_item_numbers_follow_the_sheet(catalog, trondheim):
    profile = catalog.profile("miljopakken")
    item = build_item(trondheim, catalog, profile, review_state="i_utkast")
    cost = trondheim.cost
    assert item.expected_mnok == cost.expected_cost_mnok
    assert item.p50_mnok == cost.expected_cost_mnok
    # P85 = expected + 1.0364 standard deviations (the method's normal approximation)
    std = cost.expected_cost_mnok * cost.std_dev_percent / 100
    assert abs(item.p85_mnok - (cost.expected_cost_mnok + std * D("1.0364"))) < D("0.01")
    assert item.total_points == sum(g.score for g in trondheim.goals)
    assert item.cost_per_point == (cost.expected_cost_mnok / item.total_points).quantize(D("0.01"))
    assert item.funding_total == sum(line.amount_mnok for line in trondheim.funding.lines)
    assert item.funding.parties == frozenset(
        parties_of(
            trondheim.identification.responsible_party, trondheim.identification.municipalities
        )
    )
    assert item.review_state == "i_utkast"


def test_flags_name_why_a_sheet_cannot_be_compared(catalog, trondheim):
    profile = catalog.profile("miljopakken")
    clean = _acknowledge_all(trondheim, catalog)
    assert build_item(clean, catalog, profile).flags == ()

    old_kroner = clean.model_copy(
        update={"cost": clean.cost.model_copy(update={"price_year": 2024})}
    )
    flags = build_item(old_kroner, catalog, profile).flags
    assert [f.code for f in flags if f.code == FLAG_PRICE_YEAR]
    assert any("2024-kroner" in f.text and "2027-kroner" in f.text for f in flags)

    goals = [g.model_copy(update={"justification": ""}) for g in clean.goals[:1]]
    unjustified = clean.model_copy(update={"goals": goals + clean.goals[1:]})
    codes = {f.code for f in build_item(unjustified, catalog, profile).flags}
    assert FLAG_JUSTIFICATION in codes
    assert FLAG_UNACKNOWLEDGED in codes  # the new warning is not acknowledged either


def test_ranking_never_mixes_in_flagged_sheets(catalog, trondheim):
    profile = catalog.profile("miljopakken")
    clean = _acknowledge_all(trondheim, catalog)
    best = build_item(clean, catalog, profile)
    flagged_but_high = replace(
        best, sheet_id=uuid.uuid4(), title="Høy, men uten prisår", weighted_points=D(99)
    )
    flagged_but_high = replace(flagged_but_high, flags=(object(),))  # any flag
    low = replace(best, sheet_id=uuid.uuid4(), title="Lav", weighted_points=D(1), total_points=1)
    order = ranked([low, flagged_but_high, best], "weighted")
    assert [i.title for i in order] == [best.title, "Lav", "Høy, men uten prisår"]
    cheap = replace(low, cost_per_point=D("0.10"))
    assert ranked([best, cheap], "cost_per_point")[0] is cheap


def test_new_scenario_takes_the_profiles_states_in_rank_order(catalog, trondheim):
    profile = catalog.profile("miljopakken")
    clean = _acknowledge_all(trondheim, catalog)
    base = build_item(clean, catalog, profile)
    items = [
        replace(
            base, sheet_id=uuid.uuid4(), title=f"Ark {n}", weighted_points=D(n), review_state=state
        )
        for n, state in enumerate(["i_utkast", "mottatt", "vedtatt", "trukket", "til_vurdering"])
    ]
    scenario = new_scenario("Første forsøk", profile, items)
    by_id = {i.sheet_id: i for i in items}
    assert [by_id[e.sheet_id].title for e in scenario.entries] == ["Ark 4", "Ark 2", "Ark 0"]
    assert all(e.included and e.shift_years == 0 for e in scenario.entries)


def _funding(*lines: tuple[int, str, str], parties=()) -> Funding:
    amounts: dict = {}
    for year, source, amount in lines:
        amounts[(year, source)] = amounts.get((year, source), D(0)) + D(amount)
    return Funding(amounts, frozenset(parties))


def test_balance_is_the_hand_computed_sum_and_never_adds_unframed_parties():
    a, b, c = (uuid.uuid4() for _ in range(3))
    funding = {
        a: _funding((2027, "bompenger", "10"), (2028, "statlig", "5"), parties={"Stjørdal"}),
        b: _funding((2027, "bompenger", "7.5"), parties={"Malvik"}),
        c: _funding((2027, "statlig", "3")),
    }
    frames = [
        FrameLine(2027, "bompenger", "", D("15")),
        FrameLine(2027, "bompenger", "Stjørdal", D("12")),
        FrameLine(2028, "statlig", "", D("10")),
    ]
    scenario = Scenario(
        uuid.uuid4(),
        "S",
        "miljopakken",
        (ScenarioEntry(a, 1), ScenarioEntry(b, 1), ScenarioEntry(c, 1, included=False)),
    )
    balance = Balance.of(frames, scenario, funding)
    assert balance.cells[(2027, "bompenger", "")].used == D("17.5")
    assert balance.cells[(2027, "bompenger", "")].left == D("-2.5")
    assert balance.cells[(2027, "bompenger", "Stjørdal")].used == D("10")
    assert (2027, "bompenger", "Malvik") not in balance.cells  # no pot set for Malvik
    assert (2027, "statlig", "") not in balance.cells  # c is left out
    assert balance.over() == [(2027, "bompenger", "")]

    balance.shift(funding[a], scenario.entry(a), 3)  # 2028 -> 2031: no frame that year
    assert balance.cells[(2031, "statlig", "")].frame is None
    assert (2031, "statlig", "") in balance.over()

    rows = balance_rows(balance, ["bompenger", "statlig"])
    total_2027 = next(r for r in rows if r.year == 2027 and not r.source)
    assert total_2027.used == D("7.5")  # a moved to 2030 too
    assert total_2027.frame == D("15")


def test_incremental_balance_equals_a_full_recompute():
    rng = random.Random(11)
    sources = ["bompenger", "statlig", "kommunal"]
    ids = [uuid.uuid4() for _ in range(60)]
    funding = {
        i: _funding(
            *(
                (rng.randint(2027, 2030), rng.choice(sources), f"{rng.randint(1, 900) / 10}")
                for _ in range(rng.randint(1, 5))
            ),
            parties={rng.choice(["Trondheim", "Malvik", "Melhus"])},
        )
        for i in ids
    }
    frames = [
        FrameLine(y, s, p, D(rng.randint(50, 500)))
        for y in range(2027, 2031)
        for s in sources
        for p in ("", "Malvik")
    ]
    scenario = Scenario(uuid.uuid4(), "S", "p", tuple(ScenarioEntry(i, 1) for i in ids))
    balance = Balance.of(frames, scenario, funding)
    for _ in range(300):
        target = rng.choice(ids)
        entry = scenario.entry(target)
        if rng.random() < 0.5:
            new = replace(entry, included=not entry.included)
            balance.include(funding[target], entry, new.included)
        else:
            new = replace(entry, shift_years=rng.randint(-1, 2))
            balance.shift(funding[target], entry, new.shift_years)
        scenario = scenario.with_entry(new)
    fresh = Balance.of(frames, scenario, funding)
    for key in set(balance.cells) | set(fresh.cells):
        got = balance.cells.get(key)
        want = fresh.cells.get(key)
        assert (got.used if got else 0) == (want.used if want else 0), key


def test_stale_entries_say_what_happened(catalog, trondheim):
    profile = catalog.profile("miljopakken")
    item = build_item(trondheim, catalog, profile, review_state="i_utkast")
    gone, withdrawn, newer = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    latest = {
        withdrawn: replace(item, sheet_id=withdrawn, review_state="trukket"),
        newer: replace(item, sheet_id=newer, revision=item.revision + 1),
        item.sheet_id: item,
    }
    scenario = Scenario(
        uuid.uuid4(),
        "S",
        "miljopakken",
        tuple(ScenarioEntry(i, item.revision) for i in (gone, withdrawn, newer, item.sheet_id)),
    )
    stale = stale_entries(scenario, latest, "trukket")
    assert set(stale) == {gone, withdrawn, newer}
    assert "trukket" in stale[withdrawn]
    assert f"Revisjon {item.revision + 1}" in stale[newer]


def test_change_log_and_comparison_name_what_moved():
    a, b, c = (uuid.uuid4() for _ in range(3))
    titles = {a: "A-veg", b: "B-bane", c: "C-sti"}
    old = Scenario(uuid.uuid4(), "S", "p", tuple(ScenarioEntry(i, 1) for i in (a, b, c)))
    new = old.moved(c, -2)
    new = new.with_entry(replace(new.entry(b), included=False, reason="Ikke byggeklart"))
    new = new.with_entry(replace(new.entry(a), shift_years=1))
    text = describe_change(old, new, titles)
    assert "Tok ut «B-bane» (Ikke byggeklart)" in text
    assert "Flyttet finansieringen av «A-veg» 1 år senere" in text
    assert "Flyttet «C-sti» fra plass 3 til 1" in text
    assert describe_change(old, old, titles) == "Ingen endring."
    diff = compare(old, new)
    assert {d.sheet_id for d in diff} == {a, b, c}
    assert next(d for d in diff if d.sheet_id == c).rank_b == 1


def test_comparison_sees_another_revision_and_another_reason():
    """Regression: two scenarios with the same sheet at different revisions (different
    numbers) compared as equal, and so did two reasons for leaving a sheet out."""
    a, b = uuid.uuid4(), uuid.uuid4()
    old = Scenario(uuid.uuid4(), "S", "p", (ScenarioEntry(a, 1), ScenarioEntry(b, 2)))
    newer = old.with_entry(replace(old.entry(a), revision=2))
    (diff,) = compare(old, newer)
    assert diff.sheet_id == a and (diff.rank_a, diff.rank_b) == (1, 1)
    assert (diff.entry_a.revision, diff.entry_b.revision) == (1, 2)

    out = old.with_entry(replace(old.entry(b), included=False, reason="Ikke modent"))
    why = out.with_entry(replace(out.entry(b), reason="Mangler reguleringsplan"))
    (diff,) = compare(out, why)
    assert diff.sheet_id == b
    assert (diff.entry_a.reason, diff.entry_b.reason) == ("Ikke modent", "Mangler reguleringsplan")
    # A note on an included sheet is printed in the proposal: it is a difference too.
    noted = old.with_entry(replace(old.entry(b), reason="Merknad til rådet"))
    assert [d.sheet_id for d in compare(old, noted)] == [b]
    # Space around a reason is no difference (it is stripped where it is shown).
    spaced = why.with_entry(replace(why.entry(b), reason=" Mangler reguleringsplan "))
    assert compare(why, spaced) == []
    assert compare(old, old) == []


def test_frames_outside_the_profile_years_still_balance():
    # A frame line for a year with no funding stays in the table with nothing used.
    balance = Balance.of(
        [FrameLine(2029, "bompenger", "", D(5))],
        Scenario(uuid.uuid4(), "S", "p", ()),
        {},
    )
    rows = balance_rows(balance, ["bompenger"])
    assert rows[0].left == D(5) and not rows[0].over


def test_funding_lines_for_one_year_and_source_add_up(catalog, trondheim):
    profile = catalog.profile("miljopakken")
    doubled = trondheim.model_copy(
        update={
            "funding": trondheim.funding.model_copy(
                update={
                    "lines": [
                        FundingLine(year=2027, source="bompenger", amount_mnok=D("1.5")),
                        FundingLine(year=2027, source="bompenger", amount_mnok=D("2.25")),
                    ]
                }
            )
        }
    )
    item = build_item(doubled, catalog, profile, today=date(2027, 1, 1))
    assert item.funding.amounts == {(2027, "bompenger"): D("3.75")}
