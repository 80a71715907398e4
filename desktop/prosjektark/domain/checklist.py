"""Thematic checklists (land use, traffic safety, …) as data: resources/checklists/*.toml."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from prosjektark.domain.sheet import PHASES, Phase

NOT_RELEVANT = "ikke_relevant"


class AnswerOption(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    value: str
    label: str
    needs_justification: bool = False


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    text: str
    help: str = ""
    source: str = ""
    required_in: list[Phase] = Field(default_factory=lambda: list(PHASES))
    # When empty, the checklist's default options are used.
    options: list[AnswerOption] = Field(default_factory=list)


class ChecklistDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str  # "land_use", "traffic_safety": also the sheet attribute and rule-code prefix
    title: str
    intro: str = ""
    source: str = ""
    default_options: list[AnswerOption]
    questions: list[Question]

    def options_for(self, question: Question) -> list[AnswerOption]:
        return question.options or self.default_options

    def option(self, question: Question, value: str) -> AnswerOption | None:
        return next((o for o in self.options_for(question) if o.value == value), None)

    def needs_justification(self, question: Question, value: str) -> bool:
        """ "Ikke relevant" always needs a justification, whatever the file says."""
        if value == NOT_RELEVANT:
            return True
        option = self.option(question, value)
        return bool(option and option.needs_justification)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
