"""Who decides a phase transition, from the profile's decision routes and the recorded
treatments (004, «Politisk og administrativ behandling av overgang mellom fasene»).

A sheet marked as of great political interest (`identification.political_interest`) has
every transition treated politically whatever its size, where the profile states that rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from prosjektark.domain.profile import DecisionRoute, Profile
from prosjektark.domain.rules.base import Context, both, mnok, rule
from prosjektark.domain.sheet import Sheet, Treatment
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

POLITICAL_REQUIRED = rule(
    "decision.political_required",
    "error",
    "treatments",
    QT_TRANSLATE_NOOP(
        "rules",
        "Overgangen krever politisk behandling etter profilens grenser (< 15, 15–40, > 40 MNOK),"
        " men ingen politisk behandling av overgangen er registrert. Gjelder overganger arket har"
        " passert, og neste overgang når en behandling av den er registrert.",
    ),
)
NO_POLITICAL_PATH = rule(
    "decision.no_political_path",
    "error",
    "treatments",
    QT_TRANSLATE_NOOP(
        "rules",
        "Veien fra PU til UB ville gått uten noen politisk behandling.",
    ),
)
POLITICAL_INTEREST = rule(
    "decision.political_interest",
    "error",
    "treatments",
    QT_TRANSLATE_NOOP(
        "rules",
        "Prosjektet er merket som av stor politisk interesse: overgangen skal behandles politisk"
        " uansett kostnad, men ingen politisk behandling av den er registrert. Gjelder de samme"
        " overgangene som decision.political_required; krever størrelsen alene politisk"
        " behandling, meldes det som decision.political_required.",
    ),
)
ROUTE = rule(
    "decision.route",
    "info",
    "treatments",
    QT_TRANSLATE_NOOP(
        "rules",
        "Hvem som skal behandle arkets neste faseovergang, med begrunnelsen fra profilen.",
    ),
)


@dataclass(frozen=True)
class DecisionAdvice:
    """Who must decide the sheet's next phase transition, and why."""

    transition: str  # a transition id of the profile, e.g. "PU-DP"
    body_id: str
    body_name: str
    political: bool
    reason: str  # in the language of the moment, quoting the route's reason from the profile
    basis_mnok: Decimal | None  # the expected cost the thresholds were applied to, if any
    route_reason: str = ""  # the sentence of the profile the advice rests on, verbatim
    transition_name: str = ""  # the profile's name of the transition ("PU → DP")
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
    previous_political = _previous_political(sheet, profile, transition)
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


def _previous_political(sheet: Sheet, profile: Profile, transition: str) -> bool:
    """Whether the transition before `transition` (into its from-phase) was treated
    politically: what the conditions of a route ask."""
    current = profile.transition(transition)
    before = next(
        (t for t in profile.transitions if current and t.to_phase == current.from_phase), None
    )
    return before is not None and political_for(sheet, profile, before.id)


def _route_political(profile: Profile, route: DecisionRoute) -> bool:
    body = profile.body(route.body)
    return bool(body and body.political)


def _political_by_size(profile: Profile, route: DecisionRoute | None) -> bool:
    """Whether the size rules alone make the transition political. A route that is political
    only because nothing before it was (the minimum of 004) is not: a project of political
    interest has the stronger reason to be treated politically."""
    return (
        route is not None
        and _route_political(profile, route)
        and route.condition != "previous_not_political"
    )


def of_political_interest(sheet: Sheet, profile: Profile) -> bool:
    """Whether the sheet is marked as of great political interest and its programme states
    what follows from that (a programme rule runs only where the profile quotes it)."""
    return (
        sheet.identification.political_interest
        and profile.rule_source(POLITICAL_INTEREST.code) is not None
    )


def _political_body(profile: Profile, transition: str) -> str | None:
    """The political body that decides `transition` when the size does not matter: the one
    the transition's own routes name, else the profile's first political body."""
    for route in profile.decision_routes:
        if route.transition == transition and _route_political(profile, route):
            return route.body
    return next((b.id for b in profile.decision_bodies if b.political), None)


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
        return translate("decision", "forventet kostnad «{typed}» er ikke et gyldig beløp").format(
            typed=typed.strip()
        )
    if basis is None:
        return None
    if not basis.is_finite():
        return translate("decision", "forventet kostnad er ikke et endelig tall")
    if basis < 0:
        return translate("decision", "forventet kostnad er negativ ({cost} MNOK)").format(
            cost=mnok(basis)
        )
    if profile.max_plausible_mnok is not None and basis > profile.max_plausible_mnok:
        return translate(
            "decision",
            "forventet kostnad ({cost} MNOK) er over profilens grense for et troverdig"
            " prosjekt ({limit} MNOK)",
        ).format(cost=mnok(basis), limit=mnok(profile.max_plausible_mnok))
    return None


