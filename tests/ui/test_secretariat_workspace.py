"""The secretariat's workspace in the window: only in the secretariat role, the intake
list of imported packages (columns, filter, sort, group, own order), review states
through «Endre saksstatus …», and another secretariat user's change reported, not lost."""

from __future__ import annotations

import gc
import io
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QToolBar
from qt_helpers import type_text
from reportlab.pdfgen import canvas

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog, LazyCatalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.nb_format import format_date
from prosjektark.domain.sheet import Sheet, sheet_to_json
from prosjektark.exchange import intake_folder
from prosjektark.exchange.intake import import_package
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.repository import Store
from prosjektark.ui.main_window import EDITOR_PAGE, MainWindow
from prosjektark.ui.roles import ROLE_KEY, SECRETARIAT, current_role
from prosjektark.ui.secretariat.intake_model import (
    COL_REVISION,
    COL_SIGNED,
    COL_SIGNER,
    COL_STATE,
    COL_TITLE,
    COL_WORKING_GROUP,
    ID_ROLE,
)
from prosjektark.ui.secretariat.review_dialog import ChangeStateDialog
from prosjektark.ui.settings_dialog import SettingsDialog

PASS = "sekretariatets arbeidsflate"
SEC = Actor("Ola Sekretær", "bb" * 32)
OTHER = Actor("Siri Sekretær", "cc" * 32)


@pytest.fixture(scope="module")
def kare(tmp_path_factory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def berit(tmp_path_factory) -> Identity:
    return create_identity(
        "Berit Bergen", "berit@example.no", "Bergen kommune", PASS, tmp_path_factory.mktemp("b")
    )


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


def package(folder: Path, sheet: Sheet, identity: Identity) -> Path:
    path = folder / f"{sheet.id}_r{sheet.revision}.asice"
    files = {
        "prosjektark.json": sheet_to_json(sheet).encode("utf-8"),
        "prosjektark.pdf": _pdf(),
        "prosjektark.xlsx": b"arbeidsbok",
    }
    path.write_bytes(build_package(files, identity, revision=sheet.revision))
    return path


def delivered(catalog: Catalog) -> tuple[Sheet, Sheet]:
    """Two sheets of two working groups (Trondheim's and Bergen's programmes)."""
    trondheim, bergen = (s.model_copy(deep=True) for s in example_sheets(catalog)[:2])
    for sheet, title in ((trondheim, "Sykkelveg Lade allé"), (bergen, "Kollektivfelt Åsane")):
        sheet.is_example = False
        sheet.identification.title = title
    return trondheim, bergen


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    opened.actor = lambda: SEC
    yield opened
    opened.close()


@pytest.fixture
def imported(store, catalog, kare, berit, tmp_path) -> tuple[Sheet, Sheet]:
    """Two packages imported with the intake the secretariat uses."""
    trondheim, bergen = delivered(catalog)
    trust = TrustStore.from_certificates([kare.certificate, berit.certificate])
    for sheet, who in ((trondheim, kare), (bergen, berit)):
        outcome = import_package(store, package(tmp_path, sheet, who), trust, catalog)
        assert outcome.status == "importert", outcome.reasons
    return trondheim, bergen


def open_window(qtbot, catalog, store, settings) -> MainWindow:
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_menu_texts(window: MainWindow) -> list[str]:
    """Every menu entry a user can reach from the menu bar, however deep."""
    texts: list[str] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if not action.isVisible() or action.isSeparator():
                continue
            texts.append(action.text().replace("&", ""))
            if action.menu() is not None:
                walk(action.menu())

    for top in window.menuBar().actions():
        if top.isVisible():
            texts.append(top.text().replace("&", ""))
            walk(top.menu())
    return texts


SECRETARIAT_TOOLS = (
    "Sekretariat",
    "Innkomne ark",
    "Endre saksstatus …",
    "Importer pakker …",
    "Portefølje til Excel …",
)


def choose_role(qtbot, window: MainWindow, secretariat: bool) -> None:
    """Through Verktøy → Innstillinger …, as a user would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        (dialog.secretariat if secretariat else dialog.working_group).setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.act_settings.trigger()


def answer_state_dialog(qtbot, pick: str, comment: str, seen: list[str]) -> None:
    """Records what the dialog offers, picks `pick` by its name, comments, Ctrl+Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChangeStateDialog)
        seen.extend(dialog.choices.item(i).text() for i in range(dialog.choices.count()))
        match = dialog.choices.findItems(pick, Qt.MatchFlag.MatchExactly)
        if not match:
            dialog.reject()
            return
        dialog.choices.setCurrentItem(match[0])
        type_text(qtbot, dialog.comment, comment)
        qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():  # Ctrl+Enter did not accept: fail, but never hang
            dialog.reject()
            seen.append("<Ctrl+Enter did not accept>")

    QTimer.singleShot(0, answer)


