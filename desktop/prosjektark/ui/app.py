"""Starting the desktop application (and `--self-test`), optionally on a package.

`prosjektark PAKKE.asice`, as a file manager or Windows' file association starts it,
opens the main window and then the verify dialog on that package.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from prosjektark import paths
from prosjektark.ui.qt_translations import translate

# Set by callers (benchmarks) that want start-up measured from before the interpreter ran.
LAUNCH_TIME_ENV = "PROSJEKTARK_LAUNCH_TIME"
_IMPORT_TIME = time.time()

# The .desktop file's name without «.desktop» (packaging/linux/): on Wayland the compositor
# finds the window's icon and name through it, and the AppStream metainfo names it too.
DESKTOP_FILE_NAME = "no.prosjektark.Prosjektark"
# resources/icons/prosjektark-<size>.png, rendered from packaging/icons/prosjektark.svg.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _launch_time() -> float:
    try:
        return float(os.environ[LAUNCH_TIME_ENV])
    except (KeyError, ValueError):
        return _IMPORT_TIME


def window_icon():
    """The application's icon (a QIcon) in every size rendered for it: the title bar,
    the task bar and Alt+Tab each pick the size they draw."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        png = paths.resource("icons", f"prosjektark-{size}.png")
        if png.is_file():  # a missing render costs the icon, never the start
            icon.addFile(str(png), QSize(size, size))
    return icon


def identify_application(app) -> None:
    """Name, icon and .desktop file of the running program, before any window exists."""
    from PySide6.QtGui import QGuiApplication

    app.setApplicationName("Prosjektark")
    app.setOrganizationName("Prosjektark")
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(window_icon())


def run_app(
    self_test: bool = False, argv: list[str] | None = None, package: Path | None = None
) -> int:
    """The main window; with `package`, the verify dialog on that file over it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.logs import setup_logging

    log_file = setup_logging()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    identify_application(app)
    from PySide6.QtCore import QSettings

    from prosjektark.ui.qt_translations import chosen_language, use_ui_language

    # Before any window: every text is translated when it is made (a change of language
    # in Innstillinger takes effect at the next start).
    early = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    use_ui_language(app, chosen_language(early))
    from prosjektark.ui import theme

    theme.follow_system(app)  # light or dark colours, or the user's high-contrast palette

    def fail(title: str, message: str) -> int:
        if self_test:
            print(json.dumps({"ok": False, "error": message}, ensure_ascii=False))
        else:
            QMessageBox.critical(None, title, message)
        return 1

    try:
        catalogs = LazyCatalog(paths.resource_dir(), overrides=paths.config_dir())
    except FileNotFoundError as exc:
        return fail(translate("app", "Prosjektark kan ikke starte"), str(exc))
    lock = _take_folder_lock()
    try:
        return _run_window(app, catalogs, lock, self_test, fail, log_file, package)
    finally:
        if lock is not None:
            lock.unlock()


def _run_window(app, catalogs, lock, self_test: bool, fail, log_file, package=None) -> int:
    from PySide6.QtCore import QSettings

    from prosjektark.store.errors import StoreError
    from prosjektark.ui.crash import install_excepthook
    from prosjektark.ui.main_window import MainWindow

    # Checking a package changes nothing: when another window holds the folder, this one
    # opens read-only without asking, so a double-click on a package just shows it.
    read_only = lock is None and (self_test or package is not None or _ask_read_only())
    if lock is None and not read_only:
        return 0
    try:
        store, recovered = _open_store(self_test)
    except StoreError as exc:
        return fail(translate("app", "Databasen kan ikke åpnes"), str(exc))
    if store is None:
        return 0  # the user chose to quit rather than restore
    from prosjektark.actor import current_actor

    store.actor = current_actor

    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    window = MainWindow(catalogs, store, settings, read_only=read_only)
    show_store_location(window, store)
    install_excepthook(str(log_file), before_dialog=window.flush, show_dialog=not self_test)
    window.show()
    app.processEvents()  # paint the list first; the warm-up below competes for the GIL
    shown_after = time.time() - _launch_time()
    # Backups are of the SQLite file; a server is backed up by whoever runs it.
    backup = not read_only and not self_test and not store.is_server
    _warm_up_in_background(catalogs, window, backup=backup)
    package_dialog = open_package(window, package) if package is not None else None

    if self_test:
        return _self_test(app, window, store, shown_after, package_dialog)

    if recovered:
        window.statusBar().showMessage(recovered, 30000)
    elif machine_problems():
        window.statusBar().showMessage(
            translate("app", "Maskinoppsettet har feil – se Verktøy → Innstillinger."), 30000
        )
    # The user came to see a package: the examples can wait a start. Never into a shared
    # server, where examples would land in every colleague's list.
    if package_dialog is None and not store.is_server:
        _offer_examples(window, store, settings)
    try:
        return app.exec()
    finally:
        window.flush()
        store.close()
        if backup:
            _backup_after_session()


def _backup_after_session() -> None:
    """The day's work, backed up as the window closes (when the file changed)."""
    import logging

    from prosjektark.store.backup import default_backup_dir, take_backup_if_changed

    try:
        db_path = paths.database_path()
        take_backup_if_changed(db_path, default_backup_dir(db_path))
    except Exception:  # a missing backup must not turn a clean exit into an error
        logging.getLogger("prosjektark").exception("Sikkerhetskopi ved avslutning feilet")


