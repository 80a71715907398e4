"""Hjelp → Om Prosjektark: the version, what the app is for, its licence, and the
licences of everything it ships with.

The third-party part lists the components of resources/licenses/notices.json (written by
packaging/notices.py) with their versions and licences; choosing one shows its full
licence texts from THIRD-PARTY-NOTICES.txt in a read-only view. The first entry is
Prosjektark itself, with its MIT licence. A filter field narrows the list by name or
licence. «Om Qt» is Qt's own dialog (which Qt's LGPL terms ask an app to offer); Esc
and «Lukk» close.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark import paths
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate

log = logging.getLogger(__name__)

DISTRIBUTION = "prosjektark"
OWN_LICENCE = "MIT"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
INDEX_FILE = "notices.json"
OWN_LICENCE_FILE = "LICENSE.txt"
# The layout packaging/notices.py writes: a rule, then "Component: <name>" opens a section.
SECTION_RULE = "=" * 78
COMPONENT_PREFIX = "Component: "
COL_NAME, COL_LICENCE = range(2)


@dataclass(frozen=True)
class Notice:
    name: str
    version: str
    licence: str
    homepage: str
    text: str


def app_version() -> str:
    """The installed distribution's version; in a source tree without an install, the
    one in pyproject.toml; in a frozen app without metadata, the package's own."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    pyproject = paths.resource_dir().parent / "pyproject.toml"
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        from prosjektark import __version__

        return __version__


def notice_sections(text: str, names: set[str]) -> dict[str, str]:
    """Component name → its section of the notices file (header and licence texts).
    A section opens with the rule and a "Component: " line naming a listed component,
    so a rule inside a licence text does not split one."""
    lines = text.splitlines()
    starts = [
        i
        for i in range(len(lines) - 1)
        if lines[i] == SECTION_RULE
        and lines[i + 1].removeprefix(COMPONENT_PREFIX) in names
        and lines[i + 1].startswith(COMPONENT_PREFIX)
    ]
    sections = {}
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        name = lines[start + 1].removeprefix(COMPONENT_PREFIX)
        sections[name] = "\n".join(lines[start + 1 : end]).rstrip()
    return sections


def load_notices(folder: Path | None = None) -> list[Notice]:
    """Prosjektark's own licence first, then the third-party components in the index's
    order. Raises OSError or ValueError when the files are missing or unreadable."""
    folder = folder or paths.resource("licenses")
    index = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
    entries = index["components"]
    sections = notice_sections(
        (folder / NOTICES_FILE).read_text(encoding="utf-8"), {e["name"] for e in entries}
    )
    own = Notice(
        name="Prosjektark",
        version=app_version(),
        licence=OWN_LICENCE,
        homepage="",
        text=(folder / OWN_LICENCE_FILE).read_text(encoding="utf-8").rstrip(),
    )
    found = [own]
    for entry in entries:
        found.append(
            Notice(
                name=entry["name"],
                version=entry["version"],
                licence=entry["licence"],
                homepage=entry.get("homepage", ""),
                text=sections.get(entry["name"], ""),
            )
        )
    return found


