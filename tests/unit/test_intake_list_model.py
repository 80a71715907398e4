"""The secretariat's intake list: one row per delivered sheet at its latest delivered
revision (read in a fixed number of queries), and the table model over those rows:
columns in the programme's words, filter, state filter, sort, grouping, own order."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.nb_format import format_mnok
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.secretariat.intake_model import (
    COL_AREA,
    COL_COST,
    COL_DAYS,
    COL_RECEIVED,
    COL_REMARKS,
    COL_REVISION,
    COL_SIGNED,
    COL_SIGNER,
    COL_STATE,
    COL_TITLE,
    COL_WORKING_GROUP,
    HEADERS,
    ID_ROLE,
    IntakeFilterProxy,
    IntakeModel,
)
from prosjektark.ui.secretariat.intake_rows import IntakeRow, load_intake_rows

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
TODAY = date(2026, 12, 10)


@pytest.fixture
def store(open_store):
    opened = open_store()
    opened.actor = lambda: SEC
    return opened


def deliver(store: Store, catalog, sheet: Sheet, revision: int, signer: Actor = WG) -> int:
    """What exchange/intake.py does with a verified package (without the signing)."""
    sheet.revision = revision - 1
    stored = store.save_version(sheet, note="Importert fra pakke.asice", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.receive_revision(sheet.id, stored, signer, catalog.profile(sheet.profile).review, "")
    return stored


def a_sheet(title: str, *, profile: str = "miljoloftet", group: str = "Nordøst") -> Sheet:
    sheet = Sheet(profile=profile)
    sheet.identification.title = title
    sheet.identification.working_group = group
    sheet.identification.municipalities = ["Bergen", "Askøy"]
    sheet.identification.action_area = "kollektiv"
    sheet.identification.phase = "DP"
    sheet.cost.expected_cost_mnok = Decimal("24.541")
    return sheet


# ------------------------------------------------------------------ reading the rows


def test_one_row_per_delivered_sheet_at_its_latest_delivered_revision(store, catalog):
    sheet = a_sheet("Kollektivfelt Åsane")
    deliver(store, catalog, sheet, 1)
    sheet.identification.title = "Kollektivfelt Åsane sentrum"
    sheet.cost.expected_cost_mnok = Decimal("30.5")
    deliver(store, catalog, sheet, 2)
    own = Sheet(profile="miljopakken")  # made here, never delivered: not in the intake
    own.identification.title = "Eget ark"
    store.create(own)

    (row,) = load_intake_rows(store)

    assert row.sheet_id == sheet.id
    assert (row.revision, row.title, row.cost_mnok) == (
        2,
        "Kollektivfelt Åsane sentrum",
        Decimal("30.5"),
    )
    assert (row.working_group, row.municipalities, row.action_area, row.phase) == (
        "Nordøst",
        "Bergen, Askøy",
        "kollektiv",
        "DP",
    )
    assert (row.signer, row.fingerprint, row.profile) == (WG.name, WG.fingerprint, "miljoloftet")
    received = [e for e in store.history(sheet.id) if e.kind == "received"][-1]
    assert row.received_at == received.at
    assert row.signed_at is None  # the intake does not store the signing time (yet)
    status = store.review_status(sheet.id)
    assert (row.state, row.state_version, row.state_since) == (
        "mottatt",
        status.version,
        status.since,
    )
    assert row.new_revision is True and row.open_remarks == 0


def test_the_row_is_the_delivered_revision_not_a_later_working_copy(store, catalog):
    sheet = a_sheet("Levert tittel")
    deliver(store, catalog, sheet, 1)
    sheet.identification.title = "Endret etterpå"
    store.save_working_copy(sheet)

    (row,) = load_intake_rows(store)

    assert row.title == "Levert tittel"


def test_open_remarks_and_the_bin(store, catalog):
    kept, binned = a_sheet("Beholdt"), a_sheet("Slettet")
    deliver(store, catalog, kept, 1)
    deliver(store, catalog, binned, 1)
    first = store.add_remark(kept.id, "Mangler kostnadsanslag.", field="cost.expected_cost_mnok")
    second = store.add_remark(kept.id, "Beskriv alternativene.")
    store.add_remark(kept.id, "Ikke sendt ennå.")
    store.mark_remarks_sent(kept.id, [first.id, second.id], "sendt")
    store.delete(binned.id)

    (row,) = load_intake_rows(store)

    assert (row.sheet_id, row.open_remarks) == (kept.id, 2)


def test_a_sheet_imported_before_the_case_history_is_listed_from_its_owner(store, catalog):
    sheet = a_sheet("Gammel import")
    sheet.revision = 2
    stored = store.save_version(sheet, note="Importert", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.claim_sheet(sheet.id, WG.fingerprint, WG.name)

    (row,) = load_intake_rows(store)

    assert (row.revision, row.signer, row.state, row.state_version) == (3, WG.name, "", 0)


# ------------------------------------------------------------------ the table model


def row(n: int, **changes) -> IntakeRow:
    received = datetime(2026, 12, 1, 9, 0, tzinfo=UTC) + timedelta(hours=n)
    values = {
        "sheet_id": uuid.UUID(int=n + 1),
        "profile": "miljoloftet",
        "working_group": ("Nordøst", "Sør", "")[n % 3],
        "title": f"Tiltak {n}",
        "municipalities": "Bergen",
        "action_area": ("kollektiv", "sykkel")[n % 2],
        "phase": "PU",
        "cost_mnok": Decimal(n * 10 + 1) / 4,
        "signer": "Kari Nordmann",
        "fingerprint": "aa" * 32,
        "signed_at": None,
        "received_at": received,
        "revision": n + 1,
        "state": ("mottatt", "til_samordning")[n % 2],
        "state_since": received,
        "state_version": 1,
        "new_revision": False,
        "open_remarks": n % 4,
    }
    values.update(changes)
    return IntakeRow(**values)


@pytest.fixture
def model(qapp, catalog):
    def review_of(profile_id: str):
        profile = catalog.profiles.get(profile_id)
        return profile.review if profile else None

    names = {"kollektiv": "Kollektiv", "sykkel": "Sykkel"}
    return IntakeModel(review_of, names.get, today=lambda: TODAY)


def shown(proxy, column: int = COL_TITLE) -> list[str]:
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def proxy_over(model: IntakeModel) -> IntakeFilterProxy:
    proxy = IntakeFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def test_the_columns_say_what_the_issue_asks_for(model):
    signed = datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    model.set_rows(
        [
            row(0, open_remarks=2, new_revision=True, state="mottatt"),
            row(1, signed_at=signed, state="til_samordning", open_remarks=0),
        ]
    )
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))] == [
        "Arbeidsgruppe",
        "Tittel",
        "Kommune",
        "Tiltaksområde",
        "Fase",
        "MNOK",
        "Signert av",
        "Signert",
        "Mottatt",
        "Rev.",
        "Saksstatus",
        "Dager",
        "Merknader",
    ]
    first = model.table_row_of(uuid.UUID(int=1))
    second = model.table_row_of(uuid.UUID(int=2))
    assert model.text(first, COL_WORKING_GROUP) == "Nordøst"
    assert model.text(first, COL_AREA) == "Kollektiv"
    assert model.text(first, COL_COST) == format_mnok(Decimal("0.25"), unit=False)
    assert model.text(first, COL_SIGNER) == "Kari Nordmann"
    received = row(0).received_at.astimezone()
    assert model.text(first, COL_RECEIVED) == f"{received:%d.%m.%Y}"
    # Without a stored signing time the received time is shown, and says so in words.
    assert model.text(first, COL_SIGNED) == f"{received:%d.%m.%Y} (mottatt)"
    tip = model.data(model.index(first, COL_SIGNED), Qt.ItemDataRole.ToolTipRole)
    assert f"Mottatt {received:%d.%m.%Y kl. %H:%M}" in tip and "ikke lagret" in tip
    assert model.text(second, COL_SIGNED) == f"{signed.astimezone():%d.%m.%Y}"
    assert model.text(first, COL_REVISION) == "1"
    # The programme's own words, and a new revision is said in text.
    assert model.text(first, COL_STATE) == "Mottatt (ny revisjon)"
    assert model.text(second, COL_STATE) == "Til samordning"
    assert model.text(first, COL_DAYS) == str((TODAY - row(0).state_since.astimezone().date()).days)
    assert model.text(first, COL_REMARKS) == "2"
    assert model.text(second, COL_REMARKS) == ""  # nothing open: an empty cell, not a zero


def test_filter_by_words_and_by_state(model):
    rows = [row(n) for n in range(12)]
    rows[7] = row(7, title="Sykkelveg Loddefjord")
    model.set_rows(rows)
    proxy = proxy_over(model)

    proxy.set_filter("loddefjord SYKKEL")
    assert shown(proxy) == ["Sykkelveg Loddefjord"]
    titles = [r.title for r in rows]
    proxy.set_filter("SØR")
    assert sorted(shown(proxy)) == sorted(t for n, t in enumerate(titles) if n % 3 == 1)
    proxy.set_filter("")
    proxy.set_state("Til samordning")
    assert sorted(shown(proxy)) == sorted(t for n, t in enumerate(titles) if n % 2 == 1)
    proxy.set_filter("nordøst")
    assert sorted(shown(proxy)) == sorted(titles[n] for n in (3, 9))
    assert model.state_names() == ["Mottatt", "Til samordning"]


def test_sort_by_any_column_and_back_to_the_own_order(model):
    rows = [row(n) for n in range(6)]
    order = [rows[n].sheet_id for n in (4, 2, 0, 5, 1, 3)]
    model.set_rows(rows, order)
    proxy = proxy_over(model)
    assert shown(proxy) == [f"Tiltak {n}" for n in (4, 2, 0, 5, 1, 3)]

    proxy.sort(COL_COST, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == [f"Tiltak {n}" for n in (5, 4, 3, 2, 1, 0)]
    proxy.sort(COL_REMARKS, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, COL_REMARKS)) for r in range(6)] == [
        "",
        "",
        "1",
        "1",
        "2",
        "3",
    ]
    proxy.sort(COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == [f"Tiltak {n}" for n in range(6)]
    proxy.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == [f"Tiltak {n}" for n in (5, 4, 3, 2, 1, 0)]
    proxy.sort(-1)
    assert shown(proxy) == [f"Tiltak {n}" for n in (4, 2, 0, 5, 1, 3)]


def test_moving_a_row_starts_from_the_order_shown_and_becomes_the_own_order(model):
    rows = [row(n) for n in range(4)]
    model.set_rows(rows)
    proxy = proxy_over(model)
    proxy.sort(COL_COST, Qt.SortOrder.DescendingOrder)  # 3, 2, 1, 0

    order = model.move(rows[1].sheet_id, rows[2].sheet_id)

    assert order == [rows[n].sheet_id for n in (3, 1, 2, 0)]
    assert model.sort_column == -1
    assert shown(proxy) == ["Tiltak 3", "Tiltak 1", "Tiltak 2", "Tiltak 0"]
    assert model.user_order() == order


MOVE = Qt.DropAction.MoveAction
ROOT = QModelIndex()


def dragged(proxy: IntakeFilterProxy, *table_rows: int) -> QMimeData:
    """What the view hands to a drag of these rows: the model's own mime data."""
    return proxy.mimeData(
        [proxy.index(r, c) for r in table_rows for c in range(proxy.columnCount())]
    )


