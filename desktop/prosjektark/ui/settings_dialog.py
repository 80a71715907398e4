"""Verktøy → Innstillinger …: the role the user works in, the program's language, the
delivery folder and the database (the file on this machine, or a shared server).

A setting the machine-wide configuration locks (machine_config.py) shows the machine's
value, cannot be changed, and says who set it. What is wrong in the machine's
configuration is listed at the bottom, so that a user can tell IT what it says.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from prosjektark import i18n, machine_config
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import (
    LANGUAGE_SETTING,
    chosen_language,
    system_language,
    translate,
)
from prosjektark.ui.roles import SECRETARIAT, WORKING_GROUP, current_role, role_locked, set_role


def _note(text: str, role: str | None = "muted_text") -> QLabel:
    """A wrapped plain-text label, in the theme's colour `role` (None: the dialog's)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role is not None:
        theme.set_style(label, f"color: ${role};")
    return label


def locked_note() -> QLabel:
    note = _note(translate("settings_dialog", "Satt av IT-avdelingen for denne maskinen."))
    note.setObjectName("lockedNote")
    return note


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("settings_dialog", "Innstillinger"))
        self.settings = settings
        self.machine = machine_config.current()
        layout = QVBoxLayout(self)
        # The groups scroll, the buttons stay: with every setting locked and the machine's
        # problems listed, the dialog would otherwise outgrow a 1280×720 laptop screen.
        body = QWidget()
        groups = QVBoxLayout(body)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(self._role_box())
        groups.addWidget(self._language_box())
        groups.addWidget(self._delivery_box())
        groups.addWidget(self._database_box())
        self.machine_box = self._machine_box()
        groups.addWidget(self.machine_box)
        self.machine_box.setVisible(self.machine_shown)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll)

        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            translate("settings_dialog", "Lagre"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("settings_dialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        enter_presses(self, ok)
        # Wide enough for the machine's messages, which name whole paths.
        chars = 110 if self.machine_shown else 85
        width = max(body.sizeHint().width(), self.fontMetrics().averageCharWidth() * chars)
        inner = width - 2 * layout.contentsMargins().left()
        wanted = groups.totalHeightForWidth(inner) if groups.hasHeightForWidth() else -1
        wanted = max(wanted, body.minimumSizeHint().height())
        chrome = buttons.sizeHint().height() + layout.spacing() + 2 * layout.contentsMargins().top()
        screen = self.screen().availableGeometry().height() if self.screen() else 720
        # Fits a 1280×720 laptop (and smaller screens) with room for the title bar; the
        # rest of a taller dialog scrolls.
        height = min(wanted + chrome + 4, screen - 60, 720 - 60)
        self.resize(width, height)

    # ------------------------------------------------------------------ the parts
    def _role_box(self) -> QGroupBox:
        box = QGroupBox(translate("settings_dialog", "Rolle"))
        self.working_group = QRadioButton(translate("settings_dialog", "&Arbeidsgruppe"))
        self.working_group.setObjectName("roleWorkingGroup")
        self.secretariat = QRadioButton(translate("settings_dialog", "&Sekretariat"))
        self.secretariat.setObjectName("roleSecretariat")
        group = QButtonGroup(self)
        group.addButton(self.working_group)
        group.addButton(self.secretariat)
        explain = _note(
            translate(
                "settings_dialog",
                "Arbeidsgruppen fyller ut, signerer og sender prosjektark. Sekretariatet får i "
                "tillegg arbeidsflaten «Sekretariat»: innkomne ark, saksstatus, import av pakker "
                "og porteføljen.",
            ),
            None,
        )
        inner = QVBoxLayout(box)
        inner.addWidget(self.working_group)
        inner.addWidget(self.secretariat)
        inner.addWidget(explain)
        self._role_shown = current_role(self.settings)
        (self.secretariat if self._role_shown == SECRETARIAT else self.working_group).setChecked(
            True
        )
        self.role_locked = role_locked()
        if self.role_locked:  # current_role is then the machine's
            self.working_group.setEnabled(False)
            self.secretariat.setEnabled(False)
            inner.addWidget(locked_note())
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(translate("settings_dialog", "Språk"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        # «Nothing chosen» follows the machine's language where IT set one, else the
        # system's. Each language is named in itself, so a user who cannot read the
        # current one finds their own.
        machine_language = self.machine.value("language")
        if machine_language:
            first = translate("settings_dialog", "Som maskinoppsettet ({language})")
        else:
            first = translate("settings_dialog", "Som systemet ({language})")
        fallback = machine_language or system_language()
        self.language.addItem(first.format(language=i18n.LANGUAGE_NAMES[fallback]), "")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language_locked = self.machine.is_locked("language")
        if self.language_locked:
            shown = chosen_language(self.settings)  # the machine's, or the system's
            self.language.setCurrentIndex(max(0, self.language.findData(shown)))
            self.language.setEnabled(False)
        else:
            saved = str(self.settings.value(LANGUAGE_SETTING, "") or "")
            self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        form = QFormLayout(box)
        label = QLabel(translate("settings_dialog", "&Programmets språk:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        restart = _note(
            translate(
                "settings_dialog",
                "Et nytt språk gjelder fra neste gang du starter Prosjektark. PDF og Excel for "
                "et ark skrives alltid på arkets eget språk (steget «Grunnlag»).",
            ),
            None,
        )
        form.addRow(restart)
        if self.language_locked:
            form.addRow(locked_note())
        return box

    def _delivery_box(self) -> QGroupBox:
        from prosjektark.exchange.delivery import delivery_folder, delivery_folder_locked

        box = QGroupBox(translate("settings_dialog", "Levering til sekretariatet"))
        self._delivery_chosen: Path | None = None
        shown = delivery_folder(self.settings)
        self.delivery_folder = QLineEdit(str(shown) if shown else "")
        self.delivery_folder.setObjectName("deliveryFolder")
        self.delivery_folder.setReadOnly(True)
        self.delivery_folder.setPlaceholderText(
            translate("settings_dialog", "Ikke valgt – du blir spurt når du sender")
        )
        self.delivery_button = QPushButton(translate("settings_dialog", "Velg …"))
        self.delivery_button.setObjectName("chooseDeliveryFolder")
        self.delivery_button.clicked.connect(self.choose_delivery_folder)
        row = QHBoxLayout()
        row.addWidget(self.delivery_folder, 1)
        row.addWidget(self.delivery_button)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(translate("settings_dialog", "&Leveringsmappe:"))
        label.setBuddy(self.delivery_button)
        form.addRow(label, row)
        self.delivery_locked = delivery_folder_locked()
        if self.delivery_locked:
            self.delivery_folder.setEnabled(False)
            self.delivery_button.setEnabled(False)
            form.addRow(locked_note())
        return box

    def _database_box(self) -> QGroupBox:
        """Where the sheets are kept: empty for the file on this machine, or a PostgreSQL
        server's address. Never a password (the settings file is plain text)."""
        from prosjektark.store.engine import display_url
        from prosjektark.store.location import ENVIRONMENT_VARIABLE, USER_KEY

        box = QGroupBox(translate("settings_dialog", "Database"))
        box.setObjectName("databaseBox")
        self.database_url = QLineEdit()
        self.database_url.setObjectName("databaseUrl")
        from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
        machine_value = self.machine.value("database_url")
        self.database_locked = bool(from_environment) or self.machine.is_locked("database_url")
        if from_environment:
            shown = display_url(from_environment)  # it may carry a password
        elif self.database_locked:
            shown = machine_value or ""
        else:
            saved = self.settings.value(USER_KEY)
            shown = str(saved).strip() if saved else ""
        # A password written into the file by hand is never shown, and must go before
        # anything is saved (_database_shown None: the field is always checked).
        saved_password = not self.database_locked and machine_config.has_password(shown)
        if saved_password:
            shown = display_url(shown)
        self._database_shown: str | None = None if saved_password else shown
        self.database_url.setText(shown)
        if machine_value and not self.database_locked:
            placeholder = translate("settings_dialog", "Tom: som maskinoppsettet ({url})").format(
                url=machine_value
            )
        else:
            placeholder = translate("settings_dialog", "Tom: filen på denne maskinen")
        self.database_url.setPlaceholderText(placeholder)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(translate("settings_dialog", "&Databaseserver:"))
        label.setBuddy(self.database_url)
        form.addRow(label, self.database_url)
        self.database_url.setToolTip(
            translate(
                "settings_dialog",
                "Et sekretariat med flere brukere kan dele en PostgreSQL-database, for "
                "eksempel postgresql://server.kommune.no/prosjektark eller "
                "postgresql:///?service=prosjektark. Passordet legger IT i en passordfil "
                "(pgpass) eller en tjenestefil; finnes det ikke der, spør Prosjektark når det "
                "starter.",
            )
        )
        explain = _note(
            translate(
                "settings_dialog",
                "Tomt felt: en fil på denne maskinen. Ikke skriv passord her. Gjelder fra neste "
                "start.",
            ),
            None,
        )
        form.addRow(explain)
        self.database_error = _note("", "error_text")
        self.database_error.setObjectName("databaseError")
        form.addRow(self.database_error)
        problem = self.database_problem() if saved_password else None
        self.database_error.setText(problem or "")
        self.database_error.setVisible(problem is not None)  # sized with the rest below
        if from_environment:
            self.database_url.setEnabled(False)
            note = _note(
                translate(
                    "settings_dialog", "Satt med miljøvariabelen {variable} for dette programmet."
                ).format(variable=ENVIRONMENT_VARIABLE)
            )
            note.setObjectName("environmentNote")
            form.addRow(note)
        elif self.database_locked:
            self.database_url.setEnabled(False)
            form.addRow(locked_note())
        return box

    def _machine_box(self) -> QGroupBox:
        """Where the machine's configuration is read from, and what is wrong in it."""
        box = QGroupBox(translate("settings_dialog", "Maskinoppsett"))
        box.setObjectName("machineBox")
        inner = QVBoxLayout(box)
        where = _note(
            translate(
                "settings_dialog",
                "IT-avdelingen har satt opp denne maskinen i {folder}.",
            ).format(folder=self.machine.folder)
        )
        inner.addWidget(where)
        problems = self.machine_problems()
        # A box of its own that scrolls: the messages name whole paths, and there may be
        # many; the user can select and copy them for IT.
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("machineProblems")
        self.problems.setReadOnly(True)
        theme.set_style(self.problems, "color: $error_text;")
        if problems:
            heading = _note(
                translate(
                    "settings_dialog",
                    "Feil i maskinoppsettet (disse delene blir ikke brukt; si fra til "
                    "IT-avdelingen):",
                ),
                "error_text",
            )
            self.problems.setPlainText("\n".join(f"•  {p.message}" for p in problems))
            # Up to five lines shown (it scrolls): the dialog must fit a 720-pixel screen.
            lines = min(len(problems) * 2, 4) + 1
            self.problems.setFixedHeight(
                lines * self.fontMetrics().lineSpacing() + 2 * self.problems.frameWidth() + 8
            )
            inner.addWidget(heading)
            inner.addWidget(self.problems)
        else:
            self.problems.hide()
        self.machine_shown = self.machine.exists or bool(problems)
        return box

    def machine_problems(self) -> list[machine_config.MachineProblem]:
        """Every problem found so far; the trust folder is read here so that its problems
        show even before a package has been verified."""
        if self.machine.trust_dir is not None:
            from prosjektark.signing.trust import machine_trust

            machine_trust(self.machine)
        return list(self.machine.problems)

    # ------------------------------------------------------------------ actions
    def choose_delivery_folder(self) -> Path | None:
        start = self.delivery_folder.text() or ""
        chosen = file_dialogs.choose_folder(
            self, translate("settings_dialog", "Velg sekretariatets leveringsmappe"), start
        )
        if chosen is not None:
            self.set_delivery_folder(chosen)
        return chosen

    def set_delivery_folder(self, folder: Path) -> None:
        """The folder shown, saved with Lagre."""
        self._delivery_chosen = Path(folder)
        self.delivery_folder.setText(str(folder))

    def database_problem(self) -> str | None:
        """Why the database field cannot be saved (a password in it, or no PostgreSQL
        address), or None. The same rules as store/location.check_user_url, which refuses
        such a value in the settings file at the start."""
        from prosjektark.store.engine import is_server_url

        value = self.database_url.text().strip()
        if self.database_locked or not value or value == self._database_shown:
            return None
        if machine_config.has_password(value):
            return translate(
                "settings_dialog",
                "Adressen inneholder et passord. Passord lagres ikke i innstillingene: fjern "
                "det, og legg det i en passordfil (pgpass) eller en tjenestefil, eller skriv "
                "det når Prosjektark spør ved start.",
            )
        if not is_server_url(value):
            return translate(
                "settings_dialog",
                "Dette er ikke adressen til en PostgreSQL-database. Den begynner med "
                "postgresql://, for eksempel postgresql://server.kommune.no/prosjektark. La "
                "feltet stå tomt for å bruke filen på denne maskinen.",
            )
        return None

    def _show_database_problem(self, problem: str | None) -> None:
        self.database_error.setText(problem or "")
        self.database_error.setVisible(problem is not None)
        # The dialog was sized without the message: grow it rather than squeeze the rest.
        layout = self.layout()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(width, needed)

    def accept(self) -> None:
        problem = self.database_problem()
        if problem is not None:
            # Nothing is saved: the user corrects the field (or empties it) and tries again.
            self._show_database_problem(problem)
            self.database_url.setFocus()
            self.database_url.selectAll()
            return
        # Only what the user changed becomes their own setting: a value merely shown
        # (the machine's or the default) must not pin it against a later machine change.
        role = SECRETARIAT if self.secretariat.isChecked() else WORKING_GROUP
        if not self.role_locked and role != self._role_shown:
            set_role(self.settings, role)
        if not self.language_locked:
            self.settings.setValue(LANGUAGE_SETTING, self.language.currentData() or "")
        if not self.delivery_locked and self._delivery_chosen is not None:
            from prosjektark.exchange.delivery import remember_delivery_folder

            remember_delivery_folder(self.settings, self._delivery_chosen)
        database = self.database_url.text().strip()
        if not self.database_locked and database != self._database_shown:
            from prosjektark.store.location import USER_KEY

            self.settings.setValue(USER_KEY, database)
        super().accept()
