"""The secretariat's workspaces, the signing dialogs, the remarks panel, the intake dialogs
and the price-index dialog in nynorsk and English (issue 14): each is opened the way a user
meets it, every text its widgets show is collected (labels, buttons, actions, titles,
placeholders, tooltips, headings of tables, list items, wizard pages), and none of them may
be a bokmål text of our catalogue that has a translation of its own, whole or with its
placeholders filled in. A few known translations must show, so that a missing catalogue
fails too."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
    QWizard,
)

from prosjektark import i18n, paths
from prosjektark.domain.caseflow import Actor
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.portfolio import new_scenario
from prosjektark.domain.sheet import Acknowledgement, FundingLine, Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.qt_translations import remove_translations, use_ui_language

PROFILE = "miljopakken"
WG = Actor("Kari Arbeidsgruppe", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
D = Decimal


# ---------------------------------------------------------------------------- catalogue


def _pairs(language: str) -> list[tuple[str, str, str]]:
    """(context, bokmål source, translation) of every finished message."""
    root = ElementTree.parse(str(paths.resource("translations", f"prosjektark_{language}.ts")))
    found = []
    for context in root.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", translation.text or ""))
    return found


def _pattern(text: str) -> re.Pattern[str] | None:
    """A text with {placeholders} as a pattern its filled-in forms match; None when the
    words around the placeholders are too few to tell anything."""
    parts = re.split(r"\{[^{}]*\}", text)
    if len(parts) == 1 or sum(c.isalpha() for c in "".join(parts)) < 6:
        return None
    return re.compile("(.+?)".join(re.escape(p) for p in parts), re.DOTALL)


class Untranslated:
    """Tells whether a shown text is bokmål that should have been translated."""

    def __init__(self, language: str) -> None:
        pairs = _pairs(language)
        translations = {t for _c, _s, t in pairs}
        self.translations = translations
        # A text that is a translation somewhere is no sign of a missing one.
        self.sources = {s for _c, s, t in pairs if t != s and s not in translations}
        self.patterns = [
            (s, p) for s in self.sources if "{" in s and (p := _pattern(s)) is not None
        ]
        self.translated_patterns = [p for t in translations if (p := _pattern(t)) is not None]

    def __call__(self, text: str) -> str | None:
        """The bokmål source `text` shows untranslated, or None."""
        if not text or text in self.translations:
            return None
        if text in self.sources:
            return text
        for source, pattern in self.patterns:
            if pattern.fullmatch(text) and not any(
                p.fullmatch(text) for p in self.translated_patterns
            ):
                return source
        return None


# ---------------------------------------------------------------------------- widget texts


def _model_texts(model, limit: int = 40) -> Iterable[str]:
    try:
        columns = model.columnCount(QModelIndex())
        rows = model.rowCount(QModelIndex())
    except (AttributeError, TypeError):  # none, or Qt's own (a combo box's popup list)
        return
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    for row in range(min(rows, limit)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def widget_texts(top: QWidget) -> list[str]:
    """Every text `top` and its children show or say."""
    texts: list[str] = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += list(_model_texts(widget.model()))
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                texts += [page.title(), page.subTitle(), *widget_texts(page)]
            for button in (
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.CancelButton,
                QWizard.WizardButton.FinishButton,
            ):
                texts.append(widget.buttonText(button))
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
    return [t for t in texts if t]


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(params=["nn", "en"])
def language(request, qapp):
    use_ui_language(qapp, request.param)
    yield request.param
    remove_translations(qapp)
    i18n.set_language("nb")


@pytest.fixture
def in_language(catalog, language):
    """The catalog with its data (profiles, state names) in the UI's language."""
    return catalog.in_language(language)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    opened.actor = lambda: SEC
    yield opened
    opened.close()


def _deliver(store: Store, catalog, title: str, lines, **cost) -> Sheet:
    """A delivered, signed revision moved on into a state the portfolio takes in."""
    from prosjektark.domain.rules import check_sheet

    base = next(s for s in example_sheets(catalog) if s.profile == PROFILE)
    sheet = base.model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.is_example = False
    sheet.revision = 0
    sheet.identification.title = title
    sheet.funding.lines = [FundingLine(year=y, source=s, amount_mnok=D(a)) for y, s, a in lines]
    for key, value in cost.items():
        setattr(sheet.cost, key, value)
    sheet.acknowledgements = [
        Acknowledgement(code=f.code, field=f.field, comment="Kjent.", by="Kari", at=sheet.modified)
        for f in check_sheet(sheet, catalog)
        if f.severity == "warning"
    ]
    review = catalog.profile(PROFILE).review
    stored = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.receive_revision(sheet.id, stored, WG, review, "pakke")
    if review.received != "til_vurdering":
        store.change_review_state(sheet.id, "til_vurdering", review)
    return sheet