def test_a_dragged_row_dropped_between_rows_moves_in_the_own_order(model):
    rows = [row(n) for n in range(4)]
    model.set_rows(rows)
    proxy = proxy_over(model)
    stored: list[list[uuid.UUID]] = []
    model.own_order_dropped.connect(stored.append)
    assert proxy.flags(proxy.index(0, COL_TITLE)) & Qt.ItemFlag.ItemIsDragEnabled
    assert proxy.flags(ROOT) & Qt.ItemFlag.ItemIsDropEnabled  # between rows
    assert not proxy.flags(proxy.index(0, COL_TITLE)) & Qt.ItemFlag.ItemIsDropEnabled  # not on
    data = dragged(proxy, 0)
    assert proxy.canDropMimeData(data, MOVE, 3, COL_TITLE, ROOT)

    assert proxy.dropMimeData(data, MOVE, 3, COL_TITLE, ROOT)  # above the fourth row

    assert shown(proxy) == ["Tiltak 1", "Tiltak 2", "Tiltak 0", "Tiltak 3"]
    assert model.user_order() == [rows[n].sheet_id for n in (1, 2, 0, 3)]
    assert stored == [model.user_order()]
    # Up to the top, and below the last row (on the empty space under the rows).
    assert proxy.dropMimeData(dragged(proxy, 3), MOVE, 0, COL_TITLE, ROOT)
    assert shown(proxy) == ["Tiltak 3", "Tiltak 1", "Tiltak 2", "Tiltak 0"]
    assert proxy.dropMimeData(dragged(proxy, 0), MOVE, -1, -1, ROOT)
    assert shown(proxy) == ["Tiltak 1", "Tiltak 2", "Tiltak 0", "Tiltak 3"]
    assert len(stored) == 3 and stored[-1] == model.user_order()


