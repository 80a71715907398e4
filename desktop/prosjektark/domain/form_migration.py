"""Opens a sheet filled in with an older form definition in the current one.

The sheet model (domain/sheet.py) is code and has its own format versions; the form is
data and says which parts of the sheet are asked for. When the form changes, a sheet
records the version it was filled in with (`Sheet.form_version`) and the form declares,
in `[[migrations]]`, how to carry such a sheet over (see domain/form.py):

- `moved`: a value now asked for at another path (a checklist question given a new id,
  two questions or two description fields merged). The value moves when the target is
  empty. A target that already holds another value is never overwritten: the value
  stays where it was and is shown read-only under «Fjernet fra skjemaet», beside the
  field it was meant for, so the user can copy what they need. Appending text with a
  marker was rejected: it changes what the user wrote, and a second open would append
  again unless the marker were parsed back.
- `removed`: a field or question the form no longer has. Nothing is deleted: the value
  stays in the sheet (and in its JSON and every export) and is shown read-only with its
  old label.

A sheet without a form version (sheets from before the field was set) is taken to be
filled in with the oldest version the migrations know; with no migrations it is taken
to be current and left as it is (there is no evidence to stamp it with). A sheet of a
form version the chain does not know (a newer program's form, or a typo) is left
untouched and reported, never refused: the sheet model keeps every value anyway.

Migrating is a pure function of the sheet and the form and is idempotent: the result
carries the current form version, so a second run finds nothing to do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel

from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.form import FormDefinition, MovedPath, final_path, sheet_path_kind
from prosjektark.domain.nb_format import format_date, format_number
from prosjektark.domain.sheet import ChecklistAnswer, Sheet, input_field
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

MigrationStatus = Literal["current", "migrated", "unknown_version"]
KeptReason = Literal["removed", "not_moved", "unknown_question"]
# In bokmål; shown as translate("form_migration", REMOVED_HEADING).
REMOVED_HEADING = QT_TRANSLATE_NOOP("form_migration", "Fjernet fra skjemaet")


@dataclass(frozen=True)
class MovedValue:
    from_path: str
    to_path: str
    to_version: str  # the form version whose step moved it


@dataclass(frozen=True)
class KeptValue:
    """A value the sheet holds at a path the current form does not ask for."""

    path: str
    label: str  # the old field's label (or question text)
    step: str  # the current form's step to show it on
    text: str  # the value as the user reads it
    reason: KeptReason
    note: str = ""


@dataclass(frozen=True)
class FormMigrationResult:
    sheet: Sheet  # never the sheet passed in (see migrate_working_copy for that)
    status: MigrationStatus
    from_version: str  # as the sheet recorded it ("" for old sheets)
    to_version: str  # the form version the sheet has now
    steps: tuple[str, ...] = ()  # "2026.1→2026.2", in the order applied
    moved: tuple[MovedValue, ...] = ()
    kept: tuple[KeptValue, ...] = ()  # every value of a removed field the sheet now holds
    newer: bool = False  # unknown_version: the sheet's version sorts after the form's

    @property
    def changed(self) -> bool:
        return self.status == "migrated"

    @property
    def message(self) -> str:
        """What the user should know, in the language of the moment; "" when there is
        nothing to say."""
        if self.status == "unknown_version":
            if self.newer:
                return translate(
                    "form_migration",
                    "Arket er fylt ut med skjemaversjon {sheet_version}, som er nyere enn"
                    " skjemaet i denne versjonen av programmet ({form_version}). Arket vises"
                    " som det er, og ingen verdier går tapt, men felt dette skjemaet ikke"
                    " kjenner, vises ikke.",
                ).format(sheet_version=self.from_version, form_version=self.to_version)
            return translate(
                "form_migration",
                "Arket er fylt ut med skjemaversjon «{sheet_version}», som dette programmet"
                " ikke kjenner (skjemaet her er {form_version}). Arket vises som det er, og"
                " ingen verdier går tapt.",
            ).format(sheet_version=self.from_version, form_version=self.to_version)
        if self.status == "current" or not (self.moved or self.kept):
            return ""
        if self.from_version:
            first = translate(
                "form_migration",
                "Arket er fylt ut med skjemaversjon {sheet_version} og vises nå i"
                " skjemaversjon {form_version}.",
            ).format(sheet_version=self.from_version, form_version=self.to_version)
        else:
            first = translate(
                "form_migration",
                "Arket er fylt ut med et eldre skjema og vises nå i skjemaversjon {form_version}.",
            ).format(form_version=self.to_version)
        parts = [first]
        if self.moved:
            n = len(self.moved)
            parts.append(
                translate("form_migration", "1 verdi er flyttet til et nytt felt.")
                if n == 1
                else translate("form_migration", "{count} verdier er flyttet til nye felt.").format(
                    count=n
                )
            )
        if self.kept:
            n = len(self.kept)
            heading = translate("form_migration", REMOVED_HEADING)
            text = (
                translate(
                    "form_migration",
                    "1 verdi fra felt skjemaet ikke lenger har, vises skrivebeskyttet under"
                    " «{heading}».",
                )
                if n == 1
                else translate(
                    "form_migration",
                    "{count} verdier fra felt skjemaet ikke lenger har, vises skrivebeskyttet"
                    " under «{heading}».",
                )
            )
            parts.append(text.format(count=n, heading=heading))
        return " ".join(parts)


def migrate_to_form(
    sheet: Sheet,
    form: FormDefinition,
    checklists: Mapping[str, ChecklistDefinition] | None = None,
) -> FormMigrationResult:
    """`sheet` carried over to `form` by the form's migration steps, on a copy.

    `checklists` (optional) lets the result also list answers to questions no checklist
    has any more that no step declared (see removed_values)."""
    recorded = sheet.form_version
    versions = form.versions()
    start = recorded or versions[0]
    copy = sheet.model_copy(deep=True)
    if start == form.form_version:
        return _result(copy, "current", recorded, form, checklists)
    if start not in versions:
        newer = _newer(start, form.form_version)
        return _result(copy, "unknown_version", recorded, form, checklists, newer=newer)
    moved: list[MovedValue] = []
    applied: list[str] = []
    for step in form.migrations[versions.index(start) :]:
        for move in step.moved:
            if _apply_move(copy, move):
                moved.append(MovedValue(move.from_path, move.to_path, step.to_version))
        applied.append(f"{step.from_version}→{step.to_version}")
    if not moved:
        # Nothing to carry over (the steps only added or removed fields): the sheet is
        # left exactly as it is, so opening it never changes a signed revision's content.
        return _result(sheet.model_copy(deep=True), "current", recorded, form, checklists)
    copy.form_version = form.form_version
    return _result(copy, "migrated", recorded, form, checklists, tuple(applied), tuple(moved))


def migrate_working_copy(
    sheet: Sheet,
    form: FormDefinition,
    checklists: Mapping[str, ChecklistDefinition] | None = None,
) -> FormMigrationResult:
    """Migrates the object `sheet` itself, for an editor that edits it and an autosaver
    that already follows it. Only memory changes: nothing is written anywhere."""
    result = migrate_to_form(sheet, form, checklists)
    if result.changed:
        for name in type(sheet).model_fields:
            setattr(sheet, name, getattr(result.sheet, name))
    return dataclasses.replace(result, sheet=sheet)


def removed_values(
    sheet: Sheet,
    form: FormDefinition,
    checklists: Mapping[str, ChecklistDefinition] | None = None,
) -> list[KeptValue]:
    """The values `sheet` holds at paths the current form no longer asks for, to show
    read-only: fields and questions the migrations declare removed, values a move could
    not carry (the target was filled in), and, when `checklists` is given, answers to
    questions the checklist does not have (removed without a declaration).

    Meant for a sheet migrated to `form`: on an older sheet, values still waiting to be
    moved would be listed too."""
    candidates: dict[str, tuple[str, str, KeptReason, str]] = {}
    for index, step in enumerate(form.migrations):
        for r in step.removed:
            candidates[r.path] = (r.label, r.step, "removed", "")
        for m in step.moved:
            final = final_path(form, index, m.to_path)
            target = _label(final, form, checklists) if final else ""
            label = m.label or (
                translate("form_migration", "{label} (tidligere felt)").format(label=target)
                if target
                else m.from_path
            )
            note = (
                translate(
                    "form_migration", "Kunne ikke flyttes til «{label}», som allerede var fylt ut."
                ).format(label=target)
                if target
                else ""
            )
            step_of = form.step_of(final) if final else None
            candidates[m.from_path] = (label, step_of.id if step_of else "", "not_moved", note)
    for field in form.all_fields() if checklists is not None else []:
        if field.type != "checklist":
            continue
        definition = checklists.get(field.checklist or field.key)
        answers = getattr(getattr(sheet, field.path, None), "answers", None)
        if definition is None or not isinstance(answers, dict):
            continue
        for question_id in answers:
            path = f"{field.path}.answers.{question_id}"
            if definition.question(question_id) is None and path not in candidates:
                candidates[path] = (
                    translate(
                        "form_migration", "Spørsmål som ikke er i sjekklisten ({question})"
                    ).format(question=question_id),
                    _step_id(form, field.path),
                    "unknown_question",
                    "",
                )
    fallback = _fallback_step(form)
    kept: list[KeptValue] = []
    for path, (label, step, reason, note) in candidates.items():
        if _asked_for(path, form, checklists):
            continue
        value = _read(sheet, path)
        typed = sheet.invalid_input.get(path)
        if not holds_value(value) and not typed:
            continue
        text = display_text(value, _checklist_of(path, form, checklists)) or typed or ""
        shown_on = step if step in {s.id for s in form.steps} else fallback
        kept.append(KeptValue(path, label, shown_on, text, reason, note))
    return kept


def holds_value(value: Any) -> bool:
    """Whether a value is worth keeping in view: text, a True, a number, an answer."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, dict)):
        return any(holds_value(v) for v in (value.values() if isinstance(value, dict) else value))
    if isinstance(value, BaseModel):
        return any(holds_value(getattr(value, name)) for name in type(value).model_fields)
    return True