def rows_shown(page, column: int = COL_TITLE) -> list[str]:
    proxy = page.proxy
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def select(page, sheet_id: uuid.UUID) -> None:
    page.select(sheet_id)
    assert page.selected_row() is not None and page.selected_row().sheet_id == sheet_id


# ------------------------------------------------------------------ the role


def test_a_working_group_sees_no_secretariat_tool_anywhere(qtbot, catalog, store, settings):
    window = open_window(qtbot, catalog, store, settings)

    assert current_role(settings) == "arbeidsgruppe"
    texts = visible_menu_texts(window)
    assert not [t for t in texts if t in SECRETARIAT_TOOLS], texts
    assert "Innstillinger …" in texts
    assert not window.workspace_bar.isVisible()
    for action in window.secretariat_actions():
        assert not action.isVisible() and not action.isEnabled()
    on_toolbars = [
        a.text().replace("&", "")
        for bar in window.findChildren(QToolBar)
        for a in bar.actions()
        if a.isVisible()
    ]
    assert not [t for t in on_toolbars if t in SECRETARIAT_TOOLS], on_toolbars
    window.show_intake()  # asked for anyway (an old shortcut, a script): nothing happens
    assert window._intake_page is None


def test_the_secretariat_role_adds_the_workspace_and_its_tools(qtbot, catalog, store, settings):
    window = open_window(qtbot, catalog, store, settings)

    choose_role(qtbot, window, secretariat=True)

    assert settings.value(ROLE_KEY) == SECRETARIAT
    texts = visible_menu_texts(window)
    assert all(tool in texts for tool in SECRETARIAT_TOOLS), texts
    assert window.workspace_bar.isVisible()
    window.workspace_bar.setCurrentIndex(1)
    assert window.stack.currentWidget() is window.intake_page
    assert window.intake_page.empty_hint.isVisible()

    choose_role(qtbot, window, secretariat=False)

    assert not [t for t in visible_menu_texts(window) if t in SECRETARIAT_TOOLS]
    assert not window.workspace_bar.isVisible()
    assert window.stack.currentIndex() == 0  # back on the sheet list


# ------------------------------------------------------------------ the intake list


@pytest.fixture
def secretariat(settings) -> QSettings:
    settings.setValue(ROLE_KEY, SECRETARIAT)
    return settings


def test_imported_packages_are_listed_with_their_columns(
    qtbot, catalog, store, secretariat, imported
):
    trondheim, bergen = imported
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page

    assert sorted(rows_shown(page)) == ["Kollektivfelt Åsane", "Sykkelveg Lade allé"]
    assert page.count_label.text() == "2 ark"
    model = page.model
    row = model.table_row_of(bergen.id)
    assert model.text(row, COL_WORKING_GROUP) == bergen.identification.working_group
    assert model.text(row, COL_SIGNER) == "Berit Bergen"
    assert model.text(row, COL_REVISION) == str(bergen.revision)
    assert model.text(row, COL_STATE) == "Mottatt"  # Miljøløftet's own word
    # The package's own signing time (CAdES signing-time), not the time it was imported.
    delivered = store.latest_deliveries()[bergen.id]
    assert delivered.signed_at is not None and delivered.signed_at <= delivered.received_at
    assert model.text(row, COL_SIGNED) == format_date(delivered.signed_at.astimezone().date())
    assert "(mottatt)" not in model.text(row, COL_SIGNED)
    # A sheet of the working group's own making is not in the intake.
    own = Sheet(profile="miljopakken")
    own.identification.title = "Eget utkast"
    store.create(own)
    page.reload()
    assert "Eget utkast" not in rows_shown(page)


