"""`prosjektark import` and `prosjektark portfolio` as the secretariat runs them: a working
group member makes an identity and exports a signed package; the secretariat, with its
own PROSJEKTARK_HOME, imports it trusting the member's certificate and writes the
portfolio."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from cryptography import x509
from openpyxl import load_workbook

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.signing.identity import fingerprint_sha256
from signing_helpers import acknowledge_warnings

PASS = "arbeidsgruppe passord"


@pytest.fixture(scope="module")
def sender(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> dict[str, Path]:
    """A member's home with an identity, one exported package and the certificate."""
    home = tmp_path_factory.mktemp("medlem")
    work = tmp_path_factory.mktemp("arbeid")
    made = cli(
        home, "identity", "new", "--name", "Kåre Øvrebø", "--email", "kare@example.no",
        "--organisation", "Trondheim kommune", "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    sheet_file = work / "ark.json"
    sheet = acknowledge_warnings(example_sheets(catalog)[0], catalog)  # signing needs «klar»
    sheet_file.write_text(sheet_to_json(sheet), encoding="utf-8")
    exported = cli(
        home, "export", str(sheet_file), "--out", str(work / "ut"), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    (package,) = (work / "ut").glob("*.asice")
    cert = work / "kare.pem"
    shown = cli(home, "identity", "show", "--pem", str(cert))
    assert shown.returncode == 0, shown.stderr
    return {"package": package, "cert": cert, "home": home}


def test_import_then_again_then_portfolio(
    sender: dict[str, Path], tmp_path: Path, catalog: Catalog
) -> None:
    secretariat = tmp_path / "sekretariat"
    package, cert = sender["package"], sender["cert"]
    before_import = datetime.now().replace(microsecond=0)  # local, as the workbook shows

    first = cli(secretariat, "import", str(package), "--trust", str(cert))
    assert first.returncode == 0, first.stdout + first.stderr
    assert f"{package.name}: importert" in first.stdout
    assert "revisjon 3" in first.stdout and "Kåre Øvrebø" in first.stdout

    again = cli(secretariat, "import", str(package), "--trust", str(cert))
    assert again.returncode == 0
    assert f"{package.name}: uendret" in again.stdout

    out = tmp_path / "portefølje.xlsx"
    written = cli(secretariat, "portfolio", "--out", str(out))
    assert written.returncode == 0, written.stderr
    assert "1 prosjektark" in written.stdout
    ws = load_workbook(out)["Portefølje"]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if any(r)]
    assert len(rows) == 1
    headers = [c.value for c in ws[1]]
    row = dict(zip(headers, rows[0], strict=True))
    sheet = example_sheets(catalog)[0]
    assert row["Prosjektnavn"] == sheet.identification.title
    assert row["Status"] == "Signert" and row["Revisjon"] == 3
    assert row["Forventet kostnad (MNOK)"] == pytest.approx(float(sheet.cost.expected_cost_mnok))
    # Who signed the package and when: the signing time, never the time of the import.
    assert "Sist endret" not in headers
    assert row["Signert av"] == "Kåre Øvrebø"
    member_cert = x509.load_pem_x509_certificate(cert.read_bytes())
    assert row["Fingeravtrykk"] == fingerprint_sha256(member_cert)
    assert isinstance(row["Signert"], datetime) and row["Signert"] <= before_import
    sums = load_workbook(out, data_only=True)["Per tiltaksområde"]
    programme = catalog.profile(sheet.profile).name
    (total,) = [r for r in sums.iter_rows(values_only=True) if r[0] == f"Sum {programme}"]
    assert total[2] == 1 and total[3] == pytest.approx(float(sheet.cost.expected_cost_mnok))

    other_profile = "miljoloftet" if sheet.profile != "miljoloftet" else "miljopakken"
    filtered = cli(
        secretariat, "portfolio", "--out", str(tmp_path / "f.xlsx"), "--profile", other_profile
    )
    assert filtered.returncode == 0 and "0 prosjektark" in filtered.stdout


def test_a_package_from_an_untrusted_signer_is_refused_with_exit_1(
    sender: dict[str, Path], tmp_path: Path
) -> None:
    pins = tmp_path / "andre.sha256"
    pins.write_text("AB" * 32 + "  # en annen avsender\n", encoding="utf-8")
    secretariat = tmp_path / "sekretariat"

    result = cli(secretariat, "import", str(sender["package"]), "--trust", str(pins))

    assert result.returncode == 1, result.stdout + result.stderr
    assert "avvist" in result.stdout and "tillitslisten" in result.stdout
    portfolio = cli(secretariat, "portfolio", "--out", str(tmp_path / "p.xlsx"))
    assert "0 prosjektark" in portfolio.stdout  # nothing was stored


def test_mixed_results_exit_with_the_worst(sender: dict[str, Path], tmp_path: Path) -> None:
    garbage = tmp_path / "ødelagt.asice"
    garbage.write_bytes(b"ikke en pakke")

    result = cli(
        tmp_path / "s", "import", str(sender["package"]), str(garbage),
        "--trust", str(sender["cert"]),
    )  # fmt: skip

    assert result.returncode == 2
    assert f"{sender['package'].name}: importert" in result.stdout
    assert "ødelagt.asice: avvist" in result.stdout
    assert "2 pakker: 1 importert, 0 oppdatert, 0 uendret, 1 avvist." in result.stdout


def test_without_trust_import_exits_2_with_a_hint(sender: dict[str, Path], tmp_path: Path) -> None:
    result = cli(tmp_path / "s", "import", str(sender["package"]))
    assert result.returncode == 2
    assert "--trust" in result.stderr


def test_an_unreadable_trust_list_exits_2(sender: dict[str, Path], tmp_path: Path) -> None:
    result = cli(
        tmp_path / "s", "import", str(sender["package"]), "--trust", str(tmp_path / "borte.pem")
    )
    assert result.returncode == 2
    assert "tillitslisten" in result.stderr


def test_portfolio_to_a_missing_folder_exits_2(tmp_path: Path) -> None:
    result = cli(tmp_path / "s", "portfolio", "--out", str(tmp_path / "finnes-ikke" / "p.xlsx"))
    assert result.returncode == 2
    assert "finnes ikke" in result.stderr


def test_portfolio_with_an_unknown_profile_exits_2(tmp_path: Path) -> None:
    result = cli(tmp_path / "s", "portfolio", "--out", str(tmp_path / "p.xlsx"), "--profile", "x")
    assert result.returncode == 2
    assert "Ukjent avtaleprofil" in result.stderr


def test_one_odd_package_in_the_middle_does_not_stop_the_batch(
    sender: dict[str, Path], tmp_path: Path, catalog: Catalog
) -> None:
    """Each package is imported or refused on its own: a package whose revision no store
    can hold, and one whose attachment name is too long for a file name, in the middle
    of a batch; the packages after them are still imported."""
    import hashlib
    import io

    from reportlab.pdfgen import canvas

    from prosjektark.domain.sheet import Attachment
    from prosjektark.exchange.package import build_package
    from prosjektark.signing.identity import load_identity

    member = load_identity(sender["home"] / "data" / "identitet" / "identitet.p12", PASS)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()

    def signed(sheet, name: str, attachments: dict[str, bytes] | None = None) -> Path:
        files = {
            "prosjektark.json": sheet_to_json(sheet).encode(),
            "prosjektark.pdf": buffer.getvalue(),
        }
        files.update({f"vedlegg/{n}": data for n, data in (attachments or {}).items()})
        path = tmp_path / name
        path.write_bytes(build_package(files, member, revision=sheet.revision))
        return path

    sheets = example_sheets(catalog)
    huge = sheets[1].model_copy(deep=True)
    huge.revision = 2**63  # one above SQLite's largest integer
    long_name = sheets[1].model_copy(deep=True)
    title = "Konsekvensutredning for sykkelvegen langs Innherredsveien " * 5 + ".pdf"
    data = b"%PDF-1.7\n% utredning\n"  # a PDF header: its content is checked
    long_name.attachments = [
        Attachment(id="u", filename=title, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    ]
    batch = [
        sender["package"],
        signed(huge, "enorm-revisjon.asice"),
        signed(long_name, "langt-vedleggsnavn.asice", {"utredning.pdf": data}),
        signed(sheets[2], "siste.asice"),
    ]

    result = cli(tmp_path / "s", "import", *map(str, batch), "--trust", str(sender["cert"]))

    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout
    assert f"{sender['package'].name}: importert" in lines
    assert "enorm-revisjon.asice: avvist" in lines and "revision" in lines
    assert "langt-vedleggsnavn.asice: importert" in lines
    assert "siste.asice: importert" in lines
    assert "4 pakker: 3 importert, 0 oppdatert, 0 uendret, 1 avvist." in lines
