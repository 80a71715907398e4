"""Verktøy → Innstillinger …: the role the user works in and the program's language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark import i18n
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import LANGUAGE_SETTING, system_language, translate
from prosjektark.ui.roles import SECRETARIAT, WORKING_GROUP, current_role, set_role


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("settings_dialog", "Innstillinger"))
        self.settings = settings
        box = QGroupBox(translate("settings_dialog", "Rolle"))
        self.working_group = QRadioButton(translate("settings_dialog", "&Arbeidsgruppe"))
        self.working_group.setObjectName("roleWorkingGroup")
        self.secretariat = QRadioButton(translate("settings_dialog", "&Sekretariat"))
        self.secretariat.setObjectName("roleSecretariat")
        group = QButtonGroup(self)
        group.addButton(self.working_group)
        group.addButton(self.secretariat)
        explain = QLabel(
            translate(
                "settings_dialog",
                "Arbeidsgruppen fyller ut, signerer og sender prosjektark. Sekretariatet får i "
                "tillegg arbeidsflaten «Sekretariat»: innkomne ark, saksstatus, import av pakker "
                "og porteføljen.",
            )
        )
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        inner = QVBoxLayout(box)
        inner.addWidget(self.working_group)
        inner.addWidget(self.secretariat)
        inner.addWidget(explain)
        (
            self.secretariat if current_role(settings) == SECRETARIAT else self.working_group
        ).setChecked(True)

        language_box = QGroupBox(translate("settings_dialog", "Språk"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language named in itself, so a user who cannot read the current one finds
        # their own.
        system = i18n.LANGUAGE_NAMES[system_language()]
        self.language.addItem(
            translate("settings_dialog", "Som systemet ({language})").format(language=system), ""
        )
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        saved = str(settings.value(LANGUAGE_SETTING, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        form = QFormLayout(language_box)
        label = QLabel(translate("settings_dialog", "&Programmets språk:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        restart = QLabel(
            translate(
                "settings_dialog",
                "Et nytt språk gjelder fra neste gang du starter Prosjektark. PDF og Excel for "
                "et ark skrives alltid på arkets eget språk (steget «Grunnlag»).",
            )
        )
        restart.setWordWrap(True)
        restart.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(restart)

        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            translate("settings_dialog", "Lagre"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("settings_dialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(language_box)
        layout.addWidget(buttons)
        enter_presses(self, ok)
        hint = self.sizeHint()
        self.resize(max(hint.width(), self.fontMetrics().averageCharWidth() * 60), hint.height())

    def accept(self) -> None:
        set_role(self.settings, SECRETARIAT if self.secretariat.isChecked() else WORKING_GROUP)
        self.settings.setValue(LANGUAGE_SETTING, self.language.currentData() or "")
        super().accept()
