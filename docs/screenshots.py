"""Screenshots of the signing UI (the identity wizard, the outbox, package verification), of
the case flow (the secretariat's intake list, remarks, the diff, the case history) and of
the portfolio (the Portefølje workspace, a scenario over its frames, the proposal).

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
    portefolje.png                  the secretariat's Portefølje: twelve Miljøpakken sheets
                                    grouped by action area, one left out with its reason,
                                    one in 2024 kroner (not comparable), within the frames
    scenario-over-ramme.png         a second scenario with that sheet in: over the toll
                                    money frame and Malvik's pot in 2027
    forslag-side-1.png              «Forslag til handlingsprogram», signed by the
    forslag-side-2.png              secretariat: its first two pages (needs pdftoppm, from
                                    poppler-utils; without it they are skipped, and said)
    signert-side-1.png              a sheet signed by a signer with a Sámi name and a long
    signaturstempel.png             organisation: page 1 of the signed PDF, and its stamp
                                    enlarged (needs pdftoppm too)
    editor-1280x720.png             the window editing an example sheet on a laptop's
    editor-1920x1080.png            screen and on an office screen: every step in the
    editor-1280x720-mork.png        list, the fields as wide as the form; light, and
    editor-1920x1080-mork.png       dark (the theme's dark set, Fusion style)
    forhandsvisning.png             «Forhåndsvis utskrift»: the sheet's PDF pages in Qt's
                                    print preview

The case (the last three pictures) runs on a fixed clock from 2 March 2026, in Norwegian
time, so its dates are the same on every run; the intake list's packages and the proposal
are really signed, so they show the day the script runs.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import subprocess
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
EDITOR_SIZES = ((1280, 720), (1920, 1080))  # a laptop's screen and an office screen's
STD_DEV = "cost.std_dev_percent"
PURPOSE = "description.purpose"


def signable_examples(catalog) -> list:
    """The example sheets with the warnings the rules give them today acknowledged, as a
    working group does before signing (a sheet is signed only with status Klar; the
    deadline warning comes and goes with the date)."""
    from prosjektark.domain.examples import example_sheets
    from prosjektark.domain.rules import check_sheet
    from prosjektark.domain.sheet import Acknowledgement

    sheets = example_sheets(catalog)
    for sheet in sheets:
        sheet.acknowledgements += [
            Acknowledgement(
                code=f.code, field=f.field, comment="Kjent.", by="Eksempel", at=sheet.modified
            )
            for f in check_sheet(sheet, catalog)
            if f.severity == "warning"
        ]
    return sheets


def snap(widget, out_dir: Path, name: str) -> None:
    """Show `widget` at the size the app opens it with and save it."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    QApplication.processEvents()
    path = out_dir / name
    widget.grab().save(str(path))
    print(path)


