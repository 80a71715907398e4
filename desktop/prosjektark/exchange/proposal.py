"""The proposed action programme («Forslag til handlingsprogram 2027–2030») from one scenario.

Issue 11: «Export the chosen scenario as a PDF with per-year balance tables against the
frames, the ranked list per action area, and the sheets left out with the reason
recorded; and an Excel workbook with the same content as numbers. Both are signed with
the secretariat's identity, like every other package.»

`proposal_content` works out everything once (the balance with domain.scenario, the
ranked rows, the sheets left out, what has changed since the scenario was made, the
reassessment list), so the PDF and the workbook cannot disagree. A scenario is one
programme: an item of another programme is refused, and nothing is summed across
programmes.

Signed, the proposal is three files: the PDF, PAdES-signed with the identity; the
workbook; and an ASiC-E package (the container, manifest and detached CAdES signature
of exchange/package.py, as the remarks package uses them) holding both, in this order:
    mimetype              application/vnd.etsi.asic-e+zip, stored
    forslag.pdf           the signed PDF
    forslag.xlsx          the workbook
    META-INF/ASiCManifest.xml, META-INF/signature.p7s
It verifies with `verify_package(path, trust, layout=PROPOSAL_LAYOUT)` and with
`openssl cms -verify` like a sheet package. Without an identity the PDF and the workbook
are written unsigned, and the PDF says so on every page.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prosjektark.domain.frames import FrameLine
from prosjektark.domain.nb_format import (
    MINUS,
    MNOK_DECIMALS,
    decimals_shown,
    format_date,
    format_datetime,
    format_mnok,
    format_number,
    rounded,
)
from prosjektark.domain.portfolio import PortfolioItem
from prosjektark.domain.profile import Profile
from prosjektark.domain.scenario import (
    Balance,
    BalanceRow,
    Scenario,
    ScenarioEntry,
    balance_rows,
)
from prosjektark.exchange.export import ExportError
from prosjektark.exchange.package_reader import Layout
from prosjektark.exchange.pdfa import language_tag, to_pdfa
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate, use_language
from prosjektark.i18n import language as current_language

if TYPE_CHECKING:
    from prosjektark.signing.identity import Identity

__all__ = [
    "AREA_SHEET",
    "BALANCE_SHEET",
    "CHANGED_SHEET",
    "LEFT_OUT_SHEET",
    "NO_REASON",
    "PROPOSAL_LAYOUT",
    "PROPOSAL_PDF",
    "PROPOSAL_XLSX",
    "RANKING_SHEET",
    "REASSESS_SHEET",
    "AreaGroup",
    "LeftOutRow",
    "Proposal",
    "RankedRow",
    "ReassessRow",
    "StaleRow",
    "balance_status",
    "build_proposal_package",
    "proposal_content",
    "proposal_stem",
    "proposal_title",
    "render_proposal_pdf",
    "render_proposal_xlsx",
    "write_proposal",
]

PROPOSAL_PDF = "forslag.pdf"
PROPOSAL_XLSX = "forslag.xlsx"
# The reader keeps no JSON of a proposal package: there is none in it.
PROPOSAL_LAYOUT = Layout(
    required=(PROPOSAL_PDF, PROPOSAL_XLSX), json_name="", pdf_name=PROPOSAL_PDF
)

# In bokmål; the documents show them in their language (translate("proposal", …)).
BALANCE_SHEET = QT_TRANSLATE_NOOP("proposal", "Balanse")
RANKING_SHEET = QT_TRANSLATE_NOOP("proposal", "Rangering")
AREA_SHEET = QT_TRANSLATE_NOOP("proposal", "Per tiltaksområde")
LEFT_OUT_SHEET = QT_TRANSLATE_NOOP("proposal", "Utelatt")
CHANGED_SHEET = QT_TRANSLATE_NOOP("proposal", "Endret etter scenarioet")
REASSESS_SHEET = QT_TRANSLATE_NOOP("proposal", "Til ny vurdering")

NO_REASON = QT_TRANSLATE_NOOP("proposal", "(ingen grunn oppgitt)")
NO_AREA = QT_TRANSLATE_NOOP("proposal", "(uten tiltaksområde)")
WHOLE_PROGRAMME = QT_TRANSLATE_NOOP("proposal", "Hele programmet")
ALL_SOURCES = QT_TRANSLATE_NOOP("proposal", "Sum alle kilder")
UNSIGNED = QT_TRANSLATE_NOOP("proposal", "IKKE SIGNERT")
UNSIGNED_NOTE = QT_TRANSLATE_NOOP(
    "proposal",
    "Ikke signert. Denne utgaven er laget uten sekretariatets signeringsidentitet; den er et "
    "arbeidsdokument og ikke et signert forslag.",
)
SIGNED_NOTE = QT_TRANSLATE_NOOP(
    "proposal",
    "Signert med sekretariatets identitet (se signaturfeltet). Excel-arbeidsboken med de "
    "samme tallene ligger sammen med denne PDF-en i en signert pakke (.asice).",
)
CHANGED_HEADING = QT_TRANSLATE_NOOP("proposal", "Endret siden scenarioet ble laget")
REASSESS_HEADING = QT_TRANSLATE_NOOP("proposal", "Til ny vurdering")


# ---------------------------------------------------------------------------- content


@dataclass(frozen=True)
class RankedRow:
    rank: int  # place among the sheets in the proposal, 1 first
    item: PortfolioItem
    entry: ScenarioEntry
    funding: Mapping[int, Decimal]  # per year as the scenario places it (shift applied)
    notes: tuple[str, ...]  # why it cannot be compared fairly, the shift, what changed

    @property
    def funding_total(self) -> Decimal:
        return sum(self.funding.values(), Decimal(0))


@dataclass(frozen=True)
class AreaGroup:
    area: str  # the profile's id ("" none)
    name: str
    rows: tuple[RankedRow, ...]

    @property
    def expected_total(self) -> Decimal:
        return sum((r.item.expected_mnok or Decimal(0) for r in self.rows), Decimal(0))

    def funding_in(self, year: int) -> Decimal:
        return sum((r.funding.get(year, Decimal(0)) for r in self.rows), Decimal(0))

    @property
    def funding_total(self) -> Decimal:
        return sum((r.funding_total for r in self.rows), Decimal(0))


@dataclass(frozen=True)
class LeftOutRow:
    place: int  # place in the scenario's order, 1 first
    sheet_id: uuid.UUID
    revision: int
    title: str
    area_name: str
    phase: str
    expected_mnok: Decimal | None
    funding_total: Decimal | None
    reason: str  # as recorded, or NO_REASON


@dataclass(frozen=True)
class StaleRow:
    sheet_id: uuid.UUID
    revision: int  # the revision the scenario uses
    title: str
    included: bool
    reason: str


@dataclass(frozen=True)
class ReassessRow:
    sheet_id: uuid.UUID
    title: str
    area_name: str
    phase: str
    expected_mnok: Decimal | None
    construction_start: date | None
    included: bool
    reason: str  # the portfolio.inactive finding's message


@dataclass(frozen=True)
class Proposal:
    title: str
    scenario: Scenario
    profile: Profile
    made_at: datetime
    years: tuple[int, ...]  # the funding columns
    balance: tuple[BalanceRow, ...]
    areas: tuple[AreaGroup, ...]
    left_out: tuple[LeftOutRow, ...]
    stale: tuple[StaleRow, ...]
    reassess: tuple[ReassessRow, ...]
    basis: str  # the programme's own words for the reassessment rule, or ""

    @property
    def ranked(self) -> list[RankedRow]:
        return sorted((r for a in self.areas for r in a.rows), key=lambda r: r.rank)

    @property
    def over(self) -> list[BalanceRow]:
        """The frame cells over their frame or used without one (a year's total is said by
        its sources)."""
        return [r for r in self.balance if r.over and r.source]

    @property
    def expected_total(self) -> Decimal:
        return sum((a.expected_total for a in self.areas), Decimal(0))


def proposal_title(profile: Profile) -> str:
    """The programme's words for the proposal, or one made from its period."""
    if profile.portfolio is not None and profile.portfolio.proposal_title:
        return profile.portfolio.proposal_title
    years = profile.years
    if not years:
        return translate("proposal", "Forslag til handlingsprogram")
    return translate("proposal", "Forslag til handlingsprogram {first}–{last}").format(
        first=years[0], last=years[-1]
    )


