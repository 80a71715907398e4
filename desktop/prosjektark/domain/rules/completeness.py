"""Completeness by phase: every field the form definition requires for the sheet's phase.

Field types with their own theme rules (checklists, goal scores, funding lines, the
summary) are left to those rules so a gap is reported once.
"""

from __future__ import annotations

from prosjektark.domain.form import get_path, is_filled
from prosjektark.domain.rules.base import Context, Rule, rule
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

DELEGATED_TYPES = frozenset({"checklist", "goal_scores", "funding_grid", "summary"})

REQUIRED = rule(
    "required.<felt>",
    "error",
    "(feltets sti)",
    QT_TRANSLATE_NOOP(
        "rules",
        "Feltet er påkrevd i arkets fase, etter skjemadefinisjonen (required_in). Koden bruker "
        "siste del av stien, f.eks. required.title.",
    ),
    "The form says which fields each phase requires (required_in); that is the form's rule,"
    " whatever the programme.",
)

# The documentation items of the project development phase (PU), keyed by the sheet path
# that holds each of them; the programme's wording of each is its profile's source of
# pu.<item>.
PU_ITEMS: dict[str, str] = {
    "description.purpose": "purpose",
    "description.alternatives": "alternatives",
    "description.recommended_concept": "recommended_concept",
    "description.benefit": "benefit",
    "description.stakeholders": "stakeholders",
    "description.zoning_needs": "zoning_needs",
    "description.technical_feasibility": "technical_feasibility",
    "cost.expected_cost_mnok": "cost_estimate",
}

PU_RULES: dict[str, Rule] = {
    path: rule(
        f"pu.{item}",
        "error",
        path,
        QT_TRANSLATE_NOOP(
            "rules", "Dokumentasjonspunkt fra prosjektutviklingen mangler i et PU-ark."
        ),
    )
    for path, item in PU_ITEMS.items()
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
                    translate(
                        "completeness",
                        "«{field}» mangler. Prosjektutviklingen skal dokumentere dette.",
                    ).format(field=f.label),
                )
            else:
                ctx.add(
                    REQUIRED,
                    translate("completeness", "«{field}» må fylles ut i fasen {phase}.").format(
                        field=f.label, phase=phase
                    ),
                    code=f"required.{f.key}",
                    field_path=f.path,
                )
