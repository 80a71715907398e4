"""The secretariat's remarks on a sheet, beside the findings, for both sides of the case flow.

- The secretariat (role "secretariat") reads an imported sheet and writes remarks on the
  field the cursor is in or on the whole sheet; a remark not yet sent can be deleted, a sent
  one never (the store refuses, and the panel does not offer it).
- The working group (role "working_group") sees the remarks its store received from a
  remarks package, each with its state (ubesvart / besvart), and answers them: a reply,
  «Rettet i revisjon N» or «Uenig» with a reason.

The panel reads and writes the remarks through the store it is given (they are kept beside
the sheet, never inside it) and emits `changed` after a write so that the page can update
the field markers and counts; a click on a remark emits `remark_activated(field_path)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.caseflow import Answer, Remark, answer_problem
from prosjektark.domain.nb_format import format_datetime
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.errors import StoreError
from prosjektark.ui import theme
from prosjektark.ui.dialog_keys import CTRL_ENTER_TEXT, ctrl_enter_presses, enter_presses
from prosjektark.ui.findings_panel import WrappingTree
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.secretariat.conflicts import ReloadBar, ask_reload, refusal_text
from prosjektark.ui.theme import Role

RemarkRole = Literal["working_group", "secretariat"]

# Not keys a text field uses (see tests/ui/test_no_lost_work.py): the cursor is usually in
# the field the remark is about.
FIELD_REMARK_KEYS = "Ctrl+Shift+M"
ANSWER_KEYS = "Ctrl+Shift+R"
ACCEPT_KEYS_TEXT = CTRL_ENTER_TEXT

REMARK_ROLE = Qt.ItemDataRole.UserRole + 11
WHOLE_SHEET = QT_TRANSLATE_NOOP("remarks_panel", "Hele arket")
# The states a remark is shown in, by role (lower case: they are read inside sentences).
STATE_LABELS = {
    "ubesvart": QT_TRANSLATE_NOOP("remarks_panel", "Ubesvart"),
    "besvart": QT_TRANSLATE_NOOP("remarks_panel", "Besvart"),
    "utkast": QT_TRANSLATE_NOOP("remarks_panel", "Utkast, ikke sendt"),
    "sendt": QT_TRANSLATE_NOOP("remarks_panel", "Sendt"),
}
# Icon colours by theme role; the state is also written.
STATE_COLOURS = {
    "ubesvart": Role.WARNING_TEXT,
    "utkast": Role.INFO_TEXT,
    "sendt": Role.INFO_TEXT,
    "besvart": Role.OK_TEXT,
}
STATE_GLYPHS = {"ubesvart": "?", "utkast": "✎", "sendt": "→", "besvart": "✓"}


class RemarkStore(Protocol):
    """The part of the store the panel uses (prosjektark.store.repository.Store)."""

    def remarks(self, sheet_id: uuid.UUID | None = None) -> list[Remark]: ...

    def answers(self, sheet_id: uuid.UUID | None = None) -> list[Answer]: ...

    def add_remark(
        self, sheet_id: uuid.UUID, text: str, field: str = "", revision: int | None = None
    ) -> Remark: ...

    def delete_unsent_remark(self, remark_id: uuid.UUID) -> None: ...

    def add_answer(
        self, remark_id: uuid.UUID, kind: str, text: str = "", fixed_in_revision: int | None = None
    ) -> Answer: ...


@dataclass(frozen=True)
class RemarkView:
    """One remark as the panel shows it: with its answers (oldest first) and its state."""

    remark: Remark
    answers: list[Answer] = field(default_factory=list)
    role: RemarkRole = "working_group"

    @property
    def answered(self) -> bool:
        return bool(self.answers)

    @property
    def state(self) -> str:
        if self.answered:
            return "besvart"
        if self.role == "secretariat":
            return "sendt" if self.remark.sent else "utkast"
        return "ubesvart"

    @property
    def open(self) -> bool:
        """Still waiting for the working group (a draft too, on the secretariat's side)."""
        return not self.answered


@dataclass(frozen=True)
class Draft:
    """A remark or an answer the store did not take (another user changed the remarks
    meanwhile, or the store could not be written): kept to be written again, never lost.
    `remark_id` is the remark answered (None: a new remark on `field`)."""

    sheet_id: uuid.UUID
    text: str
    field: str = ""
    remark_id: uuid.UUID | None = None
    kind: str = "reply"
    revision: int | None = None


def answer_text(answer: Answer) -> str:
    """«Rettet i revisjon 2», «Uenig: …», «Svar: …»."""
    if answer.kind == "fixed":
        if answer.text:
            return translate("remarks_panel", "Rettet i revisjon {revision}: {text}").format(
                revision=answer.fixed_in_revision, text=answer.text
            )
        return translate("remarks_panel", "Rettet i revisjon {revision}").format(
            revision=answer.fixed_in_revision
        )
    return translate("remarks_panel", "{kind}: {text}").format(
        kind=answer.kind_name, text=answer.text
    )


def _state_label(state: str) -> str:
    return translate("remarks_panel", STATE_LABELS[state])


def remark_icon(state: str, size: int = 16) -> QIcon:
    """A rounded square with a glyph per state, so the state is not told by colour alone."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.brush(STATE_COLOURS[state]))
    r = QRectF(1, 1, size - 2, size - 2)
    p.drawRoundedRect(r, 3, 3)
    p.setPen(theme.color(Role.SYMBOL_GLYPH))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    p.setFont(font)
    p.drawText(r, Qt.AlignmentFlag.AlignCenter, STATE_GLYPHS[state])
    p.end()
    return QIcon(pm)


class _TextBox(QPlainTextEdit):
    """Multi-line text where Enter is a new line and Tab leaves the box (the dialog's
    `ctrl_enter_presses` makes Ctrl+Enter accept)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)