def display_text(value: Any, checklist: ChecklistDefinition | None = None) -> str:
    """A kept value as the user reads it (numbers, dates, yes/no in the language of the
    moment)."""
    if value is None:
        return ""
    if isinstance(value, ChecklistAnswer):
        option = None
        if checklist is not None:
            option = next((o for o in checklist.default_options if o.value == value.answer), None)
        lines = (
            [
                translate("form_migration", "Svar: {answer}").format(
                    answer=option.label if option else value.answer
                )
            ]
            if value.answer
            else []
        )
        if value.justification.strip():
            lines.append(
                translate("form_migration", "Begrunnelse: {justification}").format(
                    justification=value.justification.strip()
                )
            )
        return "\n".join(lines)
    if isinstance(value, bool):
        return translate("form_migration", "Ja") if value else translate("form_migration", "Nei")
    if isinstance(value, (Decimal, int, float)):
        return format_number(value, max_decimals=None)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (display_text(v, checklist) for v in value) if t)
    if isinstance(value, BaseModel):
        return "; ".join(
            t for t in (display_text(getattr(value, n)) for n in type(value).model_fields) if t
        )
    return str(value)


# ---------------------------------------------------------------- internals
def _result(
    sheet: Sheet,
    status: MigrationStatus,
    recorded: str,
    form: FormDefinition,
    checklists: Mapping[str, ChecklistDefinition] | None,
    steps: tuple[str, ...] = (),
    moved: tuple[MovedValue, ...] = (),
    newer: bool = False,
) -> FormMigrationResult:
    return FormMigrationResult(
        sheet=sheet,
        status=status,
        from_version=recorded,
        to_version=sheet.form_version if status == "migrated" else form.form_version,
        steps=steps,
        moved=moved,
        kept=tuple(removed_values(sheet, form, checklists)),
        newer=newer,
    )


