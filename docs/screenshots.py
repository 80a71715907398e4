"""Screenshots of the signing UI (the identity wizard, the outbox, package verification) and
of the case flow (the secretariat's intake list, remarks, the diff, the case history).

Everything is built from scratch in a temporary PROSJEKTARK_HOME: a new identity made
through the wizard, the example sheets really signed and exported as packages into a
store, and a copy of one package with one byte of prosjektark.json changed; then three
working groups' identities whose signed packages the secretariat imports, and one sheet's
case followed from delivery to recommendation. Writes to OUT_DIR (default:
docs/screenshots beside this script):

    identitetsveiviser-ny.png       the wizard's "Ny identitet" page, filled in
    identitetsveiviser-ferdig.png   the wizard's last page, with the SHA-256 fingerprint
    min-identitet.png               "Min identitet" for that identity
    utboks.png                      the outbox with three packages, one marked Levert
    verifisering-feilet.png         "Verifiser pakke" on the tampered package
    verifisering-ok.png             "Verifiser pakke" on an untampered package
    sekretariat-innkomne.png        the secretariat's intake list: six delivered sheets in
                                    different review states, one with «ny revisjon»
    merknad-ved-feltet.png          the working group's editor: a remark at its field, the
                                    remarks panel beside the findings, one remark answered
    versjoner-forskjell.png         «Sammenlign versjoner»: revision 1 against revision 2
    sakshistorikk.png               «Sakshistorikk»: one sheet's case, newest first

The case (the last three pictures) runs on a fixed clock from 2 March 2026, in Norwegian
time, so its dates are the same on every run; the intake list's packages are really
signed, so it shows the day the script runs.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

PASSPHRASE = "Fire ord med mellomrom"
SIZE = (1280, 720)  # the case-flow pictures: the smallest screen the app is made for
STD_DEV = "cost.std_dev_percent"
PURPOSE = "description.purpose"


def snap(widget, out_dir: Path, name: str) -> None:
    """Show `widget` at the size the app opens it with and save it."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    QApplication.processEvents()
    path = out_dir / name
    widget.grab().save(str(path))
    print(path)


def snap_at_size(widget, out_dir: Path, name: str) -> None:
    """`widget` at SIZE, its layout settled, saved."""
    from PySide6.QtWidgets import QApplication

    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):  # splitters and word-wrapped labels settle over a few passes
        QApplication.processEvents()
    image = widget.grab()
    assert (image.width(), image.height()) == SIZE, (name, image.size())
    path = out_dir / name
    image.save(str(path))
    print(path)


class FixedClock:
    """The store's clock for the case pictures: a given time, one second on per reading so
    events at the same moment keep their order."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def at(self, day: int, month: int, hour: int, minute: int) -> None:
        """Norwegian winter time (UTC+1) in March 2026."""
        self.now = datetime(2026, month, day, hour - 1, minute, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def tampered_copy(package: Path, target: Path) -> Path:
    """`package` with one byte of prosjektark.json changed; same entries, order and methods."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "prosjektark.json":
                data = data.replace(b"Lade", b"Lode", 1)
            dst.writestr(info, data)  # the ZipInfo keeps mimetype first and stored
    return target


