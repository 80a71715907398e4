"""One sheet's case file («Saksmappe») as a PDF for a meeting of the secretariat.

The sheet as its own PDF shows it (every step, the findings of the rule check, values
the form no longer asks for), then where it stands in the review (the programme's name
for the state, since when, whether a new revision came), the remarks with the working
group's answers, and the case history, oldest first. Everything the secretariat keeps
beside the sheet is read from the store by the caller; this module only lays it out.

A case file is paper for a meeting, not a delivery: it is never signed, has no signature
box, and is stamped UTKAST only when the sheet itself is not ready, as in its own PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from prosjektark.domain.caseflow import Answer, CaseEvent, Remark, ReviewStatus
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.labels import status_label
from prosjektark.domain.rules import check_sheet, sheet_status
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import language as current_language
from prosjektark.i18n import use_language

__all__ = ["render_case_file"]


def render_case_file(
    sheet: Sheet,
    catalog: Catalog,
    history: Sequence[CaseEvent],
    remarks: Sequence[Remark],
    answers: Sequence[Answer],
    review_status: ReviewStatus | None,
    *,
    made_at: datetime | None = None,
    today: date | None = None,
    language: str | None = None,
) -> bytes:
    """The case file as PDF bytes. `made_at` (default now) is printed on it and counts the
    days in the current state; `today` is the rule check's date (default today).
    `language`: the one the case file is written in, the secretariat's own, whatever the
    sheet's is (default: the current language, i.e. the UI's)."""
    from prosjektark.exchange.pdf import render_case_pdf

    written_in = language or current_language()
    with use_language(written_in):
        catalog = catalog.in_language(written_in)
        findings = check_sheet(sheet, catalog, today=today)
        status = sheet_status(sheet, findings)
        return render_case_pdf(
            sheet,
            catalog,
            findings,
            draft=status != "klar",
            status=status_label(status),
            review_status=review_status,
            history=list(history),
            remarks=list(remarks),
            answers=list(answers),
            made_at=made_at or datetime.now(UTC),
        )
