"""Cost: uncertainty band per estimate kind, estimate kind against phase, Anslagsmetoden,
styringsmål, price year, and triple-estimate cost items."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from prosjektark.domain.costmath import (
    PriceIndexError,
    TripleEstimate,
    TripleEstimateError,
    adjust_to_price_year,
    check_item,
    item_is_complete,
    triple_estimate,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, both, mnok, pct, rule
from prosjektark.domain.sheet import PHASES, Cost, CostItem
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

BAND_ABOVE = rule(
    "cost.band.above",
    "error",
    "cost.std_dev_percent",
    QT_TRANSLATE_NOOP(
        "rules",
        "Standardavviket er over båndet for estimattypen: anslaget er ikke modent nok for fasen.",
    ),
)
BAND_BELOW = rule(
    "cost.band.below",
    "warning",
    "cost.std_dev_percent",
    QT_TRANSLATE_NOOP(
        "rules",
        "Standardavviket er under båndet for estimattypen: mistenkelig presist for fasen, begrunn.",
    ),
)
KIND_PHASE = rule(
    "cost.estimate_kind_phase",
    "error",
    "cost.estimate_kind",
    QT_TRANSLATE_NOOP(
        "rules",
        "Estimattypen hører ikke til arkets fase: feil når fasen er senere enn estimattypen"
        " (for umodent), advarsel når den er tidligere.",
    ),
)
ANSLAG = rule(
    "cost.anslag_required",
    "error",
    "cost.estimate_method",
    QT_TRANSLATE_NOOP(
        "rules",
        "Anslagsmetoden er påkrevd fra DP når forventet kostnad er over profilens terskel"
        " (10 MNOK; nøyaktig 10 er ikke over).",
    ),
)
STYRINGSMAL = rule(
    "cost.styringsmal_recommended",
    "warning",
    "cost.styringsmal_mnok",
    QT_TRANSLATE_NOOP(
        "rules",
        "Styringsmål er anbefalt over profilens terskel (50 MNOK): advarsel i DP og UB, info i PU.",
    ),
)
STYRINGSMAL_REQUIRED = rule(
    "cost.styringsmal_required",
    "error",
    "cost.styringsmal_mnok",
    QT_TRANSLATE_NOOP(
        "rules",
        "Prosjektet har lange eller kompliserte planprosesser, men styringsmål mangler: feil i DP"
        " og UB, info i PU (settes etter at prosjektet er avklart i PU eller tidlig i DP)."
        " Erstatter anbefalingen over 50 MNOK.",
    ),
)
PRICE_YEAR = rule(
    "cost.price_year",
    "error",
    "cost.price_year",
    QT_TRANSLATE_NOOP(
        "rules",
        "Tallene er ikke i programmets prisnivå (kroneår); meldingen viser omregningen når"
        " prisindeksen har begge årene.",
    ),
)
ITEMS_INVALID = rule(
    "cost.items_invalid",
    "error",
    "cost.items[<n>]",
    QT_TRANSLATE_NOOP(
        "rules",
        "En kostnadspost mangler lav, mest sannsynlig eller høy, eller har ikke"
        " lav ≤ mest sannsynlig ≤ høy; beregningen fra postene brukes da ikke.",
    ),
)
ITEMS_MISMATCH = rule(
    "cost.items_mismatch",
    "warning",
    "cost.expected_cost_mnok",
    QT_TRANSLATE_NOOP(
        "rules",
        "Oppgitt forventet kostnad avviker vesentlig (mer enn toleransen, 5 %) fra den som er"
        " beregnet fra kostnadspostene.",
    ),
)


def compute_triple(cost: Cost) -> TripleEstimate | None:
    """The triple estimate of the items, or None when there are none or one is unusable."""
    if not cost.items:
        return None
    try:
        return triple_estimate(cost.items)
    except (TripleEstimateError, ValueError, ArithmeticError, OverflowError):
        return None


def items_tolerance_percent(profile: Profile) -> Decimal | None:
    return profile.cost_items_tolerance_percent


def check(ctx: Context) -> None:
    cost = ctx.sheet.cost
    _check_items(ctx, cost)
    _check_band(ctx, cost)
    _check_kind_phase(ctx, cost)
    required = _check_styringsmal_required(ctx, cost)
    _check_thresholds(ctx, cost, styringsmal_required=required)
    _check_price_year(ctx, cost)


def _check_items(ctx: Context, cost: Cost) -> None:
    for i, item in enumerate(cost.items):
        try:
            check_item(i, item)
        except TripleEstimateError:
            ctx.add(ITEMS_INVALID, item_problem(i, item), field_path=f"cost.items[{i}]")
    t = ctx.triple
    if t is None or cost.expected_cost_mnok is None or t.expected_mnok <= 0:
        return
    deviation = abs(cost.expected_cost_mnok - t.expected_mnok) / t.expected_mnok * 100
    tolerance = items_tolerance_percent(ctx.profile)
    if tolerance is not None and deviation > tolerance:
        ctx.add(
            ITEMS_MISMATCH,
            translate(
                "cost",
                "Oppgitt forventet kostnad ({stated} MNOK) avviker {deviation} fra den beregnede"
                " fra kostnadspostene ({computed} MNOK).",
            ).format(
                stated=mnok(cost.expected_cost_mnok),
                deviation=pct(deviation),
                computed=mnok(t.expected_mnok),
            ),
        )


def item_problem(index: int, item: CostItem) -> str:
    """Why costmath.check_item refuses `item`, in the current language."""
    name = item.name or translate("cost", "post {number}").format(number=index + 1)
    if not item_is_complete(item):
        return translate(
            "cost", "Kostnadsposten «{item}» mangler lav, mest sannsynlig eller høy verdi."
        ).format(item=name)
    return translate(
        "cost",
        "Kostnadsposten «{item}»: lav ({low}) ≤ mest sannsynlig ({most_likely}) ≤ høy ({high})"
        " må gjelde.",
    ).format(
        item=name, low=mnok(item.low), most_likely=mnok(item.most_likely), high=mnok(item.high)
    )


def _check_band(ctx: Context, cost: Cost) -> None:
    if cost.estimate_kind is None:
        return
    band = ctx.profile.band(cost.estimate_kind)
    if band is None:
        return
    t = ctx.triple
    if t is not None and t.expected_mnok > 0:
        sd, computed = t.std_dev_percent, True
    elif cost.std_dev_percent is not None:
        sd, computed = cost.std_dev_percent, False
    else:
        return
    source = band.source or None
    values = {
        "std_dev": pct(sd),
        "kind": band.name.lower(),
        "span": f"{pct(band.low_percent, unit=False)}–{pct(band.high_percent)}",
    }
    if sd > band.high_percent:
        if computed:
            message = translate(
                "cost",
                "Standardavviket {std_dev} (beregnet fra kostnadspostene) er over båndet for"
                " {kind} ({span}): anslaget er ikke modent nok for fasen.",
            )
        else:
            message = translate(
                "cost",
                "Standardavviket {std_dev} er over båndet for {kind} ({span}): anslaget er ikke"
                " modent nok for fasen.",
            )
        ctx.add(BAND_ABOVE, message.format(**values), source=source)
    elif sd < band.low_percent:
        if computed:
            message = translate(
                "cost",
                "Standardavviket {std_dev} (beregnet fra kostnadspostene) er under båndet for"
                " {kind} ({span}): uvanlig presist for estimattypen. Begrunn eller kvitter ut.",
            )
        else:
            message = translate(
                "cost",
                "Standardavviket {std_dev} er under båndet for {kind} ({span}): uvanlig presist"
                " for estimattypen. Begrunn eller kvitter ut.",
            )
        ctx.add(BAND_BELOW, message.format(**values), source=source)


def _check_kind_phase(ctx: Context, cost: Cost) -> None:
    if cost.estimate_kind is None:
        return
    band = ctx.profile.band(cost.estimate_kind)
    if band is None or not band.phases or ctx.phase in band.phases:
        return
    order = PHASES.index(ctx.phase)  # type: ignore[arg-type]
    later = all(order > PHASES.index(p) for p in band.phases)
    fits = ", ".join(band.phases)
    if later:
        ctx.add(
            KIND_PHASE,
            translate(
                "cost", "{kind} hører til fasen {phases}; i fasen {phase} trengs et modnere anslag."
            ).format(kind=band.name, phases=fits, phase=ctx.phase),
            source=band.source or None,
        )
    else:
        ctx.add(
            KIND_PHASE,
            translate(
                "cost", "{kind} hører til fasen {phases}, ikke {phase}. Sjekk estimattypen."
            ).format(kind=band.name, phases=fits, phase=ctx.phase),
            severity="warning",
            source=band.source or None,
        )


def _check_styringsmal_required(ctx: Context, cost: Cost) -> bool:
    """«I prosjekt med lange eller kompliserte planprosesser skal det settes et styringsmål»,
    «etter at prosjektet er avklart i PU-fasen, eller innledningsvis i
    detaljplanleggingsfasen»: due from DP on, so an error in DP and UB; in PU the time has
    not come yet, so info. True when the rule applies to the sheet (whether or not it
    reported anything), so the weaker recommendation over 50 MNOK is not given besides."""
    if not cost.complex_planning or ctx.profile.rule_source(STYRINGSMAL_REQUIRED.code) is None:
        return False
    if cost.styringsmal_mnok is not None:
        return True
    if "cost.styringsmal_mnok" in ctx.sheet.invalid_input:
        return True  # typed text that is not an amount: the input rule reports it
    if ctx.phase == "PU":
        ctx.add(
            STYRINGSMAL_REQUIRED,
            translate(
                "cost",
                "Prosjektet har lange eller kompliserte planprosesser: det skal settes et"
                " styringsmål etter at prosjektet er avklart i PU-fasen, eller tidlig i"
                " detaljplanleggingen.",
            ),
            severity="info",
        )
    else:
        ctx.add(
            STYRINGSMAL_REQUIRED,
            translate(
                "cost",
                "Prosjektet har lange eller kompliserte planprosesser, og da skal det settes et"
                " styringsmål, men det mangler. Styringsmålet settes etter at prosjektet er"
                " avklart i PU-fasen, eller tidlig i detaljplanleggingen.",
            ),
        )
    return True


def _check_thresholds(ctx: Context, cost: Cost, *, styringsmal_required: bool = False) -> None:
    basis = ctx.basis_mnok
    if basis is None:
        return
    p = ctx.profile
    from_dp = ctx.phase != "PU"
    anslag = p.anslag_threshold_mnok
    if (
        from_dp
        and anslag is not None
        and basis > anslag
        and cost.estimate_method != "anslagsmetoden"
    ):
        ctx.add(
            ANSLAG,
            translate(
                "cost",
                "Forventet kostnad er {cost} MNOK, over {threshold} MNOK: kostnadsanslaget skal"
                " gjøres etter Anslagsmetoden.",
            ).format(cost=mnok(basis), threshold=mnok(p.anslag_threshold_mnok)),
        )
    styringsmal = p.styringsmal_threshold_mnok
    if (
        not styringsmal_required
        and styringsmal is not None
        and basis > styringsmal
        and cost.styringsmal_mnok is None
    ):
        if from_dp:
            message = translate(
                "cost",
                "Forventet kostnad er {cost} MNOK, over {threshold} MNOK: det er anbefalt å sette"
                " et styringsmål.",
            )
        else:
            message = translate(
                "cost",
                "Forventet kostnad er {cost} MNOK, over {threshold} MNOK: det er anbefalt å sette"
                " et styringsmål etter prosjektutviklingen eller tidlig i detaljplanleggingen.",
            )
        ctx.add(
            STYRINGSMAL,
            message.format(cost=mnok(basis), threshold=mnok(p.styringsmal_threshold_mnok)),
            severity="warning" if from_dp else "info",
        )


def _check_price_year(ctx: Context, cost: Cost) -> None:
    year, target = cost.price_year, ctx.profile.price_year
    if year is None or target is None or year == target:
        return
    message = translate(
        "cost", "Tallene er i {year}-kroner; programmet bruker {target}-kroner."
    ).format(year=year, target=target)
    if cost.expected_cost_mnok is not None:
        index = ctx.profile.price_index
        try:
            adjusted = adjust_to_price_year(cost.expected_cost_mnok, year, target, index)
            message += " " + translate(
                "cost",
                "Indeksjustert blir forventet kostnad {adjusted} MNOK ({cost} × indeks {target}"
                " / indeks {year}).",
            ).format(
                adjusted=mnok(adjusted),
                cost=mnok(cost.expected_cost_mnok),
                target=target,
                year=year,
            )
        except PriceIndexError:
            message += " " + index_problem(year, target, index)
        except ArithmeticError as exc:
            message += f" {exc}"
    ctx.add(PRICE_YEAR, message)


def index_problem(year: int, target: int, index: Mapping[int, Decimal]) -> str:
    """Why costmath.adjust_to_price_year cannot convert, in the current language."""
    missing = [str(y) for y in (year, target) if y not in index]
    if not missing:
        return translate("cost", "Prisindeksen for {year} må være større enn null.").format(
            year=year
        )
    values = {"years": both(missing), "source": year, "target": target}
    if not index:
        return translate(
            "cost",
            "Prisindeksen mangler {years}; kan ikke regne om fra {source}- til {target}-kroner."
            " Kjente år: ingen. Legg inn indeksen i avtaleprofilen.",
        ).format(**values)
    return translate(
        "cost",
        "Prisindeksen mangler {years}; kan ikke regne om fra {source}- til {target}-kroner."
        " Kjente år: {known}. Legg inn indeksen i avtaleprofilen.",
    ).format(known=", ".join(str(y) for y in sorted(index)), **values)
