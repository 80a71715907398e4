"""Cost: uncertainty band per estimate kind, estimate kind against phase, Anslagsmetoden,
styringsmål, price year, and triple-estimate cost items."""

from __future__ import annotations

from decimal import Decimal

from prosjektark.domain.costmath import (
    PriceIndexError,
    TripleEstimate,
    TripleEstimateError,
    adjust_to_price_year,
    check_item,
    triple_estimate,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, mnok, pct, rule
from prosjektark.domain.sheet import PHASES, Cost

BAND_ABOVE = rule(
    "cost.band.above",
    "error",
    "cost.std_dev_percent",
    "Standardavviket er over båndet for estimattypen: anslaget er ikke modent nok for fasen.",
)
BAND_BELOW = rule(
    "cost.band.below",
    "warning",
    "cost.std_dev_percent",
    "Standardavviket er under båndet for estimattypen: mistenkelig presist for fasen, begrunn.",
)
KIND_PHASE = rule(
    "cost.estimate_kind_phase",
    "error",
    "cost.estimate_kind",
    "Estimattypen hører ikke til arkets fase: feil når fasen er senere enn estimattypen"
    " (for umodent), advarsel når den er tidligere.",
)
ANSLAG = rule(
    "cost.anslag_required",
    "error",
    "cost.estimate_method",
    "Anslagsmetoden er påkrevd fra DP når forventet kostnad er over profilens terskel"
    " (10 MNOK; nøyaktig 10 er ikke over).",
)
STYRINGSMAL = rule(
    "cost.styringsmal_recommended",
    "warning",
    "cost.styringsmal_mnok",
    "Styringsmål er anbefalt over profilens terskel (50 MNOK): advarsel i DP og UB, info i PU.",
)
STYRINGSMAL_REQUIRED = rule(
    "cost.styringsmal_required",
    "error",
    "cost.styringsmal_mnok",
    "Prosjektet har lange eller kompliserte planprosesser, men styringsmål mangler: feil i DP"
    " og UB, info i PU (settes etter at prosjektet er avklart i PU eller tidlig i DP)."
    " Erstatter anbefalingen over 50 MNOK.",
)
PRICE_YEAR = rule(
    "cost.price_year",
    "error",
    "cost.price_year",
    "Tallene er ikke i programmets prisnivå (kroneår); meldingen viser omregningen når"
    " prisindeksen har begge årene.",
)
ITEMS_INVALID = rule(
    "cost.items_invalid",
    "error",
    "cost.items[<n>]",
    "En kostnadspost mangler lav, mest sannsynlig eller høy, eller har ikke"
    " lav ≤ mest sannsynlig ≤ høy; beregningen fra postene brukes da ikke.",
)
ITEMS_MISMATCH = rule(
    "cost.items_mismatch",
    "warning",
    "cost.expected_cost_mnok",
    "Oppgitt forventet kostnad avviker vesentlig (mer enn toleransen, 5 %) fra den som er"
    " beregnet fra kostnadspostene.",
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
        except TripleEstimateError as exc:
            ctx.add(ITEMS_INVALID, str(exc), field_path=f"cost.items[{i}]")
    t = ctx.triple
    if t is None or cost.expected_cost_mnok is None or t.expected_mnok <= 0:
        return
    deviation = abs(cost.expected_cost_mnok - t.expected_mnok) / t.expected_mnok * 100
    tolerance = items_tolerance_percent(ctx.profile)
    if tolerance is not None and deviation > tolerance:
        ctx.add(
            ITEMS_MISMATCH,
            f"Oppgitt forventet kostnad ({mnok(cost.expected_cost_mnok)} MNOK) avviker"
            f" {pct(deviation)} fra den beregnede fra kostnadspostene"
            f" ({mnok(t.expected_mnok)} MNOK).",
        )


def _check_band(ctx: Context, cost: Cost) -> None:
    if cost.estimate_kind is None:
        return
    band = ctx.profile.band(cost.estimate_kind)
    if band is None:
        return
    t = ctx.triple
    if t is not None and t.expected_mnok > 0:
        sd, how = t.std_dev_percent, " (beregnet fra kostnadspostene)"
    elif cost.std_dev_percent is not None:
        sd, how = cost.std_dev_percent, ""
    else:
        return
    source = band.source or None
    span = f"{pct(band.low_percent)[:-2]}–{pct(band.high_percent)}"
    if sd > band.high_percent:
        ctx.add(
            BAND_ABOVE,
            f"Standardavviket {pct(sd)}{how} er over båndet for {band.name.lower()} ({span}):"
            " anslaget er ikke modent nok for fasen.",
            source=source,
        )
    elif sd < band.low_percent:
        ctx.add(
            BAND_BELOW,
            f"Standardavviket {pct(sd)}{how} er under båndet for {band.name.lower()} ({span}):"
            " uvanlig presist for estimattypen. Begrunn eller kvitter ut.",
            source=source,
        )


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
            f"{band.name} hører til fasen {fits}; i fasen {ctx.phase} trengs et modnere anslag.",
            source=band.source or None,
        )
    else:
        ctx.add(
            KIND_PHASE,
            f"{band.name} hører til fasen {fits}, ikke {ctx.phase}. Sjekk estimattypen.",
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
            "Prosjektet har lange eller kompliserte planprosesser: det skal settes et"
            " styringsmål etter at prosjektet er avklart i PU-fasen, eller tidlig i"
            " detaljplanleggingen.",
            severity="info",
        )
    else:
        ctx.add(
            STYRINGSMAL_REQUIRED,
            "Prosjektet har lange eller kompliserte planprosesser, og da skal det settes et"
            " styringsmål, men det mangler. Styringsmålet settes etter at prosjektet er avklart"
            " i PU-fasen, eller tidlig i detaljplanleggingen.",
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
            f"Forventet kostnad er {mnok(basis)} MNOK, over {mnok(p.anslag_threshold_mnok)} MNOK:"
            " kostnadsanslaget skal gjøres etter Anslagsmetoden.",
        )
    styringsmal = p.styringsmal_threshold_mnok
    if (
        not styringsmal_required
        and styringsmal is not None
        and basis > styringsmal
        and cost.styringsmal_mnok is None
    ):
        ctx.add(
            STYRINGSMAL,
            f"Forventet kostnad er {mnok(basis)} MNOK, over"
            f" {mnok(p.styringsmal_threshold_mnok)} MNOK: det er anbefalt å sette et styringsmål"
            + (
                "." if from_dp else " etter prosjektutviklingen eller tidlig i detaljplanleggingen."
            ),
            severity="warning" if from_dp else "info",
        )


def _check_price_year(ctx: Context, cost: Cost) -> None:
    year, target = cost.price_year, ctx.profile.price_year
    if year is None or target is None or year == target:
        return
    message = f"Tallene er i {year}-kroner; programmet bruker {target}-kroner."
    if cost.expected_cost_mnok is not None:
        try:
            adjusted = adjust_to_price_year(
                cost.expected_cost_mnok, year, target, ctx.profile.price_index
            )
            message += (
                f" Indeksjustert blir forventet kostnad {mnok(adjusted)} MNOK"
                f" ({mnok(cost.expected_cost_mnok)} × indeks {target} / indeks {year})."
            )
        except (PriceIndexError, ArithmeticError) as exc:
            message += f" {exc}"
    ctx.add(PRICE_YEAR, message)
