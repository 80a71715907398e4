"""The frames file (issue 11, items 1 and 8): CSV as Norwegian Excel writes it, the comma
form other tools write, every bad line refused with its line and reason, and a file
written by the program that reads back to exactly the same lines and the same bytes."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.frames import (
    FrameLine,
    FramesError,
    decode_frames_file,
    frames_csv,
    parse_frames_csv,
    validate_frames,
)
from prosjektark.domain.profile import Profile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "frames"
BOM = "\ufeff"
HEADER = "år;kilde;part;beløp_mnok"

# What miljopakken_excel.csv and miljopakken_comma.csv both hold, in file order.
EXPECTED = [
    FrameLine(2027, "bompenger", "", Decimal("1250.5")),
    FrameLine(2027, "statlig", "", Decimal("480")),
    FrameLine(2027, "kommunal", "Stjørdal", Decimal("12.25")),
    FrameLine(2028, "bompenger", "", Decimal("1310")),
    FrameLine(2028, "statlig", "", Decimal("495.75")),
    FrameLine(2028, "kommunal", "Malvik kommune", Decimal("8")),
    FrameLine(2029, "bompenger", "", Decimal("1402.125")),
    FrameLine(2030, "bompenger", "", Decimal("1505.5")),
    FrameLine(2030, "bompenger", "Trondheim", Decimal("200")),
]


@pytest.fixture(scope="module")
def profile(catalog: Catalog) -> Profile:
    return catalog.profile("miljopakken")


def problems_of(text: str, profile: Profile) -> list[tuple[int, str]]:
    with pytest.raises(FramesError) as caught:
        parse_frames_csv(text, profile)
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return [(p.line, p.reason) for p in caught.value.problems]


def one_line(body: str, profile: Profile, *, header: str = HEADER) -> list[FrameLine]:
    return parse_frames_csv(f"{header}\r\n{body}\r\n", profile)


# ------------------------------------------------------------------ reading


def test_the_file_norwegian_excel_writes(profile: Profile) -> None:
    data = (FIXTURES / "miljopakken_excel.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\xc2\xa0" in data
    assert parse_frames_csv(decode_frames_file(data), profile) == EXPECTED


def test_the_comma_form_with_decimal_points(profile: Profile) -> None:
    data = (FIXTURES / "miljopakken_comma.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    lines = parse_frames_csv(decode_frames_file(data), profile)
    assert lines == EXPECTED
    # Equal as numbers is not enough for money: the digits are the ones in the file.
    assert [str(line.amount_mnok) for line in lines][-1] == "200.0"


def test_the_bom_is_optional_also_in_text_read_without_utf8_sig(profile: Profile) -> None:
    text = (FIXTURES / "miljopakken_excel.csv").read_bytes().decode("utf-8")
    assert text.startswith(BOM)
    assert parse_frames_csv(text, profile) == EXPECTED


def test_sources_by_id_or_name_and_parties_in_any_case(profile: Profile) -> None:
    text = (
        f"{HEADER}\n2027;BOMPENGER;;1\n2027;statlige midler;;2\n"
        "2027;Kommunale Midler;TRONDHEIM KOMMUNE;3\n2027; annen ; stjørdal ;4\n"
    )
    assert parse_frames_csv(text, profile) == [
        FrameLine(2027, "bompenger", "", Decimal(1)),
        FrameLine(2027, "statlig", "", Decimal(2)),
        FrameLine(2027, "kommunal", "Trondheim kommune", Decimal(3)),
        FrameLine(2027, "annen", "Stjørdal", Decimal(4)),
    ]


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("1234,5", "1234.5"),
        ("1 234,5", "1234.5"),
        ("1\u00a0234,5", "1234.5"),  # Excel's own grouping
        ("1\u202f234,5", "1234.5"),
        ("1.234,5", "1234.5"),
        ("1.234.567", "1234567"),  # two periods cannot be a decimal point
        ("12 345 678,125", "12345678.125"),
        ("0", "0"),
        ("0,001", "0.001"),
        ("007", "7"),
    ],
)
def test_amounts_in_the_semicolon_form(profile: Profile, cell: str, amount: str) -> None:
    (line,) = one_line(f"2027;bompenger;;{cell}", profile)
    assert line.amount_mnok == Decimal(amount)


@pytest.mark.parametrize(
    ("cell", "amount"),
    [("1234.5", "1234.5"), ('"1,234.5"', "1234.5"), ("1 234.5", "1234.5"), ("0.125", "0.125")],
)
def test_amounts_in_the_comma_form(profile: Profile, cell: str, amount: str) -> None:
    (line,) = one_line(f"2027,bompenger,,{cell}", profile, header="år,kilde,part,beløp_mnok")
    assert line.amount_mnok == Decimal(amount)


def test_excel_sep_line_empty_rows_and_trailing_empty_cells(profile: Profile) -> None:
    text = f"sep=;\r\n{HEADER};;\r\n;;;\r\n2027;bompenger;;5;;\r\n\r\n2028;statlig;;6\r\n"
    assert parse_frames_csv(text, profile) == [
        FrameLine(2027, "bompenger", "", Decimal(5)),
        FrameLine(2028, "statlig", "", Decimal(6)),
    ]


def test_a_file_with_only_the_header_has_no_lines(profile: Profile) -> None:
    assert parse_frames_csv(BOM + HEADER + "\r\n", profile) == []


# ------------------------------------------------------------------ refusing


def test_every_bad_line_is_named_with_its_reason(profile: Profile) -> None:
    text = decode_frames_file((FIXTURES / "miljopakken_bad.csv").read_bytes())
    found = problems_of(text, profile)
    assert [line for line, _ in found] == [2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 12, 12]
    reasons = dict(found)  # the first reason of each line
    assert reasons[2] == "beløpet -5 er negativt; en ramme kan ikke være under null."
    assert reasons[3] == "året 2031 er utenfor programperioden 2027–2030."
    assert reasons[4].startswith(
        "ukjent finansieringskilde «lotteri». Kjente kilder i Miljøpakken:"
    )
    assert "bompenger (Bompenger)" in reasons[4] and "annen (Andre midler)" in reasons[4]
    assert reasons[5].startswith("ukjent part «Oslo». Kjente parter i Miljøpakken:")
    assert "Stjørdal kommune" in reasons[5] and "Tom part er hele programmets ramme" in reasons[5]
    assert reasons[6] == "beløpet «ti» er ikke et tall i millioner kroner."
    assert reasons[8] == "samme år, kilde og part som linje 7."
    assert "i 2030 kan bare Bompenger" in reasons[9] and "Statlige midler" in reasons[9]
    assert "«1.234» kan leses både som 1234 og 1,234" in reasons[10]
    assert reasons[11].endswith("Bruk komma som desimaltegn: 12,5.")
    assert [r for line, r in found if line == 12] == [
        "«to tusen» er ikke et årstall.",
        "kilden mangler. " + reasons[4].split(". ", 1)[1],
        "beløpet mangler.",
    ]


def test_the_cli_form_of_a_problem(profile: Profile) -> None:
    with pytest.raises(FramesError) as caught:
        one_line("2031;bompenger;;10", profile)
    assert str(caught.value) == "Linje 2: året 2031 er utenfor programperioden 2027–2030."


@pytest.mark.parametrize("text", ["", BOM, "  \r\n\r\n", f"{BOM}\n"])
def test_an_empty_file(profile: Profile, text: str) -> None:
    assert problems_of(text, profile) == [
        (0, f"Filen er tom. Første linje skal være overskriften «{HEADER}».")
    ]


def test_a_missing_header(profile: Profile) -> None:
    assert problems_of("2027;bompenger;;10\r\n2028;bompenger;;11\r\n", profile) == [
        (1, f"overskriften mangler. Første linje skal være «{HEADER}».")
    ]


@pytest.mark.parametrize(
    ("header", "shown"),
    [
        ("year;source;party;amount", "year;source;party;amount"),
        ("år;kilde;beløp_mnok", "år;kilde;beløp_mnok"),
        ("kilde;år;part;beløp_mnok", "kilde;år;part;beløp_mnok"),
        ("år;kilde;part;beløp_mnok;merknad", "år;kilde;part;beløp_mnok;merknad"),
    ],
)
def test_a_wrong_header(profile: Profile, header: str, shown: str) -> None:
    assert problems_of(f"{header}\r\n2027;bompenger;;10\r\n", profile) == [
        (1, f"overskriften er «{shown}», men skal være «{HEADER}».")
    ]


def test_the_header_in_another_case_is_the_header(profile: Profile) -> None:
    assert one_line("2027;bompenger;;1", profile, header=" År ; Kilde ;PART;Beløp_MNOK")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("2027;bompenger;1", "linjen har 3 felt, men skal ha 4"),
        ("2027;bompenger;;1;merknad", "linjen har 5 felt, men skal ha 4"),
        ("2027;bompenger;;\u22125", "beløpet -5 er negativt"),  # the real minus sign
        ("2027;bompenger;;-0,5", "beløpet -0,5 er negativt"),
        ("2027;bompenger;;1,2345", "beløpet har mer enn 3 desimaler"),
        ("2027;bompenger;;1e3", "beløpet «1e3» er ikke et tall"),
        ("2027;bompenger;;NaN", "beløpet «NaN» er ikke et tall"),
        ("2027;bompenger;;12,", "beløpet «12,» er ikke et tall"),
        ("2027;bompenger;;1 23,5", "beløpet «1 23,5» er ikke et tall"),
        ("2027;bompenger;;1.234", "«1.234» kan leses både som 1234 og 1,234"),
        ("27;bompenger;;1", "«27» er ikke et årstall"),
        ("2027,5;bompenger;;1", "«2027,5» er ikke et årstall"),
        (";bompenger;;1", "året mangler"),
        ("2027;bompenger;;", "beløpet mangler"),
        ("2027;;;1", "kilden mangler"),
        ('2027;bompenger;;"1', "linjen kan ikke leses som CSV"),
    ],
)
def test_bad_cells(profile: Profile, body: str, reason: str) -> None:
    found = problems_of(f"{HEADER}\r\n{body}\r\n", profile)
    assert found[0][0] == 2 and found[0][1].startswith(reason), found


def test_a_comma_in_a_comma_file_is_ambiguous_too(profile: Profile) -> None:
    found = problems_of('år,kilde,part,beløp_mnok\n2027,bompenger,,"1,234"\n', profile)
    assert found == [
        (
            2,
            "«1,234» kan leses både som 1234 og 1.234. Skriv tallet uten komma (1234), "
            "eller med punktum som desimaltegn (1.234).",
        )
    ]


def test_a_line_that_cannot_be_read_still_names_its_other_faults(profile: Profile) -> None:
    found = problems_of(f"{HEADER}\r\n2035;lotteri;Oslo;mye\r\n", profile)
    assert [reason.split(" ")[0:2] for _, reason in found] == [
        ["beløpet", "«mye»"],
        ["året", "2035"],
        ["ukjent", "finansieringskilde"],
        ["ukjent", "part"],
    ]


def test_a_duplicate_after_reading_names_in_another_case(profile: Profile) -> None:
    found = problems_of(
        f"{HEADER}\r\n2027;kommunal;Stjørdal;1\r\n2027;Kommunale midler;STJØRDAL;2\r\n", profile
    )
    assert found == [(3, "samme år, kilde og part som linje 2.")]


def test_a_profile_without_a_period_says_so(profile: Profile) -> None:
    no_period = profile.model_copy(update={"period_start": None, "period_end": None})
    found = problems_of(f"{HEADER}\r\n2027;bompenger;;1\r\n", no_period)
    assert found == [
        (
            0,
            "Avtaleprofilen Miljøpakken har ingen programperiode (period_start og period_end), "
            "så det finnes ingen år å sette rammer for.",
        )
    ]


def test_a_file_that_is_not_utf8() -> None:
    data = f"{HEADER}\r\n2027;bompenger;;1\r\n".encode("cp1252")
    with pytest.raises(FramesError) as caught:
        decode_frames_file(data)
    (problem,) = caught.value.problems
    assert problem.line == 1 and "ikke lagret som UTF-8" in problem.reason
    later = f"{HEADER}\r\n2027;bompenger;Stjørdal;1\r\n".encode()
    later = later.replace("ø".encode(), "ø".encode("cp1252"))
    with pytest.raises(FramesError) as caught:
        decode_frames_file(later)
    assert caught.value.problems[0].line == 1  # the header's «ø» comes first
    body_only = b"ar;kilde;part;belop_mnok\r\n2027;bompenger;Stj\xf8rdal;1\r\n"
    with pytest.raises(FramesError) as caught:
        decode_frames_file(body_only)
    assert caught.value.problems[0].line == 2


# ------------------------------------------------------------------ validating lines


def test_validate_lines_not_from_a_file(profile: Profile) -> None:
    lines = [
        FrameLine(2027, "bompenger", "", Decimal(10)),
        FrameLine(2031, "bompenger", "Stjørdal", Decimal(10)),
        FrameLine(2027, "bompenger", "", Decimal(11)),
        FrameLine(2028, "lotteri", "", Decimal(-1)),
        FrameLine(2028, "statlig", "", Decimal("NaN")),
    ]
    assert [str(p) for p in validate_frames(lines, profile)] == [
        "Rammen for 2031, Bompenger, Stjørdal: året 2031 er utenfor programperioden 2027–2030.",
        "Rammen for 2027, Bompenger, hele programmet: samme år, kilde og part står to ganger.",
        "Rammen for 2028, lotteri, hele programmet: ukjent finansieringskilde «lotteri». "
        "Kjente kilder i Miljøpakken: bompenger (Bompenger), statlig (Statlige midler), "
        "fylkeskommunal (Fylkeskommunale midler), kommunal (Kommunale midler), "
        "annen (Andre midler).",
        "Rammen for 2028, lotteri, hele programmet: beløpet -1 er negativt; en ramme kan "
        "ikke være under null.",
        "Rammen for 2028, Statlige midler, hele programmet: beløpet «NaN» er ikke et tall.",
    ]
    assert all(p.line == 0 for p in validate_frames(lines, profile))


def test_valid_lines_have_no_problems(profile: Profile) -> None:
    assert validate_frames(EXPECTED, profile) == []
    # 2030 is toll money only, but a zero frame for another source says nothing false.
    assert validate_frames([FrameLine(2030, "statlig", "", Decimal(0))], profile) == []


def test_the_other_programme_has_its_own_vocabulary(catalog: Catalog) -> None:
    bergen = catalog.profile("miljoloftet")
    found = validate_frames([FrameLine(2027, "bompenger", "Stjørdal", Decimal(1))], bergen)
    assert [p.reason.split(".")[0] for p in found] == [
        "Rammen for 2027, Bompenger, Stjørdal: ukjent part «Stjørdal»"
    ]


# ------------------------------------------------------------------ writing


def test_the_file_as_excel_opens_it(profile: Profile) -> None:
    shuffled = list(EXPECTED)
    random.Random(11).shuffle(shuffled)
    text = frames_csv(shuffled, profile)
    assert text == (
        f"{BOM}{HEADER}\r\n"
        "2027;bompenger;;1250,5\r\n"
        "2027;statlig;;480\r\n"
        "2027;kommunal;Stjørdal;12,25\r\n"
        "2028;bompenger;;1310\r\n"
        "2028;statlig;;495,75\r\n"
        "2028;kommunal;Malvik kommune;8\r\n"
        "2029;bompenger;;1402,125\r\n"
        "2030;bompenger;;1505,5\r\n"
        "2030;bompenger;Trondheim;200\r\n"
    )


def test_sorted_by_year_source_order_then_party_order(profile: Profile) -> None:
    lines = [
        FrameLine(2028, "bompenger", "", Decimal(1)),
        FrameLine(2027, "annen", "", Decimal(1)),
        FrameLine(2027, "bompenger", "Orkland", Decimal(1)),
        FrameLine(2027, "bompenger", "Staten (Statens vegvesen)", Decimal(1)),
        FrameLine(2027, "bompenger", "", Decimal(1)),
        FrameLine(2027, "statlig", "", Decimal(1)),
    ]
    rows = frames_csv(lines, profile).split("\r\n")[1:-1]
    assert [tuple(r.split(";")[:3]) for r in rows] == [
        ("2027", "bompenger", ""),
        ("2027", "bompenger", "Staten (Statens vegvesen)"),
        ("2027", "bompenger", "Orkland"),
        ("2027", "statlig", ""),
        ("2027", "annen", ""),
        ("2028", "bompenger", ""),
    ]


def test_a_party_with_the_delimiter_or_a_quote_survives(profile: Profile) -> None:
    odd = profile.model_copy(update={"parties": ['Vegvesenet; "region midt"']})
    lines = [FrameLine(2027, "bompenger", 'Vegvesenet; "region midt"', Decimal("1.5"))]
    text = frames_csv(lines, odd)
    assert '"Vegvesenet; ""region midt"""' in text
    assert parse_frames_csv(text, odd) == lines


