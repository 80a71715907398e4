"""The form definition: the steps of the guided editor and their fields, as data.

Like XLSForm, the form lives in resources/forms/*.toml and the engine is code. A field
points into the sheet by a dotted `path` (e.g. "identification.title").

The form is versioned (`form_version`) apart from the sheet format: the sheet model
stays, the form changes which parts of it are asked for. `migrations` declares, step by
step, how a sheet filled in with an older form is carried over: values that moved to
another path (a renamed checklist question, two description fields merged) and fields
that were removed (their values stay in the sheet and are shown read-only). The steps
are applied by domain/form_migration.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from prosjektark.domain.sheet import PHASES, Checklist, Phase, Sheet
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.domain.checklist import ChecklistDefinition

FieldType = Literal[
    "text",  # one line
    "multiline",  # free text
    "choice",  # one of `choices` or of a profile list named by `choices_from`
    "multichoice",
    "decimal",
    "integer",
    "date",
    "bool",
    "checklist",  # questions of resources/checklists/<checklist>.toml
    "cost_items",
    "funding_grid",
    "goal_scores",
    "risks",
    "milestones",
    "treatments",
    "attachments",
    "summary",
]

ChoiceSource = Literal[
    "",
    "parties",
    "municipalities",
    "agencies",
    "working_groups",
    "action_areas",
    "decision_bodies",
    "operation_exceptions",
    "funding_sources",
]


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    value: str
    label: str


class FormField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    path: str
    type: FieldType
    label: str
    help: str = ""
    source: str = ""  # the seed or document the help text quotes
    placeholder: str = ""
    unit: str = ""
    required_in: list[Phase] = Field(default_factory=list)
    shown_in: list[Phase] = Field(default_factory=lambda: list(PHASES))
    choices: list[Choice] = Field(default_factory=list)
    choices_from: ChoiceSource = ""
    checklist: str = ""

    def shown(self, phase: str) -> bool:
        return phase in self.shown_in

    def required(self, phase: str) -> bool:
        return phase in self.required_in and self.shown(phase)

    @property
    def key(self) -> str:
        """Identifier used in rule codes and widget names: the last part of the path."""
        return self.path.rsplit(".", 1)[-1]


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: str
    intro: str = ""
    fields: list[FormField] = Field(default_factory=list)

    def fields_for(self, phase: str) -> list[FormField]:
        return [f for f in self.fields if f.shown(phase)]


class MovedPath(BaseModel):
    """A value that the newer form asks for at another sheet path."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    from_path: str = Field(alias="from", min_length=1)
    to_path: str = Field(alias="to", min_length=1)
    # The old field's label: shown under «Fjernet fra skjemaet» when the value cannot be
    # moved because the target already holds another value.
    label: str = ""


class RemovedPath(BaseModel):
    """A field or checklist question the newer form no longer has."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    path: str = Field(min_length=1)
    label: str = Field(min_length=1)  # the old label, shown with the kept value
    step: str = ""  # the step it was on; its value is shown there if the step still exists


class FormMigration(BaseModel):
    """One step from `from_version` to `to_version` of the form."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    from_version: str = Field(min_length=1)
    to_version: str = Field(min_length=1)
    moved: list[MovedPath] = Field(default_factory=list)
    removed: list[RemovedPath] = Field(default_factory=list)


class FormDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    form_version: str
    title: str
    steps: list[Step]
    # Ordered, chained steps ending at `form_version` (oldest first).
    migrations: list[FormMigration] = Field(default_factory=list)

    @model_validator(mode="after")
    def _migrations_are_sound(self) -> FormDefinition:
        problems = migration_problems(self)
        if problems:
            raise ValueError(
                translate("form", "ugyldige migreringer ([[migrations]]): {problems}").format(
                    problems="; ".join(problems)
                )
            )
        return self

    def versions(self) -> list[str]:
        """Every form version the migrations know, oldest first, ending with this one."""
        if not self.migrations:
            return [self.form_version]
        return [self.migrations[0].from_version] + [m.to_version for m in self.migrations]

    def shows(self, path: str) -> bool:
        """Whether a field of this form covers the sheet path `path` (a checklist field
        covers every answer; whether the checklist has the question is the checklist's)."""
        return self.step_of(path) is not None

    def checklist_problems(self, checklists: Mapping[str, ChecklistDefinition]) -> list[str]:
        """Migration targets that are answers to questions the checklists do not have.

        Checked apart from loading the form: the checklists are separate files."""
        problems = []
        for index, move in enumerate(self.migrations):
            for m in move.moved:
                final = final_path(self, index, m.to_path)
                kind = sheet_path_kind(final) if final else None
                if kind is None or kind[0] != "answer":
                    continue
                checklist_path, question_id = final.split(".answers.", 1)
                field = self.field(checklist_path)
                definition = checklists.get((field.checklist or field.key) if field else "")
                if definition is None or definition.question(question_id) is None:
                    problems.append(
                        translate(
                            "form", "{step}: {path} er ikke et spørsmål i sjekklisten"
                        ).format(step=f"{move.from_version}→{move.to_version}", path=m.to_path)
                    )
        return problems

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def all_fields(self) -> list[FormField]:
        return [f for s in self.steps for f in s.fields]

    def field(self, path: str) -> FormField | None:
        return next((f for f in self.all_fields() if f.path == path), None)

    def covering_field(self, path: str) -> tuple[Step, FormField] | None:
        """The field that shows `path` (itself or its closest parent path), and its step."""
        best: tuple[Step, FormField] | None = None
        for step in self.steps:
            for f in step.fields:
                covers = path == f.path or path.startswith((f.path + ".", f.path + "["))
                if covers and (best is None or len(f.path) > len(best[1].path)):
                    best = (step, f)
        return best

    def step_of(self, path: str) -> Step | None:
        """The step that shows `path` or the closest parent path of it."""
        hit = self.covering_field(path)
        return hit[0] if hit else None