def balance_status(row: BalanceRow) -> str:
    """The balance of one row in words, so it never rests on colour: «innenfor», «over
    med 3,2», «over: ingen ramme»."""
    left = row.left
    if row.frame is None:
        if not row.source:
            return translate("proposal", "ingen samlet ramme")
        if row.used:
            return translate("proposal", "over: ingen ramme")
        return translate("proposal", "ingen ramme")
    assert left is not None
    if left < 0:
        return translate("proposal", "over med {amount}").format(
            amount=format_mnok(-left, unit=False)
        )
    if left == 0:
        return translate("proposal", "i balanse")
    return translate("proposal", "innenfor")


def _shifted(item: PortfolioItem, shift: int) -> dict[int, Decimal]:
    out: dict[int, Decimal] = {}
    for (year, _source), amount in item.funding.amounts.items():
        out[year + shift] = out.get(year + shift, Decimal(0)) + amount
    return out


def _shift_text(shift: int) -> str:
    if shift > 0:
        text = translate("proposal", "Finansieringen er flyttet {years} år senere.")
    else:
        text = translate("proposal", "Finansieringen er flyttet {years} år tidligere.")
    return text.format(years=abs(shift))


def proposal_content(
    scenario: Scenario,
    items: Mapping[uuid.UUID, PortfolioItem],
    frames: Sequence[FrameLine],
    profile: Profile,
    *,
    stale: Mapping[uuid.UUID, str] | None = None,
    reassess: Sequence[PortfolioItem] | None = None,
    made_at: datetime | None = None,
) -> Proposal:
    """Everything the proposal shows. `items` are the scenario's sheets at the revisions it
    names (exchange.portfolio_items.scenario_items); `stale` what has happened to them
    since (domain.portfolio.stale_entries); `reassess` the reassessment list (default:
    the scenario's sheets with a portfolio.inactive finding). Raises ValueError when a
    scenario, item or profile belongs to another programme."""
    if scenario.profile != profile.id:
        raise ValueError(
            translate(
                "proposal", "Scenarioet «{scenario}» hører til {profile}, ikke {other}."
            ).format(scenario=scenario.name, profile=scenario.profile, other=profile.id)
        )
    foreign = [i.title for i in items.values() if i.profile != profile.id]
    if foreign:
        raise ValueError(
            translate(
                "proposal",
                "Et forslag gjelder ett program; disse arkene hører til et annet: {titles}",
            ).format(titles=", ".join(f"«{t}»" for t in foreign))
        )
    stale = dict(stale or {})
    funding = {sheet_id: item.funding for sheet_id, item in items.items()}
    balance = Balance.of(frames, scenario, funding)
    rows = balance_rows(balance, [s.id for s in profile.funding_sources])
    years = sorted(set(profile.years) | {r.year for r in rows})

    ranked: list[RankedRow] = []
    left_out: list[LeftOutRow] = []
    for place, entry in enumerate(scenario.entries, start=1):
        item = items.get(entry.sheet_id)
        if item is None:
            continue  # not in the store at that revision: the changed list names it
        if not entry.included:
            left_out.append(
                LeftOutRow(
                    place,
                    entry.sheet_id,
                    entry.revision,
                    item.title,
                    _area_name(profile, item.action_area),
                    item.phase,
                    item.expected_mnok,
                    item.funding_total,
                    entry.reason.strip() or translate("proposal", NO_REASON),
                )
            )
            continue
        notes = [f.text for f in item.flags]
        if entry.shift_years:
            notes.append(_shift_text(entry.shift_years))
        if entry.sheet_id in stale:
            notes.append(stale[entry.sheet_id])
        if item.reassess:
            notes.append(
                translate("proposal", "Skal vurderes på nytt (se «{heading}»).").format(
                    heading=translate("proposal", REASSESS_HEADING)
                )
            )
        if entry.reason.strip():
            notes.append(
                translate("proposal", "Merknad: {remark}").format(remark=entry.reason.strip())
            )
        ranked.append(
            RankedRow(
                len(ranked) + 1,
                item,
                entry,
                _shifted(item, entry.shift_years),
                tuple(notes),
            )
        )

    order = {a.id: n for n, a in enumerate(profile.action_areas)}
    by_area: dict[str, list[RankedRow]] = {}
    for row in ranked:
        by_area.setdefault(row.item.action_area, []).append(row)
    areas = tuple(
        AreaGroup(area, _area_name(profile, area), tuple(rows_))
        for area, rows_ in sorted(
            by_area.items(), key=lambda kv: (kv[0] not in order, order.get(kv[0], 0), kv[0])
        )
    )

    changed = []
    for entry in scenario.entries:
        if entry.sheet_id in stale:
            item = items.get(entry.sheet_id)
            title = (
                item.title
                if item
                else translate("proposal", "(ark {id})").format(id=entry.sheet_id)
            )
            changed.append(
                StaleRow(
                    entry.sheet_id, entry.revision, title, entry.included, stale[entry.sheet_id]
                )
            )

    if reassess is None:
        reassess = [items[e.sheet_id] for e in scenario.entries if e.sheet_id in items]
    included = {e.sheet_id for e in scenario.entries if e.included}
    again = tuple(
        ReassessRow(
            i.sheet_id,
            i.title,
            _area_name(profile, i.action_area),
            i.phase,
            i.expected_mnok,
            i.construction_start,
            i.sheet_id in included,
            i.reassess,
        )
        for i in reassess
        if i.reassess and i.profile == profile.id
    )
    source = profile.rule_source("portfolio.inactive")
    basis = f"«{source.text}» ({source.document})" if source is not None else ""
    return Proposal(
        title=proposal_title(profile),
        scenario=scenario,
        profile=profile,
        made_at=made_at or datetime.now(UTC),
        years=tuple(years),
        balance=tuple(rows),
        areas=areas,
        left_out=tuple(left_out),
        stale=tuple(changed),
        reassess=again,
        basis=basis,
    )


def _area_name(profile: Profile, area: str) -> str:
    return profile.action_area_name(area) if area else translate("proposal", NO_AREA)


def _year_columns(proposal: Proposal) -> list[tuple[str, tuple[int, ...]]]:
    """The PDF's funding columns: each year of the programme period, and the years before
    and after it (money delivered outside the period, or shifted past it) summed in one
    column each. One column per year pushed «Merknader» off the landscape page once a
    portfolio reached a few years beyond the period; the workbook keeps every year."""
    period = proposal.profile.years
    if not period:
        return [(str(y), (y,)) for y in proposal.years]
    before = tuple(y for y in proposal.years if y < period[0])
    after = tuple(y for y in proposal.years if y > period[-1])
    columns = (
        [(translate("proposal", "Før {year}").format(year=period[0]), before)] if before else []
    )
    columns += [(str(y), (y,)) for y in proposal.years if period[0] <= y <= period[-1]]
    if after:
        columns.append((translate("proposal", "Etter {year}").format(year=period[-1]), after))
    return columns