def main(out_dir: Path, home: Path) -> None:
    os.environ["PROSJEKTARK_HOME"] = str(home)  # before anything reads prosjektark.paths
    for name in ("pyhanko", "pyhanko_certvalidator"):  # the tampered package logs at ERROR
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)

    from PySide6.QtWidgets import QApplication

    from prosjektark import paths
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.domain.examples import example_sheets
    from prosjektark.domain.rules import check_sheet
    from prosjektark.exchange.export import export_stored_sheet
    from prosjektark.signing.identity import certificate_pem
    from prosjektark.store.repository import Store
    from prosjektark.ui.app import install_bokmal_qt_texts
    from prosjektark.ui.signing.identity_wizard import IdentityWizard, MyIdentityDialog
    from prosjektark.ui.signing.outbox_dialog import OutboxDialog
    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Prosjektark")
    install_bokmal_qt_texts(app)
    out_dir.mkdir(parents=True, exist_ok=True)

    # 1-2. The wizard: "Lag en ny identitet" is preselected, so Neste leads to the form.
    wizard = IdentityWizard(paths.identity_dir())
    wizard.show()
    wizard.next()
    page = wizard.new_page
    page.name.setText("Kåre Ødegård")
    page.email.setText("kare.odegard@trondheim.kommune.no")
    page.organisation.setText("Trondheim kommune")
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    snap(wizard, out_dir, "identitetsveiviser-ny.png")
    wizard.next()  # validatePage creates the identity
    identity = wizard.identity
    assert identity is not None and wizard.currentPage() is wizard.done_page
    snap(wizard, out_dir, "identitetsveiviser-ferdig.png")

    # 3. Min identitet.
    snap(MyIdentityDialog(paths.identity_dir()), out_dir, "min-identitet.png")

    # 4. The outbox, with every (error-free) example sheet signed and exported.
    catalog = load_catalog(paths.resource_dir())
    package_dir = home / "Pakker"
    store = Store.open(paths.database_path(), paths.attachments_dir())
    sheets = [s for s in example_sheets(catalog) if not any(
        f.severity == "error" for f in check_sheet(s, catalog)
    )]  # fmt: skip
    assert len(sheets) >= 2, "need at least two error-free example sheets"
    store.create_many(sheets)
    packages = [
        export_stored_sheet(
            store, s.id, catalog, package_dir, package=True, identity=identity
        ).package
        for s in sheets
    ]
    store.mark_delivered(store.list_outbox(sheets[-1].id)[0].id)
    snap(OutboxDialog(store, catalog, lambda: identity, package_dir), out_dir, "utboks.png")

    # 5-6. Verification against the identity's certificate, tampered and untampered.
    trust = home / "kare-odegard.pem"
    trust.write_bytes(certificate_pem(identity.certificate))
    bad = tampered_copy(packages[0], package_dir / "endret.asice")
    for package, name in ((bad, "verifisering-feilet.png"), (packages[0], "verifisering-ok.png")):
        dialog = VerifyDialog(package=package, trust=trust)
        dialog.show()
        result = dialog.verify()
        assert result is not None and result.valid == (package != bad), result
        snap(dialog, out_dir, name)
    store.close()

    # 7-10. The case flow.
    people = working_groups(home, identity)
    intake_list(out_dir, home, catalog, people)
    case_pictures(out_dir, home, catalog, people)


def working_groups(home: Path, kare) -> dict:
    """The signing identities: Kåre's from the wizard, two more working groups' and the
    secretariat's."""
    from prosjektark.signing.identity import create_identity

    people = {"kare": kare}
    for key, name, email, organisation in (
        ("siv", "Siv Hansen", "siv.hansen@melhus.kommune.no", "Melhus kommune"),
        ("berit", "Berit Brekke", "berit.brekke@bergen.kommune.no", "Bergen kommune"),
        ("ola", "Ola Sekretær", "ola.sekretaer@miljoloftet.no", "Miljøløftet sekretariat"),
    ):
        people[key] = create_identity(name, email, organisation, PASSPHRASE, home / key)
    return people


def actor_of(identity):
    from prosjektark.domain.caseflow import Actor
    from prosjektark.store.ownership import normalise_fingerprint

    return Actor(identity.name, normalise_fingerprint(identity.fingerprint))


def a_copy(template, number: int, title: str, working_group: str):
    """An example sheet as a working group's own: a fixed id, its own title, revision 0."""
    sheet = template.model_copy(deep=True)
    sheet.id = uuid.UUID(int=0x5C0FF1E0 + number)
    sheet.revision = 0
    sheet.is_example = False
    sheet.identification.title = title
    sheet.identification.working_group = working_group
    return sheet