def decision_advice(
    sheet: Sheet, profile: Profile, *, basis_mnok: Decimal | None = None
) -> DecisionAdvice | None:
    """The body that must decide the sheet's next transition (PU→DP for PU sheets, DP→UB
    for DP sheets; None for UB sheets), from the profile's routes and the recorded
    treatments. `body_id` is empty when the cost is missing or no route fits. A sheet of
    great political interest is decided politically whatever its cost (even a missing or
    invalid one), quoting that sentence, unless the size rule already says political."""
    following = profile.transition_from(sheet.identification.phase)
    basis = basis_mnok if basis_mnok is not None else _basis(sheet)
    if following is None:
        return None
    transition, name = following.id, following.name
    problem = cost_problem(sheet, profile, basis)
    usable = basis is not None and problem is None
    if of_political_interest(sheet, profile) and not (
        usable and _political_by_size(profile, route_for(profile, transition, basis, sheet))
    ):
        interest = _interest_advice(profile, transition, name)
        if interest is not None:
            return interest
    if problem is not None:
        return DecisionAdvice(
            transition,
            "",
            "",
            False,
            translate(
                "decision",
                "{transition}: {problem}. Rett kostnaden før det kan avgjøres hvem som skal"
                " behandle overgangen.",
            ).format(transition=name, problem=problem),
            basis,
            cost_invalid=True,
            transition_name=name,
        )
    if basis is None:
        return DecisionAdvice(
            transition,
            "",
            "",
            False,
            translate(
                "decision",
                "{transition}: forventet kostnad mangler, så det kan ikke avgjøres hvem som skal"
                " behandle overgangen.",
            ).format(transition=name),
            None,
            transition_name=name,
        )
    route = route_for(profile, transition, basis, sheet)
    if route is None:
        return DecisionAdvice(
            transition,
            "",
            "",
            False,
            translate(
                "decision",
                "{transition}: {programme} har ingen beslutningsregel som passer et prosjekt på"
                " {cost} MNOK.",
            ).format(transition=name, programme=profile.name, cost=mnok(basis)),
            basis,
            transition_name=name,
        )
    body = profile.body(route.body)
    body_name = body.name if body else route.body
    political = _route_political(profile, route)
    # "Politisk behandling hos partene (politisk behandling)" would say it twice.
    if political and says_how_treated(body_name, political=True):
        reason = translate(
            "decision", "{transition} for et prosjekt på {cost} MNOK: {body}. «{reason}»"
        )
    elif political:
        reason = translate(
            "decision",
            "{transition} for et prosjekt på {cost} MNOK: {body} (politisk behandling). «{reason}»",
        )
    elif says_how_treated(body_name, political=False):
        reason = translate(
            "decision", "{transition} for et prosjekt på {cost} MNOK: {body}. «{reason}»"
        )
    else:
        reason = translate(
            "decision",
            "{transition} for et prosjekt på {cost} MNOK: {body} (administrativ behandling)."
            " «{reason}»",
        )
    reason = reason.format(transition=name, cost=mnok(basis), body=body_name, reason=route.reason)
    if route.condition == "no_deviation":
        reason += " " + translate(
            "decision",
            "Forutsetter at forutsetninger og finansiering ikke avviker fra det som er politisk"
            " behandlet; ellers kreves politisk behandling.",
        )
    return DecisionAdvice(
        transition,
        route.body,
        body_name,
        political,
        reason,
        basis,
        route_reason=route.reason,
        transition_name=name,
    )


def _interest_advice(profile: Profile, transition: str, name: str) -> DecisionAdvice | None:
    """Political treatment whatever the size, for a sheet of great political interest."""
    body_id = _political_body(profile, transition)
    quote = profile.rule_source(POLITICAL_INTEREST.code)
    if body_id is None or quote is None:
        return None
    body = profile.body(body_id)
    body_name = body.name if body else body_id
    # The why comes after the quote: the editor and the PDF show that part as a note.
    if says_how_treated(body_name, political=True):
        reason = translate(
            "decision",
            "{transition}: {body}. «{quote}» Prosjektet er merket som et prosjekt der løsningen"
            " er av stor politisk interesse, så overgangen skal behandles politisk uansett"
            " kostnad.",
        )
    else:
        reason = translate(
            "decision",
            "{transition}: {body} (politisk behandling). «{quote}» Prosjektet er merket som et"
            " prosjekt der løsningen er av stor politisk interesse, så overgangen skal behandles"
            " politisk uansett kostnad.",
        )
    reason = reason.format(transition=name, body=body_name, quote=quote.text)
    return DecisionAdvice(
        transition,
        body_id,
        body_name,
        True,
        reason,
        None,  # no threshold was applied: the size does not matter
        route_reason=quote.text,
        transition_name=name,
    )


def _registered(sheet: Sheet, profile: Profile, transition: str) -> str:
    """The bodies a transition is registered as treated by, for a message."""
    names = []
    for t in sheet.treatments:
        if t.transition != transition or not t.body:
            continue
        body = profile.body(t.body)
        name = body.name if body else t.body
        if name not in names:
            names.append(name)
    return both(names)