def test_filter_sort_and_group(qtbot, catalog, store, secretariat, imported):
    trondheim, bergen = imported
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page

    window.act_filter.trigger()  # Ctrl+F goes to this page's filter
    assert window.focusWidget() is page.filter_box
    type_text(qtbot, page.filter_box, "åsane")
    assert rows_shown(page) == ["Kollektivfelt Åsane"]
    assert page.count_label.text() == "1 av 2 ark"
    page.filter_box.clear()

    page.table.horizontalHeader().setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert rows_shown(page) == ["Kollektivfelt Åsane", "Sykkelveg Lade allé"]
    page.table.horizontalHeader().setSortIndicator(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert rows_shown(page) == ["Sykkelveg Lade allé", "Kollektivfelt Åsane"]

    page.set_grouping("working_group")
    groups = sorted(
        [trondheim.identification.working_group, bergen.identification.working_group],
        key=str.casefold,
    )
    assert rows_shown(page, COL_WORKING_GROUP)[0] == f"{groups[0]} (1 ark)"
    assert page.table.columnSpan(0, 0) == page.model.columnCount()  # the heading spans
    assert page.count_label.text() == "2 ark"  # headings are not counted as sheets
    page.set_grouping("action_area")
    names = LazyCatalog.of(catalog).area_names()
    areas = sorted((names[s.identification.action_area] for s in imported), key=str.casefold)
    assert [page.model.text(r, 0) for r in page.model.heading_rows()] == [
        f"{area} (1 ark)" for area in areas
    ]
    page.set_grouping("")
    assert page.model.heading_rows() == []


def test_own_order_by_alt_arrows_is_kept_in_the_store(qtbot, catalog, store, secretariat, imported):
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page
    before = rows_shown(page)
    first = uuid.UUID(page.proxy.data(page.proxy.index(0, 0), ID_ROLE))
    select(page, first)

    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    assert rows_shown(page) == list(reversed(before))
    assert store.intake_order()[1] == first
    assert page.selected_row().sheet_id == first  # the moved sheet stays selected
    page.reload()
    assert rows_shown(page) == list(reversed(before))


def test_own_order_by_drag_and_drop_is_kept_in_the_store_and_refused_when_sorted(
    qtbot, catalog, store, secretariat, imported
):
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page
    table, proxy = page.table, page.proxy
    assert table.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert table.showDropIndicator() and table.defaultDropAction() == Qt.DropAction.MoveAction
    before = rows_shown(page)
    first, second = (uuid.UUID(proxy.data(proxy.index(r, 0), ID_ROLE)) for r in (0, 1))
    select(page, first)
    # A real drag cannot be made reliably offscreen: the view's drop is this call.
    data = proxy.mimeData(table.selectionModel().selectedIndexes())

    assert proxy.dropMimeData(data, Qt.DropAction.MoveAction, 2, COL_TITLE, QModelIndex())

    assert rows_shown(page) == list(reversed(before))
    assert store.intake_order() == [second, first]
    assert page.selected_row().sheet_id == first  # the dragged sheet stays selected
    page.reload()
    assert rows_shown(page) == list(reversed(before))

    # Sorted by a column, or grouped, the own order is not what is shown: no drop.
    for arrange in (
        lambda: table.horizontalHeader().setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder),
        lambda: (page.show_own_order(), page.set_grouping("working_group")),
    ):
        arrange()
        sheet_row = 1 if page.model.grouping else 0
        data = proxy.mimeData([proxy.index(sheet_row, c) for c in range(proxy.columnCount())])
        assert not proxy.flags(proxy.index(sheet_row, 0)) & Qt.ItemFlag.ItemIsDragEnabled
        assert not proxy.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        assert not proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        assert store.intake_order() == [second, first]


def test_change_state_offers_only_the_allowed_moves_and_records_the_comment(
    qtbot, catalog, store, secretariat, imported
):
    _trondheim, bergen = imported
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page
    select(page, bergen.id)
    assert window.act_change_state.isEnabled()

    offered: list[str] = []
    answer_state_dialog(qtbot, "Til samordning", "Ser på geografien.", offered)
    window.act_change_state.trigger()

    # Mottatt -> Til samordning, Returnert med merknader, Trukket (Miljøløftet's profile);
    # «Vedtatt i handlingsprogrammet» is not a move from here and is not offered.
    assert offered == ["Til samordning", "Returnert med merknader", "Trukket"]
    status = store.review_status(bergen.id)
    assert status.state == "til_samordning"
    last = store.history(bergen.id)[-1]
    assert (last.kind, last.state, last.text, last.who) == (
        "state_changed",
        "til_samordning",
        "Ser på geografien.",
        SEC.name,
    )
    assert page.model.text(page.model.table_row_of(bergen.id), COL_STATE) == "Til samordning"
    assert not page.bar.isVisible()


