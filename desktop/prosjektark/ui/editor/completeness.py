"""Which required fields of each step are still empty, for the sheet's phase (no Qt here).

Candidate for domain/: it only needs the catalog and the sheet.
"""

from __future__ import annotations

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.form import FormField, Step, get_path, is_filled
from prosjektark.domain.sheet import Checklist, Sheet

# Qt's translate reads the same catalogue; this one keeps the module free of Qt.
from prosjektark.i18n import translate


def _checklist_missing(catalog: Catalog, field: FormField, sheet: Sheet, phase: str) -> list[str]:
    definition = catalog.checklists.get(field.checklist or field.key)
    value = get_path(sheet, field.path)
    if definition is None or not isinstance(value, Checklist):
        return [] if is_filled(value) else [field.label]
    missing = []
    for question in definition.questions:
        answer = value.answers.get(question.id)
        if phase in question.required_in and (answer is None or not answer.answer):
            missing.append(question.text)
        elif (
            answer is not None
            and answer.answer
            and definition.needs_justification(question, answer.answer)
            and not answer.justification.strip()
        ):
            missing.append(
                translate("completeness", "Begrunnelse: {question}").format(question=question.text)
            )
    return missing


def missing_in_step(catalog: Catalog, step: Step, sheet: Sheet) -> list[str]:
    """Labels of required, shown fields of `step` that are not filled in yet."""
    phase = sheet.identification.phase
    missing: list[str] = []
    for field in step.fields_for(phase):
        if field.type == "summary":
            continue
        if field.type == "checklist":
            if field.required(phase):
                missing.extend(_checklist_missing(catalog, field, sheet, phase))
            continue
        if field.required(phase) and not is_filled(get_path(sheet, field.path)):
            missing.append(field.label)
    return missing


def missing_by_step(catalog: Catalog, sheet: Sheet) -> dict[str, list[str]]:
    return {step.id: missing_in_step(catalog, step, sheet) for step in catalog.form.steps}


def has_required(step: Step, phase: str) -> bool:
    return any(f.required(phase) for f in step.fields)


def status_text(missing: list[str], step: Step, phase: str) -> str:
    if missing:
        return translate("completeness", "{count} mangler").format(count=len(missing))
    if has_required(step, phase):
        return translate("completeness", "✓ utfylt")
    return translate("completeness", "valgfritt")