def open_store(folder: Path, actor):
    from prosjektark.store.repository import Store

    folder.mkdir(parents=True, exist_ok=True)
    store = Store.open(folder / "db.sqlite3", folder / "vedlegg")
    store.actor = lambda: actor
    return store


def intake_list(out_dir: Path, home: Path, catalog, people: dict) -> None:
    """Six sheets from three working groups, signed, exported as packages and imported by
    the secretariat with the intake it uses, then moved through the review states."""
    from PySide6.QtCore import QSettings

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.domain.examples import example_sheets
    from prosjektark.exchange.export import export_stored_sheet
    from prosjektark.exchange.intake import import_package
    from prosjektark.signing.trust import TrustStore
    from prosjektark.ui.intake_watcher import INTAKE_FOLDER_KEY
    from prosjektark.ui.main_window import MainWindow
    from prosjektark.ui.roles import ROLE_KEY, SECRETARIAT

    lade, asane, melhus = example_sheets(catalog)
    # (who signs, the sheet, the review states it is moved through after its import)
    plan = [
        ("kare", a_copy(lade, 1, "Sykkelveg med fortau, Lade allé–Haakon VIIs gate",
                        "Arbeidsgruppe sykkel"), ["til_vurdering"]),
        ("kare", a_copy(lade, 2, "Sykkelfelt i Innherredsveien, Solsiden–Strandveien",
                        "Arbeidsgruppe sykkel"), ["til_vurdering", "i_utkast"]),
        ("siv", a_copy(melhus, 3, "Trygg skoleveg i Melhus, sekkepost 2027–2030",
                       "Arbeidsgruppe nabokommunene"), []),
        ("berit", a_copy(asane, 4, "Kollektivfelt og signalprioritering, Åsane sentrum",
                         "Arbeidsgruppe Nordøst"), ["returnert"]),
        ("berit", a_copy(asane, 5, "Signalprioritering i Fjøsangerveien",
                         "Arbeidsgruppe Nordøst"), ["til_samordning", "returnert"]),
        ("berit", a_copy(asane, 6, "Kollektivknutepunkt Nesttun",
                         "Arbeidsgruppe Nordøst"), ["til_samordning", "anbefalt"]),
    ]  # fmt: skip
    stores = {key: open_store(home / f"arbeidsgruppe-{key}", actor_of(people[key]))
              for key in ("kare", "siv", "berit")}  # fmt: skip
    packages = home / "Leverte pakker"
    delivered = []
    for key, sheet, _states in plan:
        stores[key].create(sheet)
        delivered.append(
            export_stored_sheet(
                stores[key], sheet.id, catalog, packages, package=True, identity=people[key]
            ).package
        )

    sec = open_store(home / "sekretariat", actor_of(people["ola"]))
    trust = TrustStore.from_certificates([people[k].certificate for k in stores])
    for path in delivered:
        outcome = import_package(sec, path, trust, catalog)
        assert outcome.status == "importert", (path, outcome.message, outcome.reasons)
    for _key, sheet, states in plan:
        review = catalog.profile(sheet.profile).review
        for state in states:
            sec.change_review_state(sheet.id, state, review)
    # Remarks sent back with a returned sheet: open until the working group answers.
    _key, fjosanger, _states = plan[4]
    drafts = [
        sec.add_remark(
            fjosanger.id,
            "Begrunn standardavviket.",
            field=STD_DEV,
            label=catalog.form.field(STD_DEV).label,
        ),
        sec.add_remark(fjosanger.id, "Mangler kart over traseen."),
    ]
    sec.mark_remarks_sent(fjosanger.id, [r.id for r in drafts], "2 merknader")
    # «Ny revisjon»: Åsane was returned, and Berit delivered revision 2.
    _key, asane_sheet, _states = plan[3]
    berit = stores["berit"]
    sheet = berit.load(asane_sheet.id)
    sheet.description.purpose += " Tiltaket bedrer også trafikksikkerheten ved skolen."
    berit.save_working_copy(sheet)
    again = export_stored_sheet(
        berit, sheet.id, catalog, packages, package=True, identity=people["berit"]
    ).package
    outcome = import_package(sec, again, trust, catalog)
    assert outcome.status == "oppdatert", (outcome.message, outcome.reasons)
    assert sec.review_status(sheet.id).new_revision
    for store in stores.values():
        store.close()

    intake_folder = home / "Innkommende"
    intake_folder.mkdir()
    settings = QSettings(str(home / "innstillinger.ini"), QSettings.Format.IniFormat)
    settings.setValue(ROLE_KEY, SECRETARIAT)
    settings.setValue(INTAKE_FOLDER_KEY, str(intake_folder))
    window = MainWindow(LazyCatalog.of(catalog), sec, settings)
    window.resize(*SIZE)
    window.show()
    window.show_intake()
    # Grouped by working group: every group's name starts with «Arbeidsgruppe», so the
    # narrow column alone would show the same «Arbeidsgruppe …» on every row.
    window.intake_page.set_grouping("working_group")
    window.intake_page.select(plan[3][1].id)
    snap_at_size(window, out_dir, "sekretariat-innkomne.png")
    window.close()
    sec.close()