def test_a_final_state_offers_no_move(qtbot, catalog, store, secretariat, imported):
    _trondheim, bergen = imported
    review = catalog.profile("miljoloftet").review
    store.change_review_state(bergen.id, "trukket", review)
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page
    select(page, bergen.id)

    page.change_state()  # no dialog: nothing is allowed from «Trukket»

    assert "kan saksstatusen ikke endres" in window.statusBar().currentMessage()
    assert store.review_status(bergen.id).state == "trukket"


def test_another_secretariat_users_change_is_a_conflict_and_reload_shows_it(
    qtbot, catalog, store, secretariat, imported, tmp_path
):
    _trondheim, bergen = imported
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page
    select(page, bergen.id)
    review = catalog.profile("miljoloftet").review
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as colleague:
        colleague.actor = lambda: OTHER
        colleague.change_review_state(
            bergen.id,
            "til_samordning",
            review,
            expected_version=store.review_status(bergen.id).version,
        )

    offered: list[str] = []
    answer_state_dialog(qtbot, "Returnert med merknader", "Mangler kostnad.", offered)
    page.change_state()  # the list still shows «Mottatt», the version read before

    assert page.bar.isVisible()  # a bar, not a dialog: nothing waits for an answer
    assert "endret av en annen" in page.bar.label.text()
    assert store.review_status(bergen.id).state == "til_samordning"  # nothing overwritten
    assert [e.text for e in store.history(bergen.id)].count("Mangler kostnad.") == 0

    qtbot.mouseClick(page.bar.reload_button, Qt.MouseButton.LeftButton)

    assert not page.bar.isVisible()
    assert page.model.text(page.model.table_row_of(bergen.id), COL_STATE) == "Til samordning"


def test_a_new_revision_is_marked_in_words(
    qtbot, catalog, store, secretariat, imported, kare, tmp_path
):
    trondheim, _bergen = imported
    review = catalog.profile("miljopakken").review
    store.change_review_state(trondheim.id, review.returned, review)
    trondheim.revision += 1
    trondheim.identification.title = "Sykkelveg Lade allé, revidert"
    trust = TrustStore.from_certificates([kare.certificate])
    outcome = import_package(store, package(tmp_path, trondheim, kare), trust, catalog)
    assert outcome.status == "oppdatert", outcome.reasons
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page

    row = page.model.table_row_of(trondheim.id)
    assert page.model.text(row, COL_TITLE) == "Sykkelveg Lade allé, revidert"
    assert page.model.text(row, COL_STATE) == f"{review.name(review.received)} (ny revisjon)"
    assert page.model.text(row, COL_REVISION) == str(trondheim.revision)


def test_an_imported_sheet_opens_read_only_and_back_returns_to_the_intake(
    qtbot, catalog, store, secretariat, imported
):
    trondheim, _bergen = imported
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    page = window.intake_page
    select(page, trondheim.id)

    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert window.stack.currentIndex() == EDITOR_PAGE
    editor = window.editor_page.editor
    assert editor.is_read_only()
    assert "signert av Kåre Øvrebø" in editor.read_only_banner.text()
    assert not window.act_save_version.isEnabled()
    assert not window.act_sign_export.isEnabled()
    window.editor_page.back_requested.emit()
    assert window.stack.currentWidget() is page
    assert page.selected_row().sheet_id == trondheim.id