@pytest.fixture
def delivered(store, catalog):
    sheets = [
        _deliver(store, catalog, "Sykkelveg Lade", [(2027, "bompenger", "10")]),
        _deliver(
            store,
            catalog,
            "Holdeplass Melhus",
            [(2027, "statlig", "30"), (2028, "bompenger", "4")],
            price_year=2024,  # cannot be compared: the «Forhold» column says why
        ),
    ]
    store.set_frames(PROFILE, [FrameLine(2027, "statlig", "", D("10"))], expected_version=0)
    return sheets


@pytest.fixture(scope="module")
def identity(tmp_path_factory):
    from prosjektark.signing.identity import create_identity

    return create_identity(
        "Kåre Øvrebø",
        "kare@example.no",
        "Trondheim kommune",
        "kaffe sykkel fjord lampe",
        tmp_path_factory.mktemp("identitet"),
    )


def check(texts: list[str], language: str, known: Iterable[str]) -> None:
    untranslated = Untranslated(language)
    shown = [(text, untranslated(text)) for text in texts]
    assert [(t, s) for t, s in shown if s is not None] == []
    missing = [k for k in known if not any(k in t for t in texts)]
    assert missing == [], f"expected translated texts not shown: {missing}"


KNOWN = {
    "portfolio": {"nn": ["Heile programmet", "Kjelde"], "en": ["Whole programme", "Source"]},
    "intake": {"nn": ["Innkomne prosjektark", "Dagar"], "en": ["Incoming project sheets"]},
    "signing": {"nn": ["Vel mappe", "Førenamn Etternamn"], "en": ["Choose folder", "Passphrase"]},
    "remarks": {
        "nn": ["Heile arket", "Utkast, ikkje sendt"],
        "en": ["Whole sheet", "Draft, not sent"],
    },
    "dialogs": {"nn": ["Pakkar:", "Prisindeks per år"], "en": ["Packages:", "Price index"]},
}


# ---------------------------------------------------------------------------- the tests