class AboutDialog(QDialog):
    """«Om Prosjektark» with the third-party licences."""

    def __init__(self, parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("about_dialog", "Om Prosjektark"))
        self.version = app_version()
        self.notices_folder = folder or paths.resource("licenses")
        try:
            self.notices = load_notices(self.notices_folder)
            problem = ""
        except (OSError, ValueError, KeyError) as exc:
            log.warning("Could not read the licence notices in %s: %s", self.notices_folder, exc)
            self.notices = []
            problem = translate(
                "about_dialog", "Fant ikke lisensfilene i {folder}. Installasjonen er ufullstendig."
            ).format(folder=self.notices_folder)

        layout = QVBoxLayout(self)
        heading = QLabel("<h2>Prosjektark</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        version = QLabel(
            translate("about_dialog", "Versjon {version}").format(version=self.version)
        )
        version.setObjectName("aboutVersion")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(version)
        description = QLabel(
            translate(
                "about_dialog",
                "Prosjektark for byvekstavtalene: fyll ut, sjekk mot programmets regler "
                "og send signert til sekretariatet.",
            )
        )
        description.setWordWrap(True)
        layout.addWidget(description)
        own_licence = QLabel(
            translate(
                "about_dialog",
                "Prosjektark er fri programvare under MIT-lisensen. Programmet bruker "
                "komponentene under, hver med sin egen lisens. Velg en komponent for å se "
                "lisensteksten.",
            )
        )
        own_licence.setObjectName("aboutLicence")
        own_licence.setWordWrap(True)
        layout.addWidget(own_licence)

        third_party = QLabel(translate("about_dialog", "Tredjepartslisenser"))
        bold = third_party.font()
        bold.setBold(True)
        third_party.setFont(bold)
        layout.addWidget(third_party)

        filter_row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("aboutFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate("about_dialog", "Navn eller lisens"))
        filter_label = QLabel(translate("about_dialog", "&Søk:"))
        filter_label.setBuddy(self.filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        layout.addLayout(filter_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.components = QTreeWidget()
        self.components.setObjectName("aboutComponents")
        self.components.setAccessibleName(translate("about_dialog", "Komponenter"))
        self.components.setRootIsDecorated(False)
        self.components.setUniformRowHeights(True)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The version is in the text's header and the name's tooltip: two columns leave
        # room for the licence in a narrow window.
        self.components.setHeaderLabels(
            [translate("about_dialog", "Komponent"), translate("about_dialog", "Lisens")]
        )
        # Long licence expressions are elided (the tooltip has them whole), not scrolled to.
        self.components.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.components.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.components.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        for notice in self.notices:
            item = QTreeWidgetItem([notice.name, notice.licence])
            item.setToolTip(COL_NAME, f"{notice.name} {notice.version}")
            item.setToolTip(COL_LICENCE, notice.licence)
            item.setData(COL_NAME, Qt.ItemDataRole.UserRole, notice.name)
            self.components.addTopLevelItem(item)
        splitter.addWidget(self.components)

        self.text = QPlainTextEdit()
        self.text.setObjectName("aboutLicenceText")
        self.text.setAccessibleName(translate("about_dialog", "Lisenstekst"))
        self.text.setReadOnly(True)
        # Read-only, yet a keyboard user can move through and select the text; Tab leaves it.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setTabChangesFocus(True)
        # Licence texts are laid out for a fixed-width font.
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(fixed)
        self.text.setTabStopDistance(8 * QFontMetricsF(fixed).horizontalAdvance(" "))
        self.text.setPlainText(problem)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # Room for the 78 columns the licence texts are written in, beside the list.
        splitter.setSizes([420, 640])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox()
        self.about_qt_button = QPushButton(translate("about_dialog", "Om &Qt"))
        self.about_qt_button.setObjectName("aboutQt")
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("about_dialog", "&Lukk"))
        self.close_button.setObjectName("aboutClose")
        layout.addWidget(buttons)
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        enter_presses(self, self.close_button)

        self.components.currentItemChanged.connect(self._show_current)
        self.filter.textChanged.connect(self._apply_filter)
        # Ctrl+F reaches the filter from anywhere, as in the rest of the app's lists.
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        self.setTabOrder(self.filter, self.components)
        self.setTabOrder(self.components, self.text)
        self.setTabOrder(self.text, self.about_qt_button)
        self.setTabOrder(self.about_qt_button, self.close_button)
        if self.components.topLevelItemCount():
            self.components.setCurrentItem(self.components.topLevelItem(0))
        self.components.setFocus()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        # Wide enough for the list and 78 columns of licence text, and never larger than
        # the screen (1280×720 with a task bar and a title bar leaves about 1240×640).
        width, height = 1100, 620
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def notice(self, name: str) -> Notice | None:
        return next((n for n in self.notices if n.name == name), None)

    def select(self, name: str) -> bool:
        """Make `name` the current component; False when it is not listed (or hidden)."""
        for row in range(self.components.topLevelItemCount()):
            item = self.components.topLevelItem(row)
            if item.text(COL_NAME) == name and not item.isHidden():
                self.components.setCurrentItem(item)
                return True
        return False

    def visible_names(self) -> list[str]:
        return [
            self.components.topLevelItem(row).text(COL_NAME)
            for row in range(self.components.topLevelItemCount())
            if not self.components.topLevelItem(row).isHidden()
        ]

    def _show_current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.text.clear()
            return
        notice = self.notice(item.data(COL_NAME, Qt.ItemDataRole.UserRole))
        if notice is None:
            return
        text = notice.text or translate(
            "about_dialog", "Lisensteksten til {name} mangler i lisensfilene."
        ).format(name=notice.name)
        self.text.setPlainText(text)
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        first_visible = None
        for row in range(self.components.topLevelItemCount()):
            item = self.components.topLevelItem(row)
            haystack = f"{item.text(COL_NAME)} {item.text(COL_LICENCE)}".casefold()
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.components.currentItem()
        if first_visible is None:
            self.text.setPlainText(translate("about_dialog", "Ingen komponenter passer til søket."))
        elif current is None or current.isHidden():
            self.components.setCurrentItem(first_visible)
        else:
            self._show_current(current)
