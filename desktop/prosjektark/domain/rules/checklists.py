"""Thematic checklists (land use, traffic safety, …) defined as data in resources/checklists/.

Generic over every form field of type "checklist": codes are prefixed with the
checklist id, fields are "<path>.answers.<question id>".
"""

from __future__ import annotations

from prosjektark.domain.checklist import NOT_RELEVANT, ChecklistDefinition
from prosjektark.domain.rules.base import Context, Rule, rule
from prosjektark.domain.sheet import Checklist
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

_FORM_RULE = (
    "The checklist files say which questions each phase requires and which answers need a"
    " justification; that is the form's rule, whatever the programme."
)


def _rules(prefix: str) -> dict[str, Rule]:
    return {
        "unanswered": rule(
            f"{prefix}.unanswered",
            "error",
            f"{prefix}.answers.<spørsmål>",
            QT_TRANSLATE_NOOP(
                "rules", "Et spørsmål i sjekklisten som er påkrevd i arkets fase, er ikke besvart."
            ),
            _FORM_RULE,
        ),
        "justification_missing": rule(
            f"{prefix}.justification_missing",
            "error",
            f"{prefix}.answers.<spørsmål>",
            QT_TRANSLATE_NOOP(
                "rules",
                "Svaret («Ikke relevant» eller et svar sjekklisten krever begrunnelse for) mangler"
                " skriftlig begrunnelse.",
            ),
            _FORM_RULE,
        ),
        "unknown_answer": rule(
            f"{prefix}.unknown_answer",
            "error",
            f"{prefix}.answers.<spørsmål>",
            QT_TRANSLATE_NOOP("rules", "Svaret er ikke ett av svaralternativene for spørsmålet."),
            _FORM_RULE,
        ),
    }


# The two checklists the issue names are declared up front so the rule table is stable;
# any further checklist in resources/ gets its rules on first use.
RULES: dict[str, dict[str, Rule]] = {p: _rules(p) for p in ("land_use", "traffic_safety")}


def check(ctx: Context) -> None:
    phase = ctx.phase
    for step in ctx.catalog.form.steps:
        for f in step.fields:
            if f.type != "checklist" or not f.shown(phase):
                continue
            definition = ctx.catalog.checklists.get(f.checklist)
            value = getattr(ctx.sheet, f.path, None)
            if definition is None or not isinstance(value, Checklist):
                continue
            _check_one(ctx, f.path, definition, value)


def _check_one(ctx: Context, path: str, definition: ChecklistDefinition, value: Checklist) -> None:
    rules = RULES.get(definition.id) or RULES.setdefault(definition.id, _rules(definition.id))
    answers = value.answers
    for q in definition.questions:
        where = f"{path}.answers.{q.id}"
        ans = answers.get(q.id)
        if ans is None or not ans.answer.strip():
            if ctx.phase in q.required_in:
                ctx.add(
                    rules["unanswered"],
                    translate("checklists", "{checklist}: «{question}» er ikke besvart.").format(
                        checklist=definition.title, question=q.text
                    ),
                    field_path=where,
                )
            continue
        option = definition.option(q, ans.answer)
        if option is None and ans.answer != NOT_RELEVANT:
            ctx.add(
                rules["unknown_answer"],
                translate(
                    "checklists", "{checklist}: «{answer}» er ikke et gyldig svar på «{question}»."
                ).format(checklist=definition.title, answer=ans.answer, question=q.text),
                field_path=where,
            )
            continue
        if definition.needs_justification(q, ans.answer) and not ans.justification.strip():
            label = option.label if option else translate("checklists", "Ikke relevant")
            ctx.add(
                rules["justification_missing"],
                translate(
                    "checklists", "{checklist}: svaret «{answer}» på «{question}» må begrunnes."
                ).format(checklist=definition.title, answer=label, question=q.text),
                field_path=where,
            )
