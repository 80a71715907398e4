"""What changed between two versions of a sheet, field by field, in the form's words.

`diff_sheets(before, after, form, checklists, profile)` compares two sheets and returns
one `FieldChange` per difference a reader would care about, in the order of the form:

- A plain field (text, choice, number, date, yes/no) is named by the form's label and
  shown as the editor and the exports show it: labels of choices from the form or the
  profile (domain/labels.py), money by `format_mnok`, dates «dd.mm.åååå». A value where
  there was none is `added`, a value cleared is `removed`, anything else `changed`.
- Rows are matched before they are compared, so a row inserted or deleted in the middle
  is one `added` or `removed` row, not a change to every later row:
  - cost items, risks, milestones and treatments: rows equal in every cell are matched
    in order (a longest-common-subsequence match, like a text diff); of the rows that
    are left between two matched ones, a row is paired with the one most like it (same
    name first, then most equal cells) and shown cell by cell («Kostnadspost 3: Høy»);
    what is still left is added or removed. Numbers name the row in the version it is
    in: the newer one, or the older one for a removed row.
  - goal scores by goal id, checklist answers by question id, funding by (year,
    source) cell (the sum the grid shows, so splitting a cell into two lines of the same
    sum is no change), attachments by SHA-256 (renaming a file is a changed name).
- Acknowledged warnings are rows «Kvittering: <code>».
- Nothing the sheet holds is left out because the form does not show it: a field a
  newer form removed (named by the label the form's migrations keep for it, on the step
  it was on), text typed into a field that is not a valid value, fields of a newer
  format minor and any other part no form field covers are shown with their path as
  label, under no step ("").
- The sheet's bookkeeping is not compared: id, revision, format, form_version, created
  and modified change with every saved version and say nothing about its content.

`profile` names the programme's vocabulary (funding sources, goals, action areas,
bodies); pass the newer version's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any, Literal

from pydantic import BaseModel

from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.form import FormDefinition, FormField, get_path
from prosjektark.domain.form_migration import migrate_to_form
from prosjektark.domain.labels import (
    body_label,
    choice_label,
    goal_label,
    transition_label,
    yes_no,
)
from prosjektark.domain.nb_format import (
    MINUS,
    NBSP,
    format_date,
    format_datetime,
    format_mnok,
    format_number,
    format_percent,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import (
    Acknowledgement,
    Attachment,
    Checklist,
    ChecklistAnswer,
    GoalScore,
    Sheet,
    input_field,
)
from prosjektark.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, translate

ChangeKind = Literal["changed", "added", "removed"]
KINDS: tuple[ChangeKind, ...] = ("changed", "added", "removed")

# The heading of changes no step of the form shows. These three are bokmål; every label
# and text below is made in the language of the moment (translate("diff", …)).
OTHER_HEADING = QT_TRANSLATE_NOOP("diff", "Utenfor skjemaet")
# Said after the label of a field the form no longer has.
REMOVED_MARK = QT_TRANSLATE_NOOP("diff", "fjernet fra skjemaet")
TYPED_MARK = QT_TRANSLATE_NOOP("diff", "skrevet tekst")

# The sheet's own bookkeeping: changes with every saved version, never content.
_BOOKKEEPING = frozenset(("format", "id", "revision", "form_version", "created", "modified"))


@dataclass(frozen=True)
class FieldChange:
    """One difference: `field` the sheet path (in the version that holds it; the newer
    one when both do), `label` what the form calls it, `before`/`after` display text
    ("" when absent), `step` the id of the form step that shows it ("" for none)."""

    field: str
    label: str
    kind: ChangeKind
    before: str
    after: str
    step: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "field": self.field,
            "label": self.label,
            "kind": self.kind,
            "before": self.before,
            "after": self.after,
            "step": self.step,
        }


def grouped_by_step(
    changes: Sequence[FieldChange], form: FormDefinition
) -> list[tuple[str, list[FieldChange]]]:
    """(step title, its changes) in form order; changes of no step last, under
    OTHER_HEADING. Steps without changes are left out."""
    titles = {s.id: s.title for s in form.steps}
    groups: dict[str, list[FieldChange]] = {}
    for change in changes:
        groups.setdefault(change.step if change.step in titles else "", []).append(change)
    order = [s.id for s in form.steps if s.id in groups]
    if "" in groups:
        order.append("")
    other = translate("diff", OTHER_HEADING)
    return [(titles.get(step, other), groups[step]) for step in order]


def diff_sheets(
    before: Sheet,
    after: Sheet,
    form: FormDefinition,
    checklists: Mapping[str, ChecklistDefinition],
    profile: Profile,
) -> list[FieldChange]:
    """Every difference between `before` and `after`, in form order (see the module).

    Both are first carried over to `form` (domain/form_migration.py, on copies), so two
    versions filled in with different form versions are compared question by question,
    not as a renamed question removed and another one added."""
    before = migrate_to_form(before, form, checklists).sheet
    after = migrate_to_form(after, form, checklists).sheet
    ctx = _Context(form, checklists, profile)
    changes: list[FieldChange] = []
    changes += _leaves(before, after, ctx)
    for name, info in Sheet.model_fields.items():
        if info.annotation is Checklist:
            changes += _checklist(name, getattr(before, name), getattr(after, name), ctx)
    for spec in _ROW_LISTS:
        changes += _rows(spec, get_path(before, spec.path), get_path(after, spec.path), ctx)
    changes += _goals(before.goals, after.goals, ctx)
    changes += _funding(before, after, ctx)
    changes += _attachments(before.attachments, after.attachments, ctx)
    changes += _acknowledgements(before.acknowledgements, after.acknowledgements, ctx)
    changes += _typed_text(before.invalid_input, after.invalid_input, ctx)
    changes += _extras(before, after, ctx)
    return sorted(changes, key=ctx.position)


# ------------------------------------------------------------------ context


class _Context:
    def __init__(
        self,
        form: FormDefinition,
        checklists: Mapping[str, ChecklistDefinition],
        profile: Profile,
    ) -> None:
        self.form = form
        self.checklists = checklists
        self.profile = profile
        self._fields = form.all_fields()
        self._step_index = {s.id: i for i, s in enumerate(form.steps)}
        # Fields and questions the form's migrations removed or could not move: their old
        # label and the step they were on.
        self.removed: dict[str, tuple[str, str]] = {}
        for migration in form.migrations:
            for r in migration.removed:
                self.removed[r.path] = (r.label, r.step)
            for m in migration.moved:
                if m.label:
                    target = form.step_of(m.to_path)
                    self.removed.setdefault(m.from_path, (m.label, target.id if target else ""))
        self._order = 0

    def field(self, path: str) -> FormField | None:
        return self.form.field(path)

    def covering(self, path: str) -> tuple[int, FormField] | None:
        """The form field showing `path` or its closest parent, with its place in the form."""
        best: tuple[int, FormField] | None = None
        for index, f in enumerate(self._fields):
            covers = path == f.path or path.startswith((f.path + ".", f.path + "["))
            if covers and (best is None or len(f.path) > len(best[1].path)):
                best = (index, f)
        return best

    def step_of(self, path: str) -> str:
        step = self.form.step_of(path)
        if step is not None:
            return step.id
        removed = self.removed.get(path)
        return removed[1] if removed and removed[1] in self._step_index else ""

    def label_of(self, path: str) -> str:
        """The form's label of a plain field; a removed field's old label, marked; else
        the path itself."""
        field = self.field(path)
        if field is not None:
            return field.label
        if path in self.removed:
            return translate("diff", "{label} ({mark})").format(
                label=self.removed[path][0], mark=translate("diff", REMOVED_MARK)
            )
        return path

    def checklist(self, part: str) -> ChecklistDefinition | None:
        field = self.field(part)
        return self.checklists.get((field.checklist or field.key) if field else part)

    def change(
        self, path: str, label: str, before: str, after: str, step: str | None = None
    ) -> list[FieldChange]:
        """[] when the texts are equal; else one change of the kind the texts say."""
        if before == after:
            return []
        kind: ChangeKind = "added" if not before else "removed" if not after else "changed"
        return [
            FieldChange(
                path, label, kind, before, after, self.step_of(path) if step is None else step
            )
        ]

    def position(self, change: FieldChange) -> tuple[int, int]:
        """Sort key: the change's step, then the form field covering it (stable sort keeps
        the order the changes were made in within one field)."""
        step = self._step_index.get(change.step, len(self._step_index))
        path = change.field.removeprefix("invalid_input.")
        covering = self.covering(path) if change.step else None
        return step, covering[0] if covering else len(self._fields)


# ------------------------------------------------------------------ display text


def _plain_text(value: Any) -> str:
    """A value no form field describes, as the user reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, (Decimal, float, int)):
        return format_number(value, max_decimals=None, minus=MINUS)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (_plain_text(v) for v in value) if t)
    if isinstance(value, BaseModel):
        return json.dumps(value.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def field_text(field: FormField, value: Any, form: FormDefinition, profile: Profile) -> str:
    """A plain form field's value as the editor shows it; "" when not filled in."""
    if value is None:
        return ""
    if field.type == "bool":
        return yes_no(bool(value))
    if field.type == "date" and isinstance(value, date):
        return format_date(value)
    if field.type == "decimal" and isinstance(value, (Decimal, int, float)):
        if field.unit == "MNOK":
            return format_mnok(value)
        if field.unit == "%":
            return format_percent(value)
        text = format_number(value, minus=MINUS)
        return f"{text}{NBSP}{field.unit}" if field.unit else text
    if field.type == "integer":
        return str(value)  # years and counts: no thousands separator
    if field.type == "choice":
        if value == "":
            # A choice from a profile list names its empty choice by `placeholder` («Ingen»).
            named = any(c.value == "" for c in field.choices)
            return choice_label(form, field.path, "", profile) if named else ""
        return choice_label(form, field.path, str(value), profile)
    if field.type == "multichoice" and isinstance(value, (list, tuple)):
        return ", ".join(choice_label(form, field.path, str(v), profile) for v in value)
    return _plain_text(value)


# Sheet parts the form does not show as a field of their own but the editor does; their
# own words (not programme data: every programme's sheet has them).
_OWN_LABELS = {
    "cost.original_amount": QT_TRANSLATE_NOOP("diff", "Opprinnelig beløp før omregning"),
    "language": QT_TRANSLATE_NOOP("diff", "Arkets språk"),
}


def _own_label(path: str) -> str:
    label = _OWN_LABELS.get(path)
    return translate("diff", label) if label else ""


def _leaf_text(path: str, value: Any, ctx: _Context) -> str:
    field = ctx.field(path)
    if field is not None:
        return field_text(field, value, ctx.form, ctx.profile)
    if path == "cost.original_amount" and value is not None:
        return translate("diff", "{amount} i {year}-kroner").format(
            amount=format_mnok(value.amount), year=value.year
        )
    if path == "language" and isinstance(value, str):
        return LANGUAGE_NAMES.get(value, value)
    # Money and shares the form does not show are still money and shares.
    kind = input_field(path)
    if kind is not None and isinstance(value, (Decimal, int, float)):
        if kind[0] == "money":
            return format_mnok(value)
        if kind[0] == "percent":
            return format_percent(value)
    return _plain_text(value)


# ------------------------------------------------------------------ plain fields


def _leaf_paths(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Every plain field of the sheet model: not the parts compared as rows or keyed
    entries, and not the bookkeeping."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        if not prefix and name in _BOOKKEEPING:
            continue
        annotation = info.annotation
        if path in _OWN_LABELS:
            yield path
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation is not Checklist:
                yield from _leaf_paths(annotation, f"{path}.")
        elif path not in _COMPOUND:
            yield path


# Parts compared by their own functions below.
_COMPOUND = frozenset(
    (
        "cost.items",
        "funding.lines",
        "goals",
        "risks",
        "progress.milestones",
        "treatments",
        "attachments",
        "acknowledgements",
        "invalid_input",
    )
)


def _leaves(before: Sheet, after: Sheet, ctx: _Context) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for path in _leaf_paths(Sheet):
        old, new = get_path(before, path), get_path(after, path)
        if old == new:
            continue
        label = _own_label(path) or ctx.label_of(path)
        step = ctx.step_of(path)
        if path == "cost.original_amount":
            step = ctx.step_of("cost.price_year")
        changes += ctx.change(
            path, label, _leaf_text(path, old, ctx), _leaf_text(path, new, ctx), step
        )
    return changes


# ------------------------------------------------------------------ checklists


def _answer_text(answer: ChecklistAnswer | None, question_id: str, ctx: _Context, part: str) -> str:
    if answer is None or not answer.answer:
        return ""
    definition = ctx.checklist(part)
    question = definition.question(question_id) if definition else None
    option = None
    if definition is not None:
        option = (
            definition.option(question, answer.answer)
            if question is not None
            else next((o for o in definition.default_options if o.value == answer.answer), None)
        )
    return option.label if option else answer.answer


def _checklist(part: str, before: Checklist, after: Checklist, ctx: _Context) -> list[FieldChange]:
    definition = ctx.checklist(part)
    known = [q.id for q in definition.questions] if definition else []
    ids = [q for q in known if q in before.answers or q in after.answers]
    ids += sorted((set(before.answers) | set(after.answers)) - set(known))
    changes: list[FieldChange] = []
    for qid in ids:
        old, new = before.answers.get(qid), after.answers.get(qid)
        if old == new:
            continue
        path = f"{part}.answers.{qid}"
        question = definition.question(qid) if definition else None
        label = question.text if question is not None else ctx.label_of(path)
        step = ctx.step_of(path)
        changes += ctx.change(
            path, label, _answer_text(old, qid, ctx, part), _answer_text(new, qid, ctx, part), step
        )
        changes += ctx.change(
            f"{path}.justification",
            translate("diff", "{label}: Begrunnelse").format(label=label),
            old.justification.strip() if old else "",
            new.justification.strip() if new else "",
            step,
        )
        changes += _model_extras(path, old, new, ctx, step)
    return changes


# ------------------------------------------------------------------ rows


@dataclass(frozen=True)
class _Column:
    attr: str
    label: str  # bokmål (QT_TRANSLATE_NOOP)
    text: Callable[[Any, _Context], str]


@dataclass(frozen=True)
class _RowList:
    path: str
    noun: str  # «Kostnadspost 3», bokmål (QT_TRANSLATE_NOOP)
    columns: tuple[_Column, ...]
    identity: tuple[str, ...]  # the cells that name a row (paired first)


def _money(value: Any, _ctx: _Context) -> str:
    return format_mnok(value)


def _text(value: Any, _ctx: _Context) -> str:
    return _plain_text(value)


def _level(value: Any, _ctx: _Context) -> str:
    return "" if value is None else str(value)


def _body(value: Any, ctx: _Context) -> str:
    return body_label(ctx.profile, value) if value else ""


def _transition(value: Any, ctx: _Context) -> str:
    return transition_label(ctx.profile, value)


# The column names are the editor's table headers (ui/editor/table_widgets.py).
_ROW_LISTS = (
    _RowList(
        "cost.items",
        QT_TRANSLATE_NOOP("diff", "Kostnadspost"),
        (
            _Column("name", QT_TRANSLATE_NOOP("diff", "Navn"), _text),
            _Column("low", QT_TRANSLATE_NOOP("diff", "Lav"), _money),
            _Column("most_likely", QT_TRANSLATE_NOOP("diff", "Mest sannsynlig"), _money),
            _Column("high", QT_TRANSLATE_NOOP("diff", "Høy"), _money),
        ),
        ("name",),
    ),
    _RowList(
        "risks",
        QT_TRANSLATE_NOOP("diff", "Risiko"),
        (
            _Column("description", QT_TRANSLATE_NOOP("diff", "Beskrivelse"), _text),
            _Column("probability", QT_TRANSLATE_NOOP("diff", "Sannsynlighet"), _level),
            _Column("consequence", QT_TRANSLATE_NOOP("diff", "Konsekvens"), _level),
            _Column("mitigation", QT_TRANSLATE_NOOP("diff", "Tiltak"), _text),
        ),
        ("description",),
    ),
    _RowList(
        "progress.milestones",
        QT_TRANSLATE_NOOP("diff", "Milepæl"),
        (
            _Column("name", QT_TRANSLATE_NOOP("diff", "Navn"), _text),
            _Column("date", QT_TRANSLATE_NOOP("diff", "Dato"), _text),
            _Column("done", QT_TRANSLATE_NOOP("diff", "Nådd"), _text),
        ),
        ("name",),
    ),
    _RowList(
        "treatments",
        QT_TRANSLATE_NOOP("diff", "Behandling"),
        (
            _Column("body", QT_TRANSLATE_NOOP("diff", "Organ"), _body),
            _Column("date", QT_TRANSLATE_NOOP("diff", "Dato"), _text),
            _Column("transition", QT_TRANSLATE_NOOP("diff", "Faseovergang"), _transition),
            _Column("political", QT_TRANSLATE_NOOP("diff", "Politisk"), _text),
            _Column("decision", QT_TRANSLATE_NOOP("diff", "Vedtak"), _text),
        ),
        ("body", "date"),
    ),
)


def _cells(row: BaseModel, spec: _RowList, ctx: _Context) -> list[tuple[str, str, str]]:
    """(attr, column label, text) of every cell, then the row's fields of a newer format."""
    cells = [
        (c.attr, translate("diff", c.label), c.text(getattr(row, c.attr, None), ctx))
        for c in spec.columns
    ]
    for name, value in (row.model_extra or {}).items():
        cells.append((name, name, _plain_text(value)))
    return cells


def _row_text(cells: list[tuple[str, str, str]]) -> str:
    return "; ".join(f"{label}: {text}" for _attr, label, text in cells if text)


def _rows(spec: _RowList, before: list, after: list, ctx: _Context) -> list[FieldChange]:
    old = [_cells(r, spec, ctx) for r in before or []]
    new = [_cells(r, spec, ctx) for r in after or []]
    identity = (
        [tuple(text for attr, _l, text in cells if attr in spec.identity) for cells in old],
        [tuple(text for attr, _l, text in cells if attr in spec.identity) for cells in new],
    )
    pairs = match_rows([tuple(c) for c in old], [tuple(c) for c in new], identity[0], identity[1])
    noun = translate("diff", spec.noun)
    changes: list[FieldChange] = []
    for i, j in pairs:
        if i is not None and j is not None:
            before_cells = {attr: (label, text) for attr, label, text in old[i]}
            for attr, label, text in new[j]:
                was = before_cells.pop(attr, (label, ""))[1]
                changes += ctx.change(
                    f"{spec.path}[{j}].{attr}", _cell_label(noun, j + 1, label), was, text
                )
            for attr, (label, was) in before_cells.items():  # a newer format's field dropped
                changes += ctx.change(
                    f"{spec.path}[{j}].{attr}", _cell_label(noun, j + 1, label), was, ""
                )
        elif j is not None:
            changes += ctx.change(f"{spec.path}[{j}]", f"{noun} {j + 1}", "", _row_text(new[j]))
        elif i is not None:
            changes += ctx.change(f"{spec.path}[{i}]", f"{noun} {i + 1}", _row_text(old[i]), "")
    return changes


def _cell_label(noun: str, number: int, column: str) -> str:
    """«Kostnadspost 3: Høy»: the row by its (translated) noun and number, then the column."""
    return f"{noun} {number}: {column}"


def match_rows(
    before: Sequence[Any],
    after: Sequence[Any],
    before_ids: Sequence[Any] | None = None,
    after_ids: Sequence[Any] | None = None,
) -> list[tuple[int | None, int | None]]:
    """Pairs (i, j) of rows of `before` and `after` that are the same row; (i, None) a row
    removed, (None, j) a row added. In order of the newer list, removed rows where they
    were.

    Rows equal as a whole are matched as a text diff matches lines. Between two such
    matches, a row is paired with the later one that has the same identity (a cost item's
    name), else the one with the most equal cells (rows are sequences of cells); rows
    without a single equal cell are not the same row."""
    before_ids = list(before_ids) if before_ids is not None else [None] * len(before)
    after_ids = list(after_ids) if after_ids is not None else [None] * len(after)
    matcher = SequenceMatcher(None, list(before), list(after), autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        taken: dict[int, int] = {}
        last = j1 - 1
        for i in range(i1, i2):
            best, best_score = None, 0
            for j in range(last + 1, j2):
                if j in taken.values():
                    continue
                same_id = (
                    before_ids[i] is not None
                    and any(before_ids[i])
                    and before_ids[i] == after_ids[j]
                )
                score = (1000 if same_id else 0) + _equal_cells(before[i], after[j])
                if score > best_score:
                    best, best_score = j, score
            if best is not None:
                taken[i] = best
                last = best
        # Newer order, a removed row just before the row that came after it.
        block: list[tuple[int | None, int | None]] = []
        paired_after = {j: i for i, j in taken.items()}
        pending_removed = [i for i in range(i1, i2) if i not in taken]
        for j in range(j1, j2):
            i = paired_after.get(j)
            if i is not None:
                block += [(r, None) for r in pending_removed if r < i]
                pending_removed = [r for r in pending_removed if r > i]
                block.append((i, j))
            else:
                block.append((None, j))
        block += [(r, None) for r in pending_removed]
        pairs += block
    return pairs


def _equal_cells(a: Any, b: Any) -> int:
    if not isinstance(a, (list, tuple)) or not isinstance(b, (list, tuple)):
        return 0
    return sum(1 for x, y in zip(a, b, strict=False) if x == y and _filled_cell(x))


def _filled_cell(cell: Any) -> bool:
    return bool(cell[-1]) if isinstance(cell, tuple) and cell else bool(cell)


# ------------------------------------------------------------------ keyed entries


def _goals(before: list[GoalScore], after: list[GoalScore], ctx: _Context) -> list[FieldChange]:
    old = {g.goal: g for g in before}
    new = {g.goal: g for g in after}
    known = [g.id for g in ctx.profile.goals]
    ids = [g for g in known if g in old or g in new]
    ids += sorted((set(old) | set(new)) - set(known))
    changes: list[FieldChange] = []
    for goal_id in ids:
        a, b = old.get(goal_id), new.get(goal_id)
        if a == b:
            continue
        name = goal_label(ctx.profile, goal_id)
        path = f"goals.{goal_id}"
        if a is None or b is None:
            changes += ctx.change(path, name, _goal_text(a), _goal_text(b))
            continue
        changes += ctx.change(
            f"{path}.score",
            translate("diff", "{label}: Poeng").format(label=name),
            str(a.score),
            str(b.score),
        )
        changes += ctx.change(
            f"{path}.justification",
            translate("diff", "{label}: Begrunnelse").format(label=name),
            a.justification.strip(),
            b.justification.strip(),
        )
        changes += _model_extras(path, a, b, ctx, ctx.step_of(path))
    return changes


def _goal_text(goal: GoalScore | None) -> str:
    if goal is None:
        return ""
    justification = goal.justification.strip()
    if not justification:
        return translate("diff", "Poeng: {score}").format(score=goal.score)
    return translate("diff", "Poeng: {score}; Begrunnelse: {justification}").format(
        score=goal.score, justification=justification
    )


def _funding(before: Sheet, after: Sheet, ctx: _Context) -> list[FieldChange]:
    old, new = before.funding.amounts(), after.funding.amounts()
    order = {s.id: i for i, s in enumerate(ctx.profile.funding_sources)}
    keys = sorted(set(old) | set(new), key=lambda k: (k[0], order.get(k[1], len(order)), k[1]))
    changes: list[FieldChange] = []
    for year, source in keys:
        a, b = old.get((year, source)), new.get((year, source))
        if a == b:
            continue
        label = _funding_label(year, ctx.profile.funding_source_name(source))
        changes += ctx.change(
            f"funding.lines.{year}.{source}", label, format_mnok(a), format_mnok(b)
        )
    lines_extras = (
        [(line.model_extra or {}) for line in before.funding.lines],
        [(line.model_extra or {}) for line in after.funding.lines],
    )
    if lines_extras[0] != lines_extras[1]:  # fields of a newer format on the lines
        changes += ctx.change(
            "funding.lines",
            "funding.lines",
            _plain_text(lines_extras[0]) if any(lines_extras[0]) else "",
            _plain_text(lines_extras[1]) if any(lines_extras[1]) else "",
        )
    return changes


def _funding_label(year: object, source: str) -> str:
    return translate("diff", "Finansiering {year}, {source}").format(year=year, source=source)


def _attachment_text(a: Attachment) -> str:
    parts = [translate("diff", "Fil: {filename}").format(filename=a.filename)]
    if a.description.strip():
        parts.append(
            translate("diff", "Beskrivelse: {description}").format(
                description=a.description.strip()
            )
        )
    return "; ".join(parts)


def _attachments(
    before: list[Attachment], after: list[Attachment], ctx: _Context
) -> list[FieldChange]:
    ids_before = [(a.sha256,) for a in before]
    ids_after = [(a.sha256,) for a in after]
    # Matched by content alone: order in the list is no change.
    pairs: list[tuple[int | None, int | None]] = []
    unused = list(range(len(before)))
    for j in range(len(after)):
        i = next((i for i in unused if ids_before[i] == ids_after[j]), None)
        if i is not None:
            unused.remove(i)
        pairs.append((i, j))
    pairs += [(i, None) for i in unused]
    noun = translate("diff", "Vedlegg")
    columns = (
        ("filename", translate("diff", "Filnavn")),
        ("description", translate("diff", "Beskrivelse")),
    )
    changes: list[FieldChange] = []
    for i, j in pairs:
        if i is not None and j is not None:
            a, b = before[i], after[j]
            for attr, label in columns:
                changes += ctx.change(
                    f"attachments[{j}].{attr}",
                    _cell_label(noun, j + 1, label),
                    getattr(a, attr).strip(),
                    getattr(b, attr).strip(),
                )
            changes += _model_extras(f"attachments[{j}]", a, b, ctx, ctx.step_of("attachments"))
        elif j is not None:
            changes += ctx.change(
                f"attachments[{j}]", f"{noun} {j + 1}", "", _attachment_text(after[j])
            )
        elif i is not None:
            changes += ctx.change(
                f"attachments[{i}]", f"{noun} {i + 1}", _attachment_text(before[i]), ""
            )
    return changes


def _ack_text(ack: Acknowledgement | None) -> str:
    if ack is None:
        return ""
    who = f"{ack.by}, " if ack.by else ""
    return f"{ack.comment.strip()} ({who}{format_datetime(ack.at)})"


def _acknowledgements(
    before: list[Acknowledgement], after: list[Acknowledgement], ctx: _Context
) -> list[FieldChange]:
    old = {(a.code, a.field): (i, a) for i, a in enumerate(before)}
    new = {(a.code, a.field): (j, a) for j, a in enumerate(after)}
    keys = list(new) + [k for k in old if k not in new]
    changes: list[FieldChange] = []
    for key in keys:
        code, field = key
        a, b = old.get(key), new.get(key)
        index = b[0] if b is not None else a[0]  # type: ignore[index]
        # Named by the rule code; by the field too when the code was acknowledged on
        # more than one field.
        label = translate("diff", "Kvittering: {code}").format(code=code)
        if field and len({f for c, f in keys if c == code}) > 1:
            label += f" ({field})"
        step = ctx.step_of(field) if field else ""
        changes += ctx.change(
            f"acknowledgements[{index}]",
            label,
            _ack_text(a[1] if a else None),
            _ack_text(b[1] if b else None),
            step,
        )
        changes += _model_extras(
            f"acknowledgements[{index}]", a[1] if a else None, b[1] if b else None, ctx, step
        )
    return changes


def _path_label(path: str, ctx: _Context) -> str:
    field = ctx.field(path)
    if field is not None:
        return field.label
    parts = path.split(".")
    if path.startswith("funding.lines.") and len(parts) == 4:
        return _funding_label(parts[2], ctx.profile.funding_source_name(parts[3]))
    for spec in _ROW_LISTS:
        if path.startswith(spec.path + "["):
            index, _, rest = path[len(spec.path) + 1 :].partition("]")
            column = next(
                (translate("diff", c.label) for c in spec.columns if f".{c.attr}" == rest), rest
            )
            if index.isdigit():
                return _cell_label(translate("diff", spec.noun), int(index) + 1, column)
    if path.startswith("cost.original_amount"):
        return _own_label("cost.original_amount")
    return ctx.label_of(path)


def _typed_text(before: dict[str, str], after: dict[str, str], ctx: _Context) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for path in list(after) + [p for p in before if p not in after]:
        changes += ctx.change(
            f"invalid_input.{path}",
            translate("diff", "{label} ({mark})").format(
                label=_path_label(path, ctx), mark=translate("diff", TYPED_MARK)
            ),
            before.get(path, ""),
            after.get(path, ""),
            ctx.step_of(path),
        )
    return changes


# ------------------------------------------------------------------ fields of a newer format


def _extra_values(model: BaseModel, where: str = "") -> Iterator[tuple[str, Any]]:
    """(path, value) of every field the model does not know, outside the rows compared
    on their own (their rows' fields are compared with the row)."""
    for name, value in (model.model_extra or {}).items():
        yield f"{where}{name}", value
    for name in type(model).model_fields:
        path = f"{where}{name}"
        if path in _COMPOUND or path in ("goals",):
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel) and not isinstance(value, Checklist):
            yield from _extra_values(value, f"{path}.")
        elif isinstance(value, Checklist):
            for name_, extra in (value.model_extra or {}).items():
                yield f"{path}.{name_}", extra


def _extras(before: Sheet, after: Sheet, ctx: _Context) -> list[FieldChange]:
    old, new = dict(_extra_values(before)), dict(_extra_values(after))
    changes: list[FieldChange] = []
    for path in list(new) + [p for p in old if p not in new]:
        a, b = old.get(path), new.get(path)
        if a == b:
            continue
        changes += ctx.change(path, path, _plain_text(a), _plain_text(b), "")
    return changes


def _model_extras(
    path: str, before: BaseModel | None, after: BaseModel | None, ctx: _Context, step: str
) -> list[FieldChange]:
    old = (before.model_extra or {}) if before is not None else {}
    new = (after.model_extra or {}) if after is not None else {}
    changes: list[FieldChange] = []
    for name in list(new) + [n for n in old if n not in new]:
        changes += ctx.change(
            f"{path}.{name}",
            f"{path}.{name}",
            _plain_text(old.get(name)),
            _plain_text(new.get(name)),
            step,
        )
    return changes