def test_the_portfolio_and_its_dialogs(qtbot, store, in_language, delivered, language):
    from prosjektark.ui.secretariat.compare_dialog import CompareDialog
    from prosjektark.ui.secretariat.frames_dialog import FramesDialog
    from prosjektark.ui.secretariat.portfolio_page import (
        ChangesDialog,
        PortfolioPage,
        ReasonDialog,
    )

    page = PortfolioPage(store, in_language)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.reload()
    page.profile_box.setCurrentIndex(page.profile_box.findData(PROFILE))
    assert page.profile is not None and page.profile.id == PROFILE
    page.set_grouping("action_area")
    assert page.save_as("Vår")
    page.set_included(delivered[0].id, False, "Venter")
    assert page.save()
    texts = widget_texts(page)
    texts.append(page.balance_model.headerData(0, Qt.Orientation.Horizontal))
    texts.append(page.proposal_problem())

    profile = in_language.profile(PROFILE)
    first = store.scenarios(PROFILE)[0]
    second = replace(
        new_scenario("Høst", profile, page.model.latest_items().values()), id=uuid.uuid4()
    )
    store.create_scenario(second)
    dialogs = [
        ReasonDialog("Sykkelveg Lade"),
        ChangesDialog(store, first),
        CompareDialog(
            store,
            in_language,
            profile,
            [first, second],
            page.model.latest_items(),
            store.frames(PROFILE),
        ),
        FramesDialog(store, profile),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts += widget_texts(dialog)
    check(texts, language, KNOWN["portfolio"][language])


def test_the_intake_list_and_the_change_of_state(qtbot, store, in_language, delivered, language):
    from prosjektark.ui.secretariat.intake_page import IntakePage
    from prosjektark.ui.secretariat.review_dialog import ChangeStateDialog

    review = in_language.profile(PROFILE).review
    page = IntakePage(store, lambda pid: in_language.profile(pid).review)
    qtbot.addWidget(page)
    page.reload()
    page.arrivals.show_arrivals(Path("innkomne"), 2, "")
    texts = widget_texts(page)
    page.set_grouping("working_group")
    texts += widget_texts(page)
    page.arrivals.show_arrivals(None, 0, "")
    texts += widget_texts(page.arrivals)
    dialog = ChangeStateDialog(review, "", "Sykkelveg Lade")
    qtbot.addWidget(dialog)
    texts += widget_texts(dialog)
    check(texts, language, KNOWN["intake"][language])


def test_the_signing_dialogs(qtbot, store, catalog, identity, tmp_path, language):
    from prosjektark.exchange.package_reader import VerificationResult
    from prosjektark.signing.identity import certificate_pem
    from prosjektark.ui.signing.batch_export import ExportReport
    from prosjektark.ui.signing.export_dialog import ExportDialog
    from prosjektark.ui.signing.identity_wizard import IdentityWizard, MyIdentityDialog
    from prosjektark.ui.signing.outbox_dialog import OutboxDialog, SheetPickerDialog
    from prosjektark.ui.signing.passphrase_dialog import ChangePassphraseDialog, PassphraseDialog
    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    sheet = example_sheets(catalog)[0]
    store.create(sheet)
    (tmp_path / "ut").mkdir()
    package = tmp_path / "ut" / "sykkelveg_r2.asice"
    package.write_bytes(b"pakke")
    store.add_outbox_entry(sheet.id, 2, "Sykkelveg", package)
    store.add_outbox_entry(uuid.uuid4(), 3, "Borte", tmp_path / "ut" / "borte_r3.asice")
    trust = tmp_path / "kare.pem"
    trust.write_bytes(certificate_pem(identity.certificate))

    wizard = IdentityWizard(tmp_path / "ny", sheet=sheet)
    verify = VerifyDialog(package=package, trust=trust)
    dialogs = [
        ExportDialog("Sykkelveg", tmp_path, signing_problem="–"),
        ExportDialog("", tmp_path),
        wizard,
        MyIdentityDialog(tmp_path / "ingen"),
        MyIdentityDialog(identity.path.parent),
        PassphraseDialog(identity.path),
        ChangePassphraseDialog(identity),
        OutboxDialog(store, catalog, lambda: None, tmp_path),
        SheetPickerDialog(store.list_summaries()),
        verify,
    ]
    texts: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts += widget_texts(dialog)
    verify.show_result(VerificationResult(valid=False, unreadable=True, reasons=["x"]))
    texts += widget_texts(verify)
    report = ExportReport(written=[("Sykkelveg", [package])], cancelled=True)
    report.failed.append(("Borte", "feil"))
    texts.append(report.summary())
    check(texts, language, KNOWN["signing"][language])


def test_the_remarks_panel_and_its_dialogs(qtbot, tmp_path, language):
    from prosjektark.domain.sheet import Identification
    from prosjektark.ui.remarks_panel import AnswerDialog, RemarkDialog, RemarksPanel

    folder = tmp_path / "sekretariat"
    folder.mkdir()
    with Store.open(folder / "db.sqlite3", folder / "vedlegg") as sec:
        sec.actor = lambda: SEC
        sheet = Sheet(profile="miljoloftet", identification=Identification(title="Kollektivfelt"))
        sec.create(sheet)
        sec.save_version(sheet, note="pakke", record=False)
        sent = sec.add_remark(sheet.id, "Mangler kart.", field="")
        sec.mark_remarks_sent(sheet.id, [sent.id], "1 merknad")
        sec.add_remark(sheet.id, "Utkast.", field="description.purpose")
        texts: list[str] = []
        for role in ("secretariat", "working_group"):
            panel = RemarksPanel()
            qtbot.addWidget(panel)
            panel.set_store(sec)
            panel.show_sheet(sheet.id, role, revision=1)
            panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
            texts += widget_texts(panel)
        sec.add_answer(sent.id, "fixed", "", 2)
        panel = RemarksPanel()
        qtbot.addWidget(panel)
        panel.set_store(sec)
        panel.show_sheet(sheet.id, "secretariat", revision=1)
        texts += widget_texts(panel)
        view = next(v for v in panel.views() if v.answered)
        for dialog in (RemarkDialog(panel.label_of("")), AnswerDialog(view, "Formål", 2)):
            qtbot.addWidget(dialog)
            texts += widget_texts(dialog)
    check(texts, language, KNOWN["remarks"][language])


def test_the_intake_and_price_index_dialogs(qtbot, store, catalog, tmp_path, language):
    from prosjektark.ui.intake_dialogs import ImportPackagesDialog, ImportReport
    from prosjektark.ui.price_index_dialog import PriceIndexDialog

    dialog = ImportPackagesDialog(store, catalog, packages=[tmp_path / "a.asice"])
    qtbot.addWidget(dialog)
    texts = widget_texts(dialog)
    dialog.show_report(ImportReport(not_started=[tmp_path / "a.asice"], cancelled=True))
    texts += widget_texts(dialog)
    profiles = list(catalog.in_language(language).profiles.values())
    prices = PriceIndexDialog(profiles, tmp_path, PROFILE)
    qtbot.addWidget(prices)
    prices.add_year()
    texts += widget_texts(prices)
    check(texts, language, KNOWN["dialogs"][language])