def test_a_drop_in_a_filtered_list_lands_before_the_row_it_was_dropped_above(model):
    rows = [row(n) for n in range(6)]
    model.set_rows(rows)
    proxy = proxy_over(model)
    proxy.set_filter("sør")  # Tiltak 1 and Tiltak 4
    assert shown(proxy) == ["Tiltak 1", "Tiltak 4"]

    assert proxy.dropMimeData(dragged(proxy, 1), MOVE, 0, COL_TITLE, ROOT)

    assert shown(proxy) == ["Tiltak 4", "Tiltak 1"]
    assert model.user_order() == [rows[n].sheet_id for n in (0, 4, 1, 2, 3, 5)]


def test_a_drop_is_refused_when_the_list_is_sorted_or_grouped(model):
    rows = [row(n) for n in range(4)]
    order = [rows[n].sheet_id for n in (2, 0, 3, 1)]
    model.set_rows(rows, order)
    proxy = proxy_over(model)
    stored: list[list[uuid.UUID]] = []
    model.own_order_dropped.connect(stored.append)
    data = dragged(proxy, 0)

    def refused() -> bool:
        sheet_row = next(
            r for r in range(proxy.rowCount()) if proxy.data(proxy.index(r, 0), ID_ROLE)
        )
        return (
            not proxy.flags(proxy.index(sheet_row, COL_TITLE)) & Qt.ItemFlag.ItemIsDragEnabled
            and not proxy.flags(ROOT) & Qt.ItemFlag.ItemIsDropEnabled
            and not proxy.canDropMimeData(data, MOVE, 2, COL_TITLE, ROOT)
            and not proxy.dropMimeData(data, MOVE, 2, COL_TITLE, ROOT)
        )

    proxy.sort(COL_COST, Qt.SortOrder.DescendingOrder)
    assert refused()
    proxy.sort(-1)
    model.set_grouping("working_group")
    assert refused()
    model.set_grouping("")
    assert model.user_order() == order and stored == []
    foreign = QMimeData()
    foreign.setText(str(rows[0].sheet_id))  # text from elsewhere is not a row of this list
    assert not proxy.canDropMimeData(foreign, MOVE, 2, COL_TITLE, ROOT)
    assert not proxy.dropMimeData(foreign, MOVE, 2, COL_TITLE, ROOT)
    assert proxy.canDropMimeData(data, MOVE, 2, COL_TITLE, ROOT)  # own order again


