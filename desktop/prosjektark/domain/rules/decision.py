"""Who decides a phase transition, from the profile's decision routes and the recorded
treatments (004, «Politisk og administrativ behandling av overgang mellom fasene»)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from prosjektark.domain.profile import DecisionRoute, Profile
from prosjektark.domain.rules.base import SEED_004, Context, mnok, rule
from prosjektark.domain.sheet import Sheet, Treatment

NEXT_TRANSITION: dict[str, str | None] = {"PU": "PU-DP", "DP": "DP-UB", "UB": None}
# Transitions a sheet in a phase has already passed.
PASSED: dict[str, tuple[str, ...]] = {"PU": (), "DP": ("PU-DP",), "UB": ("PU-DP", "DP-UB")}
TRANSITION_NAMES = {"PU-DP": "PU → DP", "DP-UB": "DP → UB"}

POLITICAL_REQUIRED = rule(
    "decision.political_required",
    "error",
    "treatments",
    "Overgangen krever politisk behandling etter profilens grenser (< 15, 15–40, > 40 MNOK),"
    " men ingen politisk behandling av overgangen er registrert. Gjelder overganger arket har"
    " passert, og neste overgang når en behandling av den er registrert.",
    "For store prosjekter (over 15 mill) må finansiering av DP behandles politisk. … For store"
    " prosjekter (over 40 mill) må finansiering av utbygging behandles politisk.",
    SEED_004,
)
NO_POLITICAL_PATH = rule(
    "decision.no_political_path",
    "error",
    "treatments",
    "Veien fra PU til UB ville gått uten noen politisk behandling.",
    "Man kan likevel ikke gå hele veien fra prosjektutvikling til utbygging uten politisk"
    " behandling. Det er et minimum at finansiering av enten detaljplanlegging eller"
    " utbygging behandles politisk for alle prosjekt.",
    SEED_004,
)
ROUTE = rule(
    "decision.route",
    "info",
    "treatments",
    "Hvem som skal behandle arkets neste faseovergang, med begrunnelsen fra profilen.",
    "Med politisk behandling menes den politiske behandlingen hos partene, ikke behandlingen i"
    " Miljøpakkens organer (Programråd og Kontaktutvalg).",
    SEED_004,
)


@dataclass(frozen=True)
class DecisionAdvice:
    """Who must decide the sheet's next phase transition, and why."""

    transition: str  # "PU-DP" or "DP-UB"
    body_id: str
    body_name: str
    political: bool
    reason: str  # Norwegian, quoting the route's reason from the profile
    basis_mnok: Decimal | None  # the expected cost the thresholds were applied to
    route_reason: str = ""  # the profile route's `reason`, verbatim
    cost_invalid: bool = False  # the cost must be corrected before anyone can be named


def is_political(treatment: Treatment, profile: Profile) -> bool:
    if treatment.political:
        return True
    body = profile.body(treatment.body)
    return bool(body and body.political)


def political_for(sheet: Sheet, profile: Profile, transition: str) -> bool:
    return any(t.transition == transition and is_political(t, profile) for t in sheet.treatments)


def route_for(
    profile: Profile, transition: str, basis: Decimal, sheet: Sheet
) -> DecisionRoute | None:
    """The first route of `transition` whose size limit admits `basis` and whose
    condition the recorded treatments meet. `below_mnok` is strict, `up_to_mnok` inclusive."""
    previous_political = political_for(sheet, profile, "PU-DP")
    for route in profile.decision_routes:
        if route.transition != transition:
            continue
        if route.below_mnok is not None and not basis < route.below_mnok:
            continue
        if route.up_to_mnok is not None and not basis <= route.up_to_mnok:
            continue
        # Both conditions rest on an earlier political treatment; whether the assumptions
        # deviate from it cannot be read from the sheet and is stated in the advice.
        if route.condition in ("previous_political", "no_deviation") and not previous_political:
            continue
        if route.condition == "previous_not_political" and previous_political:
            continue
        return route
    return None


def _route_political(profile: Profile, route: DecisionRoute) -> bool:
    body = profile.body(route.body)
    return bool(body and body.political)


def _basis(sheet: Sheet) -> Decimal | None:
    from prosjektark.domain.rules.cost import compute_triple

    if sheet.cost.expected_cost_mnok is not None:
        return sheet.cost.expected_cost_mnok
    t = compute_triple(sheet.cost)
    return t.expected_mnok if t else None


def cost_problem(sheet: Sheet, profile: Profile, basis: Decimal | None) -> str | None:
    """Why `basis` cannot decide a route (typed text that is not a valid amount, a negative
    or an implausible cost), or None. A route for such a cost would name a body that the
    thresholds never meant, e.g. Programrådet for a cost of −40,8 MNOK."""
    typed = sheet.invalid_input.get("cost.expected_cost_mnok")
    if typed is not None:
        return f"forventet kostnad «{typed.strip()}» er ikke et gyldig beløp"
    if basis is None:
        return None
    if not basis.is_finite():
        return "forventet kostnad er ikke et endelig tall"
    if basis < 0:
        return f"forventet kostnad er negativ ({mnok(basis)} MNOK)"
    if basis > profile.max_plausible_mnok:
        return (
            f"forventet kostnad ({mnok(basis)} MNOK) er over profilens grense for et troverdig"
            f" prosjekt ({mnok(profile.max_plausible_mnok)} MNOK)"
        )
    return None