def _source_name(profile: Profile, row: BalanceRow) -> str:
    return (
        profile.funding_source_name(row.source)
        if row.source
        else translate("proposal", ALL_SOURCES)
    )


def _party_name(row: BalanceRow) -> str:
    return row.party or translate("proposal", WHOLE_PROGRAMME)


def _over_lines(proposal: Proposal) -> list[str]:
    """The balance in words for the title page: one line, or a lead and one line for each
    frame cell that is over (never colour alone)."""
    over = proposal.over
    if not proposal.balance:
        return [
            translate(
                "proposal",
                "Programmet har ingen rammer registrert, og ingen av tiltakene bruker midler.",
            )
        ]
    if not over:
        return [translate("proposal", "Forslaget holder seg innenfor alle rammene.")]
    lines = []
    for row in over:
        where = f"{row.year}, {_source_name(proposal.profile, row).lower()}"
        if row.party:
            where += f", {row.party}"
        if row.frame is None:
            text = translate("proposal", "• {where}: {amount} brukt uten ramme").format(
                where=where, amount=format_mnok(row.used)
            )
        else:
            assert row.left is not None
            text = translate("proposal", "• {where}: over med {amount}").format(
                where=where, amount=format_mnok(-row.left)
            )
        lines.append(text)
    count = len(over)
    if count == 1:
        head = translate("proposal", "Én ramme er overskredet:")
    else:
        head = translate("proposal", "{count} rammer er overskredet:").format(count=count)
    return [head, *lines]


# ---------------------------------------------------------------------------- PDF


def render_proposal_pdf(proposal: Proposal, *, signed: bool) -> bytes:
    """The proposal as a PDF: a portrait title page with the balance per year, then the
    ranked list per action area, the sheets left out, what has changed and the
    reassessment list on landscape pages. `signed`: keep the signature box free on page 1
    (the caller signs it); otherwise every page says IKKE SIGNERT.

    Raises pdf.UnprintableTextError, naming each character and where it is, when any
    text holds a character the embedded font cannot draw (nothing is replaced)."""
    pdf = _PdfProposal(proposal, signed).render()
    # PDF/A-2b, as public case archives take it; signing keeps it so.
    return to_pdfa(
        pdf,
        title=translate("proposal", "{title}: {scenario}").format(
            title=proposal.title, scenario=proposal.scenario.name
        ),
        author=proposal.profile.name,
    )