def test_packages_arriving_in_the_intake_folder_are_imported_in_one_action(
    qtbot, catalog, store, secretariat, kare, tmp_path
):
    folder = tmp_path / "innkommende"
    folder.mkdir()
    trust = tmp_path / "kare.pem"
    from cryptography.hazmat.primitives.serialization import Encoding

    trust.write_bytes(kare.certificate.public_bytes(Encoding.PEM))
    secretariat.setValue("intake/folder", str(folder))
    secretariat.setValue("intake/trust", str(trust))
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    strip = window.intake_page.arrivals
    assert "Ingen nye pakker" in strip.label.text() and not strip.import_button.isEnabled()
    sheet, _ = delivered(catalog)
    package(folder, sheet, kare)
    qtbot.waitUntil(lambda: strip.import_button.isEnabled(), timeout=15000)
    assert "1 ny pakke" in strip.label.text()
    assert window.act_import_arrivals.isEnabled()
    strip.import_button.click()
    qtbot.waitUntil(lambda: window.intake_page.model.table_row_of(sheet.id) is not None)
    assert store.review_status(sheet.id).state == "mottatt"
    qtbot.waitUntil(lambda: not strip.import_button.isEnabled(), timeout=15000)


def test_the_window_answers_and_closes_while_a_slow_share_is_being_read(
    qtbot, catalog, store, secretariat, tmp_path, monkeypatch
):
    folder = tmp_path / "innkommende"
    folder.mkdir()
    secretariat.setValue("intake/folder", str(folder))
    entered, release = threading.Event(), threading.Event()
    listing = intake_folder.look

    def slow_listing(path: Path):
        entered.set()
        release.wait(20)  # at most: a listing in the UI thread would fail, not hang, the test
        return listing(path)

    monkeypatch.setattr(intake_folder, "look", slow_listing)
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    window = MainWindow(LazyCatalog.of(catalog), store, secretariat)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(entered.is_set, timeout=15000)
    [worker] = [t for t in threading.enumerate() if t.name == "intake-scan"]
    assert worker.is_alive() and not release.is_set()
    window.show_intake()  # the window answers while the share is slow
    assert window.stack.currentWidget() is window.intake_page

    window.close()
    with qtbot.waitSignal(window.destroyed, timeout=15000):
        window.deleteLater()
    release.set()
    worker.join(20)
    assert not worker.is_alive()
    qtbot.waitUntil(gc.isenabled, timeout=15000)  # the collector is on again
    assert failures == []


def test_history_versions_and_case_file_for_the_selected_delivered_sheet(
    qtbot, catalog, store, secretariat, imported, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    from prosjektark.ui import file_dialogs

    trondheim, _ = imported
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    window.intake_page.select(trondheim.id)
    assert window.act_history.isEnabled() and window.act_case_file.isEnabled()
    shown: list[str] = []

    def close_soon() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            shown.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(300, close_soon)
    window.act_history.trigger()
    assert shown and shown[0].startswith("Sakshistorikk")
    target = tmp_path / "saksmappe.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: target)
    window.act_case_file.trigger()
    assert target.read_bytes().startswith(b"%PDF")


def test_changed_since_the_last_delivery(qtbot, catalog, store, secretariat, kare, tmp_path):
    from prosjektark.ui.versions_dialog import CompareDialog

    trust = TrustStore.from_certificates([kare.certificate])
    sheet, _ = delivered(catalog)
    assert import_package(store, package(tmp_path, sheet, kare), trust, catalog).status == (
        "importert"
    )
    window = open_window(qtbot, catalog, store, secretariat)
    window.show_intake()
    window.intake_page.select(sheet.id)
    shown: list[CompareDialog] = []
    original_exec = CompareDialog.exec
    CompareDialog.exec = lambda self: shown.append(self) or 0  # type: ignore[method-assign]
    try:
        window.act_changed_since.trigger()  # delivered once: nothing to compare
        assert not shown and "bare én gang" in window.statusBar().currentMessage()
        second = sheet.model_copy(deep=True, update={"revision": sheet.revision + 1})
        second.identification.title += " (revidert)"
        outcome = import_package(store, package(tmp_path, second, kare), trust, catalog)
        assert outcome.status == "oppdatert", outcome.reasons
        window.intake_page.reload()
        window.intake_page.select(sheet.id)
        window.act_changed_since.trigger()
    finally:
        CompareDialog.exec = original_exec  # type: ignore[method-assign]
    [dialog] = shown
    assert dialog.windowTitle() == "Endret siden forrige levering"
    [title] = [c for c in dialog.changes if c.field == "identification.title"]
    assert title.after.endswith("(revidert)") and not title.before.endswith("(revidert)")
