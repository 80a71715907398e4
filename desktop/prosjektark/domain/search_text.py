"""The texts of a sheet as the content search sees them: one row per text a person wrote,
with the path the editor goes to and the step that shows it.

The paths are the editor's own input names (``risks[0].mitigation``,
``land_use.answers.<question>.justification``, ``goals.<goal>.justification``), so a hit
opens the sheet at the very box that holds the text. Choices, numbers, dates and ticks are
left out: they are ids and values, not text, and the list's columns cover the ones a
person filters on (municipality, action area, phase, status).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from prosjektark.domain.form import get_path

if TYPE_CHECKING:
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.sheet import Sheet

# The typed-text attributes of each row-list field, in the editor's column order. The
# other attributes are choices, amounts, dates or the attachment's own bookkeeping.
ROW_TEXTS: dict[str, tuple[str, ...]] = {
    "cost_items": ("name",),
    "risks": ("description", "mitigation"),
    "milestones": ("name",),
    "treatments": ("decision",),
    "attachments": ("filename", "description"),
}


@dataclass(frozen=True)
class SheetText:
    path: str  # where the editor goes: the input that holds the text
    step: str  # the form step's id
    text: str


def sheet_texts(sheet: Sheet, form: FormDefinition) -> list[SheetText]:
    """Every non-blank text of `sheet` that `form` shows, in the form's order."""
    out: list[SheetText] = []
    for step in form.steps:
        for field in step.fields:
            value = get_path(sheet, field.path)
            for path, text in _texts(field.type, field.path, value):
                if text.strip():
                    out.append(SheetText(path, step.id, text))
    return out


def _texts(kind: str, path: str, value: Any) -> list[tuple[str, str]]:
    if value is None:
        return []
    if kind in ("text", "multiline"):
        return [(path, value)] if isinstance(value, str) else []
    if kind == "checklist":
        answers = getattr(value, "answers", {}) or {}
        return [
            (f"{path}.answers.{question}.justification", answer.justification)
            for question, answer in answers.items()
        ]
    if kind == "goal_scores":
        return [(f"{path}.{g.goal}.justification", g.justification) for g in value]
    attributes = ROW_TEXTS.get(kind)
    if attributes is None:
        return []
    return [
        (f"{path}[{row}].{attribute}", getattr(item, attribute, "") or "")
        for row, item in enumerate(value)
        for attribute in attributes
    ]
