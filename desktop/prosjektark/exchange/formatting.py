"""Norwegian display text shared by the PDF and Excel exports.

Numbers and dates come from domain.nb_format (re-exported here); enum values of the
sheet are shown by their Norwegian labels. The form definition is the first source of
labels (it is data); the tables here are the fallback for values the form does not list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.findings import SEVERITY_NAMES, SEVERITY_ORDER, Finding
from prosjektark.domain.form import FormDefinition, FormField
from prosjektark.domain.nb_format import (  # noqa: F401 (re-exported for fmt.format_…)
    NBSP,
    format_date,
    format_datetime,
    format_number,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import PHASE_NAMES, Sheet

EMPTY = "Ikke utfylt"
DASH = "–"

FUNDING_SOURCE_NAMES: dict[str, str] = {
    "bompenger": "Bompenger",
    "statlig": "Statlige midler",
    "fylkeskommunal": "Fylkeskommunale midler",
    "kommunal": "Kommunale midler",
    "annen": "Andre midler",
}
FUNDING_TYPE_NAMES: dict[str, str] = {
    "enkeltprosjekt": "Enkeltprosjekt",
    "prosjektpakke": "Prosjektpakke",
    "sekkepost": "Sekkepost",
}
ESTIMATE_KIND_NAMES: dict[str, str] = {
    "utredningsestimat": "Utredningsestimat",
    "styringsmal": "Styringsmål",
    "styringsramme": "Styringsramme",
}
ESTIMATE_METHOD_NAMES: dict[str, str] = {
    "anslagsmetoden": "Anslagsmetoden (Statens vegvesen)",
    "enklere": "Enklere kostnadsvurdering",
}
TRANSITION_NAMES: dict[str, str] = {
    "": DASH,
    "PU-DP": "PU til DP",
    "DP-UB": "DP til UB",
}
STATUS_NAMES: dict[str, str] = {"utkast": "Utkast", "klar": "Klar", "signert": "Signert"}

# Fallback labels for choice fields whose form entry lacks `choices`.
_ENUM_LABELS: dict[str, dict[str, str]] = {
    "identification.phase": {k: f"{v} ({k})" for k, v in PHASE_NAMES.items()},
    "identification.funding_type": FUNDING_TYPE_NAMES,
    "cost.estimate_kind": ESTIMATE_KIND_NAMES,
    "cost.estimate_method": ESTIMATE_METHOD_NAMES,
}

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ------------------------------------------------------------------ numbers and dates


def format_mnok(value: Decimal | float | int | None, *, unit: bool = True) -> str:
    """'12,5 MNOK' (at least one decimal, at most three: whole thousand kroner)."""
    if value is None:
        return ""
    text = format_number(value, min_decimals=1, max_decimals=3)
    return f"{text}{NBSP}MNOK" if unit else text


def format_percent(value: Decimal | float | int | None) -> str:
    """'35 %' or '12,5 %' (Norwegian puts a space before the percent sign)."""
    if value is None:
        return ""
    return f"{format_number(value, max_decimals=2)}{NBSP}%"


def format_bool(value: bool | None) -> str:
    if value is None:
        return ""
    return "Ja" if value else "Nei"


def format_size(size: int) -> str:
    """'532 byte', '12,4 kB', '3,1 MB' (decimal units, as file managers show them)."""
    if size < 1000:
        return f"{size}{NBSP}byte"
    for unit, factor in (("kB", 10**3), ("MB", 10**6), ("GB", 10**9)):
        if size < factor * 1000 or unit == "GB":
            return f"{format_number(Decimal(size) / factor, max_decimals=1)}{NBSP}{unit}"
    return f"{size}{NBSP}byte"  # pragma: no cover


def short_hash(sha256: str, length: int = 12) -> str:
    return sha256[:length]


def clean_text(text: str) -> str:
    """User text without control characters that PDF and XLSX cannot carry."""
    return _CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# ------------------------------------------------------------------ labels


def profile_of(sheet: Sheet, catalog: Catalog) -> Profile:
    """The sheet's agreement profile; the catalog's default when unknown or unset."""
    return catalog.profiles.get(sheet.profile) or catalog.default_profile


def phase_label(phase: str) -> str:
    name = PHASE_NAMES.get(phase)
    return f"{name} ({phase})" if name else phase


def funding_source_label(source: str) -> str:
    return FUNDING_SOURCE_NAMES.get(source, source)


def severity_label(severity: str) -> str:
    return SEVERITY_NAMES.get(severity, severity)


def status_label(status: str) -> str:
    return STATUS_NAMES.get(status, status)


def transition_label(transition: str) -> str:
    return TRANSITION_NAMES.get(transition, transition)


def body_label(body: str, profile: Profile) -> str:
    """A decision body's name when `body` is a profile id, else the text as written."""
    found = profile.body(body)
    return found.name if found else body