class _PdfProposal:
    def __init__(self, proposal: Proposal, signed: bool) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from prosjektark.exchange import pdf

        self.pdf = pdf
        self.p = proposal
        self.signed = signed
        s = pdf._styles()
        self.s = s
        # The ranked table has many columns: a smaller face keeps a title on two lines.
        self.small = ParagraphStyle("prop_small", parent=s.cell, fontSize=7.4, leading=9.2)
        self.small_num = ParagraphStyle(
            "prop_small_num", parent=s.cell_num, fontSize=7.4, leading=9.2
        )
        self.small_bold = ParagraphStyle(
            "prop_small_bold", parent=self.small, fontName=s.cell_bold.fontName
        )
        self.small_num_bold = ParagraphStyle(
            "prop_small_num_bold", parent=self.small_num, fontName=s.cell_bold.fontName
        )
        self.small_head = ParagraphStyle(
            "prop_small_head", parent=s.head, fontSize=7.2, leading=8.8
        )
        self.small_head_num = ParagraphStyle(
            "prop_small_head_num", parent=s.head_num, fontSize=7.2, leading=8.8
        )
        # Where the text being laid out is, for UnprintableTextError: the part and its
        # sub-heading («Rangerte tiltak per tiltaksområde – Sykkel (4 tiltak)»).
        self._part = self.section = translate("proposal", "Forside")
        self.over_style = ParagraphStyle(
            "prop_over",
            parent=s.cell_bold,
            textColor=pdf.SEVERITY_COLOURS["error"],
        )
        self.story: list[Any] = []

    # -------------------------------------------------------------- layout helpers

    @property
    def portrait_width(self) -> float:
        return self.pdf.FRAME_WIDTH

    @property
    def wide_width(self) -> float:
        from reportlab.lib.pagesizes import A4, landscape

        return landscape(A4)[0] - 2 * _WIDE_MARGIN

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        width: float,
        flexible: Mapping[int, float],
        *,
        numeric: Sequence[int] = (),
        total_rows: Sequence[int] = (),
        small: bool = False,
        styled: Mapping[tuple[int, int], Any] | None = None,
    ):
        """A table `width` points wide whose header repeats on each page. Each column is
        as wide as its longest cell and its longest heading word (no word is broken);
        the `flexible` columns (index: share) wrap and share what is left. `total_rows`
        (indexes into `rows`) are bold with a rule above; `styled` gives a cell its own
        paragraph style."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import TableStyle

        pdf = self.pdf
        cell, num = (self.small, self.small_num) if small else (self.s.cell, self.s.cell_num)
        bold, num_bold = (
            (self.small_bold, self.small_num_bold)
            if small
            else (self.s.cell_bold, self.s.cell_num_bold)
        )
        head, head_num = (
            (self.small_head, self.small_head_num) if small else (self.s.head, self.s.head_num)
        )

        def measure(text: str, style: Any) -> float:
            return stringWidth(text, style.fontName, style.fontSize)

        widths: list[float] = []
        for c, title in enumerate(header):
            if c in flexible:
                widths.append(0.0)
                continue
            words = max((measure(w, head) for w in title.split()), default=0.0)
            cells = max((measure(str(r[c] or ""), bold) for r in rows), default=0.0)
            widths.append(max(words, cells) + 9)
        rest = max(width - sum(widths), 40.0 * len(flexible))
        share = sum(flexible.values()) or 1.0
        for c, weight in flexible.items():
            widths[c] = rest * weight / share
        inner = [w - 8 for w in widths]
        styled = styled or {}
        data = [
            [
                pdf._cell(h, head_num if i in numeric else head, inner[i])
                for i, h in enumerate(header)
            ]
        ]
        for r, row in enumerate(rows):
            is_total = r in total_rows
            line = []
            for c, value in enumerate(row):
                text = "" if value is None else str(value)
                style = styled.get((r, c)) or (
                    (num_bold if is_total else num)
                    if c in numeric
                    else (bold if is_total else cell)
                )
                place = translate("proposal", "{section}: {column}, rad {row}").format(
                    section=self.section, column=header[c], row=r + 1
                )
                with pdf._at(place):
                    line.append(pdf._cell(text, style, inner[c]))
            data.append(line)
        table = pdf._Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, pdf.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for r in total_rows:
            commands += [
                ("BACKGROUND", (0, r + 1), (-1, r + 1), pdf.TOTAL_BG),
                ("LINEABOVE", (0, r + 1), (-1, r + 1), 0.8, pdf.ACCENT),
            ]
        table.setStyle(TableStyle(commands))
        return table

    def heading(self, text: str, key: str, level: str = "h1") -> None:
        from reportlab.platypus import CondPageBreak

        # A heading never ends a page alone: it moves on with the first rows of its table.
        self.story.append(CondPageBreak(110 if level == "h1" else 75))
        self.story.append(self.pdf._heading(text, getattr(self.s, level), key))
        if level == "h1":
            self._part = text
        self.section = text if level == "h1" else f"{self._part} – {text}"

    def note(self, text: str) -> None:
        with self.pdf._at(self.section):
            self.story.append(self.pdf._p(text, self.s.note))

    # -------------------------------------------------------------- sections

    def render(self) -> bytes:
        from reportlab.platypus import NextPageTemplate, PageBreak

        with self.pdf._refusing_unprintable():
            self.title_block()
            self.balance_section()
            self.story += [NextPageTemplate("wide"), PageBreak()]
            self.ranked_section()
            self.left_out_section()
            self.changed_section()
            self.reassess_section()
        return self.document()

    def title_block(self) -> None:
        from reportlab.platypus import Spacer, TableStyle

        pdf, p, s = self.pdf, self.p, self.s
        scenario = p.scenario
        kicker = " · ".join(x for x in (p.profile.name, p.profile.programme) if x)
        included = sum(len(a.rows) for a in p.areas)
        if not scenario.version:
            version = translate("proposal", "ikke lagret")
        elif scenario.modified_at is None:
            version = str(scenario.version)
        elif scenario.modified_by:
            version = translate("proposal", "{version}, sist endret {when} av {who}").format(
                version=scenario.version,
                when=format_datetime(scenario.modified_at),
                who=scenario.modified_by,
            )
        else:
            version = translate("proposal", "{version}, sist endret {when}").format(
                version=scenario.version, when=format_datetime(scenario.modified_at)
            )
        price = (
            translate("proposal", "MNOK i {year}-kroner").format(year=p.profile.price_year)
            if p.profile.price_year
            else "MNOK"
        )
        meta = [
            (translate("proposal", "Versjon"), version),
            (
                translate("proposal", "Tiltak med"),
                translate("proposal", "{included} av {count}").format(
                    included=included, count=len(scenario.entries)
                ),
            ),
            (translate("proposal", "Utelatt"), str(len(p.left_out))),
            (
                translate("proposal", "Forventet kostnad"),
                translate("proposal", "{amount} for tiltakene som er med").format(
                    amount=format_mnok(p.expected_total)
                ),
            ),
            (translate("proposal", "Beløp"), price),
            (
                translate("proposal", "Signatur"),
                translate("proposal", "Signert (se signaturfeltet)")
                if self.signed
                else translate("proposal", "Ikke signert"),
            ),
        ]
        left_width = self.portrait_width
        if self.signed:
            box = pdf.SIGNATURE_BOX
            left_width -= (pdf.PAGE_WIDTH - pdf.MARGIN_RIGHT - box[1]) + pdf._SIG_GAP
        rows = []
        for k, v in meta:
            with pdf._at(k):
                rows.append(
                    [pdf._cell(k, s.small, 88 - 4), pdf._cell(v or "–", s.cell, left_width - 92)]
                )
        meta_table = pdf._Table(rows, colWidths=[88, left_width - 88], hAlign="LEFT")
        meta_table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        with pdf._at(translate("proposal", "Scenario")):
            name = pdf._p(scenario.name, s.h2)
        left = [
            pdf._p(kicker.upper() or translate("proposal", "PROSJEKTARK"), s.kicker),
            pdf._p(p.title, s.title),
            name,
            pdf._p(format_date(p.made_at.astimezone().date()), s.body),
            Spacer(1, 6),
            meta_table,
        ]
        if self.signed:
            right = self.portrait_width - left_width
            height = pdf.SIGNATURE_BOX[4] - pdf.SIGNATURE_BOX[2] + 14
            block = pdf._Table(
                [[left, Spacer(right, height)]], colWidths=[left_width, right], hAlign="LEFT"
            )
        else:
            block = pdf._Table([[left]], colWidths=[left_width], hAlign="LEFT")
        block.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LINEBELOW", (0, 0), (-1, -1), 1.2, pdf.ACCENT),
                ]
            )
        )
        self.story += [block, Spacer(1, 6)]
        note = SIGNED_NOTE if self.signed else UNSIGNED_NOTE
        self.story.append(pdf._p(translate("proposal", note), s.note))
        for line in _over_lines(p):
            self.story.append(pdf._p(line, s.body))
        self.story.append(Spacer(1, 4))
        if p.stale:
            count = len(p.stale)
            if count == 1:
                text = translate(
                    "proposal",
                    "Siden scenarioet ble laget, er ett ark trukket, levert på nytt eller borte. "
                    "Forslaget viser tallene scenarioet bygger på; se «{heading}».",
                )
            else:
                text = translate(
                    "proposal",
                    "Siden scenarioet ble laget, er {count} ark trukket, levert på nytt eller "
                    "borte. Forslaget viser tallene scenarioet bygger på; se «{heading}».",
                )
            heading = translate("proposal", CHANGED_HEADING)
            self.story.append(pdf._p(text.format(count=count, heading=heading), s.body))

    def balance_section(self) -> None:
        p = self.p
        self.heading(translate("proposal", "Balanse mot rammene per år"), "balance")
        self.note(
            translate(
                "proposal",
                "Rammen er pengene programmet har til rådighet; brukt er summen av finansieringen "
                "til tiltakene som er med, i årene scenarioet legger den i. Igjen er ramme minus "
                "brukt: et negativt tall betyr over rammen, og statusen sier det også med ord.",
            )
        )
        if not p.balance:
            self.story.append(
                self.pdf._p(
                    translate("proposal", "Ingen rammer og ingen finansiering å vise."),
                    self.s.empty,
                )
            )
            return
        for year in sorted({r.year for r in p.balance}):
            rows, totals, styled = [], [], {}
            for row in (r for r in p.balance if r.year == year):
                index = len(rows)
                if not row.source:
                    totals.append(index)
                status = balance_status(row)
                if row.over and (row.source or row.frame is not None):
                    styled[(index, 5)] = self.over_style
                rows.append(
                    [
                        _source_name(p.profile, row),
                        _party_name(row),
                        _mnok(row.frame),
                        _mnok(row.used),
                        _mnok(row.left),
                        status,
                    ]
                )
            self.heading(str(year), f"balance-{year}", "h2")
            self.story.append(
                self.table(
                    [
                        translate("proposal", "Kilde"),
                        translate("proposal", "Part"),
                        translate("proposal", "Ramme"),
                        translate("proposal", "Brukt"),
                        translate("proposal", "Igjen"),
                        translate("proposal", "Status"),
                    ],
                    rows,
                    self.portrait_width,
                    {0: 1, 1: 1, 5: 1},
                    numeric=(2, 3, 4),
                    total_rows=totals,
                    styled=styled,
                )
            )

    def ranked_section(self) -> None:
        p = self.p
        self.heading(translate("proposal", "Rangerte tiltak per tiltaksområde"), "ranked")
        included = sum(len(a.rows) for a in p.areas)
        columns = _year_columns(p)
        if any(not name.isdigit() for name, _ in columns):
            text = translate(
                "proposal",
                "{count} tiltak er med, i scenarioets rekkefølge (nr. er plassen blant tiltakene "
                "som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Årene "
                "før og etter programperioden står samlet (arbeidsboken har hvert år). Tiltak som "
                "ikke kan sammenlignes rettferdig, står med grunnen under «Merknader».",
            )
        else:
            text = translate(
                "proposal",
                "{count} tiltak er med, i scenarioets rekkefølge (nr. er plassen blant tiltakene "
                "som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Tiltak "
                "som ikke kan sammenlignes rettferdig, står med grunnen under «Merknader».",
            )
        self.note(text.format(count=included))
        if not p.areas:
            self.story.append(
                self.pdf._p(
                    translate("proposal", "Ingen tiltak er med i scenarioet."), self.s.empty
                )
            )
            return
        header = [
            translate("proposal", "Nr."),
            translate("proposal", "Tiltak"),
            translate("proposal", "Fase"),
            translate("proposal", "Forventet kostnad"),
            translate("proposal", "P85"),
            translate("proposal", "Sum poeng"),
            translate("proposal", "Vektet poeng"),
            translate("proposal", "Kostnad per poeng"),
            *(name for name, _ in columns),
            translate("proposal", "Merknader"),
        ]
        numeric = (0, 3, 4, 5, 6, 7, *range(8, 8 + len(columns)))

        def money(amounts: Mapping[int, Decimal], years: tuple[int, ...]) -> str:
            return _money(sum((amounts.get(y, Decimal(0)) for y in years), Decimal(0)))

        points = _point_decimals(p)

        for group in p.areas:
            count = len(group.rows)
            self.heading(
                translate("proposal", "{area} ({count} tiltak)").format(
                    area=group.name, count=count
                ),
                f"area-{group.area or 'none'}",
                "h2",
            )
            rows = [
                [
                    str(r.rank),
                    r.item.title,
                    r.item.phase,
                    _mnok(r.item.expected_mnok),
                    _mnok(r.item.p85_mnok),
                    str(r.item.total_points),
                    _fixed(r.item.weighted_points, points),
                    _per_point(r.item.cost_per_point),
                    *(money(r.funding, years) for _, years in columns),
                    " ".join(r.notes),
                ]
                for r in group.rows
            ]
            rows.append(
                [
                    "",
                    translate("proposal", "Sum {area}").format(area=group.name),
                    "",
                    _mnok(group.expected_total),
                    "",
                    "",
                    "",
                    "",
                    *(
                        _money(sum((group.funding_in(y) for y in years), Decimal(0)))
                        for _, years in columns
                    ),
                    "",
                ]
            )
            self.story.append(
                self.table(
                    header,
                    rows,
                    self.wide_width,
                    {1: 0.45, len(header) - 1: 0.55},
                    numeric=numeric,
                    total_rows=[len(rows) - 1],
                    small=True,
                )
            )

    def left_out_section(self) -> None:
        p = self.p
        self.heading(translate("proposal", "Tiltak som ikke er med"), "left-out")
        if not p.left_out:
            self.story.append(
                self.pdf._p(
                    translate("proposal", "Alle tiltakene i scenarioet er med."), self.s.empty
                )
            )
            return
        self.note(
            translate(
                "proposal",
                "Med grunnen som er registrert i scenarioet. Nr. er plassen i scenarioets"
                " rekkefølge.",
            )
        )
        rows = [
            [
                str(r.place),
                r.title,
                r.area_name,
                r.phase,
                _mnok(r.expected_mnok),
                _mnok(r.funding_total),
                r.reason,
            ]
            for r in p.left_out
        ]
        self.story.append(
            self.table(
                [
                    translate("proposal", "Nr."),
                    translate("proposal", "Tiltak"),
                    translate("proposal", "Tiltaksområde"),
                    translate("proposal", "Fase"),
                    translate("proposal", "Forventet kostnad"),
                    translate("proposal", "Sum finansiering"),
                    translate("proposal", "Grunn"),
                ],
                rows,
                self.wide_width,
                {1: 0.4, 2: 0.2, 6: 0.4},
                numeric=(0, 4, 5),
            )
        )

    def changed_section(self) -> None:
        p = self.p
        self.heading(translate("proposal", CHANGED_HEADING), "changed")
        if not p.stale:
            self.story.append(
                self.pdf._p(
                    translate("proposal", "Ingen av arkene er trukket eller levert på nytt."),
                    self.s.empty,
                )
            )
            return
        self.note(
            translate(
                "proposal",
                "Scenarioet beholder revisjonen det ble laget med; tallene i forslaget er fra den. "
                "Arkene under bør ses på før forslaget vedtas.",
            )
        )
        rows = [[r.title, str(r.revision), _yes_no(r.included), r.reason] for r in p.stale]
        self.story.append(
            self.table(
                [
                    translate("proposal", "Tiltak"),
                    translate("proposal", "Revisjon i scenarioet"),
                    translate("proposal", "Med i forslaget"),
                    translate("proposal", "Hva som har skjedd"),
                ],
                rows,
                self.wide_width,
                {0: 0.45, 3: 0.55},
                numeric=(1,),
            )
        )

    def reassess_section(self) -> None:
        p = self.p
        self.heading(translate("proposal", REASSESS_HEADING), "reassess")
        if p.basis:
            self.note(p.basis)
        if not p.reassess:
            self.story.append(
                self.pdf._p(
                    translate("proposal", "Ingen tiltak skal vurderes på nytt."), self.s.empty
                )
            )
            return
        rows = [
            [
                r.title,
                r.area_name,
                r.phase,
                _mnok(r.expected_mnok),
                format_date(r.construction_start) or "–",
                _yes_no(r.included),
                r.reason,
            ]
            for r in p.reassess
        ]
        self.story.append(
            self.table(
                [
                    translate("proposal", "Tiltak"),
                    translate("proposal", "Tiltaksområde"),
                    translate("proposal", "Fase"),
                    translate("proposal", "Forventet kostnad"),
                    translate("proposal", "Byggestart"),
                    translate("proposal", "Med i forslaget"),
                    translate("proposal", "Hvorfor"),
                ],
                rows,
                self.wide_width,
                {0: 0.35, 1: 0.15, 6: 0.5},
                numeric=(3,),
            )
        )

    # -------------------------------------------------------------- document

    def document(self) -> bytes:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.platypus import Frame, PageTemplate

        pdf, p = self.pdf, self.p
        portrait = Frame(
            pdf.MARGIN_LEFT,
            pdf.MARGIN_BOTTOM,
            pdf.FRAME_WIDTH,
            pdf.PAGE_HEIGHT - pdf.MARGIN_TOP - pdf.MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="portrait",
        )
        wide_size = landscape(A4)
        wide = Frame(
            _WIDE_MARGIN,
            pdf.MARGIN_BOTTOM,
            self.wide_width,
            wide_size[1] - pdf.MARGIN_TOP - pdf.MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="wide",
        )

        def first(canv, doc) -> None:  # noqa: ANN001
            if self.signed:
                pdf._draw_signature_box(canv)

        buffer = io.BytesIO()
        title = translate("proposal", "{title}: {scenario}").format(
            title=p.title, scenario=p.scenario.name
        )
        doc = pdf._Doc(
            buffer,
            pagesize=A4,
            leftMargin=pdf.MARGIN_LEFT,
            rightMargin=pdf.MARGIN_RIGHT,
            topMargin=pdf.MARGIN_TOP,
            bottomMargin=pdf.MARGIN_BOTTOM,
            title=title,
            author=p.profile.name,
            subject=translate("proposal", "{title}, scenario «{scenario}»").format(
                title=p.title, scenario=p.scenario.name
            ),
            creator="Prosjektark",  # the program's name
            keywords=[
                str(p.scenario.id),
                translate("proposal", "versjon {version}").format(version=p.scenario.version),
            ],
            lang=language_tag(),
            initialFontName=pdf._fonts()[0],
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    id="first",
                    frames=[portrait],
                    onPage=first,
                    pagesize=A4,
                    autoNextPageTemplate="portrait",
                ),
                PageTemplate(id="portrait", frames=[portrait], pagesize=A4),
                PageTemplate(id="wide", frames=[wide], pagesize=wide_size),
            ]
        )
        footer_top = title if len(title) <= 110 else title[:109] + "…"
        made = format_datetime(p.made_at)
        footer_bottom = translate(
            "proposal", "{programme} · scenario versjon {version} · laget {made}"
        ).format(programme=p.profile.name, version=p.scenario.version, made=made)
        doc.build(self.story, canvasmaker=_canvas(footer_top, footer_bottom, self.signed))
        return buffer.getvalue()


_WIDE_MARGIN = 36.0


def _canvas(footer_top: str, footer_bottom: str, signed: bool):
    """A canvas that holds the pages back so each footer can say «Side X av Y», drawn on
    each page's own size (portrait and landscape pages mix)."""

    from prosjektark.exchange import pdf

    regular, bold = pdf._fonts()[0], pdf._fonts()[1]
    # Worded now, in the document's language: the pages are drawn later, at save().
    page_of = translate("proposal", "Side {page} av {total}")
    unsigned = translate("proposal", UNSIGNED)

    class ProposalCanvas(pdf.HoldingCanvas):
        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            left = pdf.MARGIN_LEFT if width < 700 else _WIDE_MARGIN
            right = width - left
            y = pdf.MARGIN_BOTTOM - 26
            self.saveState()
            self.setStrokeColor(pdf.RULE)
            self.setLineWidth(0.5)
            self.line(left, y + 11, right, y + 11)
            self.setFillColor(pdf.MUTED)
            self.setFont(regular, 7.5)
            self.drawString(left, y, footer_top)
            self.drawString(left, y - 10, footer_bottom)
            self.drawRightString(right, y, page_of.format(page=self._pageNumber, total=total))
            if not signed:
                self.setFont(bold, 7.5)
                self.drawRightString(right, y - 10, unsigned)
            self.restoreState()

    return ProposalCanvas