LOCK_NAME = "prosjektark.lock"


def _take_folder_lock():
    """One writing window per user folder, like most desktop editors; None when taken.

    QLockFile notices a lock left by a crashed process (its PID is gone) and takes it."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(paths.data_dir() / LOCK_NAME))
    lock.setStaleLockTime(0)  # a long-lived lock: stale only when its process is gone
    return lock if lock.tryLock(100) else None


def _choose(
    icon, title: str, text: str, details: str, proceed: str, quit_text: str, technical: str = ""
) -> bool:
    """A start-up question whose safe answer (quit) is the default and Escape's."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text)
    box.setInformativeText(details)
    if technical:  # SQLite's own words, for whoever supports the user
        box.setDetailedText(technical)
    go = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is go


def _ask_read_only() -> bool:
    from PySide6.QtWidgets import QMessageBox

    return _choose(
        QMessageBox.Icon.Information,
        translate("app", "Prosjektark er allerede åpent"),
        translate(
            "app",
            "Prosjektark er allerede åpent med den samme datamappen, i et annet vindu på denne "
            "maskinen. Bare ett vindu kan endre arkene om gangen, så ingen endringer går tapt.",
        ),
        translate(
            "app",
            "Bruk det andre vinduet for å redigere. Du kan åpne dette vinduet skrivebeskyttet "
            "for å se på arkene.",
        ),
        translate("app", "Åpne &skrivebeskyttet"),
        translate("app", "&Avslutt"),
    )


def _open_store(self_test: bool):
    """(store, message): the store store/location.py chooses. A damaged SQLite file is kept
    and copied, and the user is offered the newest backup (or an empty store) plus every
    sheet still readable from the damaged file. (None, "") when the user would rather quit.
    A server is opened as it is: never migrated, and never recovered from here."""
    import logging

    from PySide6.QtCore import QSettings

    from prosjektark.store.errors import CorruptDatabaseError, StoreError
    from prosjektark.store.location import USER_KEY, configured_location, open_store
    from prosjektark.store.recovery import recover
    from prosjektark.store.repository import Store

    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    saved = settings.value(USER_KEY)
    location = configured_location(str(saved) if saved else None)
    logging.getLogger("prosjektark").info("Database: %s", location.display)
    if location.is_server:
        try:
            return open_store(location, ask_password=None if self_test else ask_password), ""
        except StoreError as exc:
            # For whoever supports the user: the log says what the dialog said.
            logging.getLogger("prosjektark").warning("Databasen kan ikke åpnes: %s", exc)
            raise StoreError(
                f"{exc}\n\n"
                + translate(
                    "app",
                    "Prosjektark bruker en delt database på en server. Sjekk at maskinen er "
                    "koblet til nettverket (eller VPN) og prøv igjen; virker det fortsatt "
                    "ikke, kontakt IT med meldingen over. Adressen kommer fra innstillingene "
                    "dine eller fra maskinoppsettet IT har laget.",
                )
            ) from exc
    try:
        return Store.open(paths.database_path(), paths.attachments_dir()), ""
    except CorruptDatabaseError as exc:
        if self_test:
            raise  # its message says what happened and where the copy is
        if not _ask_restore(exc):
            return None, ""
        done = recover(exc, paths.attachments_dir(), use_backup=bool(exc.backups))
        return done.store, done.summary()


