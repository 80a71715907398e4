"""`prosjektark scenario new|list|export` as the secretariat runs them: a working group
delivers two signed sheets, the secretariat imports them, takes them into review, sets
the programme's frames, makes a scenario and exports the proposal, signed with its own
identity and unsigned; a sheet withdrawn after the scenario was made is named on the
output and the proposal still shows what the scenario says."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import SKOLEVEG_ID, SYKKELVEG_ID, example_sheets
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.sheet import sheet_to_json
from signing_helpers import acknowledge_warnings

PASS = "sekretariatets forslag passord"
PROFILE = "miljopakken"


def _identity(home: Path, name: str, organisation: str, pem: Path) -> None:
    made = cli(
        home, "identity", "new", "--name", name, "--email", "post@example.no",
        "--organisation", organisation, "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    shown = cli(home, "identity", "show", "--pem", str(pem))
    assert shown.returncode == 0, shown.stderr


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) er ikke installert")
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def secretariat(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> dict[str, Path]:
    """The secretariat's home with both Trondheim example sheets delivered, imported and
    under review, and frames for 2027."""
    group, home = tmp_path_factory.mktemp("gruppe"), tmp_path_factory.mktemp("sekretariat")
    work = tmp_path_factory.mktemp("arbeid")
    group_pem, own_pem = work / "gruppe.pem", work / "sekretariat.pem"
    _identity(group, "Kåre Øvrebø", "Trondheim kommune", group_pem)
    _identity(home, "Sekretariatet Miljøpakken", "Miljøpakken", own_pem)
    sheets = {s.id: s for s in example_sheets(catalog)}
    for sheet_id in (SYKKELVEG_ID, SKOLEVEG_ID):
        source = work / f"{sheet_id}.json"
        ready = acknowledge_warnings(sheets[sheet_id], catalog)  # signing needs «klar»
        source.write_text(sheet_to_json(ready), encoding="utf-8")
        out = work / f"ut-{sheet_id}"
        exported = cli(
            group, "export", str(source), "--out", str(out), "--package",
            "--passphrase-env", "PP", PP=PASS,
        )  # fmt: skip
        assert exported.returncode == 0, exported.stdout + exported.stderr
        (package,) = out.glob("*.asice")
        imported = cli(home, "import", str(package), "--trust", str(group_pem))
        assert imported.returncode == 0, imported.stdout + imported.stderr
        review = cli(home, "review", "--id", str(sheet_id), "--state", "til_vurdering")
        assert review.returncode == 0, review.stdout + review.stderr
    _set_frames(home)
    return {"home": home, "pem": own_pem}


def _set_frames(home: Path) -> None:
    """The frames as the secretariat's store holds them (the frames command is another's)."""
    import os

    from prosjektark.commands import open_user_store

    before = os.environ.get("PROSJEKTARK_HOME")
    os.environ["PROSJEKTARK_HOME"] = str(home)
    try:
        with open_user_store() as store:
            store.set_frames(
                PROFILE,
                [
                    FrameLine(2027, "bompenger", "", Decimal("3.0")),
                    FrameLine(2027, "statlig", "", Decimal("5.0")),
                ],
            )
    finally:
        if before is None:
            os.environ.pop("PROSJEKTARK_HOME", None)
        else:
            os.environ["PROSJEKTARK_HOME"] = before


def test_new_list_and_export_signed_and_unsigned(
    secretariat: dict[str, Path], tmp_path: Path, catalog: Catalog
) -> None:
    from prosjektark.exchange.package_reader import verify_package
    from prosjektark.exchange.proposal import PROPOSAL_LAYOUT
    from prosjektark.signing.trust import TrustStore

    home = secretariat["home"]
    sheets = {s.id: s for s in example_sheets(catalog)}
    made = cli(home, "scenario", "new", "Hovedalternativ", "--profile", PROFILE)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "«Hovedalternativ»" in made.stdout and "2 prosjektark" in made.stdout

    again = cli(home, "scenario", "new", "hovedalternativ", "--profile", PROFILE)
    assert again.returncode == 1, again.stdout + again.stderr
    assert "allerede" in again.stderr

    unknown_profile = cli(home, "scenario", "new", "X", "--profile", "finnes-ikke")
    assert unknown_profile.returncode == 2

    listed = cli(home, "scenario", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["name"] == "Hovedalternativ" and row["profile"] == PROFILE
    assert (row["sheets"], row["included"], row["version"]) == (2, 2, 1)
    text = cli(home, "scenario", "list")
    assert "Hovedalternativ (miljopakken): 2 av 2 prosjektark med, versjon 1" in text.stdout

    # Withdrawn after the scenario was made: named, and still in the proposal.
    withdrawn = cli(home, "review", "--id", str(SYKKELVEG_ID), "--state", "trukket")
    assert withdrawn.returncode == 0, withdrawn.stdout + withdrawn.stderr

    out = tmp_path / "signert"
    signed = cli(
        home, "scenario", "export", "Hovedalternativ", "--out", str(out),
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stdout + signed.stderr
    title = sheets[SYKKELVEG_ID].identification.title
    assert f"«{title}»: Arket er trukket." in signed.stdout
    assert "signert med identiteten til Sekretariatet Miljøpakken" in signed.stdout
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".asice", ".pdf", ".xlsx"]
    (package,) = out.glob("*.asice")
    result = verify_package(
        package, TrustStore.from_path(secretariat["pem"]), layout=PROPOSAL_LAYOUT
    )
    assert result.valid, result.reasons
    assert result.signer_name == "Sekretariatet Miljøpakken"

    (pdf,) = out.glob("*.pdf")
    words = " ".join(_pdf_text(pdf).split())
    for sheet_id in (SYKKELVEG_ID, SKOLEVEG_ID):
        assert sheets[sheet_id].identification.title in words
    # 2027 toll money: 2,4 (sykkelveg) + 1,4 (skoleveg) against a frame of 3,0.
    assert "Bompenger Hele programmet 3,000 3,800 −0,800 over med 0,8" in words
    assert "Arket er trukket." in words

    plain = tmp_path / "usignert"
    unsigned = cli(home, "scenario", "export", "Hovedalternativ", "--out", str(plain))
    assert unsigned.returncode == 0, unsigned.stdout + unsigned.stderr
    assert "ikke signert" in unsigned.stdout
    assert sorted(p.suffix for p in plain.iterdir()) == [".pdf", ".xlsx"]
    (loose,) = plain.glob("*.pdf")
    assert "IKKE SIGNERT" in _pdf_text(loose)

    no_pass = cli(
        home, "scenario", "export", "Hovedalternativ", "--out", str(tmp_path / "x"),
        "--passphrase-env", "TOM",
    )  # fmt: skip
    assert no_pass.returncode == 2 and "TOM" in no_pass.stderr
    assert not (tmp_path / "x").exists()

    missing = cli(home, "scenario", "export", "Finnes ikke", "--out", str(tmp_path / "y"))
    assert missing.returncode == 2 and "Fant ikke scenarioet" in missing.stderr