def test_round_trip_of_the_fixtures_is_exact(profile: Profile) -> None:
    for name in ("miljopakken_excel.csv", "miljopakken_comma.csv"):
        lines = parse_frames_csv(decode_frames_file((FIXTURES / name).read_bytes()), profile)
        text = frames_csv(lines, profile)
        again = parse_frames_csv(decode_frames_file(text.encode("utf-8")), profile)
        assert again == lines
        assert frames_csv(again, profile) == text


_amounts = st.decimals(min_value=0, max_value=10**7, places=3, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_round_trip_of_any_valid_frames(data: st.DataObject, profile: Profile) -> None:
    only = {limit.year: limit.only for limit in profile.source_limits}
    allowed = [
        (year, source.id)
        for year in profile.years
        for source in profile.funding_sources
        if only.get(year, source.id) == source.id
    ]
    keys = st.tuples(st.sampled_from(allowed), st.sampled_from(["", *profile.frame_parts]))
    chosen = data.draw(st.lists(keys, unique=True, max_size=20))
    lines = [FrameLine(y, s, p, data.draw(_amounts)) for (y, s), p in chosen]
    assert validate_frames(lines, profile) == []
    text = frames_csv(lines, profile)
    again = parse_frames_csv(text, profile)
    assert sorted(again, key=lambda x: x.key) == sorted(lines, key=lambda x: x.key)
    assert [a.amount_mnok.is_signed() for a in again] == [False] * len(again)
    assert frames_csv(again, profile) == text


# ------------------------------------------------------------------ CSV faults in Norwegian


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            '2027;bompenger;;"1',
            "linjen kan ikke leses som CSV: et anførselstegn er ikke lukket før filen slutter.",
        ),
        (
            '2027;bompenger;"Malvik"x;1',
            "linjen kan ikke leses som CSV: etter et lukket anførselstegn kommer mer tekst i "
            "samme felt. Sett hele feltet i anførselstegn, og skriv et anførselstegn inni "
            'feltet som to ("").',
        ),
        (
            "2027;bompenger;" + "x" * 200_000 + ";1",
            "linjen kan ikke leses som CSV: et felt er lengre enn 131072 tegn.",
        ),
    ],
)
def test_a_line_that_is_not_csv_is_named_in_norwegian_only(
    profile: Profile, body: str, reason: str
) -> None:
    """Regression: the reason carried Python's English words («unexpected end of data»)."""
    found = problems_of(f"{HEADER}\r\n{body}\r\n", profile)
    assert found[-1] == (2, reason), found
    for english in ("unexpected", "expected after", "field limit", "data"):
        assert english not in found[-1][1]