# The number columns of the PDF and the workbook have a fixed number of decimals each,
# so a column's decimal commas line up («40,839» over «25,320», never «25,32»). Money in
# MNOK has three, the whole thousand kroner the sheets keep: funding too, because a
# sheet may fund «3,25» a year and a row must add up to its sum. Cost per goal point has
# two, the hundredth of a million the portfolio works it out to. Running text keeps
# format_mnok («over med 3,2»).
_PER_POINT_DECIMALS = 2
_MAX_POINT_DECIMALS = 2


def _yes_no(value: bool) -> str:
    return translate("proposal", "Ja") if value else translate("proposal", "Nei")


def _fixed(value: Decimal, decimals: int) -> str:
    return format_number(
        rounded(value, decimals), min_decimals=decimals, max_decimals=decimals, minus=MINUS
    )


def _mnok(value: Decimal | None) -> str:
    """A money cell: three decimals, or «–» when there is no value."""
    return _fixed(value, MNOK_DECIMALS) if value is not None else "–"


def _money(value: Decimal) -> str:
    """A funding cell of a year: empty when no money falls in it, in a sheet's row and in
    a sum alike."""
    return _fixed(value, MNOK_DECIMALS) if value else ""


def _per_point(value: Decimal | None) -> str:
    return _fixed(value, _PER_POINT_DECIMALS) if value is not None else "–"


