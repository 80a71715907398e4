"""The one label table: how a value of the sheet is named wherever it is shown.

Labels of enum values are data, never copies in code: a choice field's values are named
by the form's `choices` (resources/forms/*.toml), the programme's vocabulary (funding
sources, operation exceptions, transitions, bodies, action areas, goals) by the sheet's
profile (resources/profiles/*.toml). A value that neither names is shown as it is, so a
sheet of another programme or a newer form still reads.

The few words that are the program's own and not programme or form data (Ja/Nei, the
severities, the sheet statuses) are kept here or imported here, so there is one place to
look for every label. They are written in bokmål and translated here, into the language
of the moment (prosjektark.i18n); use these functions, not the tables, to show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prosjektark.domain.findings import SEVERITY_NAMES
from prosjektark.domain.summary import STATUS_NAMES
from prosjektark.i18n import translate

if TYPE_CHECKING:  # the list shows before the form's pydantic models are loaded (start-up)
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.profile import Profile

__all__ = [
    "PHASE_PATH",
    "SEVERITY_NAMES",
    "STATUS_NAMES",
    "body_label",
    "choice_label",
    "funding_source_label",
    "goal_label",
    "operation_exception_label",
    "phase_label",
    "phase_name",
    "severity_label",
    "status_label",
    "transition_label",
    "yes_no",
]

# The form field whose choices name the phases ("Prosjektutvikling (PU)").
PHASE_PATH = "identification.phase"


def choice_label(form: FormDefinition, path: str, value: str, profile: Profile | None) -> str:
    """The label of `value` in the choice field `path`: the form's own choices first, then
    the profile list the field takes its choices from; else the value itself."""
    field = form.field(path)
    if field is None:
        return value
    for choice in field.choices:
        if choice.value == value:
            return choice.label
    if profile is None:
        return value
    match field.choices_from:
        case "action_areas":
            return profile.action_area_name(value)
        case "decision_bodies":
            return body_label(profile, value)
        case "funding_sources":
            return profile.funding_source_name(value)
        case "operation_exceptions":
            return profile.operation_exception_name(value)
    return value  # parties, municipalities, agencies, working groups: their names


def phase_label(form: FormDefinition, phase: str) -> str:
    """The phase as the form names it in its choice list: 'Prosjektutvikling (PU)'."""
    return choice_label(form, PHASE_PATH, phase, None)


def phase_name(form: FormDefinition, phase: str) -> str:
    """The phase's name without its code, for running text: 'Prosjektutvikling'. The form's
    label with the code in brackets after it taken off (the form writes it that way)."""
    return phase_label(form, phase).removesuffix(f" ({phase})").strip() or phase


def transition_label(profile: Profile, transition: str) -> str:
    """The profile's name of a transition ('PU → DP'); '' for none."""
    return profile.transition_name(transition) if transition else ""


def funding_source_label(profile: Profile, source: str) -> str:
    return profile.funding_source_name(source)


def operation_exception_label(profile: Profile, exception: str) -> str:
    return profile.operation_exception_name(exception) if exception else ""


def body_label(profile: Profile, body: str) -> str:
    """A decision body's name when `body` is a profile id, else the text as written."""
    found = profile.body(body)
    return found.name if found else body


def goal_label(profile: Profile, goal_id: str) -> str:
    goal = profile.goal(goal_id)
    return goal.name if goal else goal_id


def yes_no(value: bool) -> str:
    return translate("labels", "Ja") if value else translate("labels", "Nei")


def severity_label(severity: str) -> str:
    name = SEVERITY_NAMES.get(severity)
    return translate("findings", name) if name else severity


def status_label(status: str) -> str:
    name = STATUS_NAMES.get(status)
    return translate("summary", name) if name else status