# Sheet parts that are the sheet's own bookkeeping, never a form field's value.
_NOT_FORM_DATA = frozenset(
    ("format", "id", "revision", "form_version", "profile", "is_example", "created")
    + ("modified", "acknowledgements", "invalid_input")
)


def sheet_path_kind(path: str) -> tuple[Literal["answer", "field"], Any] | None:
    """What a migration path names in the sheet model: ("answer", checklist attribute) for
    "<checklist>.answers.<question id>", ("field", (annotation, constraints)) for a leaf
    attribute such as "description.purpose"; None for anything else (a whole part, a
    list row, the sheet's bookkeeping, a typo)."""
    parts = path.split(".")
    if not all(parts) or parts[0] in _NOT_FORM_DATA:
        return None
    first = Sheet.model_fields.get(parts[0])
    if first is None:
        return None
    if first.annotation is Checklist:
        if len(parts) == 3 and parts[1] == "answers":
            return "answer", parts[0]
        return None
    model: Any = Sheet
    for i, part in enumerate(parts):
        info = model.model_fields.get(part) if isinstance(model, type) else None
        if info is None:
            return None
        annotation = info.annotation
        is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        if i < len(parts) - 1:
            if not is_model:
                return None
            model = annotation
        elif is_model:
            return None
        else:
            return "field", (annotation, tuple(repr(m) for m in info.metadata))
    return None


def final_path(form: FormDefinition, index: int, path: str) -> str | None:
    """Where a value at `path` after migration step `index` ends up in the current form,
    following the later steps' moves; None when a later step removes it."""
    for later in form.migrations[index + 1 :]:
        if any(r.path == path for r in later.removed):
            return None
        path = next((m.to_path for m in later.moved if m.from_path == path), path)
    return path


def migration_problems(form: FormDefinition) -> list[str]:
    """What is wrong with the form's migrations: a broken chain, a cycle, a path the sheet
    does not have, a move between values of different kinds, or a target that the
    current form does not show."""
    problems: list[str] = []
    steps = form.migrations
    if not steps:
        return problems
    for before, after in zip(steps, steps[1:], strict=False):
        if before.to_version != after.from_version:
            problems.append(
                translate("form", "{step} følges av {next}: versjonene henger ikke sammen").format(
                    step=f"{before.from_version}→{before.to_version}",
                    next=f"{after.from_version}→{after.to_version}",
                )
            )
    if steps[-1].to_version != form.form_version:
        problems.append(
            translate(
                "form", "siste steg går til {version}, ikke til skjemaets versjon {form_version}"
            ).format(version=steps[-1].to_version, form_version=form.form_version)
        )
    versions = form.versions()
    repeated = sorted({v for v in versions if versions.count(v) > 1})
    if repeated:
        problems.append(
            translate("form", "versjon {versions} forekommer flere ganger (en sirkel)").format(
                versions=", ".join(repeated)
            )
        )
    for index, step in enumerate(steps):
        name = f"{step.from_version}→{step.to_version}"
        sources = [m.from_path for m in step.moved]
        for path in sorted({p for p in sources if sources.count(p) > 1}):
            problems.append(
                translate("form", "{step}: {path} flyttes flere ganger").format(
                    step=name, path=path
                )
            )
        removed = [r.path for r in step.removed]
        for path in sorted({p for p in removed if removed.count(p) > 1 or p in sources}):
            problems.append(
                translate("form", "{step}: {path} er nevnt flere ganger").format(
                    step=name, path=path
                )
            )
        for r in step.removed:
            if sheet_path_kind(r.path) is None:
                problems.append(_not_a_path(name, r.path))
        for m in step.moved:
            source, target = sheet_path_kind(m.from_path), sheet_path_kind(m.to_path)
            if source is None or target is None:
                problems.append(_not_a_path(name, m.from_path if source is None else m.to_path))
                continue
            if m.from_path == m.to_path:
                problems.append(
                    translate("form", "{step}: {path} flyttes til seg selv").format(
                        step=name, path=m.from_path
                    )
                )
            elif source[0] != target[0] or (source[0] == "field" and source[1] != target[1]):
                problems.append(
                    translate(
                        "form", "{step}: {source} og {target} har ikke samme slags verdi"
                    ).format(step=name, source=m.from_path, target=m.to_path)
                )
            final = final_path(form, index, m.to_path)
            if final is not None and not form.shows(final):
                problems.append(
                    translate("form", "{step}: {path} er ikke et felt i skjemaet {version}").format(
                        step=name, path=m.to_path, version=form.form_version
                    )
                )
    return problems


def _not_a_path(step: str, path: str) -> str:
    return translate("form", "{step}: {path} er ikke en sti i prosjektarket").format(
        step=step, path=path
    )


_MISSING = object()


def get_path(obj: Any, path: str) -> Any:
    """Read a dotted path from a model; missing parts give None."""
    for part in path.split("."):
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, _MISSING)
        if obj is _MISSING or obj is None:
            return None
    return obj


def set_path(obj: Any, path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


def is_filled(value: Any) -> bool:
    """Whether a field value counts as answered for completeness."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict)):
        return bool(value)
    if hasattr(value, "answers"):  # a checklist
        return bool(value.answers)
    return True