def _apply_move(sheet: Sheet, move: MovedPath) -> bool:
    """Moves one value when its target is empty; True when it is now at the target."""
    value = _read(sheet, move.from_path)
    typed = sheet.invalid_input.get(move.from_path)
    if not holds_value(value) and typed is None:
        return False
    target = _read(sheet, move.to_path)
    if holds_value(target) or move.to_path in sheet.invalid_input:
        if typed is None and value == target:  # the same value twice: nothing is lost
            _clear(sheet, move.from_path)
            _move_acknowledgements(sheet, move)
            return True
        return False  # never overwrite: the value stays and is shown as removed
    if typed is not None:
        if input_field(move.to_path) is None:
            return False  # the target cannot hold typed text; keep both where they are
        sheet.invalid_input[move.to_path] = sheet.invalid_input.pop(move.from_path)
    if holds_value(value):
        _write(
            sheet,
            move.to_path,
            value.model_copy(deep=True) if isinstance(value, BaseModel) else value,
        )
        _clear(sheet, move.from_path)
    _move_acknowledgements(sheet, move)
    return True


def _move_acknowledgements(sheet: Sheet, move: MovedPath) -> None:
    for ack in sheet.acknowledgements:
        if ack.field == move.from_path or ack.field.startswith(move.from_path + "."):
            ack.field = move.to_path + ack.field[len(move.from_path) :]


