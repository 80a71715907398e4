"""Norwegian display text shared by the PDF and Excel exports.

Numbers and dates come from domain.nb_format (re-exported here, so the exports read
`fmt.format_mnok`, …), labels of the sheet's values from domain.labels (the form's
choices and the profile's vocabulary). Neither is copied here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.findings import SEVERITY_ORDER, Finding
from prosjektark.domain.form import FormDefinition, FormField
from prosjektark.domain.labels import choice_label, yes_no
from prosjektark.domain.nb_format import (  # noqa: F401 (re-exported for fmt.format_…)
    MINUS,
    NBSP,
    format_date,
    format_datetime,
    format_mnok,
    format_number,
    format_percent,
    round_mnok,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

# Shown with translate("formatting", EMPTY) where the page is written.
EMPTY = QT_TRANSLATE_NOOP("formatting", "Ikke utfylt")
DASH = "–"

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ------------------------------------------------------------------ numbers and dates


def format_bool(value: bool | None) -> str:
    return "" if value is None else yes_no(value)


def format_size(size: int) -> str:
    """'532 byte', '12,4 kB', '3,1 MB' (decimal units, as file managers show them)."""
    if size < 1000:
        return translate("formatting", "{size} byte").format(size=size).replace(" ", NBSP)
    for unit, factor in (("kB", 10**3), ("MB", 10**6), ("GB", 10**9)):
        if size < factor * 1000 or unit == "GB":
            return f"{format_number(Decimal(size) / factor, max_decimals=1)}{NBSP}{unit}"
    return f"{size}{NBSP}B"  # pragma: no cover


def short_hash(sha256: str, length: int = 12) -> str:
    return sha256[:length]


def clean_text(text: str) -> str:
    """User text without control characters that PDF and XLSX cannot carry."""
    return _CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# ------------------------------------------------------------------ labels


def profile_of(sheet: Sheet, catalog: Catalog) -> Profile:
    """The sheet's agreement profile; the catalog's default when unknown or unset."""
    return catalog.profiles.get(sheet.profile) or catalog.default_profile


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
        text = format_number(value, minus=MINUS)  # type: ignore[arg-type]
        return f"{text}{NBSP}{field.unit}" if field.unit else text
    if field.type == "integer":
        return str(value)  # years and counts: no thousands separator
    if field.type == "choice":
        if value == "" and not any(c.value == "" for c in field.choices):
            # A choice from a profile list names its empty choice by `placeholder` («Ingen»).
            return field.placeholder if field.choices_from else ""
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
            when = format_date(ack.at.date())
            if ack.by:
                text = translate("formatting", "Kvittert av {who} {date}").format(
                    who=ack.by, date=when
                )
            else:
                text = translate("formatting", "Kvittert {date}").format(date=when)
            return f"{text}: {clean_text(ack.comment)}" if ack.comment else text
    return ""


def funding_grid(
    sheet: Sheet, profile: Profile
) -> tuple[list[int], list[str], dict[tuple[int, str], Decimal]]:
    """Years (the programme period plus any other year used), the sources, and the sum
    per (year, source)."""
    cells = sheet.funding.amounts()
    years = sorted(set(profile.years) | {line.year for line in sheet.funding.lines})
    known = [s.id for s in profile.funding_sources]
    # A source the programme does not know (vocabulary.unknown) is still shown, last.
    other = sorted({line.source for line in sheet.funding.lines} - set(known))
    return years, known + other, cells


@dataclass(frozen=True)
class ChecklistRow:
    checklist_id: str
    theme: str
    question: str
    answer: str  # the answer's label, or «Ikke besvart»
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
                    ChecklistRow(
                        cid,
                        theme,
                        question.text,
                        translate("formatting", "Ikke besvart"),
                        justification,
                        False,
                    )
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
