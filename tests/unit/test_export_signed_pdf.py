"""Signing needs status Klar, and the loose PDF beside a package is the signed one.

Issue 12, items 3a and 4: a sheet with a warning nobody acknowledged was signed and its
PDF said UTKAST; «Signer og eksporter» wrote an unsigned PDF beside the package.
"""

from __future__ import annotations

import inspect
import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.rules import check_sheet, sheet_status
from prosjektark.domain.sheet import Acknowledgement, Sheet
from prosjektark.exchange import export as export_module
from prosjektark.exchange.export import (
    ExportError,
    error_summary,
    export_sheet,
    export_stored_sheet,
)
from prosjektark.exchange.package import SHEET_PDF
from prosjektark.exchange.package_reader import verify_package
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.repository import Store

READY_DAY = date(2026, 3, 1)  # the examples are "klar" on this day
LATE_DAY = date(2026, 11, 30)  # past the programme's deadline: a warning (no error)


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Máret Ánne Sara", "maret@example.no", "Kárášjoga gielda", "signer-passord-1",
        tmp_path_factory.mktemp("id"),
    )  # fmt: skip


@pytest.fixture
def sheet(catalog: Catalog) -> Sheet:
    return example_sheets(catalog)[0]


def open_warnings(sheet: Sheet, catalog: Catalog, today: date) -> list:
    return [f for f in check_sheet(sheet, catalog, today=today) if f.severity == "warning"]


def acknowledge(sheet: Sheet, catalog: Catalog, today: date) -> None:
    for f in open_warnings(sheet, catalog, today):
        sheet.acknowledgements.append(
            Acknowledgement(
                code=f.code,
                field=f.field,
                comment="Avklart med sekretariatet",
                by="Máret",
                at=datetime(2026, 11, 1, tzinfo=UTC),
            )  # fmt: skip
        )


def test_the_late_day_gives_a_warning_and_no_error(sheet: Sheet, catalog: Catalog) -> None:
    # The premise of the tests below; if the examples change, this says why they fail.
    findings = check_sheet(sheet, catalog, today=LATE_DAY)
    assert [f for f in findings if f.severity == "warning"]
    assert not [f for f in findings if f.severity == "error"]
    assert sheet_status(sheet, findings) == "utkast"


def test_an_unacknowledged_warning_stops_the_package_and_nothing_is_written(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    (warning,) = open_warnings(sheet, catalog, LATE_DAY)
    out = tmp_path / "ut"
    with pytest.raises(ExportError) as caught:
        export_sheet(sheet, catalog, out, pdf=True, package=True, identity=identity, today=LATE_DAY)
    message = str(caught.value)
    assert "kvittert ut" in message and "kan ikke signeres" in message
    assert warning.message in message  # names the warning the user must look at
    assert [f.code for f in caught.value.findings] == [warning.code]
    assert not out.exists() or not any(out.iterdir())


def test_a_stored_sheet_with_an_open_warning_gets_no_signed_revision(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        store.create(sheet)
        with pytest.raises(ExportError, match="kvittert ut"):
            export_stored_sheet(
                store, sheet.id, catalog, tmp_path / "ut", package=True, identity=identity,
                today=LATE_DAY,
            )  # fmt: skip
        assert store.revisions(sheet.id) == []
        assert store.list_outbox() == []
        assert store.list_summaries()[0].status != "signert"


def test_acknowledged_warnings_let_the_sheet_be_signed(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    acknowledge(sheet, catalog, LATE_DAY)
    assert export_module.signing_blockers(sheet, check_sheet(sheet, catalog, today=LATE_DAY)) == []
    result = export_sheet(sheet, catalog, tmp_path, package=True, identity=identity, today=LATE_DAY)
    assert result.status == "klar"
    trust = TrustStore.from_certificates([identity.certificate])
    assert verify_package(result.package, trust).valid


def test_a_draft_pdf_alone_is_still_made_for_a_sheet_with_an_open_warning(
    sheet: Sheet, catalog: Catalog, tmp_path: Path
) -> None:
    result = export_sheet(sheet, catalog, tmp_path, pdf=True, today=LATE_DAY)
    assert result.status == "utkast"
    assert result.files["pdf"].read_bytes().startswith(b"%PDF-")


def test_the_summary_names_errors_and_open_warnings_apart(sheet: Sheet, catalog: Catalog) -> None:
    sheet.profile = "finnes-ikke"  # profile.unknown is an error
    blockers = export_module.signing_blockers(sheet, check_sheet(sheet, catalog, today=LATE_DAY))
    text = error_summary(blockers)
    assert text.startswith("Arket har 1 feil")
    assert "advarslene må også kvitteres ut" in text


# ------------------------------------------------------------------ the loose PDF (item 4)


def pdfsig(path: Path) -> str:
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return done.stdout + done.stderr


def test_the_loose_pdf_beside_a_package_is_the_signed_pdf_inside_it(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    result = export_sheet(
        sheet, catalog, tmp_path, pdf=True, package=True, identity=identity, today=READY_DAY
    )
    loose = result.files["pdf"].read_bytes()
    with zipfile.ZipFile(result.package) as zf:
        assert zf.read(SHEET_PDF) == loose
    report = pdfsig(result.files["pdf"])
    assert "Signature #1" in report, report
    assert "Signer Certificate Common Name: Máret Ánne Sara" in report, report
    assert "does not have any signatures" not in report


def test_a_pdf_without_a_package_is_not_signed(
    sheet: Sheet, catalog: Catalog, tmp_path: Path
) -> None:
    result = export_sheet(sheet, catalog, tmp_path, pdf=True, today=READY_DAY)
    report = pdfsig(result.files["pdf"])
    assert "Signature #1" not in report, report


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_only_the_pdf_without_a_package_says_it_is_not_signed(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    from prosjektark.exchange.pdf import render_pdf

    if "signed" not in inspect.signature(render_pdf).parameters:
        pytest.skip("render_pdf has no `signed` keyword yet (issue 12, item 4, exchange/pdf.py)")
    alone = export_sheet(sheet, catalog, tmp_path / "a", pdf=True, today=READY_DAY)
    assert "Ikke signert" in pdf_text(alone.files["pdf"])
    signed = export_sheet(
        sheet, catalog, tmp_path / "b", pdf=True, package=True, identity=identity,
        today=READY_DAY,
    )  # fmt: skip
    assert "Ikke signert" not in pdf_text(signed.files["pdf"])