def _cell_format(decimals: int) -> str:
    """The workbook's format for a column of `decimals` decimals (the PDF's digits)."""
    from prosjektark.exchange import xlsx

    return xlsx._with_minus("#,##0" + ("." + "0" * decimals if decimals else ""))


def _point_decimals(proposal: Proposal) -> int:
    """The decimals of the weighted points column: as many as its finest value needs
    (none when the weights are whole), the same on every row."""
    return max(
        (decimals_shown(r.item.weighted_points, 0, _MAX_POINT_DECIMALS) for r in proposal.ranked),
        default=0,
    )


# ---------------------------------------------------------------------------- XLSX


def render_proposal_xlsx(proposal: Proposal) -> bytes:
    """The proposal as a workbook of values (no formulas): «Balanse», «Rangering», «Per
    tiltaksområde», «Utelatt», «Endret etter scenarioet» and «Til ny vurdering», each
    with its header on row 1, frozen and repeated on every printed page, printed
    landscape and fitted to the page width."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    from prosjektark.exchange import xlsx

    p = proposal
    wb = Workbook()
    over_font = Font(bold=True, color="B3261E")
    money = _cell_format(MNOK_DECIMALS)

    ws = wb.active
    ws.title = translate("proposal", BALANCE_SHEET)
    xlsx._header(
        ws,
        [
            translate("proposal", "År"),
            translate("proposal", "Kilde"),
            translate("proposal", "Part"),
            translate("proposal", "Ramme (MNOK)"),
            translate("proposal", "Brukt (MNOK)"),
            translate("proposal", "Igjen (MNOK)"),
            translate("proposal", "Status"),
        ],
    )
    for n, row in enumerate(p.balance, start=2):
        xlsx._set(ws, n, 1, row.year, xlsx.INTEGER_FORMAT)
        xlsx._set(ws, n, 2, _source_name(p.profile, row))
        xlsx._set(ws, n, 3, _party_name(row))
        xlsx._set(ws, n, 4, row.frame, money)
        xlsx._set(ws, n, 5, row.used, money)
        xlsx._set(ws, n, 6, row.left, money)
        status = xlsx._set(ws, n, 7, balance_status(row))
        if row.over:
            status.font = over_font
        if not row.source:
            xlsx._total_row(ws, n, 7)
    ws.freeze_panes = "A2"
    xlsx._fit_columns(ws)

    ws = wb.create_sheet(translate("proposal", RANKING_SHEET))
    _ranking(ws, p)

    ws = wb.create_sheet(translate("proposal", AREA_SHEET))
    header = [
        translate("proposal", "Tiltaksområde"),
        translate("proposal", "Antall tiltak"),
        translate("proposal", "Forventet kostnad (MNOK)"),
        *(f"{y} (MNOK)" for y in p.years),
        translate("proposal", "Sum finansiering (MNOK)"),
    ]
    xlsx._header(ws, header)
    for n, group in enumerate(p.areas, start=2):
        xlsx._set(ws, n, 1, group.name)
        xlsx._set(ws, n, 2, len(group.rows), xlsx.COUNT_FORMAT)
        xlsx._set(ws, n, 3, group.expected_total, money)
        for col, year in enumerate(p.years, start=4):
            xlsx._set(ws, n, col, group.funding_in(year), money)
        xlsx._set(ws, n, 4 + len(p.years), group.funding_total, money)
    if p.areas:  # one programme's total: a proposal never sums across programmes
        n = len(p.areas) + 2
        xlsx._set(ws, n, 1, translate("proposal", "Sum {area}").format(area=p.profile.name))
        xlsx._set(ws, n, 2, sum(len(a.rows) for a in p.areas), xlsx.COUNT_FORMAT)
        xlsx._set(ws, n, 3, p.expected_total, money)
        for col, year in enumerate(p.years, start=4):
            year_total = sum((a.funding_in(year) for a in p.areas), Decimal(0))
            xlsx._set(ws, n, col, year_total, money)
        funding_total = sum((a.funding_total for a in p.areas), Decimal(0))
        xlsx._set(ws, n, 4 + len(p.years), funding_total, money)
        xlsx._total_row(ws, n, len(header))
    ws.freeze_panes = "A2"
    xlsx._fit_columns(ws)

    ws = wb.create_sheet(translate("proposal", LEFT_OUT_SHEET))
    header = [
        translate("proposal", "Nr. i scenarioet"),
        translate("proposal", "Tiltak"),
        translate("proposal", "Tiltaksområde"),
        translate("proposal", "Fase"),
        translate("proposal", "Forventet kostnad (MNOK)"),
        translate("proposal", "Sum finansiering (MNOK)"),
        translate("proposal", "Grunn"),
        translate("proposal", "Revisjon"),
        translate("proposal", "Ark-ID"),
    ]
    xlsx._header(ws, header)
    for n, r in enumerate(p.left_out, start=2):
        values = [
            (r.place, xlsx.INTEGER_FORMAT),
            (r.title, None),
            (r.area_name, None),
            (r.phase, None),
            (r.expected_mnok, money),
            (r.funding_total, money),
            (r.reason, None),
            (r.revision, xlsx.INTEGER_FORMAT),
            (str(r.sheet_id), None),
        ]
        for col, (value, number_format) in enumerate(values, start=1):
            xlsx._set(ws, n, col, value, number_format)
    if not p.left_out:
        xlsx._set(
            ws, 2, 1, translate("proposal", "Alle tiltakene i scenarioet er med.")
        ).font = xlsx._NOTE_FONT
    ws.freeze_panes = "A2"
    xlsx._fit_columns(ws, wrap=(2, 7))

    ws = wb.create_sheet(translate("proposal", CHANGED_SHEET))
    xlsx._header(
        ws,
        [
            translate("proposal", "Tiltak"),
            translate("proposal", "Revisjon i scenarioet"),
            translate("proposal", "Med i forslaget"),
            translate("proposal", "Hva som har skjedd"),
            translate("proposal", "Ark-ID"),
        ],
    )
    for n, r in enumerate(p.stale, start=2):
        xlsx._set(ws, n, 1, r.title)
        xlsx._set(ws, n, 2, r.revision, xlsx.INTEGER_FORMAT)
        xlsx._set(ws, n, 3, r.included)
        xlsx._set(ws, n, 4, r.reason)
        xlsx._set(ws, n, 5, str(r.sheet_id))
    if not p.stale:
        xlsx._set(
            ws, 2, 1, translate("proposal", "Ingen av arkene er trukket eller levert på nytt.")
        ).font = xlsx._NOTE_FONT
    ws.freeze_panes = "A2"
    xlsx._fit_columns(ws, wrap=(1, 4))

    ws = wb.create_sheet(translate("proposal", REASSESS_SHEET))
    xlsx._header(
        ws,
        [
            translate("proposal", "Tiltak"),
            translate("proposal", "Tiltaksområde"),
            translate("proposal", "Fase"),
            translate("proposal", "Forventet kostnad (MNOK)"),
            translate("proposal", "Byggestart"),
            translate("proposal", "Med i forslaget"),
            translate("proposal", "Hvorfor"),
            translate("proposal", "Ark-ID"),
        ],
    )
    for n, r in enumerate(p.reassess, start=2):
        xlsx._set(ws, n, 1, r.title)
        xlsx._set(ws, n, 2, r.area_name)
        xlsx._set(ws, n, 3, r.phase)
        xlsx._set(ws, n, 4, r.expected_mnok, money)
        xlsx._set(ws, n, 5, r.construction_start)
        xlsx._set(ws, n, 6, r.included)
        xlsx._set(ws, n, 7, r.reason)
        xlsx._set(ws, n, 8, str(r.sheet_id))
    if not p.reassess:
        xlsx._set(
            ws, 2, 1, translate("proposal", "Ingen tiltak skal vurderes på nytt.")
        ).font = xlsx._NOTE_FONT
    ws.freeze_panes = "A2"
    xlsx._fit_columns(ws, wrap=(1, 7))

    heading = ILLEGAL_CHARACTERS_RE.sub(
        "",
        translate("proposal", "{title} – {scenario}").format(
            title=p.title, scenario=p.scenario.name
        ),
    ).replace("&", "&&")
    # «&P» and «&N» are the page and the page count: Excel's codes, kept in every language.
    pages = translate("proposal", "Side &P av &N")
    for sheet in wb.worksheets:
        sheet.print_options.gridLines = False
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        sheet.oddHeader.center.text = heading
        sheet.oddFooter.left.text = f"{sheet.title} · {format_date(p.made_at.astimezone().date())}"
        sheet.oddFooter.right.text = pages
    props = wb.properties
    props.title = ILLEGAL_CHARACTERS_RE.sub(
        "",
        translate("proposal", "{title}: {scenario}").format(
            title=p.title, scenario=p.scenario.name
        ),
    )
    props.creator = "Prosjektark"  # the program's name
    props.subject = ILLEGAL_CHARACTERS_RE.sub("", p.profile.name)
    props.identifier = str(p.scenario.id)
    props.keywords = translate("proposal", "versjon {version}").format(version=p.scenario.version)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# The ranking's columns that print (a person reads them on paper); those after them are
# for filtering and other tools, left out of the print area so the page stays readable.
_TITLE_WIDTH, _NOTES_WIDTH, _AREA_WIDTH, _NUMBER_WIDTH = 36, 42, 18, 10.5


def _ranking(ws: Any, p: Proposal) -> None:
    from prosjektark.exchange import xlsx

    printed = [
        translate("proposal", "Nr."),
        translate("proposal", "Tiltak"),
        translate("proposal", "Tiltaksområde"),
        translate("proposal", "Fase"),
        translate("proposal", "Forventet kostnad (MNOK)"),
        translate("proposal", "P85 (MNOK)"),
        translate("proposal", "Sum poeng"),
        translate("proposal", "Vektet poeng"),
        translate("proposal", "Kostnad per poeng (MNOK)"),
        *(f"{y} (MNOK)" for y in p.years),
        translate("proposal", "Sum finansiering (MNOK)"),
        translate("proposal", "Merknader"),
    ]
    rest = [
        translate("proposal", "P50 (MNOK)"),
        translate("proposal", "Standardavvik (%)"),
        translate("proposal", "Flyttet (år)"),
        *(translate("proposal", "Poeng: {goal}").format(goal=g.name) for g in p.profile.goals),
        translate("proposal", "Arbeidsgruppe"),
        translate("proposal", "Kommune(r)"),
        translate("proposal", "Saksstatus"),
        translate("proposal", "Revisjon"),
        translate("proposal", "Ark-ID"),
    ]
    header = printed + rest
    xlsx._header(ws, header)
    review = p.profile.review
    money = _cell_format(MNOK_DECIMALS)
    per_point = _cell_format(_PER_POINT_DECIMALS)
    points = _point_decimals(p)
    weighted = _cell_format(points)
    n = 1
    for group in p.areas:
        for r in group.rows:
            n += 1
            i = r.item
            values: list[tuple[Any, str | None]] = [
                (r.rank, xlsx.INTEGER_FORMAT),
                (i.title, None),
                (group.name, None),
                (i.phase, None),
                (i.expected_mnok, money),
                (i.p85_mnok, money),
                (i.total_points, xlsx.INTEGER_FORMAT),
                (float(rounded(i.weighted_points, points)), weighted),
                # The cell holds the hundredth the column shows (_set rounds money to
                # the thousandth, which cost per point does not have).
                (None if i.cost_per_point is None else float(i.cost_per_point), per_point),
                *((r.funding.get(y), money) for y in p.years),
                (r.funding_total, money),
                (" ".join(r.notes), None),
                (i.p50_mnok, money),
                (i.std_dev_percent, xlsx.PERCENT_FORMAT),
                (r.entry.shift_years, xlsx.INTEGER_FORMAT),
                *((points, xlsx.INTEGER_FORMAT) for points in i.goal_points),
                (i.working_group, None),
                (", ".join(i.municipalities), None),
                (
                    review.name(i.review_state) if review and i.review_state else i.review_state,
                    None,
                ),
                (i.revision, xlsx.INTEGER_FORMAT),
                (str(i.sheet_id), None),
            ]
            for col, (value, number_format) in enumerate(values, start=1):
                xlsx._set(ws, n, col, value, number_format)
    notes = len(printed)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{_column(len(header))}{n}"
    xlsx._fit_columns(ws, wrap=(2, 3, notes))
    widths = {2: _TITLE_WIDTH, 3: _AREA_WIDTH, notes: _NOTES_WIDTH}
    for c in range(5, notes):  # numbers: no heading word broken («finansiering»)
        longest = max(len(word) for word in header[c - 1].split())
        widths[c] = max(_NUMBER_WIDTH, longest + 2)
    for col, width in widths.items():
        ws.column_dimensions[_column(col)].width = width
    for cell in ws[1]:  # _fit_columns wrapped the headings of wrapped columns at the top
        cell.alignment = xlsx._HEADER_ALIGNMENT
    xlsx._fit_rows(ws)  # again: the widths above decide how many lines a cell wraps to
    ws.print_area = f"A1:{_column(notes)}{n}"


def _column(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


# ---------------------------------------------------------------------------- signing and files


def build_proposal_package(
    pdf: bytes, xlsx: bytes, identity: Identity, *, version: int | None = None
) -> tuple[bytes, bytes]:
    """The PDF PAdES-signed with `identity` (stamp in the box page 1 keeps free), and the
    signed ASiC-E package holding it and the workbook."""
    from prosjektark.exchange.package import build_manifest, write_container
    from prosjektark.exchange.pdf import SIGNATURE_BOX
    from prosjektark.signing.cades import sign_detached
    from prosjektark.signing.pades import sign_pdf

    lines = [f"Signert av: {identity.name}"]
    if identity.organisation:
        lines.append(identity.organisation)
    lines.append("Tid: %(ts)s")
    if version:
        lines.append(f"Scenario versjon {version}")
    signed_pdf = sign_pdf(
        pdf,
        identity,
        reason="Forslag til handlingsprogram",
        stamp_text="\n".join(lines),
        page=SIGNATURE_BOX[0],
        box=SIGNATURE_BOX[1:],
    )
    files = {PROPOSAL_PDF: signed_pdf, PROPOSAL_XLSX: xlsx}
    manifest = build_manifest(files)
    return signed_pdf, write_container(files, manifest, sign_detached(manifest, identity))


def proposal_stem(proposal: Proposal) -> str:
    """E.g. «forslag-til-handlingsprogram-2027-2030_miljopakken_hovedalternativ». The
    programme is in the name: both programmes call their proposal «Forslag til
    handlingsprogram 2027–2030», and a scenario may have the same name in each."""
    from prosjektark.exchange.package import slugify

    profile = proposal.profile
    title = slugify(proposal.title, 60) or "forslag"
    programme = slugify(profile.id, 40) or slugify(profile.name, 40) or "program"
    name = slugify(proposal.scenario.name, 60) or "scenario"
    return f"{title}_{programme}_{name}"


class ProposalExistsError(ExportError):
    """The proposal's files are there already; nothing was written (ask, then overwrite)."""


