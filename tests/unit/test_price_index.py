"""The user's price-index table over a profile's: merge, file round trip, bad files,
conversions and the cost.price_year rule with the user's table."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from prosjektark.domain.catalog import LazyCatalog, load_catalog
from prosjektark.domain.costmath import adjust_to_price_year
from prosjektark.domain.price_index import (
    PriceIndexFileError,
    difference,
    format_override,
    merge,
    override_path,
    parse_override,
    read_override,
    with_override,
    write_override,
)
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.sheet import Identification, Sheet
from prosjektark.paths import resource_dir

D = Decimal


def write(folder, profile_id: str, text: str) -> None:
    override_path(folder, profile_id).write_text(text, encoding="utf-8")


def test_merge_replaces_and_extends_sorted():
    base = {2024: D("142.4"), 2025: D("146.0"), 2027: D("153.3")}
    merged = merge(base, {2028: D("157.1"), 2024: D("140")})
    assert merged == {2024: D("140"), 2025: D("146.0"), 2027: D("153.3"), 2028: D("157.1")}
    assert list(merged) == [2024, 2025, 2027, 2028]
    assert base[2024] == D("142.4")  # untouched


def test_difference_keeps_only_changed_and_new_years():
    base = {2024: D("142.4"), 2025: D("146.0")}
    table = {2024: D("142.40"), 2025: D("147"), 2028: D("157.1")}
    assert difference(base, table) == {2025: D("147"), 2028: D("157.1")}
    assert difference(base, dict(base)) == {}


def test_with_override_builds_a_new_profile(catalog):
    profile = catalog.profile("miljopakken")
    changed = with_override(profile, {2024: D("100")})
    assert changed is not profile
    assert changed.price_index[2024] == D("100")
    assert profile.price_index[2024] == D("142.4")
    assert changed.price_index[2027] == profile.price_index[2027]
    assert with_override(profile, {}) is profile


def test_format_and_parse_round_trip(catalog):
    profile = catalog.profile("miljopakken")
    table = {2024: D("140"), 2028: D("157.1"), 2029: D("160.125")}
    text = format_override(profile, table)
    assert "[price_index]" in text and "2024 = 140.0" in text
    assert parse_override(text) == table


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[price_index\n2024 = 1", "ikke gyldig TOML"),
        ("2024 = 140.0\n", "mangler tabellen"),
        ("[price_index]\ntjue = 140.0\n", "ikke et årstall"),
        ("[price_index]\n2024 = 'mye'\n", "ikke et tall"),
        ("[price_index]\n2024 = 0\n", "positivt tall"),
        ("[price_index]\n2024 = -3.5\n", "positivt tall"),
        ("[price_index]\n2024 = nan\n", "ikke et tall"),
        ("[price_index]\n1800 = 10.0\n", "mellom 1900 og 2200"),
    ],
)
def test_parse_rejects_bad_files_with_a_reason(text, reason):
    with pytest.raises(PriceIndexFileError, match=reason):
        parse_override(text)


def test_read_override_missing_file_is_none(tmp_path):
    assert read_override(tmp_path, "miljopakken") is None


def test_load_catalog_applies_the_users_table(tmp_path):
    write(tmp_path, "miljopakken", "[price_index]\n2024 = 140.0\n2028 = 157.1\n")
    catalog = load_catalog(resource_dir(), overrides=tmp_path)
    index = catalog.profile("miljopakken").price_index
    assert index[2024] == D("140.0") and index[2028] == D("157.1")
    assert index[2027] == D("153.3")  # the programme's years still there
    assert catalog.programme_profiles["miljopakken"].price_index[2024] == D("142.4")
    assert catalog.profile("miljoloftet").price_index[2024] == D("142.4")
    assert catalog.override_problems == []


def test_a_bad_override_file_is_ignored_with_a_warning(tmp_path, caplog):
    write(tmp_path, "miljoloftet", "[price_index]\n2024 = 'x'\n")
    write(tmp_path, "miljopakken", "[price_index]\n2024 = 140.0\n")
    with caplog.at_level(logging.WARNING, logger="prosjektark"):
        catalog = load_catalog(resource_dir(), overrides=tmp_path)
    assert catalog.profile("miljoloftet").price_index[2024] == D("142.4")
    assert catalog.profile("miljopakken").price_index[2024] == D("140.0")
    [problem] = catalog.override_problems
    assert problem.profile_id == "miljoloftet"
    assert "prisindeks-miljoloftet.toml" in problem.message
    assert any("prisindeks-miljoloftet.toml" in r.getMessage() for r in caplog.records)


def test_unreadable_bytes_are_ignored_too(tmp_path):
    override_path(tmp_path, "miljopakken").write_bytes(b"\xff\xfe\x00[price_index]")
    catalog = load_catalog(resource_dir(), overrides=tmp_path)
    assert catalog.profile("miljopakken").price_index[2024] == D("142.4")
    assert len(catalog.override_problems) == 1


def test_write_is_atomic_and_an_empty_override_removes_the_file(tmp_path, catalog):
    profile = catalog.profile("miljopakken")
    path = write_override(tmp_path, profile, {2028: D("157.1")})
    assert path == override_path(tmp_path, "miljopakken")
    assert read_override(tmp_path, "miljopakken") == {2028: D("157.1")}
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left
    write_override(tmp_path, profile, {})
    assert not path.exists()


def test_conversion_uses_the_profiles_table(catalog):
    profile = catalog.profile("miljopakken")
    # 10 MNOK in 2024 kroner in 2027 kroner: 10 × 153.3 / 142.4
    assert adjust_to_price_year(D(10), 2024, 2027, profile.price_index) == D("10.765")


def test_conversion_uses_the_users_table(tmp_path):
    write(tmp_path, "miljopakken", "[price_index]\n2024 = 140.0\n")
    profile = load_catalog(resource_dir(), overrides=tmp_path).profile("miljopakken")
    # 10 × 153.3 / 140.0
    assert adjust_to_price_year(D(10), 2024, 2027, profile.price_index) == D("10.950")


def _price_year_message(catalog, year: int) -> str:
    sheet = Sheet(profile="miljopakken", identification=Identification(phase="PU"))
    sheet.cost.expected_cost_mnok = D(10)
    sheet.cost.price_year = year
    [finding] = [f for f in check_sheet(sheet, catalog) if f.code == "cost.price_year"]
    return finding.message


def test_price_year_rule_uses_the_users_table(tmp_path, catalog):
    assert "forventet kostnad 10,765 MNOK" in _price_year_message(catalog, 2024)
    write(tmp_path, "miljopakken", "[price_index]\n2024 = 140.0\n2018 = 110.0\n")
    users = load_catalog(resource_dir(), overrides=tmp_path)
    assert "forventet kostnad 10,95 MNOK" in _price_year_message(users, 2024)
    # A year only the user's table has: the programme's table cannot convert it.
    assert "mangler 2018" in _price_year_message(catalog, 2018)
    assert "mangler" not in _price_year_message(users, 2018)


def test_lazy_catalog_reload_updates_the_catalog_in_place(tmp_path):
    lazy = LazyCatalog(resource_dir(), overrides=tmp_path)
    catalog = lazy.get()
    profile = catalog.profile("miljopakken")
    write(tmp_path, "miljopakken", "[price_index]\n2024 = 140.0\n")
    lazy.reload_price_index()
    assert lazy.get() is catalog
    assert catalog.profile("miljopakken").price_index[2024] == D("140.0")
    assert profile.price_index[2024] == D("142.4")  # the old Profile was replaced, not changed
    override_path(tmp_path, "miljopakken").unlink()
    lazy.reload_price_index()
    assert catalog.profile("miljopakken").price_index[2024] == D("142.4")
