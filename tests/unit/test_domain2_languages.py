"""The frames file's, the price index's, the form's and the profile's messages, the
calendar rules and the typed-input rules in nynorsk and English (issue 14): each in the
language, none of the bokmål source showing, bokmål as before. Numbers and dates go
through the one formatter, so an English message has "1 Jun 2026" and a point.

Run `python3 /work/helpers/tr_merge.py` first when the catalogues are stale."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from prosjektark.domain import price_index, schema
from prosjektark.domain.catalog import Catalog, load_catalog
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.frames import (
    FrameLine,
    FramesError,
    frames_csv,
    parse_amount,
    parse_frames_csv,
    validate_frames,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.rules.inputs import describe_input
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import Treatment
from prosjektark.exchange.pdf import render_pdf
from prosjektark.exchange.xlsx import _next_decision
from prosjektark.i18n import use_language
from prosjektark.paths import resource_dir

D = Decimal
HEADER = "år;kilde;part;beløp_mnok"
# Three bad lines: a missing year, an unknown source, a number that can be read two ways.
BAD_FRAMES = f"{HEADER}\n;bompenger;;10\n2027;sparegris;;10\n2027;bompenger;;1.000\n"


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return {lang: load_catalog(resource_dir(), language=lang) for lang in ("nb", "nn", "en")}


def _frame_problems(catalog: Catalog, text: str) -> list[str]:
    with pytest.raises(FramesError) as caught:
        parse_frames_csv(text, catalog.profile("miljopakken"))
    return [str(p) for p in caught.value.problems]


# ------------------------------------------------------------------------------- frames


def test_frames_file_problems_in_bokmal_are_as_before(catalogs):
    with use_language("nb"):
        lines = _frame_problems(catalogs["nb"], BAD_FRAMES)
    assert lines[0] == "Linje 2: året mangler."
    assert lines[1].startswith("Linje 3: ukjent finansieringskilde «sparegris». Kjente kilder i")
    assert lines[2] == (
        "Linje 4: «1.000» kan leses både som 1000 og 1,000. Skriv tallet uten punktum (1000), "
        "eller med komma som desimaltegn (1,000)."
    )


def test_frames_file_problems_in_nynorsk(catalogs):
    with use_language("nn"):
        lines = _frame_problems(catalogs["nn"], BAD_FRAMES)
    text = "\n".join(lines)
    assert lines[0] == "Linje 2: året manglar."
    assert "ukjend finansieringskjelde «sparegris». Kjende kjelder i" in lines[1]
    assert "kan lesast både som 1000 og 1,000. Skriv talet utan punktum (1000)" in lines[2]
    for bokmal in ("mangler", "ukjent finansieringskilde", "Kjente kilder", "kan leses", "ikke"):
        assert bokmal not in text


def test_frames_file_problems_in_english(catalogs):
    with use_language("en"):
        lines = _frame_problems(catalogs["en"], BAD_FRAMES)
        empty = _frame_problems(catalogs["en"], "")
        header = _frame_problems(catalogs["en"], "year;source;party;amount\n")
    assert lines[0] == "Line 2: the year is missing."
    assert lines[1].startswith("Line 3: unknown funding source “sparegris”. Known sources in")
    assert lines[2] == (
        "Line 4: “1.000” can be read both as 1000 and as 1,000. Write the number without a "
        "full stop (1000), or with a comma as the decimal mark (1,000)."
    )
    assert empty == [f"The file is empty. The first line must be the header “{HEADER}”."]
    assert header == [f"Line 1: the header is “year;source;party;amount”, but must be “{HEADER}”."]
    for bokmal in ("Linje", "mangler", "ukjent", "Kjente", "overskriften", "Filen er tom"):
        assert bokmal not in "\n".join(lines + empty + header)


def test_frame_validation_names_the_frame_in_the_language(catalogs):
    line = FrameLine(2027, "bompenger", "", D("-5.5"))
    with use_language("en"):
        [problem] = validate_frames([line], catalogs["en"].profile("miljopakken"))
    assert problem.reason.startswith("The frame for 2027, ")
    assert problem.reason.endswith(
        ", whole programme: the amount -5.5 is negative; a frame cannot be below zero."
    )
    with use_language("nn"):
        [problem] = validate_frames([line], catalogs["nn"].profile("miljopakken"))
    assert problem.reason.startswith("Ramma for 2027, ")
    assert "heile programmet: beløpet -5,5 er negativt; ei ramme kan ikkje vere under null." in (
        problem.reason
    )


def test_the_frames_file_keeps_its_decimal_commas_in_english(catalogs):
    """The file is the semicolon form Norwegian Excel opens, in every language: an English
    UI writing "12.25" in it would make a file that reads back as a refusal."""
    profile = catalogs["en"].profile("miljopakken")
    lines = [FrameLine(2027, "bompenger", "", D("1250.5")), FrameLine(2028, "statlig", "", D("8"))]
    with use_language("en"):
        text = frames_csv(lines, profile)
        assert parse_frames_csv(text, profile) == lines
    assert "2027;bompenger;;1250,5" in text
    with use_language("nb"):
        assert frames_csv(lines, catalogs["nb"].profile("miljopakken")) == text


def test_an_amount_without_a_mark_is_read_as_the_language_writes_it():
    with use_language("nb"):
        assert parse_amount("1 234,5") == D("1234.5")
    with use_language("en"):
        assert parse_amount("1,234.5") == D("1234.5")
        assert parse_amount("12.25") == D("12.25")
        with pytest.raises(ValueError) as caught:
            parse_amount("12,5x")
    assert str(caught.value) == "the amount “12,5x” is not a number in millions of kroner."


# -------------------------------------------------------------------------- price index


def test_price_index_messages_in_each_language(tmp_path: Path):
    (tmp_path / "prisindeks-miljopakken.toml").write_text("[price_index]\n2028 = -1.0\n")
    expected = {
        "nb": ("Året 1800 må ligge mellom 1900 og 2200.", "indeksen for 2028 må være et"),
        "nn": ("Året 1800 må liggje mellom 1900 og 2200.", "indeksen for 2028 må vere eit"),
        "en": ("The year 1800 must be between 1900 and 2200.", "the index for 2028 must be a"),
    }
    for language, (year, index) in expected.items():
        with use_language(language):
            assert price_index.check_entry(1800, D("100")) == year
            with pytest.raises(price_index.PriceIndexFileError) as caught:
                price_index.read_override(tmp_path, "miljopakken")
        assert str(caught.value).startswith(f"prisindeks-miljopakken.toml: {index}")
    with use_language("en"), pytest.raises(price_index.PriceIndexFileError) as caught:
        price_index.parse_override("[annet]\n")
    assert str(caught.value) == "the table [price_index] is missing"


def test_the_price_index_file_comments_are_in_the_language_and_read_back(catalogs):
    profile = catalogs["nn"].profile("miljopakken")
    with use_language("nn"):
        text = price_index.format_override(profile, {2028: D("157.1")})
    assert "# Åra her erstattar eller utvidar tabellen til programmet." in text
    assert "skriven av Prosjektark" in text and "skrevet" not in text
    assert price_index.parse_override(text) == {2028: D("157.1")}


# ------------------------------------------------------------------------ form, profile


def _profile_error(catalog: Catalog) -> str:
    data = catalog.profile("miljopakken").model_dump()
    data["transitions"][0]["from_phase"] = "XX"
    data["decision_routes"][0]["body"] = "ingen"
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate(data)
    return str(caught.value)


def _form_error(catalog: Catalog) -> str:
    data = catalog.form.model_dump(by_alias=True)
    data["migrations"] = [
        {"from_version": "0.1", "to_version": "0.2", "moved": [], "removed": []},
        {"from_version": "0.3", "to_version": "0.4", "moved": [], "removed": []},
    ]
    with pytest.raises(ValidationError) as caught:
        FormDefinition.model_validate(data)
    return str(caught.value)


def test_profile_and_form_file_errors_in_each_language(catalogs):
    with use_language("nb"):
        profile_nb, form_nb = _profile_error(catalogs["nb"]), _form_error(catalogs["nb"])
    with use_language("nn"):
        profile_nn, form_nn = _profile_error(catalogs["nn"]), _form_error(catalogs["nn"])
    with use_language("en"):
        profile_en, form_en = _profile_error(catalogs["en"]), _form_error(catalogs["en"])
    assert "overgangen PU-DP: ukjent fase «XX»" in profile_nb
    assert "beslutningsregel: ukjent organ «ingen»" in profile_nb
    assert "overgangen PU-DP: ukjend fase «XX»" in profile_nn
    assert "avgjerdsregel: ukjend organ «ingen»" in profile_nn
    assert "transition PU-DP: unknown phase “XX”" in profile_en
    assert "decision route: unknown body “ingen”" in profile_en
    assert "ugyldige migreringer ([[migrations]]): 0.1→0.2 følges av 0.3→0.4" in form_nb
    assert "ugyldige migreringar ([[migrations]]): 0.1→0.2 blir følgt av 0.3→0.4" in form_nn
    assert "versjonane heng ikkje saman" in form_nn
    assert "invalid migrations ([[migrations]]): 0.1→0.2 is followed by 0.3→0.4" in form_en
    assert "the last step goes to 0.4, not to the form's version" in form_en
    for bokmal in ("ukjent", "beslutningsregel", "følges av", "ikke"):
        assert bokmal not in profile_nn + form_nn + profile_en + form_en


def test_the_schema_command_says_what_it_wrote_in_the_language_of_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "schema.json"
    monkeypatch.setenv("LANGUAGE", "en_GB")
    assert schema.main([str(target)]) == 0
    assert capsys.readouterr().out == f"Wrote {target}\n"
    monkeypatch.setenv("LANGUAGE", "nn_NO")
    assert schema.main([str(target)]) == 0
    assert capsys.readouterr().out == f"Skreiv {target}\n"


# ----------------------------------------------------------------------------- calendar

LATE = date(2031, 6, 1)  # after the deadline, years after the grant


def _calendar_messages(catalog: Catalog, language: str) -> dict[str, str]:
    s = complete_sheet(catalog, "miljopakken", "DP")
    s.treatments = [
        Treatment(body="politisk", transition="PU-DP", date=date(2026, 6, 2), political=True)
    ]
    s.funding.granted_date = date(2026, 6, 1)
    with use_language(language):
        findings = check_sheet(s, catalog, today=LATE)
    codes = ("schedule.after_deadline", "schedule.decision_after_deadline", "portfolio.inactive")
    return {f.code: f.message for f in findings if f.code in codes}


def test_calendar_messages_in_bokmal_are_as_before(catalogs):
    messages = _calendar_messages(catalogs["nb"], "nb")
    assert messages["schedule.after_deadline"].startswith("Fristen for innspill til ")
    assert " var 01.06.2026. Arket regnes som innspill" in messages["schedule.after_deadline"]
    assert messages["schedule.decision_after_deadline"].startswith(
        "Den politiske behandlingen 02.06.2026 (Politisk behandling hos partene) er etter "
        "fristen 01.06.2026"
    )
    assert messages["portfolio.inactive"].startswith(
        "Midlene ble bevilget 01.06.2026, for minst 3 år siden"
    )


def test_calendar_messages_in_nynorsk(catalogs):
    messages = _calendar_messages(catalogs["nn"], "nn")
    assert " var 01.06.2026. Arket blir rekna som innspel" in messages["schedule.after_deadline"]
    assert messages["schedule.decision_after_deadline"].startswith(
        "Den politiske handsaminga 02.06.2026 (Politisk handsaming hos partane) er etter "
        "fristen 01.06.2026"
    )
    assert messages["portfolio.inactive"].startswith(
        "Midlane vart løyvde 01.06.2026, for minst 3 år sidan"
    )
    for bokmal in ("regnes som innspill", "behandlingen", "Midlene ble bevilget", "ikke"):
        assert bokmal not in "\n".join(messages.values())


def test_calendar_messages_in_english_with_english_dates(catalogs):
    messages = _calendar_messages(catalogs["en"], "en")
    assert messages["schedule.after_deadline"].startswith("The deadline for submissions to ")
    assert (
        " was 1 Jun 2026. The sheet counts as a submission" in (messages["schedule.after_deadline"])
    )
    assert messages["schedule.decision_after_deadline"].startswith(
        "The political consideration on 2 Jun 2026 (Political consideration by the parties) is "
        "after the deadline of 1 Jun 2026"
    )
    assert messages["portfolio.inactive"].startswith(
        "The funds were granted on 1 Jun 2026, at least 3 years ago"
    )
    text = "\n".join(messages.values())
    assert "01.06.2026" not in text and "innspill" not in text


# ----------------------------------------------------------------------- typed input


def test_typed_dates_are_read_as_the_language_writes_them(catalogs):
    profile = catalogs["en"].profile("miljopakken")
    with use_language("en"):
        kept = describe_input("funding.granted_date", "1 Jun 2026", profile)[1]
        missing = describe_input("funding.granted_date", "31 Feb 2027", profile)[1]
        wrong = describe_input("funding.granted_date", "June first", profile)[1]
    assert kept == "“1 Jun 2026” has not been saved as a date. Enter the date again."
    assert missing.startswith("“31 Feb 2027” is not a valid date: the date does not exist.")
    assert wrong.startswith("“June first” is not a date.")
    with use_language("nb"):
        # An English date is no date in bokmål, as the bokmål editor does not read it.
        assert describe_input("funding.granted_date", "1 Jun 2026", profile)[1].startswith(
            "«1 Jun 2026» er ikke en dato."
        )


def test_typed_numbers_are_read_as_the_language_writes_them(catalogs):
    profile = catalogs["en"].profile("miljopakken")
    path = "cost.expected_cost_mnok"
    with use_language("en"):
        comma = describe_input(path, "12,5", profile)
        grouped = describe_input(path, "1,234.5678", profile)
        infinite = describe_input(path, "Infinity", profile)
    # "12,5" is 125 or 12.5 to an English reader: refused, and said how to write it.
    assert comma[0].code == "input.invalid_number"
    assert comma[1] == "“12,5” is not a number. Enter a number, for example 12.5."
    assert grouped[1] == "“1,234.5678” has too many decimals: use at most 3."
    assert infinite[0].code == "amount.not_finite"
    with use_language("nb"):
        assert describe_input(path, "1 234,5678", profile)[1] == (
            "«1 234,5678» har for mange desimaler: bruk høyst 3."
        )
        assert describe_input(path, "-Infinity", profile)[0].code == "amount.not_finite"


# ---------------------------------------------------------------------- documents


def _with_bokmal_body_names(catalog: Catalog) -> Catalog:
    """The English catalog with the decision bodies' names left in bokmål, as a profile
    without English names is read: the name still says the body is political."""
    nb = load_catalog(resource_dir(), language="nb").profile("miljopakken")
    profile = catalog.profile("miljopakken").model_copy(
        update={"decision_bodies": nb.decision_bodies}
    )
    profiles = {**catalog.profiles, "miljopakken": profile}
    return dataclasses.replace(catalog, profiles=profiles, source=None)


def _large_pu_sheet(catalog: Catalog):
    s = complete_sheet(catalog, "miljopakken", "PU")
    s.cost.expected_cost_mnok = D("100")  # over 15 MNOK: PU → DP is treated politically
    return s


def test_the_workbook_says_political_treatment_once_in_any_language(catalogs):
    en = catalogs["en"]
    with use_language("en"):
        rows = dict((k, v) for k, v, _ in _next_decision(_large_pu_sheet(en), *_pf(en)))
        bokmal = _with_bokmal_body_names(en)
        named = dict((k, v) for k, v, _ in _next_decision(_large_pu_sheet(bokmal), *_pf(bokmal)))
        small = complete_sheet(en, "miljopakken", "PU")
        admin = dict((k, v) for k, v, _ in _next_decision(small, *_pf(en)))
    assert rows["Considered by"] == "Political consideration by the parties"
    assert named["Considered by"] == "Politisk behandling hos partene"
    assert admin["Considered by"].endswith(" (administrative)")


def _pf(catalog: Catalog):
    return catalog.profile("miljopakken"), catalog.form


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is not None:
        out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
        text = out.stdout.decode("utf-8")
    else:
        pdfium = pytest.importorskip("pypdfium2", reason="neither pdftotext nor pypdfium2")
        document = pdfium.PdfDocument(data)
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())


def test_the_pdf_says_political_treatment_once_in_any_language(catalogs):
    bokmal = _with_bokmal_body_names(catalogs["en"])
    with use_language("en"):
        text = _pdf_text(render_pdf(_large_pu_sheet(bokmal), bokmal, [], draft=True))
    assert "Considered by Politisk behandling hos partene" in text
    assert "partene (considered" not in text