def ask_password(location: str, user: str | None, wrong: bool) -> str | None:
    """The database server's password, asked for when libpq found none (no password file,
    no service file with one). Kept in memory for this session only, never written."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if user:
        text = translate("app", "Databaseserveren {database} krever passord for {user}.")
    else:
        text = translate("app", "Databaseserveren {database} krever passord.")
    text = text.format(database=location, user=user)
    if wrong:
        text = translate("app", "Passordet ble ikke godtatt.") + " " + text
    text += "\n\n" + translate(
        "app",
        "Passordet brukes bare mens Prosjektark er åpent, og lagres ikke. For å slippe "
        "spørsmålet kan IT legge det i en passordfil (pgpass) eller en tjenestefil.",
    )
    password, ok = QInputDialog.getText(
        None,
        translate("app", "Passord til databasen"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None


def show_store_location(window, store) -> None:
    """On a server: which one, in the status bar, so nobody mistakes the shared store for
    their own file (or the other way round)."""
    if not store.is_server:
        return
    from PySide6.QtWidgets import QLabel

    label = QLabel(translate("app", "Database: {server}").format(server=store.location))
    label.setObjectName("storeLocationLabel")
    label.setToolTip(
        translate(
            "app",
            "Prosjektarkene ligger på en databaseserver som deles med andre. Endre den i "
            "Verktøy → Innstillinger.",
        )
    )
    window.statusBar().addPermanentWidget(label)


def _ask_restore(error) -> bool:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from prosjektark.domain.nb_format import format_datetime
    from prosjektark.store.backup import sheets_in

    where = (
        translate("app", "Kopien av den skadde filen ligger i «{path}».").format(path=error.copy)
        + "\n\n"
        if error.copy
        else ""
    )
    rescue = translate(
        "app", "Ark som fortsatt kan leses fra den skadde filen og er nyere, hentes inn i tillegg."
    )
    if error.backups:
        newest = error.backups[0]
        taken = format_datetime(datetime.fromtimestamp(os.path.getmtime(newest)))
        count = sheets_in(newest)
        newest_text = (
            translate("app", "Den nyeste sikkerhetskopien er fra {time}.").format(time=taken)
            if count is None
            else translate(
                "app", "Den nyeste sikkerhetskopien er fra {time} og har {count} prosjektark."
            ).format(time=taken, count=count)
        )
        details = (
            where + newest_text + " " + rescue + " " + translate("app", "Vil du gjenopprette?")
        )
        proceed = translate("app", "&Gjenopprett fra sikkerhetskopien")
    else:
        details = where + translate("app", "Det finnes ingen sikkerhetskopi.") + " " + rescue
        proceed = translate("app", "&Start med en tom database")
    return _choose(
        QMessageBox.Icon.Critical,
        translate("app", "Databasen er skadet"),
        translate(
            "app",
            "Databasen med prosjektarkene dine er skadet. Den er ikke endret, og en kopi av "
            "den er tatt vare på.",
        ),
        details,
        proceed,
        "&Avslutt",
        technical=error.reason,
    )


def _warm_up_in_background(catalogs, window, backup: bool = False) -> None:
    """Load what the editor needs while the user looks at the list; take the day's backup."""
    from prosjektark.ui.background import start_daemon

    def warm() -> None:
        import logging

        try:
            catalogs.get()
            import prosjektark.domain.rules  # noqa: F401
            import prosjektark.store.sql_store  # noqa: F401
        except Exception:  # reported properly when the main thread needs it
            logging.getLogger("prosjektark").exception("Forhåndslasting feilet")
        if backup:
            from prosjektark.store.backup import default_backup_dir, take_daily_backup

            try:
                db_path = paths.database_path()
                take_daily_backup(db_path, default_backup_dir(db_path))
            except Exception:  # a missing backup must not disturb the user's work
                logging.getLogger("prosjektark").exception("Daglig sikkerhetskopi feilet")

    start_daemon(warm, "warm-up", window)


