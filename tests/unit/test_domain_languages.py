"""The domain's own words in nynorsk and English (issue 14): labels, the case history,
a diff, the portfolio's flags, cost maths and the reader's messages follow the language
of the moment, and no bokmål text that has a translation shows through.

Reads the catalogues built by the translation tools (resources/translations/*.ts)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.domain import labels
from prosjektark.domain.case_history import event_line, what_text, who_text
from prosjektark.domain.caseflow import CaseEvent, answer_problem
from prosjektark.domain.costmath import triple_estimate
from prosjektark.domain.diff import FieldChange, diff_sheets, grouped_by_step
from prosjektark.domain.filetypes import type_mismatch
from prosjektark.domain.form_migration import REMOVED_HEADING
from prosjektark.domain.sheet import CostItem, SheetError, sheet_from_dict, sheet_from_json
from prosjektark.i18n import catalogue, translate, use_language

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"

# (language, a phrase of the translation that must show, bokmål that must not)
EXPECTED = {
    "nn": {
        "yes": "Ja",
        "warning": "Åtvaring",
        "draft": "Utkast",
        "saved": "Versjon lagra (revisjon 2)",
        "nobody": "(ingen identitet)",
        "cost_item": "Kostnadspost 1: Høg",
        "outside": "Utanfor skjemaet",
        "invalid": "Ugyldig prosjektark:",
        "removed": "Fjerna frå skjemaet",
        "explain": "forventing",
        "empty_file": "men fila er tom",
    },
    "en": {
        "yes": "Yes",
        "warning": "Warning",
        "draft": "Draft",
        "saved": "Version saved (revision 2)",
        "nobody": "(no identity)",
        "cost_item": "Cost item 1: High",
        "outside": "Outside the form",
        "invalid": "Invalid project sheet:",
        "removed": "Removed from the form",
        "explain": "standard deviation",
        "empty_file": "but the file is empty",
    },
}


@pytest.fixture(scope="module", autouse=True)
def _catalogues_present():
    for language in EXPECTED:
        if not catalogue(language):
            pytest.fail(f"no {language} catalogue: run python3 /work/helpers/tr_merge.py")


def _event() -> CaseEvent:
    return CaseEvent(
        id=1,
        sheet_id=uuid.uuid4(),
        at=datetime(2026, 11, 30, 6, 22, tzinfo=UTC),
        kind="version_saved",
        who="",
        fingerprint="",
        revision=2,
    )


@pytest.mark.parametrize("language", EXPECTED)
def test_labels_and_case_history_follow_the_language(language: str) -> None:
    want = EXPECTED[language]
    with use_language(language):
        assert labels.yes_no(True) == want["yes"]
        assert labels.severity_label("warning") == want["warning"]
        assert labels.status_label("utkast") == want["draft"]
        assert labels.status_label("ukjent_id") == "ukjent_id"  # an id shows as it is
        assert what_text(_event(), None) == want["saved"]
        assert who_text("", "") == want["nobody"]
        line = event_line(_event(), None)
        assert want["saved"] in line and want["nobody"] in line
    if language == "en":
        with use_language("en"):
            assert "Advarsel" not in labels.severity_label("warning")
            assert "30 Nov 2026" in event_line(_event(), None)
            assert "revisjon" not in event_line(_event(), None)
            assert answer_problem("reply", " ", None) == "Write the answer."


@pytest.mark.parametrize("language", EXPECTED)
def test_a_diff_names_rows_and_headings_in_the_language(language: str, catalog) -> None:
    want = EXPECTED[language]
    before = sheet_from_json((FIXTURES / "prosjektark-1.0-sykkelveg.json").read_text("utf-8"))
    after = before.model_copy(deep=True)
    after.cost.items[0].high = Decimal("7.5")
    after.language = language
    profile = catalog.profile("miljopakken")
    with use_language(language):
        changes = diff_sheets(before, after, catalog.form, catalog.checklists, profile)
        by_field = {c.field: c for c in changes}
        assert by_field["cost.items[0].high"].label == want["cost_item"]
        assert "Kostnadspost" not in by_field["cost.items[0].high"].label or language == "nn"
        assert "Høy" not in by_field["cost.items[0].high"].label
        # A change no step of the form shows (a field of a newer format) is grouped last.
        newer = FieldChange("review_language", "review_language", "added", "", "nn", "")
        headings = [title for title, _ in grouped_by_step([*changes, newer], catalog.form)]
        assert headings[-1] == want["outside"]
    if language == "en":
        assert by_field["cost.items[0].high"].after == "7.5\u00a0MNOK"


@pytest.mark.parametrize("language", EXPECTED)
def test_messages_of_the_reader_and_the_calculations_follow_the_language(
    language: str,
) -> None:
    want = EXPECTED[language]
    with use_language(language):
        data = json.loads((FIXTURES / "prosjektark-1.3-nynorsk.json").read_text("utf-8"))
        data["revision"] = "tre"
        with pytest.raises(SheetError) as caught:
            sheet_from_dict(data)
        assert str(caught.value).startswith(want["invalid"])
        assert "må være" not in str(caught.value)
        assert translate("form_migration", REMOVED_HEADING) == want["removed"]
        explained = triple_estimate([CostItem(name="Bru", low=1, most_likely=2, high=4)]).explain()
        assert want["explain"] in explained and "forventning" not in explained
        mismatch = type_mismatch("plan.pdf", "application/pdf", b"")
        assert mismatch is not None and want["empty_file"] in mismatch


def test_bokmal_stays_the_source_text() -> None:
    with use_language("nb"):
        assert labels.severity_label("warning") == "Advarsel"
        assert what_text(_event(), None) == "Versjon lagret (revisjon 2)"
        assert who_text("", "") == "(ingen identitet)"
