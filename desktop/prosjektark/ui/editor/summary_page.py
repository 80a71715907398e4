"""The summary step: content set by others (status, decision route, goal score) on top,
then completeness per step, each line a button that jumps there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from prosjektark.domain.form import Step
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate


class SummaryView(QWidget):
    step_requested = Signal(str)

    def __init__(self, steps: list[Step], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summaryView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # What the user comes here for (status, who decides) first; the page is long.
        self.content_host = QWidget(self)
        self.content_host.setObjectName("summaryContent")
        self.content_layout = QVBoxLayout(self.content_host)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content_host)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(8)
        layout.addWidget(line)
        layout.addSpacing(8)
        heading = QLabel(translate("summary_page", "Utfylling per steg"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        self.details: dict[str, QLabel] = {}
        for number, step in enumerate(steps, start=1):
            button = QPushButton(self)
            button.setObjectName(f"summary:{step.id}")
            button.setFlat(True)
            button.setStyleSheet("QPushButton { text-align: left; padding: 4px 6px; }")
            button.clicked.connect(lambda _=False, s=step.id: self.step_requested.emit(s))
            button.setProperty("stepTitle", f"{number}. {step.title}")
            detail = QLabel(self)
            detail.setWordWrap(True)
            theme.set_style(detail, "color: $muted_text; margin-left: 14px;")
            layout.addWidget(button)
            layout.addWidget(detail)
            self.buttons[step.id] = button
            self.details[step.id] = detail

    def set_missing(self, step_id: str, missing: list[str], has_required: bool) -> None:
        button = self.buttons.get(step_id)
        if button is None:
            return
        title = button.property("stepTitle")
        if missing:
            status = translate("summary_page", "{count} mangler").format(count=len(missing))
        elif has_required:
            status = translate("summary_page", "✓ alt påkrevd er fylt ut")
        else:
            status = translate("summary_page", "valgfritt (ingen påkrevde felt)")
        button.setText(f"{title} — {status}")
        button.setAccessibleName(
            translate("summary_page", "Gå til {step}: {status}").format(step=title, status=status)
        )
        detail = self.details[step_id]
        detail.setText(
            translate("summary_page", "Mangler: {fields}").format(fields="; ".join(missing))
            if missing
            else ""
        )
        detail.setVisible(bool(missing))

    def set_content(self, widget: QWidget) -> None:
        while self.content_layout.count():
            old = self.content_layout.takeAt(0).widget()
            if old is not None and old is not widget:
                old.setParent(None)
        self.content_layout.addWidget(widget)