def machine_problems() -> list[str]:
    """What is wrong in the machine-wide configuration (those parts are not used); shown
    in full under Verktøy → Innstillinger."""
    from prosjektark import machine_config

    return [problem.message for problem in machine_config.current().problems]


def package_trust(settings) -> Path | None:
    """What an opened package is checked against: the trust list the secretariat chose
    for importing packages («Importer pakker …»), else the user's own certificate, as
    Verifiser pakke in the menu does; None when there is neither."""
    from prosjektark.signing.identity import CERTIFICATE_FILENAME

    saved = settings.value("intake/trust")
    if saved and Path(str(saved)).exists():
        return Path(str(saved))
    own = paths.identity_dir() / CERTIFICATE_FILENAME
    return own if own.exists() else None


def open_package(window, package: Path):
    """The verify dialog on `package` over the main window, checked at once when there is
    something to trust (the list above, or signers the machine trusts); else the user
    chooses the trust list in the dialog. Returns the dialog (a VerifyDialog), shown
    window-modal and deleted when closed."""
    from PySide6.QtCore import Qt

    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    dialog = VerifyDialog(window, package=package, trust=package_trust(window.settings))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if dialog.verify_button.isEnabled():  # the dialog's own rule for «can be checked»
        dialog.verify()
    return dialog


def _self_test(app, window, store, time_to_window: float, package_dialog=None) -> int:
    summaries = store.list_summaries()
    if summaries:
        window.open_sheet(summaries[0].id)
    else:
        from prosjektark.domain.sheet import Sheet

        profile = window.catalog.default_profile
        window.show_unsaved_sheet(Sheet(profile=profile.id))
    app.processEvents()
    opened = window.current_sheet() is not None
    from prosjektark import i18n

    # What a person would see first, so a test can tell the language the app started in.
    menus = [action.text() for action in window.menuBar().actions()]
    report = {
        "ok": opened,
        "time_to_window_s": round(time_to_window, 3),
        "sheet_count": len(summaries),
        "language": i18n.language(),
        "menus": menus,
        "machine_problems": machine_problems(),
        "store": "postgresql" if store.is_server else "sqlite",
        "location": store.location,
    }
    if package_dialog is not None:  # `prosjektark --self-test PAKKE.asice`: what it showed
        shown = package_dialog.isVisible()
        report["package"] = {
            "shown": shown,
            "path": package_dialog.package_edit.text(),
            "trust": package_dialog.trust_edit.text(),
            "valid": package_dialog.result.valid if package_dialog.result is not None else None,
            "headline": package_dialog.headline.text(),
            "signer": package_dialog.signer.text(),
        }
        report["ok"] = opened = opened and shown
        package_dialog.close()
    window.close()
    store.close()
    print(json.dumps(report), flush=True)
    return 0 if opened else 1


def _offer_examples(window, store, settings) -> None:
    from PySide6.QtWidgets import QMessageBox

    if store.count() or store.count(deleted=True) or settings.value("examples/offered"):
        return
    settings.setValue("examples/offered", True)
    answer = QMessageBox.question(
        window,
        translate("app", "Velkommen til Prosjektark"),
        translate(
            "app",
            "Du har ingen prosjektark ennå. Vil du legge inn tre eksempelark å se på "
            "(sykkelveg i Trondheim, kollektivprioritering i Bergen og en skolevegpakke)? "
            "De er tydelig merket som eksempler og kan slettes.",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.add_examples()