# ------------------------------------------------------------------ one amount, as typed


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1234,5", "1234.5"),
        ("1 234,5", "1234.5"),
        ("1\u00a0234,5", "1234.5"),
        ("1.234,5", "1234.5"),
        ("1.234.567", "1234567"),
        ("0,001", "0.001"),
        (" 12 ", "12"),
        ("\u22125", "-5"),  # read, for validate_frames to refuse with the number
    ],
)
def test_parse_amount_reads_what_the_file_reads(text: str, amount: str) -> None:
    from prosjektark.domain.frames import parse_amount

    assert parse_amount(text) == Decimal(amount)
    # The comma form: decimal points, commas or spaces between thousands.
    swapped = text.replace(",", "#").replace(".", ",").replace("#", ".")
    assert parse_amount(swapped, decimal_mark=".") == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "1.000",
            "«1.000» kan leses både som 1000 og 1,000. Skriv tallet uten punktum (1000), "
            "eller med komma som desimaltegn (1,000).",
        ),  # fmt: skip
        (
            "2.500",
            "«2.500» kan leses både som 2500 og 2,500. Skriv tallet uten punktum (2500), "
            "eller med komma som desimaltegn (2,500).",
        ),  # fmt: skip
        ("1e3", "beløpet «1e3» er ikke et tall i millioner kroner."),
        ("Infinity", "beløpet «Infinity» er ikke et tall i millioner kroner."),
        (
            "1234.5",
            "beløpet «1234.5» er ikke et tall i millioner kroner. Bruk komma som "
            "desimaltegn: 1234,5.",
        ),  # fmt: skip
        ("", "beløpet mangler."),
        ("   ", "beløpet mangler."),
    ],
)
def test_parse_amount_refuses_with_the_files_words(
    profile: Profile, text: str, reason: str
) -> None:
    """The frames dialog and the file share one reader: «1.000» was one MNOK in the dialog
    and refused as ambiguous in the file."""
    from prosjektark.domain.frames import parse_amount

    with pytest.raises(ValueError) as caught:
        parse_amount(text)
    assert str(caught.value) == reason
    if text.strip():  # the file says the same of the same cell
        found = problems_of(f"{HEADER}\r\n2027;bompenger;;{text}\r\n", profile)
        assert found == [(2, reason)]