def test_group_by_working_group_and_action_area(model):
    rows = [row(n) for n in range(6)]
    rows[4] = row(4, title="Tiltak 4 Fana")
    model.set_rows(rows)
    proxy = proxy_over(model)

    model.set_grouping("working_group")
    assert shown(proxy, COL_WORKING_GROUP)[0] == "Nordøst (2 ark)"
    headings = [model.text(r, 0) for r in model.heading_rows()]
    assert headings == ["Nordøst (2 ark)", "Sør (2 ark)", "(uten arbeidsgruppe) (2 ark)"]
    assert not model.flags(model.index(model.heading_rows()[0], 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.data(model.index(model.heading_rows()[0], 0), ID_ROLE) is None
    # Sorting sorts within each group.
    proxy.sort(COL_COST, Qt.SortOrder.DescendingOrder)
    titles = shown(proxy, COL_TITLE)
    assert titles == [
        None,
        "Tiltak 3",
        "Tiltak 0",
        None,
        "Tiltak 4 Fana",
        "Tiltak 1",
        None,
        "Tiltak 5",
        "Tiltak 2",
    ]
    # A group with no row left by the filter loses its heading too.
    proxy.set_filter("fana")
    assert shown(proxy, COL_WORKING_GROUP) == ["Sør (2 ark)", "Sør"]

    proxy.set_filter("")
    model.set_grouping("action_area")
    assert [model.text(r, 0) for r in model.heading_rows()] == [
        "Kollektiv (3 ark)",
        "Sykkel (3 ark)",
    ]
    model.set_grouping("")
    assert model.heading_rows() == [] and model.rowCount() == 6


def test_a_sheet_of_a_profile_without_review_states_still_shows(model):
    model.set_rows([row(0, profile="ukjent", state="")])
    assert model.text(0, COL_STATE) == ""
    assert model.text(0, COL_TITLE) == "Tiltak 0"
