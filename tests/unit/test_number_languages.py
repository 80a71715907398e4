"""Numbers and dates in bokmål, nynorsk and English through the one formatter (issue 14,
item 6): what it shows in each language, and that it reads back what it shows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prosjektark.domain import nb_format as fmt
from prosjektark.domain.nb_format import MINUS, NBSP
from prosjektark.i18n import use_language

NORWEGIAN = ("nb", "nn")
LANGUAGES = ("nb", "nn", "en")


@pytest.mark.parametrize("language", NORWEGIAN)
def test_bokmal_and_nynorsk_write_numbers_and_dates_as_before(language: str) -> None:
    with use_language(language):
        assert fmt.format_mnok(Decimal("-1234.5")) == f"{MINUS}1{NBSP}234,5{NBSP}MNOK"
        assert fmt.format_number(Decimal("1234567.25")) == f"1{NBSP}234{NBSP}567,25"
        assert fmt.format_percent(Decimal("12.25")) == f"12,25{NBSP}%"
        assert fmt.format_date(dt.date(2026, 12, 1)) == "01.12.2026"
        assert fmt.format_datetime(dt.datetime(2026, 12, 1, 6, 24)) == "01.12.2026 kl. 06:24"
        assert fmt.format_time(dt.datetime(2026, 12, 1, 6, 24)) == "kl. 06:24"


def test_english_writes_a_decimal_point_comma_groups_and_unambiguous_dates() -> None:
    with use_language("en"):
        assert fmt.format_mnok(Decimal("-1234.5")) == f"{MINUS}1,234.5{NBSP}MNOK"
        assert fmt.format_mnok(Decimal("12.0005")) == f"12.001{NBSP}MNOK"
        assert fmt.format_number(Decimal("1234567.25")) == "1,234,567.25"
        assert fmt.format_number(Decimal("-1234.5"), grouped=False) == "-1234.5"
        assert fmt.format_percent(Decimal("12.25")) == "12.25%"
        assert fmt.format_percent(35) == "35%"
        assert fmt.format_date(dt.date(2026, 12, 1)) == "1 Dec 2026"
        assert fmt.format_date(dt.date(2027, 5, 17)) == "17 May 2027"
        assert fmt.format_datetime(dt.datetime(2026, 12, 1, 14, 30)) == "1 Dec 2026, 14:30"
        assert fmt.format_time(dt.datetime(2026, 12, 1, 6, 24)) == "06:24"


def test_the_language_can_be_named_instead_of_taken_from_the_moment() -> None:
    with use_language("nb"):
        assert fmt.format_mnok(Decimal("1234.5"), language="en") == f"1,234.5{NBSP}MNOK"
        assert fmt.format_date(dt.date(2026, 1, 9), language="en") == "9 Jan 2026"
    with use_language("en"):
        assert fmt.format_mnok(Decimal("1234.5"), language="nn") == f"1{NBSP}234,5{NBSP}MNOK"


@pytest.mark.parametrize("language", NORWEGIAN)
def test_bokmal_and_nynorsk_read_a_comma_or_a_dot_as_before(language: str) -> None:
    with use_language(language):
        assert fmt.parse_number("12,5") == Decimal("12.5")
        assert fmt.parse_number("12.5") == Decimal("12.5")
        assert fmt.parse_number(f"{MINUS}1 234,5") == Decimal("-1234.5")
        assert fmt.parse_number("") is None
        assert fmt.parse_date("01.12.2026") == dt.date(2026, 12, 1)
        assert fmt.parse_date("2026-12-01") == dt.date(2026, 12, 1)
        with pytest.raises(ValueError):
            fmt.parse_number("1,2,3")
        with pytest.raises(ValueError):
            fmt.parse_date("1 Dec 2026")  # not what this language writes


def test_english_reads_the_dot_as_decimal_mark_and_the_comma_between_thousands() -> None:
    with use_language("en"):
        assert fmt.parse_number("1,234.5") == Decimal("1234.5")
        assert fmt.parse_number("1,234,567") == Decimal("1234567")
        assert fmt.parse_number("12.5") == Decimal("12.5")
        assert fmt.parse_number(f"{MINUS}0.5") == Decimal("-0.5")
        assert fmt.parse_number(f"1,234.5{NBSP}MNOK") == Decimal("1234.5")
        # A comma that is not between groups of three could be either mark: refused.
        for text in ("12,5", "1,23", "1,2345", "1.234,5", ",5"):
            with pytest.raises(ValueError):
                fmt.parse_number(text)
        assert fmt.parse_date("1 Dec 2026") == dt.date(2026, 12, 1)
        assert fmt.parse_date("1 december 2026") == dt.date(2026, 12, 1)
        assert fmt.parse_date("2026-12-01") == dt.date(2026, 12, 1)
        with pytest.raises(ValueError):
            fmt.parse_date("01/12/2026")  # 1 December or 12 January?
        with pytest.raises(ValueError):
            fmt.parse_date("31 Feb 2027")


money = st.decimals(
    min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=3, allow_nan=False
)


@given(value=money, language=st.sampled_from(LANGUAGES))
def test_money_reads_back_as_shown_in_every_language(value: Decimal, language: str) -> None:
    with use_language(language):
        assert fmt.parse_number(fmt.format_mnok(value)) == fmt.round_mnok(value)
        assert fmt.parse_number(fmt.format_mnok(value, unit=False)) == value
        assert fmt.parse_number(fmt.format_number(value, max_decimals=None)) == value
        editable = fmt.format_number(value, max_decimals=None, grouped=False)
        assert fmt.parse_number(editable) == value


@given(
    value=st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False),
    language=st.sampled_from(LANGUAGES),
)
def test_shares_read_back_as_shown_in_every_language(value: Decimal, language: str) -> None:
    with use_language(language):
        assert fmt.parse_number(fmt.format_percent(value)) == value


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    language=st.sampled_from(LANGUAGES),
)
def test_dates_read_back_as_shown_in_every_language(day: dt.date, language: str) -> None:
    with use_language(language):
        assert fmt.parse_date(fmt.format_date(day)) == day
