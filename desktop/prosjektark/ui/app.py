"""Starting the desktop application (and `--self-test`)."""

from __future__ import annotations

import json
import os
import sys
import time

from prosjektark import paths

# Set by callers (benchmarks) that want start-up measured from before the interpreter ran.
LAUNCH_TIME_ENV = "PROSJEKTARK_LAUNCH_TIME"
_IMPORT_TIME = time.time()


# Qt's own texts (standard dialog buttons, the edit context menu) in bokmål: Qt ships no
# bokmål catalogue, and without one QMessageBox.question says "Yes"/"No".
_QT_TEXTS = {
    "OK": "OK",
    "&OK": "&OK",
    "Cancel": "Avbryt",
    "&Cancel": "&Avbryt",
    "&Yes": "&Ja",
    "&No": "&Nei",
    "Close": "Lukk",
    "&Close": "&Lukk",
    "Save": "Lagre",
    "&Save": "&Lagre",
    "Open": "Åpne",
    "&Open": "&Åpne",
    "Apply": "Bruk",
    "Discard": "Forkast",
    "Help": "Hjelp",
    "&Undo": "&Angre",
    "&Redo": "&Gjør om",
    "Cu&t": "Klipp &ut",
    "&Copy": "&Kopier",
    "&Paste": "&Lim inn",
    "Delete": "Slett",
    "Select All": "Merk alt",
}


def install_bokmal_qt_texts(app) -> None:
    from PySide6.QtCore import QTranslator

    class _Bokmal(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            return _QT_TEXTS.get(source)  # None: not translated, Qt keeps its own

    app.installTranslator(_Bokmal(app))


def _launch_time() -> float:
    try:
        return float(os.environ[LAUNCH_TIME_ENV])
    except (KeyError, ValueError):
        return _IMPORT_TIME


def run_app(self_test: bool = False, argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.logs import setup_logging
    from prosjektark.store.errors import StoreError
    from prosjektark.store.repository import Store
    from prosjektark.ui.crash import install_excepthook
    from prosjektark.ui.main_window import MainWindow

    log_file = setup_logging()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Prosjektark")
    app.setOrganizationName("Prosjektark")
    install_bokmal_qt_texts(app)

    def fail(title: str, message: str) -> int:
        if self_test:
            print(json.dumps({"ok": False, "error": message}, ensure_ascii=False))
        else:
            QMessageBox.critical(None, title, message)
        return 1

    try:
        catalogs = LazyCatalog(paths.resource_dir(), overrides=paths.config_dir())
    except FileNotFoundError as exc:
        return fail("Prosjektark kan ikke starte", str(exc))
    try:
        store = Store.open(paths.database_path(), paths.attachments_dir())
    except StoreError as exc:
        return fail("Databasen kan ikke åpnes", str(exc))

    settings = QSettings(str(paths.config_dir() / "prosjektark.ini"), QSettings.Format.IniFormat)
    window = MainWindow(catalogs, store, settings)
    install_excepthook(str(log_file), before_dialog=window.flush, show_dialog=not self_test)
    window.show()
    app.processEvents()  # paint the list first; the warm-up below competes for the GIL
    shown_after = time.time() - _launch_time()
    _warm_up_in_background(catalogs, window)

    if self_test:
        return _self_test(app, window, store, shown_after)

    _offer_examples(window, store, settings)
    try:
        return app.exec()
    finally:
        window.flush()
        store.close()


def _warm_up_in_background(catalogs, window) -> None:
    """Load what the editor needs while the user looks at the list."""
    from prosjektark.ui.background import start_daemon

    def warm() -> None:
        try:
            catalogs.get()
            import prosjektark.domain.rules  # noqa: F401
            import prosjektark.store.sql_store  # noqa: F401
        except Exception:  # reported properly when the main thread needs it
            import logging

            logging.getLogger("prosjektark").exception("Forhåndslasting feilet")

    start_daemon(warm, "warm-up", window)


def _self_test(app, window, store, time_to_window: float) -> int:
    summaries = store.list_summaries()
    if summaries:
        window.open_sheet(summaries[0].id)
    else:
        from prosjektark.domain.sheet import Sheet

        profile = window.catalog.default_profile
        window.show_unsaved_sheet(Sheet(profile=profile.id))
    app.processEvents()
    opened = window.current_sheet() is not None
    window.close()
    store.close()
    print(
        json.dumps(
            {
                "ok": opened,
                "time_to_window_s": round(time_to_window, 3),
                "sheet_count": len(summaries),
            }
        ),
        flush=True,
    )
    return 0 if opened else 1


def _offer_examples(window, store, settings) -> None:
    from PySide6.QtWidgets import QMessageBox

    if store.count() or store.count(deleted=True) or settings.value("examples/offered"):
        return
    settings.setValue("examples/offered", True)
    answer = QMessageBox.question(
        window,
        "Velkommen til Prosjektark",
        "Du har ingen prosjektark ennå. Vil du legge inn tre eksempelark å se på "
        "(sykkelveg i Trondheim, kollektivprioritering i Bergen og en skolevegpakke)? "
        "De er tydelig merket som eksempler og kan slettes.",
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.add_examples()