def case_pictures(out_dir: Path, home: Path, catalog, people: dict) -> None:
    """One sheet's case on a fixed clock: delivered, reviewed, returned with three remarks,
    answered (the working group's editor), delivered again and recommended."""
    from prosjektark.domain.examples import example_sheets
    from prosjektark.domain.sheet import CostItem
    from prosjektark.store import sql_store
    from prosjektark.ui.editor_page import EditorPage
    from prosjektark.ui.history_view import HistoryDialog
    from prosjektark.ui.versions_dialog import VersionsDialog

    clock = FixedClock()
    # The store reads the time from this one function; a fixed clock keeps the dates in
    # the pictures the same on every run (the case-history API takes no time of its own).
    real_now = sql_store._now
    sql_store._now = clock
    try:
        berit, ola = actor_of(people["berit"]), actor_of(people["ola"])
        wg = open_store(home / "sak-arbeidsgruppe", berit)
        sec = open_store(home / "sak-sekretariat", ola)
        review = catalog.profile("miljoloftet").review
        sheet = a_copy(
            example_sheets(catalog)[1],
            10,
            "Kollektivfelt og signalprioritering, Fjøsangerveien",
            "Arbeidsgruppe Sentrum",
        )
        sheet.cost.std_dev_percent = Decimal("5")  # under the band: a warning to remark on

        def deliver(revision_note: str, day: int, hour: int, minute: int) -> int:
            """The working group saves and signs; the secretariat receives it, as the
            intake stores a package (see exchange/intake.py)."""
            clock.at(day, 3, hour, minute)
            revision = wg.save_version(sheet, note=revision_note)
            wg.mark_signed(sheet.id, revision)
            signed_at = clock.now
            clock.at(day, 3, hour, minute + 25)
            copy = sheet.model_copy(deep=True)
            copy.revision = revision - 1
            sec.save_version(copy, note=f"Importert, signert av {berit.name}", record=False)
            sec.mark_signed(sheet.id, revision, record=False)
            sec.receive_revision(
                sheet.id, revision, berit, review, "Pakke fra arbeidsgruppen",
                signed_at=signed_at,
            )  # fmt: skip
            return revision

        clock.at(2, 3, 9, 5)
        wg.create(sheet)
        first = deliver("Til sekretariatet", 2, 14, 10)
        clock.at(4, 3, 13, 5)
        sec.change_review_state(
            sheet.id, "til_samordning", review, comment="Tas i Samordningsfunksjonen 10. mars."
        )
        clock.at(10, 3, 15, 30)
        sec.change_review_state(
            sheet.id, "returnert", review, comment="Se merknadene før arket fremmes."
        )
        remarks = [
            # The label is how the window names the field in the case history.
            sec.add_remark(sheet.id, text, field=path, label=catalog.form.field(path).label)
            if path
            else sec.add_remark(sheet.id, text)
            for path, text in (
                (STD_DEV, "Begrunn standardavviket: 5 % er lavt for et utredningsestimat."),
                (PURPOSE, "Formålet må nevne trafikksikkerhet ved Danmarks plass."),
                ("", "Mangler kart over traseen."),
            )
        ]  # fmt: skip
        sec.mark_remarks_sent(sheet.id, [r.id for r in remarks], "3 merknader")
        clock.at(11, 3, 8, 40)
        received = [dataclasses.replace(r, received=True) for r in sec.remarks(sheet.id)]
        assert wg.store_received_remarks(sheet.id, received, ola, "Merknadspakke") == 3
        clock.at(11, 3, 9, 15)
        whole_sheet = next(r for r in received if r.field == "")
        wg.add_answer(whole_sheet.id, "reply", "Kart over traseen er lagt ved i revisjon 2.")

        # 8. The working group's editor: each remark at its field, one answered.
        page = EditorPage(catalog, None)
        page.set_case_store(wg)
        page.set_sheet(wg.load(sheet.id))
        page.resize(*SIZE)
        page.show()
        page.editor.show_step("kostnad")
        snap_at_size(page, out_dir, "merknad-ved-feltet.png")
        page.close()

        clock.at(12, 3, 10, 20)
        by_field = {r.field: r for r in received}
        sheet = wg.load(sheet.id)
        sheet.cost.std_dev_percent = Decimal("20")
        sheet.description.purpose += (
            " Tiltaket bedrer også trafikksikkerheten for gående ved Danmarks plass."
        )
        sheet.cost.expected_cost_mnok = (sheet.cost.expected_cost_mnok or Decimal(0)) + 12
        sheet.cost.items.append(
            CostItem(
                name="Signalanlegg Danmarks plass",
                low=Decimal("8"),
                most_likely=Decimal("12"),
                high=Decimal("18"),
            )
        )
        wg.save_working_copy(sheet)
        wg.add_answer(by_field[STD_DEV].id, "fixed", "", fixed_in_revision=first + 1)
        wg.add_answer(
            by_field[PURPOSE].id, "reply", "Formålet nevner nå trafikksikkerheten ved plassen."
        )
        second = deliver("Svar på merknadene", 12, 14, 0)
        answers = wg.answers(sheet.id)
        wg.mark_answers_delivered([a.id for a in answers], second)
        sec.store_delivered_answers(sheet.id, wg.answers(sheet.id), berit, second)
        clock.at(16, 3, 11, 0)
        sec.change_review_state(
            sheet.id, "til_samordning", review, comment="Merknadene er besvart."
        )
        clock.at(23, 3, 14, 45)
        sec.change_review_state(
            sheet.id, "anbefalt", review, comment="Fremmes for Prioriteringsrådet 7. april."
        )

        # 9. What changed from revision 1 to revision 2, as the secretariat compares them.
        versions = VersionsDialog(sec, catalog, sheet.id)
        compare = versions.compare_selected()
        compare.set_versions(first, second)
        snap_at_size(compare, out_dir, "versjoner-forskjell.png")
        compare.close()

        # 10. The case history, newest first.
        history = HistoryDialog.for_sheet(sec, catalog, sheet.id)
        history.resize(*SIZE)
        history.show()
        # The rows' heights are fitted when the history is read, not when the window is
        # resized, so «Oppdater» reads it again at this width.
        history.refresh_button.click()
        snap_at_size(history, out_dir, "sakshistorikk.png")
        history.close()
        wg.close()
        sec.close()
    finally:
        sql_store._now = real_now


if __name__ == "__main__":
    # Times are shown in local time: Norwegian time, whatever the machine's zone.
    os.environ["TZ"] = "Europe/Oslo"
    time.tzset()
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "screenshots"
    # A fixed folder, so the paths shown in the dialogs are the same on every run.
    work = Path(tempfile.gettempdir()) / "prosjektark-skjermbilder"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        main(target.resolve(), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