# The word that, in a body's name, already says how it treats a case: "Politisk behandling
# hos partene" needs no "(politisk behandling)" after it. In every language, since the
# name comes from the profile in the language it was read in.
POLITICAL = QT_TRANSLATE_NOOP("decision", "politisk")
ADMINISTRATIVE = QT_TRANSLATE_NOOP("decision", "administrativ")


def says_how_treated(body_name: str, *, political: bool) -> bool:
    """Whether the body's name already says it treats a case politically (administratively),
    so that "(politisk behandling)" after it would say it twice; in bokmål or in the current
    language."""
    word = POLITICAL if political else ADMINISTRATIVE
    name = body_name.casefold()
    return word in name or translate("decision", word).casefold() in name


def check(ctx: Context) -> None:
    sheet, profile = ctx.sheet, ctx.profile
    basis = ctx.basis_mnok
    advice = decision_advice(sheet, profile, basis_mnok=basis)
    if advice is not None and (advice.body_id or advice.cost_invalid):
        ctx.add(ROUTE, advice.reason, source=advice.route_reason or None)
    problem = cost_problem(sheet, profile, basis) is not None
    usable = basis is not None and not problem
    interest = (
        profile.rule_source(POLITICAL_INTEREST.code)
        if of_political_interest(sheet, profile)
        else None
    )
    fired = False
    to_check = [t.id for t in profile.transitions_passed(ctx.phase)]
    nxt = advice.transition if advice else None
    if nxt and any(t.transition == nxt for t in sheet.treatments):
        to_check.append(nxt)
    # One finding per transition, with the most specific reason: the size rule when the
    # cost alone makes it political, else the project's political interest, else the minimum.
    for transition in to_check:
        if political_for(sheet, profile, transition):
            continue
        # No route or threshold is read from a cost the amount rules report as wrong.
        route = route_for(profile, transition, basis, sheet) if usable else None
        name = profile.transition_name(transition)
        if route is not None and _political_by_size(profile, route):
            fired = True
            ctx.add(
                POLITICAL_REQUIRED,
                translate(
                    "decision",
                    "{transition} for et prosjekt på {cost} MNOK krever politisk behandling hos"
                    " partene, men ingen er registrert. «{reason}»",
                ).format(transition=name, cost=mnok(basis), reason=route.reason),
                source=route.reason,
            )
            continue
        if interest is not None:
            fired = True
            registered = _registered(sheet, profile, transition)
            if registered:
                message = translate(
                    "decision",
                    "{transition}: prosjektet er merket som et prosjekt der løsningen er av stor"
                    " politisk interesse, og da skal overgangen behandles politisk uansett"
                    " kostnad. Registrert er bare behandling i {registered}, som ikke er"
                    " politisk. Registrer den politiske behandlingen. «{quote}»",
                )
            else:
                message = translate(
                    "decision",
                    "{transition}: prosjektet er merket som et prosjekt der løsningen er av stor"
                    " politisk interesse, og da skal overgangen behandles politisk uansett"
                    " kostnad. Ingen politisk behandling av den er registrert. Registrer den"
                    " politiske behandlingen. «{quote}»",
                )
            ctx.add(
                POLITICAL_INTEREST,
                message.format(transition=name, registered=registered, quote=interest.text),
            )
            continue
        if route is not None and _route_political(profile, route):
            # Political only because nothing before it was: the path rule, quoting
            # the sentence that applies (not a size threshold the project is under).
            fired = True
            ctx.add(
                NO_POLITICAL_PATH,
                translate(
                    "decision",
                    "{transition}: prosjektet kan ikke gå hele veien fra prosjektutvikling til"
                    " utbygging uten politisk behandling, og overgangen til detaljplanlegging"
                    " ble ikke behandlet politisk. Registrer den politiske behandlingen."
                    " «{reason}»",
                ).format(transition=name, reason=route.reason),
                source=route.reason,
            )
    if problem:
        return  # the amount rules report the cost; no route or threshold is read from it
    passed = profile.transitions_passed(ctx.phase)
    following = profile.transition_from(ctx.phase)
    if fired or not passed or (following is not None and basis is None):
        return
    recorded = any(political_for(sheet, profile, t.id) for t in passed)
    planned = (
        following is not None
        and basis is not None
        and (r := route_for(profile, following.id, basis, sheet)) is not None
        and _route_political(profile, r)
    )
    if not recorded and not planned:
        ctx.add(
            NO_POLITICAL_PATH,
            translate(
                "decision",
                "Prosjektet kan ikke gå hele veien fra prosjektutvikling til utbygging uten"
                " politisk behandling: finansieringen av enten detaljplanlegging eller utbygging"
                " må behandles politisk. Registrer den politiske behandlingen.",
            ),
        )
