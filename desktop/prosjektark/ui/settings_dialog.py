"""Verktøy → Innstillinger …: the role the user works in (more settings may join it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.roles import SECRETARIAT, WORKING_GROUP, current_role, set_role


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Innstillinger")
        self.settings = settings
        box = QGroupBox("Rolle")
        self.working_group = QRadioButton("&Arbeidsgruppe")
        self.working_group.setObjectName("roleWorkingGroup")
        self.secretariat = QRadioButton("&Sekretariat")
        self.secretariat.setObjectName("roleSecretariat")
        group = QButtonGroup(self)
        group.addButton(self.working_group)
        group.addButton(self.secretariat)
        explain = QLabel(
            "Arbeidsgruppen fyller ut, signerer og sender prosjektark. Sekretariatet får i "
            "tillegg arbeidsflaten «Sekretariat»: innkomne ark, saksstatus, import av pakker "
            "og porteføljen."
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
        buttons = QDialogButtonBox()
        ok = buttons.addButton("Lagre", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Avbryt", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(buttons)
        enter_presses(self, ok)
        self.resize(420, 220)

    def accept(self) -> None:
        set_role(self.settings, SECRETARIAT if self.secretariat.isChecked() else WORKING_GROUP)
        super().accept()