def _exists_text(names: Sequence[str], out_dir: Path) -> str:
    quoted = [f"«{name}»" for name in names]
    listed = quoted[0]
    if len(quoted) > 1:
        listed = translate("proposal", "{items} og {last}").format(
            items=", ".join(quoted[:-1]), last=quoted[-1]
        )
    return translate(
        "proposal",
        "Forslaget er ikke skrevet: {files} finnes allerede i «{folder}». Et forslag "
        "erstatter ikke en fil uten at du ber om det. Velg en annen mappe, eller flytt "
        "eller slett filen først.",
    ).format(files=listed, folder=out_dir)


def write_proposal(
    out_dir: Path,
    scenario: Scenario,
    items: Mapping[uuid.UUID, PortfolioItem],
    frames: Sequence[FrameLine],
    profile: Profile,
    *,
    stale: Mapping[uuid.UUID, str] | None = None,
    reassess: Sequence[PortfolioItem] | None = None,
    made_at: datetime | None = None,
    identity: Identity | None = None,
    overwrite: bool = False,
    language: str | None = None,
) -> list[Path]:
    """Write the proposal to `out_dir`: the PDF and the workbook, and with an identity the
    PDF signed and a signed package (.asice) holding both. Everything is made in memory
    first and each file written atomically. Returns the paths written (PDF, workbook,
    package). Raises ExportError (Norwegian) when it cannot be made or written, and,
    unless `overwrite`, when any of the files is there already: then none is written (a
    proposal half old and half new is worse than none).

    `language`: the one the PDF and workbook are written in, the secretariat's own
    (default: the current language, i.e. the UI's). The programme's words (its name,
    action areas, funding sources) are `profile`'s and the items', so pass them read in
    that language (Catalog.in_language). Messages about files stay in the current
    language."""
    from prosjektark.durable import fsync_dir
    from prosjektark.exchange.export import ExportError, write_atomic

    written_in = language or current_language()
    try:
        with use_language(written_in):
            proposal = proposal_content(
                scenario, items, frames, profile, stale=stale, reassess=reassess, made_at=made_at
            )
    except ValueError as exc:
        raise ExportError(str(exc)) from exc
    stem = proposal_stem(proposal)
    out_dir = Path(out_dir)
    suffixes = (".pdf", ".xlsx", ".asice") if identity is not None else (".pdf", ".xlsx")
    if not overwrite:  # before the work: rendering 2,000 sheets takes a while
        there = [stem + s for s in suffixes if (out_dir / (stem + s)).exists()]
        if there:
            raise ProposalExistsError(_exists_text(there, out_dir))
    with use_language(written_in):
        pdf = render_proposal_pdf(proposal, signed=identity is not None)
        xlsx = render_proposal_xlsx(proposal)
    outputs = [(f"{stem}.pdf", pdf), (f"{stem}.xlsx", xlsx)]
    if identity is not None:
        try:
            signed_pdf, package = build_proposal_package(
                pdf, xlsx, identity, version=scenario.version or None
            )
        except Exception as exc:  # a signing library failing is still the user's export
            raise ExportError(
                translate("proposal", "Kunne ikke signere forslaget: {error}").format(error=exc)
            ) from exc
        outputs = [(f"{stem}.pdf", signed_pdf), (f"{stem}.xlsx", xlsx), (f"{stem}.asice", package)]
    if not overwrite:  # again: another export may have written them while this one worked
        there = [name for name, _data in outputs if (out_dir / name).exists()]
        if there:
            raise ProposalExistsError(_exists_text(there, out_dir))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            translate("proposal", "Kunne ikke opprette mappen «{folder}»: {error}").format(
                folder=out_dir, error=exc.strerror or exc
            )
        ) from exc
    written = []
    for name, data in outputs:
        write_atomic(out_dir / name, data, sync_dir=False)
        written.append(out_dir / name)
    fsync_dir(out_dir)
    return written