def decision_advice(
    sheet: Sheet, profile: Profile, *, basis_mnok: Decimal | None = None
) -> DecisionAdvice | None:
    """The body that must decide the sheet's next transition (PU→DP for PU sheets, DP→UB
    for DP sheets; None for UB sheets), from the profile's routes and the recorded
    treatments. `body_id` is empty when the cost is missing or no route fits."""
    transition = NEXT_TRANSITION.get(sheet.identification.phase)
    basis = basis_mnok if basis_mnok is not None else _basis(sheet)
    if transition is None:
        return None
    name = TRANSITION_NAMES[transition]
    problem = cost_problem(sheet, profile, basis)
    if problem is not None:
        return DecisionAdvice(
            transition,
            "",
            "",
            False,
            f"{name}: {problem}. Rett kostnaden før det kan avgjøres hvem som skal behandle"
            " overgangen.",
            basis,
            cost_invalid=True,
        )
    if basis is None:
        return DecisionAdvice(
            transition,
            "",
            "",
            False,
            f"{name}: forventet kostnad mangler, så det kan ikke avgjøres hvem som skal behandle"
            " overgangen.",
            None,
        )
    route = route_for(profile, transition, basis, sheet)
    if route is None:
        return DecisionAdvice(
            transition,
            "",
            "",
            False,
            f"{name}: {profile.name} har ingen beslutningsregel som passer et prosjekt på"
            f" {mnok(basis)} MNOK.",
            basis,
        )
    body = profile.body(route.body)
    body_name = body.name if body else route.body
    political = _route_political(profile, route)
    kind = "politisk" if political else "administrativ"
    # "Politisk behandling hos partene (politisk behandling)" would say it twice.
    suffix = "" if kind in body_name.casefold() else f" ({kind} behandling)"
    reason = f"{name} for et prosjekt på {mnok(basis)} MNOK: {body_name}{suffix}. «{route.reason}»"
    if route.condition == "no_deviation":
        reason += (
            " Forutsetter at forutsetninger og finansiering ikke avviker fra det som er politisk"
            " behandlet; ellers kreves politisk behandling."
        )
    return DecisionAdvice(transition, route.body, body_name, political, reason, basis, route.reason)


def check(ctx: Context) -> None:
    sheet, profile = ctx.sheet, ctx.profile
    basis = ctx.basis_mnok
    advice = decision_advice(sheet, profile, basis_mnok=basis)
    if advice is not None and (advice.body_id or advice.cost_invalid):
        ctx.add(ROUTE, advice.reason, source=advice.route_reason or ROUTE.source)
    if cost_problem(sheet, profile, basis) is not None:
        return  # the amount rules report the cost; no route or threshold is read from it
    fired = False
    if basis is not None:
        to_check = list(PASSED.get(ctx.phase, ()))
        nxt = advice.transition if advice else None
        if nxt and any(t.transition == nxt for t in sheet.treatments):
            to_check.append(nxt)
        for transition in to_check:
            route = route_for(profile, transition, basis, sheet)
            if route is None or not _route_political(profile, route):
                continue
            if political_for(sheet, profile, transition):
                continue
            fired = True
            if route.condition == "previous_not_political":
                # Political only because nothing before it was: the path rule, quoting
                # the sentence that applies (not a size threshold the project is under).
                ctx.add(
                    NO_POLITICAL_PATH,
                    f"{TRANSITION_NAMES[transition]}: prosjektet kan ikke gå hele veien fra"
                    " prosjektutvikling til utbygging uten politisk behandling, og overgangen"
                    " til detaljplanlegging ble ikke behandlet politisk. Registrer den"
                    f" politiske behandlingen. «{route.reason}»",
                    source=route.reason,
                )
                continue
            ctx.add(
                POLITICAL_REQUIRED,
                f"{TRANSITION_NAMES[transition]} for et prosjekt på {mnok(basis)} MNOK krever"
                f" politisk behandling hos partene, men ingen er registrert. «{route.reason}»",
                source=route.reason,
            )
    if fired or ctx.phase == "PU" or (ctx.phase == "DP" and basis is None):
        return
    recorded = political_for(sheet, profile, "PU-DP") or political_for(sheet, profile, "DP-UB")
    planned = (
        ctx.phase == "DP"
        and basis is not None
        and (r := route_for(profile, "DP-UB", basis, sheet)) is not None
        and _route_political(profile, r)
    )
    if not recorded and not planned:
        ctx.add(
            NO_POLITICAL_PATH,
            "Prosjektet kan ikke gå hele veien fra prosjektutvikling til utbygging uten politisk"
            " behandling: finansieringen av enten detaljplanlegging eller utbygging må behandles"
            " politisk. Registrer den politiske behandlingen.",
        )
