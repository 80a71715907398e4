"""The form definition: the steps of the guided editor and their fields, as data.

Like XLSForm, the form lives in resources/forms/*.toml and the engine is code. A field
points into the sheet by a dotted `path` (e.g. "identification.title").
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from prosjektark.domain.sheet import PHASES, Phase

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


class FormDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    form_version: str
    title: str
    steps: list[Step]

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def all_fields(self) -> list[FormField]:
        return [f for s in self.steps for f in s.fields]

    def field(self, path: str) -> FormField | None:
        return next((f for f in self.all_fields() if f.path == path), None)

    def step_of(self, path: str) -> Step | None:
        """The step that shows `path` or the closest parent path of it."""
        best: tuple[int, Step] | None = None
        for step in self.steps:
            for f in step.fields:
                covers = path == f.path or path.startswith((f.path + ".", f.path + "["))
                if covers and (best is None or len(f.path) > best[0]):
                    best = (len(f.path), step)
        return best[1] if best else None


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