def _hint(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    theme.set_style(label, "color: $muted_text;")
    return label


class _SavingDialog(QDialog):
    """A dialog whose «Lagre» writes through `save` and stays open when the store refuses
    (another user sent or deleted the remark meanwhile, or the store could not be
    written): the text stays in the box, the refusal is said in the dialog, its
    «Last inn på nytt» (focused: Enter) reads the remarks under it again through `reload`,
    and «Lagre» tries again. Without `save` the dialog only collects what was written."""

    text: QPlainTextEdit

    def _add_refusal(
        self,
        layout: QVBoxLayout,
        name: str,
        save: Callable[..., object] | None,
        reload: Callable[[], None] | None,
        heading: str,
    ) -> None:
        self._save = save
        self._reload_remarks = reload
        self._refusal_heading = heading
        self.saved: object = None  # what `save` returned
        self.refused = False  # the store refused at least once
        self.refusal = ReloadBar(name, self._reload, reload_name=f"{name}Reload")
        self.refusal.reload_button.setEnabled(reload is not None)
        layout.addWidget(self.refusal)

    def _store(self, *args: object) -> bool:
        """Write through `save`; False (and said) when the store refused."""
        if self._save is None:
            return True
        try:
            self.saved = self._save(*args)
        except StoreError as exc:
            self.refused = True
            self.refusal.refused(
                refusal_text(
                    exc,
                    heading=self._refusal_heading,
                    kept=translate("remarks_panel", "Teksten din står her fortsatt."),
                )
            )
            return False
        return True

    def _reload(self) -> None:
        if self._reload_remarks is None:
            return
        try:
            self._reload_remarks()
        except StoreError as exc:
            self.refusal.say(
                translate("remarks_panel", "Kunne ikke lese merknadene: {error}").format(error=exc)
            )
            return
        self.refusal.say(
            translate(
                "remarks_panel",
                "Merknadene er lest inn på nytt. Teksten din står her fortsatt; lagre den igjen "
                "når du er klar.",
            )
        )
        self.text.setFocus()


class RemarkDialog(_SavingDialog):
    """Write a remark: «where» says which field (or the whole sheet) it is about. `text`: a
    remark written before that the store did not take; `save(text)` stores it (see
    _SavingDialog)."""

    def __init__(
        self,
        where: str,
        parent: QWidget | None = None,
        *,
        text: str = "",
        save: Callable[[str], object] | None = None,
        reload: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("remarks_panel", "Skriv merknad"))
        heading = QLabel(where)
        heading.setObjectName("remarkWhere")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.text = _TextBox()
        self.text.setObjectName("remarkText")
        self.text.setAccessibleName(translate("remarks_panel", "Merknad"))
        self.text.setAccessibleDescription(
            translate("remarks_panel", "{keys} lagrer merknaden.").format(keys=ACCEPT_KEYS_TEXT)
        )
        hint = _hint(
            "remarkHint",
            translate(
                "remarks_panel",
                "Skriv hva arbeidsgruppen skal se på. Enter gir ny linje, "
                "{keys} lagrer merknaden. Den sendes først når du sender "
                "merknadene; til da kan den slettes. En sendt merknad endres aldri.",
            ).format(keys=ACCEPT_KEYS_TEXT),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("remarks_panel", "Lagre merknad"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("remarks_panel", "Avbryt")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        self._add_refusal(
            layout,
            "remarkRefusal",
            save,
            reload,
            translate("remarks_panel", "Merknaden ble ikke lagret."),
        )
        layout.addWidget(buttons)
        enter_presses(self, None)  # Enter is a new line in the text
        ctrl_enter_presses(self, self.ok_button)
        self.text.setPlainText(text)
        self.resize(520, 300)
        self.text.setFocus()

    def _accept(self) -> None:
        text = self.remark()
        if text and self._store(text):
            self.accept()

    def remark(self) -> str:
        return self.text.toPlainText().strip()


class AnswerDialog(_SavingDialog):
    """Answer a remark: a reply, «Rettet i revisjon N» (N the next revision by default) or
    «Uenig» with a reason. What the answer lacks is said in the dialog, which stays open.
    `draft`: an answer written before that the store did not take; `save(kind, text,
    revision)` stores it (see _SavingDialog)."""

    def __init__(
        self,
        view: RemarkView,
        where: str,
        next_revision: int,
        parent: QWidget | None = None,
        *,
        draft: Draft | None = None,
        save: Callable[[str, str, int | None], object] | None = None,
        reload: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("remarks_panel", "Svar på merknad"))
        remark = view.remark
        quoted = QLabel(
            f"<b>{_escape(where)}</b><br>«{_escape(remark.text)}»"
            f"<br><span style='color:{theme.css(Role.MUTED_TEXT)}'>{_escape(remark.by_name)},"
            f" {format_datetime(remark.at)}</span>"
        )
        quoted.setObjectName("answerRemark")
        quoted.setWordWrap(True)
        quoted.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        if view.answers:
            earlier = QLabel(
                translate("remarks_panel", "Tidligere svar (blir stående): {answers}").format(
                    answers="; ".join(answer_text(a) for a in view.answers)
                )
            )
            earlier.setWordWrap(True)
            layout.addWidget(earlier)

        self.kind_buttons: dict[str, QRadioButton] = {
            "reply": QRadioButton(translate("remarks_panel", "&Svar")),
            "fixed": QRadioButton(translate("remarks_panel", "R&ettet i revisjon")),
            "disagree": QRadioButton(translate("remarks_panel", "&Uenig (begrunn)")),
        }
        self.kind_group = QButtonGroup(self)
        for button in self.kind_buttons.values():
            self.kind_group.addButton(button)
        self.kind_buttons["reply"].setChecked(True)
        self.revision = QSpinBox()
        self.revision.setObjectName("answerRevision")
        self.revision.setRange(1, 1_000_000)
        self.revision.setValue(max(1, next_revision))
        self.revision.setAccessibleName(
            translate("remarks_panel", "Revisjonen merknaden er rettet i")
        )
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_buttons["reply"])
        kinds.addWidget(self.kind_buttons["fixed"])
        kinds.addWidget(self.revision)
        kinds.addWidget(self.kind_buttons["disagree"])
        kinds.addStretch(1)
        layout.addLayout(kinds)

        self.text = _TextBox()
        self.text.setObjectName("answerText")
        self.text.setAccessibleName(translate("remarks_panel", "Svar"))
        self.text.setAccessibleDescription(
            translate("remarks_panel", "{keys} lagrer svaret.").format(keys=ACCEPT_KEYS_TEXT)
        )
        layout.addWidget(self.text, 1)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("answerProblem")
        self.problem_label.setWordWrap(True)
        theme.set_style(self.problem_label, "color: $error_text;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        layout.addWidget(
            _hint(
                "answerHint",
                translate(
                    "remarks_panel",
                    "Enter gir ny linje, {keys} lagrer svaret. Svaret leveres"
                    " sammen med neste revisjon av arket, og endres ikke etterpå.",
                ).format(keys=ACCEPT_KEYS_TEXT),
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("remarks_panel", "Lagre svar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("remarks_panel", "Avbryt")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.kind_group.buttonToggled.connect(self._kind_changed)
        self._add_refusal(
            layout,
            "answerRefusal",
            save,
            reload,
            translate("remarks_panel", "Svaret ble ikke lagret."),
        )
        layout.addWidget(buttons)
        enter_presses(self, None)
        ctrl_enter_presses(self, self.ok_button)
        if draft is not None:
            self.kind_buttons[draft.kind].setChecked(True)
            if draft.revision is not None:
                self.revision.setValue(draft.revision)
            self.text.setPlainText(draft.text)
        self._kind_changed()
        self.resize(560, 340)
        self.text.setFocus()

    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def fixed_in_revision(self) -> int | None:
        return self.revision.value() if self.kind() == "fixed" else None

    def answer(self) -> str:
        return self.text.toPlainText().strip()

    def problem(self) -> str | None:
        return answer_problem(self.kind(), self.answer(), self.fixed_in_revision())

    def _kind_changed(self, *_args) -> None:
        kind = self.kind()
        self.revision.setEnabled(kind == "fixed")
        self.text.setPlaceholderText(
            {
                "reply": translate("remarks_panel", "Svaret til sekretariatet"),
                "fixed": translate("remarks_panel", "Hva som er rettet (valgfritt)"),
                "disagree": translate("remarks_panel", "Hvorfor dere er uenige (må fylles ut)"),
            }[kind]
        )
        self.problem_label.hide()

    def _accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.problem_label.setText(problem)
            self.problem_label.show()
            self.text.setFocus()
            return
        if self._store(self.kind(), self.answer(), self.fixed_in_revision()):
            self.accept()


class RemarksPanel(QWidget):
    remark_activated = Signal(str)  # the remark's field path ("" for the whole sheet)
    changed = Signal()  # a remark or an answer was written or deleted
    message = Signal(str)  # for the status bar: why a key did nothing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remarksPanel")
        self.setAccessibleName(translate("remarks_panel", "Merknader fra sekretariatet"))
        self._store: RemarkStore | None = None
        self._store_read_only = False
        self._sheet_id: uuid.UUID | None = None
        self._role: RemarkRole = "working_group"
        self._next_revision = 1
        self._views: list[RemarkView] = []
        # What the store refused to take, to be written again (one at a time).
        self._draft: Draft | None = None
        # Set by the page: the field path the cursor is in (or was last in) and the label
        # of a path; replaceable so the panel needs no editor.
        self.current_field: Callable[[], str] = lambda: ""
        self.label_of: Callable[[str], str] = lambda path: (
            path or translate("remarks_panel", WHOLE_SHEET)
        )
        self._icons = {state: remark_icon(state) for state in STATE_COLOURS}

        self.summary_label = QLabel()
        self.summary_label.setObjectName("remarksSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)  # the buttons keep their room at half width
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.tree = WrappingTree()
        self.tree.setObjectName("remarksTree")
        self.tree.setAccessibleName(translate("remarks_panel", "Merknader med status"))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.tree.currentItemChanged.connect(self._update_actions)

        # Window-wide like «Kvitter ut advarsel»: the cursor is in a field of the form.
        self.field_remark_action = self._action(
            translate("remarks_panel", "Skriv merknad til feltet …"),
            self.write_field_remark,
            FIELD_REMARK_KEYS,
        )
        self.sheet_remark_action = self._action(
            translate("remarks_panel", "Merknad til hele arket …"), self.write_sheet_remark
        )
        self.delete_action = self._action(
            translate("remarks_panel", "Slett merknaden (ikke sendt) …"), self.delete_current
        )
        self.answer_action = self._action(
            translate("remarks_panel", "Svar på merknaden …"), self.answer_current, ANSWER_KEYS
        )

        self.write_button = self._button(
            translate("remarks_panel", "Til feltet …"),
            "writeRemarkButton",
            translate(
                "remarks_panel", "Skriv en merknad til feltet markøren står i ({keys})."
            ).format(keys=FIELD_REMARK_KEYS),
            self.write_field_remark,
            translate("remarks_panel", "Skriv merknad til feltet"),
        )
        self.sheet_button = self._button(
            translate("remarks_panel", "Hele arket …"),
            "sheetRemarkButton",
            translate("remarks_panel", "Skriv en merknad til hele arket."),
            self.write_sheet_remark,
            translate("remarks_panel", "Skriv merknad til hele arket"),
        )
        self.delete_button = self._button(
            translate("remarks_panel", "Slett utkast …"),
            "deleteRemarkButton",
            translate(
                "remarks_panel",
                "Slett den valgte merknaden. Bare merknader som ikke er sendt, kan slettes.",
            ),
            self.delete_current,
            translate("remarks_panel", "Slett merknad som ikke er sendt"),
        )
        self.answer_button = self._button(
            translate("remarks_panel", "Svar …"),
            "answerRemarkButton",
            translate(
                "remarks_panel",
                "Svar på den valgte merknaden ({keys}): svar, rettet i revisjon, uenig.",
            ).format(keys=ANSWER_KEYS),
            self.answer_current,
            translate("remarks_panel", "Svar på merknaden"),
        )

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        for button in (self.write_button, self.sheet_button, self.delete_button):
            top.addWidget(button)
        top.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._show_role()
        self.reload()

    # ------------------------------------------------------------------ public
    def set_store(self, store: RemarkStore | None, read_only: bool = False) -> None:
        """`read_only`: a window that may not write (a second window on the store)."""
        self._store = store
        self._store_read_only = read_only
        self.reload()

    def show_sheet(
        self, sheet_id: uuid.UUID | None, role: RemarkRole = "working_group", revision: int = 0
    ) -> None:
        """The remarks of `sheet_id` as `role` sees them; `revision` the sheet's current
        revision (an answer «rettet i revisjon» defaults to the next one)."""
        self._sheet_id = sheet_id
        self._role = role
        self._next_revision = revision + 1
        self._show_role()
        self.reload()

    def role(self) -> RemarkRole:
        return self._role

    def reload(self) -> None:
        """Read the sheet's remarks and answers from the store again."""
        current = self.current_remark()
        keep = current.remark.id if current else None
        self._views = self._read()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for view in self._views:
            self.tree.addTopLevelItem(self._item(view))
        self.tree.setUpdatesEnabled(True)
        if keep is not None:
            self.select_remark(keep)
        self.summary_label.setText(self._summary_text())
        self._update_actions()

    def views(self) -> list[RemarkView]:
        return list(self._views)

    def has_remarks(self) -> bool:
        return bool(self._views)

    def unanswered(self) -> int:
        return sum(1 for v in self._views if v.open)

    def writes_remarks(self) -> bool:
        return self._role == "secretariat" and self._can_write()

    def current_remark(self) -> RemarkView | None:
        item = self.tree.currentItem()
        return item.data(0, REMARK_ROLE) if item is not None else None

    def select_remark(self, remark_id: uuid.UUID) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, REMARK_ROLE).remark.id == remark_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def write_field_remark(self) -> None:
        path = self.current_field()
        if not path:
            self.message.emit(
                translate(
                    "remarks_panel",
                    "Stå i feltet merknaden gjelder (klikk i det eller bruk Tab), og prøv igjen."
                    " «Merknad til hele arket» gjelder arket som helhet.",
                )
            )
            return
        self._write(
            path,
            translate("remarks_panel", "Merknad til feltet «{field}»").format(
                field=self.label_of(path)
            ),
        )

    def write_sheet_remark(self) -> None:
        self._write("", translate("remarks_panel", "Merknad til hele arket"))

    def answer_current(self) -> None:
        if not (self._role == "working_group" and self._can_write()):
            return
        view = self.current_remark() or self._remark_in_focus()
        if view is None:
            self.message.emit(
                translate("remarks_panel", "Velg merknaden du vil svare på i merknadslisten.")
            )
            return
        self.select_remark(view.remark.id)
        store, remark_id = self._store, view.remark.id
        dialog = AnswerDialog(
            view,
            self.label_of(view.remark.field),
            self._next_revision,
            self,
            draft=self._draft_for(remark_id=remark_id),
            save=lambda kind, text, revision: store.add_answer(remark_id, kind, text, revision),
            reload=self._reload_under_dialog,
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            kind, text, revision = dialog.kind(), dialog.answer(), dialog.fixed_in_revision()
            refused = dialog.refused
        finally:
            dialog.deleteLater()
        self._after_dialog(
            accepted,
            refused,
            Draft(self._sheet_id, text, remark_id=remark_id, kind=kind, revision=revision),
        )

    def delete_current(self) -> None:
        view = self.current_remark()
        if view is None or not self._deletable(view):
            self.message.emit(
                translate("remarks_panel", "Bare en merknad som ikke er sendt, kan slettes.")
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("remarks_panel", "Slett merknad"),
            translate("remarks_panel", "Slette merknaden «{text}»? Den er ikke sendt.").format(
                text=_shorten(view.remark.text)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(translate("remarks_panel", "Slett"))
        box.button(QMessageBox.StandardButton.No).setText(translate("remarks_panel", "Behold"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.exec()
        confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        if not confirmed:
            return
        try:
            self._store.delete_unsent_remark(view.remark.id)
        except StoreError as exc:  # sent or deleted by someone else meanwhile
            self.show_refused(translate("remarks_panel", "Merknaden ble ikke slettet."), exc)
            return
        self.reload()
        self.changed.emit()

    def show_refused(self, heading: str, error: StoreError | str) -> bool:
        """A write on this sheet's remarks was refused (deleting one, or sending them from
        the window): said in a message whose «Last inn på nytt» (the default button) reads
        the remarks again. True when they were read again."""
        if not ask_reload(
            self,
            translate("remarks_panel", "Merknader"),
            refusal_text(error, heading=heading),
        ):
            return False
        try:
            self._reload_under_dialog()
        except StoreError as exc:
            self.message.emit(
                translate("remarks_panel", "Kunne ikke lese merknadene: {error}").format(error=exc)
            )
            return False
        return True

    def draft(self) -> Draft | None:
        """A remark or an answer the store refused and the user left: offered again."""
        return self._draft_for()

    # ------------------------------------------------------------------ internals
    def _draft_for(
        self, *, field: str | None = None, remark_id: uuid.UUID | None = None
    ) -> Draft | None:
        """The kept draft when it belongs to this sheet (and to `field` or `remark_id`)."""
        draft = self._draft
        if draft is None or draft.sheet_id != self._sheet_id:
            return None
        if field is not None and (draft.remark_id is not None or draft.field != field):
            return None
        if remark_id is not None and draft.remark_id != remark_id:
            return None
        return draft

    def _reload_under_dialog(self) -> None:
        """«Last inn på nytt» in a refused dialog: the list under it shows what is stored."""
        self.reload()
        self.changed.emit()

    def _after_dialog(self, accepted: bool, refused: bool, written: Draft) -> None:
        """After a remark or answer dialog: stored (the draft it came from is done), or
        left after a refusal (kept, offered in the dialog next time)."""
        if accepted:
            if self._draft is not None and self._same_draft(self._draft, written):
                self._draft = None
            self.reload()
            self.changed.emit()
            return
        if refused and written.text:
            self._draft = written
            self.message.emit(
                translate(
                    "remarks_panel",
                    "Teksten er ikke lagret, men tatt vare på: den står ferdig neste gang du "
                    "skriver den merknaden eller det svaret.",
                )
            )

    @staticmethod
    def _same_draft(a: Draft, b: Draft) -> bool:
        return (a.sheet_id, a.remark_id, a.field) == (b.sheet_id, b.remark_id, b.field)

    def _action(self, text: str, slot, keys: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, text: str, name: str, tip: str, slot, spoken: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(spoken or text.rstrip(" …"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _can_write(self) -> bool:
        return self._store is not None and self._sheet_id is not None and not self._store_read_only

    def _read(self) -> list[RemarkView]:
        if self._store is None or self._sheet_id is None:
            return []
        # The working group answers what it received; the secretariat sees its own.
        want_received = self._role == "working_group"
        remarks = [r for r in self._store.remarks(self._sheet_id) if r.received == want_received]
        answers: dict[uuid.UUID, list[Answer]] = {}
        for a in self._store.answers(self._sheet_id):
            answers.setdefault(a.remark_id, []).append(a)
        return [RemarkView(r, answers.get(r.id, []), self._role) for r in remarks]

    def _item(self, view: RemarkView) -> QTreeWidgetItem:
        remark = view.remark
        where = self.label_of(remark.field)
        state = _state_label(view.state)
        lines = [f"{state} · {where}", remark.text]
        lines += [f"↳ {answer_text(a)}" for a in view.answers]
        item = QTreeWidgetItem(["\n".join(lines)])
        item.setData(0, REMARK_ROLE, view)
        item.setIcon(0, self._icons[view.state])
        if view.answered:
            item.setForeground(0, theme.brush(Role.MUTED_TEXT))
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            translate("remarks_panel", "Merknad, {state}, {where}: {text}").format(
                state=state.lower(), where=where, text=remark.text
            )
            + "".join(f". {answer_text(a)}" for a in view.answers),
        )
        tip = [
            f"<b>{state}</b> · {_escape(where)}",
            (
                translate("remarks_panel", "{who}, {when}, om revisjon {revision}")
                if remark.revision
                else translate("remarks_panel", "{who}, {when}")
            ).format(
                who=_escape(remark.by_name),
                when=format_datetime(remark.at),
                revision=remark.revision,
            ),
        ]
        tip += [
            translate("remarks_panel", "Svar fra {who}, {when}: {answer}").format(
                who=_escape(a.by_name),
                when=format_datetime(a.at),
                answer=_escape(answer_text(a)),
            )
            for a in view.answers
        ]
        if remark.field:
            tip.append(translate("remarks_panel", "Enter eller klikk går til feltet."))
        item.setToolTip(0, "<br>".join(tip))
        return item

    def _summary_text(self) -> str:
        total = len(self._views)
        if self._role == "secretariat":
            drafts = sum(1 for v in self._views if v.state == "utkast")
            answered = sum(1 for v in self._views if v.answered)
            if not total:
                return translate("remarks_panel", "Merknader: ingen ennå")
            return translate(
                "remarks_panel", "Merknader: {total}, {drafts} ikke sendt, {answered} besvart"
            ).format(total=total, drafts=drafts, answered=answered)
        if not total:
            return translate("remarks_panel", "Ingen merknader fra sekretariatet")
        return translate(
            "remarks_panel", "Merknader fra sekretariatet: {total}, {open} ubesvart"
        ).format(total=total, open=self.unanswered())

    def _deletable(self, view: RemarkView) -> bool:
        return (
            self._role == "secretariat"
            and self._can_write()
            and not view.remark.sent
            and not view.remark.received
        )

    def _remark_in_focus(self) -> RemarkView | None:
        """The one remark of the field the cursor is in, if there is exactly one."""
        path = self.current_field()
        found = [v for v in self._views if path and v.remark.field == path]
        return found[0] if len(found) == 1 else None

    def _show_role(self) -> None:
        secretariat = self._role == "secretariat"
        for button in (self.write_button, self.sheet_button, self.delete_button):
            button.setVisible(secretariat)
        self.answer_button.setVisible(not secretariat)
        self.tree.setAccessibleDescription(
            translate(
                "remarks_panel",
                "Enter eller klikk går til feltet. {keys} skriver en merknad til feltet "
                "markøren står i.",
            ).format(keys=FIELD_REMARK_KEYS)
            if secretariat
            else translate(
                "remarks_panel",
                "Enter eller klikk går til feltet. {keys} svarer på den valgte merknaden.",
            ).format(keys=ANSWER_KEYS)
        )

    def _update_actions(self, *_args) -> None:
        secretariat = self._role == "secretariat"
        can_write = self._can_write()
        view = self.current_remark()
        self.field_remark_action.setEnabled(secretariat and can_write)
        self.sheet_remark_action.setEnabled(secretariat and can_write)
        deletable = view is not None and self._deletable(view)
        self.delete_action.setEnabled(deletable)
        # The key stays live while there are remarks to answer, so that it can answer the
        # remark of the field the cursor is in; the button follows the selection.
        self.answer_action.setEnabled(not secretariat and can_write and bool(self._views))
        self.answer_button.setEnabled(not secretariat and can_write and view is not None)
        self.write_button.setEnabled(secretariat and can_write)
        self.sheet_button.setEnabled(secretariat and can_write)
        self.delete_button.setEnabled(deletable)

    def _write(self, path: str, where: str) -> None:
        if not self.writes_remarks():
            return
        draft = self._draft_for(field=path)
        store, sheet_id = self._store, self._sheet_id
        dialog = RemarkDialog(
            where,
            self,
            text=draft.text if draft else "",
            save=lambda text: store.add_remark(sheet_id, text, field=path, label=where),
            reload=self._reload_under_dialog,
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            text, remark, refused = dialog.remark(), dialog.saved, dialog.refused
        finally:
            dialog.deleteLater()
        self._after_dialog(accepted, refused, Draft(sheet_id, text, field=path))
        if isinstance(remark, Remark):
            self.select_remark(remark.id)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        view = item.data(0, REMARK_ROLE)
        if view is not None and view.remark.field:
            self.remark_activated.emit(view.remark.field)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        menu = QMenu(self)
        if item is not None:
            self.tree.setCurrentItem(item)
            if item.data(0, REMARK_ROLE).remark.field:
                go = menu.addAction(translate("remarks_panel", "Gå til feltet"))
                go.triggered.connect(lambda: self._activate(item))
        if self._role == "secretariat":
            menu.addAction(self.sheet_remark_action)
            menu.addAction(self.delete_action)
        elif item is not None:
            menu.addAction(self.answer_action)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