def goal_label(goal_id: str, profile: Profile) -> str:
    goal = profile.goal(goal_id)
    return goal.name if goal else goal_id


def choice_label(form: FormDefinition, path: str, value: str, profile: Profile) -> str:
    """The label of a choice value: from the form's choices, the profile, or the fallbacks."""
    field = form.field(path)
    if field is not None:
        for choice in field.choices:
            if choice.value == value:
                return choice.label
        if field.choices_from == "action_areas":
            return profile.action_area_name(value)
        if field.choices_from == "decision_bodies":
            return body_label(value, profile)
    fallback = _ENUM_LABELS.get(path, {})
    if value in fallback:
        return fallback[value]
    if path == "funding.operation_exception" and not value:
        return "Ingen"
    return value


def field_text(field: FormField, value: object, form: FormDefinition, profile: Profile) -> str:
    """A simple field's value as display text; '' when not filled in."""
    if value is None:
        return ""
    if field.type == "bool":
        return format_bool(bool(value))
    if field.type == "date" and isinstance(value, dt.date):
        return format_date(value)
    if field.type == "decimal":
        if field.unit == "MNOK":
            return format_mnok(value)  # type: ignore[arg-type]
        if field.unit == "%":
            return format_percent(value)  # type: ignore[arg-type]
        text = format_number(value)  # type: ignore[arg-type]
        return f"{text}{NBSP}{field.unit}" if field.unit else text
    if field.type == "integer":
        return str(value)  # years and counts: no thousands separator
    if field.type == "choice":
        if value == "" and not any(c.value == "" for c in field.choices):
            return ""
        return choice_label(form, field.path, str(value), profile)
    if field.type == "multichoice" and isinstance(value, Iterable) and not isinstance(value, str):
        return ", ".join(choice_label(form, field.path, str(v), profile) for v in value)
    return clean_text(str(value))


def step_title(form: FormDefinition, step_id: str) -> str:
    return next((s.title for s in form.steps if s.id == step_id), step_id)


def sorted_findings(findings: Iterable[Finding], form: FormDefinition) -> list[Finding]:
    """Errors first, then warnings, then info; within each, in the order of the form."""
    order = {s.id: i for i, s in enumerate(form.steps)}
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_ORDER.get(f.severity, 9),
            order.get(f.step, len(order)),
            f.field,
            f.code,
        ),
    )


def acknowledgement_text(sheet: Sheet, finding: Finding) -> str:
    """'Kvittert av NN: comment' when the user acknowledged this warning."""
    for ack in sheet.acknowledgements:
        if ack.code == finding.code and (not ack.field or ack.field == finding.field):
            who = f" av {ack.by}" if ack.by else ""
            comment = f": {clean_text(ack.comment)}" if ack.comment else ""
            return f"Kvittert{who} {format_date(ack.at.date())}{comment}"
    return ""


def funding_grid(
    sheet: Sheet, profile: Profile
) -> tuple[list[int], list[str], dict[tuple[int, str], Decimal]]:
    """Years (the programme period plus any other year used), the sources, and the sum
    per (year, source)."""
    from prosjektark.domain.sheet import FUNDING_SOURCES

    cells = sheet.funding.amounts()
    years = sorted(set(profile.years) | {line.year for line in sheet.funding.lines})
    return years, list(FUNDING_SOURCES), cells


@dataclass(frozen=True)
class ChecklistRow:
    checklist_id: str
    theme: str
    question: str
    answer: str  # the answer's label, or "Ikke besvart"
    justification: str
    answered: bool


def checklist_rows(sheet: Sheet, catalog: Catalog) -> list[ChecklistRow]:
    """Every checklist the form shows, in form order: each question answered or required
    in the sheet's phase, then answers to questions the checklist file no longer has."""
    phase = sheet.identification.phase
    ids = [f.checklist or f.path for f in catalog.form.all_fields() if f.type == "checklist"]
    ids += [cid for cid in catalog.checklists if cid not in ids]
    rows: list[ChecklistRow] = []
    for cid in ids:
        definition = catalog.checklists.get(cid)
        answers = getattr(getattr(sheet, cid, None), "answers", None)
        if answers is None:
            continue
        theme = definition.title if definition else cid
        seen: set[str] = set()
        for question in definition.questions if definition else []:
            seen.add(question.id)
            answer = answers.get(question.id)
            if answer is None and phase not in question.required_in:
                continue
            justification = clean_text(answer.justification) if answer else ""
            if answer is None or not answer.answer:
                rows.append(
                    ChecklistRow(cid, theme, question.text, "Ikke besvart", justification, False)
                )
                continue
            option = definition.option(question, answer.answer)
            label = option.label if option else answer.answer
            rows.append(ChecklistRow(cid, theme, question.text, label, justification, True))
        for qid, answer in answers.items():
            if qid not in seen:
                rows.append(
                    ChecklistRow(
                        cid, theme, qid, answer.answer, clean_text(answer.justification), True
                    )
                )
    return rows
