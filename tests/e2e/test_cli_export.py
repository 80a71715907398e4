"""`prosjektark export` as a user runs it, with an identity made by `prosjektark identity new`
and the result checked by `prosjektark verify`."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from signing_helpers import acknowledge_warnings

PASS = "cli-eksport med mellomrom"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    made = cli(
        home, "identity", "new", "--name", "Kåre Øvrebø", "--email", "kare@example.no",
        "--organisation", "Trondheim kommune", "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return home


@pytest.fixture
def sheet_file(tmp_path: Path, catalog: Catalog) -> Path:
    path = tmp_path / "ark.json"
    sheet = acknowledge_warnings(example_sheets(catalog)[0], catalog)  # signing needs «klar»
    path.write_text(sheet_to_json(sheet), encoding="utf-8")
    return path


@pytest.fixture
def error_file(tmp_path: Path, catalog: Catalog) -> Path:
    sheet = example_sheets(catalog)[0]
    sheet.profile = "finnes-ikke"
    path = tmp_path / "feil.json"
    path.write_text(sheet_to_json(sheet), encoding="utf-8")
    return path


def certificate(home: Path) -> Path:
    return home / "data" / "identitet" / "sertifikat.pem"


def test_a_signed_package_from_a_json_file_verifies(
    home: Path, sheet_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    result = cli(
        home, "export", str(sheet_file), "--out", str(out), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (package,) = out.glob("*.asice")
    assert [p.name for p in out.iterdir()] == [package.name]
    assert package.name in result.stdout

    verified = cli(
        home, "verify", str(package), "--trust", str(certificate(home)), "--format", "json"
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    report = json.loads(verified.stdout)
    assert report["valid"] is True
    assert {"prosjektark.json", "prosjektark.pdf", "prosjektark.xlsx"} <= set(report["files"])
    assert "Kåre Øvrebø" in report["signer"]


def test_without_format_flags_pdf_excel_and_json_are_written(
    home: Path, sheet_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    result = cli(home, "export", str(sheet_file), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf", ".xlsx"]


def test_without_format_flags_a_passphrase_adds_the_package(
    home: Path, sheet_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    result = cli(
        home, "export", str(sheet_file), "--out", str(out), "--passphrase-env", "PP", PP=PASS
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".asice", ".json", ".pdf", ".xlsx"]


def test_an_explicit_identity_file_can_sign(home: Path, sheet_file: Path, tmp_path: Path) -> None:
    p12 = home / "data" / "identitet" / "identitet.p12"
    other_home = tmp_path / "annen"  # a home without an identity of its own
    result = cli(
        other_home, "export", str(sheet_file), "--out", str(tmp_path / "ut"), "--package",
        "--identity", str(p12), "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_a_sheet_with_errors_is_not_packaged_and_exits_1(
    home: Path, error_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    result = cli(
        home, "export", str(error_file), "--out", str(out), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert result.returncode == 1
    assert "kan ikke signeres" in result.stdout
    assert "avtaleprofil" in result.stdout  # the Norwegian message of profile.unknown
    assert not out.exists() or not any(out.iterdir())


def test_a_sheet_with_errors_still_exports_as_a_draft(
    home: Path, error_file: Path, tmp_path: Path
) -> None:
    result = cli(home, "export", str(error_file), "--out", str(tmp_path / "ut"), "--pdf")
    assert result.returncode == 0, result.stderr
    assert "Utkast" in result.stdout


@pytest.mark.parametrize(
    ("extra", "env", "message"),
    [
        (["--passphrase-env", "PP"], {"PP": "feil passord"}, "Feil passord"),
        (["--passphrase-env", "TOM"], {}, "Miljøvariabelen TOM"),
        ([], {}, "--passphrase-env"),
        (["--identity", "/finnes/ikke.p12", "--passphrase-env", "PP"], {"PP": PASS}, "Fant ikke"),
    ],
    ids=["bad-passphrase", "unset-variable", "no-variable", "missing-identity"],
)
def test_identity_problems_exit_2(
    home: Path,
    sheet_file: Path,
    tmp_path: Path,
    extra: list[str],
    env: dict[str, str],
    message: str,
) -> None:
    out = tmp_path / "ut"
    result = cli(home, "export", str(sheet_file), "--out", str(out), "--package", *extra, **env)
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_no_identity_yet_exits_2_with_a_hint(sheet_file: Path, tmp_path: Path) -> None:
    result = cli(
        tmp_path / "tom", "export", str(sheet_file), "--out", str(tmp_path / "ut"), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert result.returncode == 2
    assert "identity new" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "Finner ikke"), ("{ikke json", "ikke et gyldig prosjektark")],
    ids=["missing", "not-json"],
)
def test_unreadable_sheets_exit_2(
    home: Path, tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "ark.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = cli(home, "export", str(path), "--out", str(tmp_path / "ut"))
    assert result.returncode == 2
    assert message in result.stderr


def test_an_output_path_that_is_a_file_exits_2(
    home: Path, sheet_file: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    result = cli(home, "export", str(sheet_file), "--out", str(blocker), "--pdf")
    assert result.returncode == 2
    assert "ikke en mappe" in result.stderr


def test_export_by_id_freezes_and_marks_the_revision_signed(
    home: Path, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prosjektark.store.repository import Store

    monkeypatch.setenv("PROSJEKTARK_HOME", str(home))
    from prosjektark import paths

    sheet = example_sheets(catalog)[1].copy_as_new()
    sheet.identification.title = "Kollektivfelt fra databasen"
    acknowledge_warnings(sheet, catalog)  # signing needs «klar»
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        store.create(sheet)

    out = tmp_path / "ut"
    result = cli(
        home, "export", "--id", str(sheet.id), "--out", str(out), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (package,) = out.glob("*.asice")
    assert package.name == "kollektivfelt-fra-databasen_r1.asice"

    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        (info,) = store.revisions(sheet.id)
        assert (info.revision, info.signed) == (1, True)
        (entry,) = store.list_outbox(sheet.id)
        assert (entry.revision, entry.state, entry.path) == (1, "klar", package.resolve())

    verified = cli(home, "verify", str(package), "--trust", str(certificate(home)))
    assert verified.returncode == 0, verified.stdout


def test_an_unknown_id_exits_2(home: Path, tmp_path: Path) -> None:
    result = cli(home, "export", "--id", str(uuid.uuid4()), "--out", str(tmp_path), "--pdf")
    assert result.returncode == 2
    assert "Fant ikke prosjektarket" in result.stderr
    bad = cli(home, "export", "--id", "ikke-en-uuid", "--out", str(tmp_path), "--pdf")
    assert bad.returncode == 2
    assert "gyldig UUID" in bad.stderr