def _read(sheet: Sheet, path: str) -> Any:
    kind = sheet_path_kind(path)
    if kind is None:
        return None
    if kind[0] == "answer":
        checklist, _, question_id = path.split(".", 2)
        return getattr(sheet, checklist).answers.get(question_id)
    obj: Any = sheet
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _write(sheet: Sheet, path: str, value: Any) -> None:
    parent, leaf = _parent(sheet, path)
    if isinstance(parent, dict):
        parent[leaf] = value
    else:
        setattr(parent, leaf, value)


def _clear(sheet: Sheet, path: str) -> None:
    parent, leaf = _parent(sheet, path)
    if isinstance(parent, dict):
        parent.pop(leaf, None)
    else:
        default = type(parent).model_fields[leaf].get_default(call_default_factory=True)
        setattr(parent, leaf, default)


def _parent(sheet: Sheet, path: str) -> tuple[Any, str]:
    head, _, leaf = path.rpartition(".")
    kind = sheet_path_kind(path)
    if kind is not None and kind[0] == "answer":
        return getattr(sheet, kind[1]).answers, leaf
    obj: Any = sheet
    for part in head.split("."):
        obj = getattr(obj, part)
    return obj, leaf


def _checklist_of(
    path: str, form: FormDefinition, checklists: Mapping[str, ChecklistDefinition] | None
) -> ChecklistDefinition | None:
    kind = sheet_path_kind(path)
    if kind is None or kind[0] != "answer" or checklists is None:
        return None
    field = form.field(kind[1])
    return checklists.get(field.checklist or field.key) if field else checklists.get(kind[1])


def _asked_for(
    path: str, form: FormDefinition, checklists: Mapping[str, ChecklistDefinition] | None
) -> bool:
    """Whether the current form shows `path` (a path removed once and added again)."""
    kind = sheet_path_kind(path)
    if kind is None or not form.shows(path):
        return False
    if kind[0] == "field":
        return True
    definition = _checklist_of(path, form, checklists)
    # Without the checklists, a declared removal is taken at its word.
    return definition is not None and definition.question(path.rsplit(".", 1)[1]) is not None


def _label(
    path: str, form: FormDefinition, checklists: Mapping[str, ChecklistDefinition] | None
) -> str:
    field = form.field(path)
    if field is not None:
        return field.label
    definition = _checklist_of(path, form, checklists)
    question = definition.question(path.rsplit(".", 1)[1]) if definition else None
    return question.text if question else path


def _step_id(form: FormDefinition, path: str) -> str:
    step = form.step_of(path)
    return step.id if step else ""


def _fallback_step(form: FormDefinition) -> str:
    """The summary step (or the last) shows what has no step of its own any more."""
    summary = next((s for s in form.steps if any(f.type == "summary" for f in s.fields)), None)
    return (summary or form.steps[-1]).id if form.steps else ""


def _version_key(version: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return None


def _newer(version: str, than: str) -> bool:
    a, b = _version_key(version), _version_key(than)
    return a is not None and b is not None and a > b
