"""Completeness by phase: every field the form definition requires for the sheet's phase.

Field types with their own theme rules (checklists, goal scores, funding lines, the
summary) are left to those rules so a gap is reported once.
"""

from __future__ import annotations

from prosjektark.domain.form import get_path, is_filled
from prosjektark.domain.rules.base import SEED_000, SEED_004, Context, Rule, rule

DELEGATED_TYPES = frozenset({"checklist", "goal_scores", "funding_grid", "summary"})

REQUIRED = rule(
    "required.<felt>",
    "error",
    "(feltets sti)",
    "Feltet er påkrevd i arkets fase, etter skjemadefinisjonen (required_in). Koden bruker "
    "siste del av stien, f.eks. required.title.",
    "AKG og AU opplever at prosjektarkene kan være mangelfullt utfylt.",
    SEED_000,
)

# The PU documentation items of 004, keyed by the sheet path that holds each of them.
PU_ITEMS: dict[str, tuple[str, str]] = {
    "description.purpose": ("purpose", "beskrive formålet med tiltaket"),
    "description.alternatives": ("alternatives", "vurdere alternative løsninger og ambisjoner"),
    "description.recommended_concept": (
        "recommended_concept",
        "anbefale valg av konsept og utarbeide tegninger/skisser til løsning",
    ),
    "description.benefit": (
        "benefit",
        "vurdere nytten av tiltaket og tiltakets bidrag til måloppfyllelse",
    ),
    "description.stakeholders": (
        "stakeholders",
        "interessentanalyse - avdekke behov for avklaringer mot myndigheter og for samråd"
        " med berørte parter",
    ),
    "description.zoning_needs": (
        "zoning_needs",
        "avklare behov for endringer i regulering eller utvidet behov for areal med"
        " tilhørende regulering og erverv",
    ),
    "description.technical_feasibility": (
        "technical_feasibility",
        "utsjekk av tekniske forhold for å avklare om tiltaket er gjennomførbart",
    ),
    "cost.expected_cost_mnok": (
        "cost_estimate",
        "kostnadsanslag for prosjektet - fra detaljplanlegging til ferdig utbygd prosjekt",
    ),
}

PU_RULES: dict[str, Rule] = {
    path: rule(
        f"pu.{item}",
        "error",
        path,
        "Dokumentasjonspunkt fra prosjektutviklingen mangler i et PU-ark.",
        f"I denne fasen skal prosjektet: … {quote}",
        SEED_004,
    )
    for path, (item, quote) in PU_ITEMS.items()
}


def check(ctx: Context) -> None:
    phase = ctx.phase
    sheet = ctx.sheet
    for step in ctx.catalog.form.steps:
        for f in step.fields:
            if f.type in DELEGATED_TYPES or not f.required(phase):
                continue
            if is_filled(get_path(sheet, f.path)):
                continue
            if f.path == "cost.expected_cost_mnok" and ctx.triple is not None:
                continue  # computed from the cost items
            pu_rule = PU_RULES.get(f.path) if phase == "PU" else None
            if pu_rule is not None:
                ctx.add(
                    pu_rule,
                    f"«{f.label}» mangler. Prosjektutviklingen skal dokumentere dette.",
                    source=pu_rule.source,
                )
            else:
                ctx.add(
                    REQUIRED,
                    f"«{f.label}» må fylles ut i fasen {phase}.",
                    code=f"required.{f.key}",
                    field_path=f.path,
                    source=f"{f.help} ({f.source})" if f.source else REQUIRED.source,
                )