def snap_at_size(widget, out_dir: Path, name: str, size: tuple[int, int] = SIZE) -> None:
    """`widget` at `size`, its layout settled, saved."""
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    for _ in range(3):  # splitters and word-wrapped labels settle over a few passes
        QApplication.processEvents()
    image = widget.grab()
    assert (image.width(), image.height()) == size, (name, image.size())
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
    from prosjektark.domain.rules import check_sheet
    from prosjektark.exchange.export import export_stored_sheet
    from prosjektark.signing.identity import certificate_pem
    from prosjektark.store.repository import Store
    from prosjektark.ui.qt_translations import install_qt_translations
    from prosjektark.ui.signing.identity_wizard import IdentityWizard, MyIdentityDialog
    from prosjektark.ui.signing.outbox_dialog import OutboxDialog
    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Prosjektark")
    install_qt_translations(app)
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
    sheets = [s for s in signable_examples(catalog) if not any(
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
    portfolio_pictures(out_dir, home, catalog, people)
    signed_sheet_pages(out_dir, home, catalog)
    editor_pictures(out_dir, home, catalog)


def editor_pictures(out_dir: Path, home: Path, catalog) -> None:
    """The window editing the cycle path example, at each of EDITOR_SIZES, light and dark,
    in nynorsk and English at 1280×720, and the print preview of that sheet."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.domain.examples import example_sheets
    from prosjektark.store.repository import Store
    from prosjektark.ui import theme
    from prosjektark.ui.main_window import MainWindow
    from prosjektark.ui.print_preview import preview_screenshot

    folder = home / "redigering"
    folder.mkdir(parents=True, exist_ok=True)
    store = Store.open(folder / "prosjektark.sqlite3", folder / "vedlegg")
    settings = QSettings(str(folder / "prosjektark.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    sheet = example_sheets(catalog)[0]
    store.create(sheet)
    window.reload_list()
    window.show()
    window.open_sheet(sheet.id)
    for width, height in EDITOR_SIZES:
        snap_at_size(window, out_dir, f"editor-{width}x{height}.png", (width, height))
    preview_screenshot(window, out_dir / "forhandsvisning.png", (1000, 700))
    window.close()
    app = QApplication.instance()
    theme.use_scheme(app, "dark")
    try:
        dark = MainWindow(LazyCatalog.of(catalog), store, settings)
        dark.reload_list()
        dark.show()
        dark.open_sheet(sheet.id)
        for width, height in EDITOR_SIZES:
            snap_at_size(dark, out_dir, f"editor-{width}x{height}-mork.png", (width, height))
        dark.close()
    finally:
        theme.use_scheme(app, "system")
    # The same window in nynorsk and English: the UI's texts and the form's.
    from prosjektark.ui.qt_translations import use_ui_language

    try:
        for language in ("nn", "en"):
            use_ui_language(app, language)
            window = MainWindow(LazyCatalog.of(catalog.in_language(language)), store, settings)
            window.reload_list()
            window.show()
            window.open_sheet(sheet.id)
            snap_at_size(window, out_dir, f"editor-1280x720-{language}.png", (1280, 720))
            window.close()
    finally:
        use_ui_language(app, "nb")
    store.close()


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
    from prosjektark.exchange.export import export_stored_sheet
    from prosjektark.exchange.intake import import_package
    from prosjektark.signing.trust import TrustStore
    from prosjektark.ui.intake_watcher import INTAKE_FOLDER_KEY
    from prosjektark.ui.main_window import MainWindow
    from prosjektark.ui.roles import ROLE_KEY, SECRETARIAT

    lade, asane, melhus = signable_examples(catalog)
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
            signable_examples(catalog)[1],
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


# The portfolio (issue 11): twelve Miljøpakken sheets, each one of the two Miljøpakken
# example sheets made into another project with its own place, cost, funding and goal
# points.
WG_CYCLE = "Arbeidsgruppe sykkel"
WG_WALK = "Arbeidsgruppe gange og trafikksikkerhet"
WG_TRANSIT = "Arbeidsgruppe kollektivtransport"
WG_CITY = "Arbeidsgruppe miljø og bymiljø"
WG_NEIGHBOURS = "Arbeidsgruppe nabokommunene"
HOMMELVIK = "Fortau langs Fv. 950 i Hommelvik"
HEIMDAL = "Gangveg til Heimdal stasjon"  # priced in 2024 kroner: cannot be compared
LEFT_OUT = "Reguleringsplanen er ikke vedtatt. Tas opp igjen ved neste rullering."


@dataclasses.dataclass(frozen=True)
class Planned:
    """One sheet of the portfolio, made from an example sheet."""

    title: str
    summary: str
    template: str  # "lade": a project in detailed planning; "melhus": a pot being built
    municipality: str
    party: str  # responsible party, and agency
    area: str  # action area id
    group: str  # working group
    scale: str  # the template's cost items and expected cost times this
    std_dev: str  # percent, inside the band of the template's phase
    funding: tuple  # (year, toll money, state money), MNOK; "" for none
    goals: dict = dataclasses.field(default_factory=dict)  # goal: (points, why) to change


PROGRAMME = [
    Planned(
        "Sykkelveg med fortau, Lade allé",
        "Sykkelveg med fortau på begge sider av Lade allé over 1,4 km.",
        "lade", "Trondheim", "Trondheim kommune", "sykkel", WG_CYCLE, "1", "23.54",
        ((2027, "2.4", "2"), (2028, "5", "4"), (2029, "9", "7.5"), (2030, "10.9", "")),
    ),
    Planned(
        "Sykkelfelt i Innherredsveien",
        "Brede sykkelfelt i begge retninger fra Solsiden til Strandveien.",
        "lade", "Trondheim", "Trondheim kommune", "sykkel", WG_CYCLE, "0.62", "21.4",
        ((2027, "3", "2"), (2028, "6", "4"), (2029, "5.3", "5")),
        {"tilgjengelighet": (1, "Bredere sykkelfelt; fortauet er som i dag."),
         "trafikksikkerhet": (2, "Skiller syklende fra biltrafikken i en travel gate.")},
    ),
    Planned(
        "Sykkelveg Stjørdal sentrum–Hell",
        "Sammenhengende sykkelveg fra Stjørdal sentrum til Hell stasjon.",
        "lade", "Stjørdal", "Stjørdal kommune", "sykkel", WG_NEIGHBOURS, "0.55", "26",
        ((2028, "4", "3"), (2029, "6", "4"), (2030, "5.5", "")),
        {"areal": (1, "Knytter Hell til sentrum, men betjener få nye boliger."),
         "tilfredshet": (1, "Ønsket av pendlere til Værnes.")},
    ),
    Planned(
        "Kollektivknutepunkt Orkanger",
        "Nytt knutepunkt for regionbuss og lokalbuss ved Orkanger sentrum.",
        "lade", "Orkland", "Orkland kommune", "kollektiv", WG_TRANSIT, "0.45", "28.5",
        ((2027, "2", "1.5"), (2028, "6", "4"), (2029, "4.9", "")),
        {"miljovennlig": (3, "Samler regionbuss og lokalbuss med korte, trygge bytter."),
         "trafikksikkerhet": (1, "Bedre kryssing til plattformene."),
         "tilfredshet": (3, "Venterom og sanntid er det reisende ber mest om.")},
    ),
    Planned(
        HOMMELVIK,
        "Fortau på 900 m langs Fv. 950 mellom Hommelvik stasjon og skolen.",
        "lade", "Malvik", "Malvik kommune", "gange", WG_NEIGHBOURS, "0.35", "24.8",
        ((2027, "4", "1"), (2028, "5", "4.3")),
        {"klima": (1, "Noen korte bilturer blir til gange."),
         "miljovennlig": (2, "Trygg gangforbindelse til stasjonen og skolen.")},
    ),
    Planned(
        "Støyskjermer langs E6 ved Tonstad",
        "Støyskjermer på 1,2 km langs E6 forbi boligene på Tonstad.",
        "lade", "Trondheim", "Staten (Statens vegvesen)", "miljo", WG_CITY, "0.8", "22",
        ((2027, "", "3"), (2028, "6", "6"), (2029, "8", "5"), (2030, "4.7", "")),
        {"klima": (0, "Tiltaket endrer ikke transportmiddelvalget."),
         "miljovennlig": (0, "Tiltaket endrer ikke transportmiddelvalget."),
         "trafikksikkerhet": (0, "Ingen endring i trafikksikkerheten."),
         "luft": (2, "Skjermene holder tilbake svevestøv mot boligene."),
         "stoy": (3, "Om lag 140 boliger får støy under grenseverdien.")},
    ),
    Planned(
        "Byrom og gatetun på Bakklandet",
        "Gatetun og nye byrom i tre gater på Bakklandet.",
        "lade", "Trondheim", "Trondheim kommune", "bymiljo", WG_CITY, "0.3", "27.3",
        ((2027, "2", "2"), (2028, "4", "4.3")),
        {"klima": (1, "Mindre gjennomkjøring i gatene."),
         "areal": (3, "Gir plass til gående i en tett bydel."),
         "stoy": (1, "Lavere fart gir litt mindre støy.")},
    ),
    Planned(
        HEIMDAL,
        "Ny gang- og sykkelveg fra Saupstad til Heimdal stasjon.",
        "lade", "Trondheim", "Trondheim kommune", "gange", WG_WALK, "0.4", "25",
        ((2027, "3", "2"), (2028, "6", "5.3")),
        {"miljovennlig": (2, "Kortere gangveg til toget for 3 000 beboere.")},
    ),
    Planned(
        "Trygg skoleveg i Melhus, 2027–2030",
        "Sekkepost for små trafikksikkerhetstiltak ved fem skoler i Melhus.",
        "melhus", "Melhus", "Melhus kommune", "trafikksikkerhet", WG_NEIGHBOURS, "1", "14.56",
        ((2027, "1.4", "1"), (2028, "1.4", "1"), (2029, "1.4", "1"), (2030, "2.4", "")),
    ),
    Planned(
        "Skolevegtiltak i Skaun",
        "Sekkepost for opphøyde gangfelt og belysning ved skolene i Skaun.",
        "melhus", "Skaun", "Skaun kommune", "trafikksikkerhet", WG_NEIGHBOURS, "0.8", "12.5",
        ((2027, "1.2", "0.8"), (2028, "1.2", "0.8"), (2029, "1.2", "0.8"), (2030, "1.7", "")),
        {"tilfredshet": (1, "Etterspurt av FAU ved to av skolene.")},
    ),
    Planned(
        "Leskur og sanntidsskjermer i Malvik",
        "Sekkepost for leskur og sanntidsskjermer på holdeplassene i Malvik.",
        "melhus", "Malvik", "Malvik kommune", "kollektiv", WG_TRANSIT, "0.7", "11",
        ((2027, "2", "0.5"), (2028, "2", "0.5"), (2029, "1.8", "")),
        {"miljovennlig": (3, "Bedre venteforhold på holdeplasser med mange reisende."),
         "trafikksikkerhet": (1, "Belyste holdeplasser med plass til å vente."),
         "tilfredshet": (3, "Sanntid er det reisende i Malvik ber mest om.")},
    ),
    Planned(
        "Snarveger og gangveger i Stjørdal",
        "Sekkepost for korte snarveger mellom boligfelt, skoler og sentrum.",
        "melhus", "Stjørdal", "Stjørdal kommune", "gange", WG_WALK, "0.6", "16.2",
        ((2027, "1", "0.5"), (2028, "1", "0.5"), (2029, "1", "0.5"), (2030, "1.3", "")),
        {"areal": (2, "Korter inn gangvegen fra boligfeltene til sentrum.")},
    ),
]  # fmt: skip
# The frames the secretariat enters (year, source, party, MNOK): round sums that hold the
# programme without Hommelvik, and a pot for Malvik's sheets in toll money.
FRAMES = [
    (2027, "bompenger", "", "20"),
    (2027, "statlig", "", "17"),
    (2028, "bompenger", "", "48"),
    (2028, "statlig", "", "38"),
    (2029, "bompenger", "", "40"),
    (2029, "statlig", "", "25"),
    (2030, "bompenger", "", "30"),
    (2027, "bompenger", "Malvik", "3"),
    (2028, "bompenger", "Malvik", "8"),
]


def programme_sheets(catalog) -> list:
    """The portfolio's twelve sheets, each a working group's own, every warning
    acknowledged as a working group does before it delivers: only Heimdal, in 2024
    kroner, has an error, and so cannot be compared with the others."""
    from prosjektark.domain.rules import check_sheet
    from prosjektark.domain.sheet import Acknowledgement, FundingLine

    lade, _asane, melhus = signable_examples(catalog)
    templates = {"lade": lade, "melhus": melhus}
    thousand = Decimal("0.001")
    sheets = []
    for number, planned in enumerate(PROGRAMME, start=20):
        sheet = a_copy(templates[planned.template], number, planned.title, planned.group)
        ident = sheet.identification
        ident.summary = planned.summary
        ident.municipalities = [planned.municipality]
        ident.responsible_party = planned.party
        agency = "Statens vegvesen" if planned.party.startswith("Staten") else planned.party
        ident.responsible_agency = sheet.funding.road_owner = agency
        ident.action_area = planned.area
        factor, cost = Decimal(planned.scale), sheet.cost
        for item in cost.items:
            item.low = (item.low * factor).quantize(thousand)
            item.most_likely = (item.most_likely * factor).quantize(thousand)
            item.high = (item.high * factor).quantize(thousand)
        for name in ("expected_cost_mnok", "styringsmal_mnok", "styringsramme_mnok"):
            if (value := getattr(cost, name)) is not None:
                setattr(cost, name, (value * factor).quantize(thousand))
        cost.std_dev_percent = Decimal(planned.std_dev)
        if planned.title == HEIMDAL:
            cost.price_year = 2024
        sheet.funding.lines = [
            FundingLine(year=year, source=source, amount_mnok=Decimal(amount))
            for year, toll, state in planned.funding
            for source, amount in (("bompenger", toll), ("statlig", state))
            if amount
        ]
        for score in sheet.goals:
            if score.goal in planned.goals:
                score.score, score.justification = planned.goals[score.goal]
        sheet.acknowledgements = [
            Acknowledgement(
                code=f.code, field=f.field, comment="Kjent.", by=planned.group, at=sheet.modified
            )
            for f in check_sheet(sheet, catalog)
            if f.severity == "warning"
        ]
        sheets.append(sheet)
    return sheets


def deliver_to(store, sheet, review, signer, states: list[str]) -> None:
    """As the intake stores a signed package (see exchange/intake.py), then moved on by
    the secretariat through `states` into one the portfolio takes in."""
    revision = store.save_version(sheet, note=f"Importert, signert av {signer.name}", record=False)
    store.mark_signed(sheet.id, revision, record=False)
    store.receive_revision(sheet.id, revision, signer, review, "Pakke fra arbeidsgruppen")
    for state in states:
        store.change_review_state(sheet.id, state, review)


def portfolio_pictures(out_dir: Path, home: Path, catalog, people: dict) -> None:
    """The secretariat's Portefølje: the twelve sheets delivered, the frames set, a
    scenario with Hommelvik left out and within its frames, its proposal's first pages,
    then a second scenario with Hommelvik in, over its frames."""
    from PySide6.QtCore import QSettings

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.domain.frames import FrameLine
    from prosjektark.signing.identity import create_identity
    from prosjektark.ui.main_window import MainWindow
    from prosjektark.ui.roles import ROLE_KEY, SECRETARIAT

    profile = catalog.profile("miljopakken")
    sheets = programme_sheets(catalog)
    by_title = {s.identification.title: s for s in sheets}
    # Miljøpakken's own secretariat: it sets the frames and signs the proposal.
    mette = create_identity(
        "Mette Rønning",
        "mette.ronning@miljopakken.no",
        "Miljøpakkens sekretariat",
        PASSPHRASE,
        home / "mette",
    )
    sec = open_store(home / "portefolje", actor_of(mette))
    signers = {WG_NEIGHBOURS: actor_of(people["siv"])}
    for n, sheet in enumerate(sheets):
        group = sheet.identification.working_group
        states = ["til_vurdering", "i_utkast"] if n % 3 == 0 else ["til_vurdering"]
        deliver_to(sec, sheet, profile.review, signers.get(group, actor_of(people["kare"])), states)
    frames = [FrameLine(y, s, p, Decimal(a)) for y, s, p, a in FRAMES]
    sec.set_frames(profile.id, frames, expected_version=0)

    settings = QSettings(str(home / "portefolje.ini"), QSettings.Format.IniFormat)
    settings.setValue(ROLE_KEY, SECRETARIAT)
    window = MainWindow(LazyCatalog.of(catalog), sec, settings)
    window.resize(*SIZE)
    window.show()
    window.show_portfolio()
    page = window.portfolio_page
    page.profile_box.setCurrentIndex(page.profile_box.findData(profile.id))
    assert page.profile is not None and page.profile.id == profile.id
    page.set_grouping("action_area")
    hommelvik = by_title[HOMMELVIK].id
    assert page.save_as("Sekretariatets forslag")
    assert page.set_included(hommelvik, False, reason=LEFT_OUT)
    assert page.save()
    page.select(by_title["Snarveger og gangveger i Stjørdal"].id)
    assert not [r for r in page.balance_model.rows() if r.over], "the proposal must fit"
    snap_at_size(window, out_dir, "portefolje.png")

    proposal_pages(out_dir, home, page, mette)

    # Hommelvik taken in again: over the toll money frame and Malvik's pot in 2027.
    assert page.save_as("Alternativ med Hommelvik")
    assert page.set_included(hommelvik, True)
    assert page.save()
    page.select(hommelvik)
    over = {(r.year, r.source, r.party) for r in page.balance_model.rows() if r.over}
    assert {(2027, "bompenger", ""), (2027, "bompenger", "Malvik")} <= over, over
    snap_at_size(window, out_dir, "scenario-over-ramme.png")
    window.close()
    sec.close()


def proposal_pages(out_dir: Path, home: Path, page, identity) -> None:
    """«Forslag til handlingsprogram» as «Eksporter forslag …» writes it (with
    exchange.proposal.write_proposal), signed, and its first two pages as pictures."""
    written = page.export_proposal(home / "Forslag", identity)
    pdf = next(p for p in written if p.suffix == ".pdf")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm mangler (poppler-utils): forslag-side-1.png og -2.png er ikke laget")
        return
    stem = home / "side"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(pdf), str(stem)], check=True
    )
    # pdftoppm pads the page numbers to the width of the document's last page number.
    made = sorted(home.glob("side-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert len(made) == 2, made
    for number, picture in enumerate(made, start=1):
        target = out_dir / f"forslag-side-{number}.png"
        shutil.move(picture, target)
        print(target)


def signed_sheet_pages(out_dir: Path, home: Path, catalog) -> None:
    """Page 1 of a sheet signed by «Máret Ánne Čiŋŋálaš-Šápmi» with a long organisation
    name, and the stamp at a size to read: letters, date format and wrapping."""
    from prosjektark.exchange.export import export_sheet
    from prosjektark.exchange.pdf import SIGNATURE_BOX
    from prosjektark.signing.identity import create_identity

    if shutil.which("pdftoppm") is None:
        print(
            "pdftoppm mangler (poppler-utils): signert-side-1.png og signaturstempel.png er ikke laget"
        )
        return
    signer = create_identity(
        "Máret Ánne Čiŋŋálaš-Šápmi",
        "maret@example.no",
        "Sámediggi – Sametinget, ossodat areálaid, birrasa ja kulturmuittuid várás, Porsáŋgu",
        PASSPHRASE,
        home / "maret",
    )
    sheet = signable_examples(catalog)[0]
    result = export_sheet(sheet, catalog, home / "signert", pdf=True, package=True, identity=signer)
    pdf = result.files["pdf"]
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out_dir / "signert-side-1"),
        ],
        check=True,
    )
    print(out_dir / "signert-side-1.png")
    dpi = 200
    scale = dpi / 72
    _, x1, y1, x2, y2 = SIGNATURE_BOX
    page_height = 841.89
    margin = 14  # the caption under the box
    crop = [
        "-x",
        str(int(x1 * scale) - 4),
        "-y",
        str(int((page_height - y2) * scale) - 4),
        "-W",
        str(int((x2 - x1) * scale) + 8),
        "-H",
        str(int((y2 - y1 + margin) * scale) + 8),
    ]
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            *crop,
            str(pdf),
            str(out_dir / "signaturstempel"),
        ],
        check=True,
    )
    print(out_dir / "signaturstempel.png")


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
