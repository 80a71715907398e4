"""«Send til sekretariatet …» in the outbox: the folder is asked for once and remembered,
the packages are copied and shown as Levert with time and folder, and a folder that
cannot take them says why and leaves them Klar."""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog
from prosjektark.store.repository import Store
from prosjektark.ui import file_dialogs
from prosjektark.ui.signing.outbox_dialog import OutboxDialog

WG = Actor("Kari Nordmann", "ab" * 32)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as opened:
        opened.actor = lambda: WG
        yield opened


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prosjektark.ini"), QSettings.Format.IniFormat)


def exported(store: Store, folder: Path, name: str, title: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(os.urandom(4000))
    return store.add_outbox_entry(uuid.uuid4(), 2, title, folder / name)


def dialog_for(qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings) -> OutboxDialog:
    dialog = OutboxDialog(store, catalog, lambda: None, tmp_path, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def state_texts(dialog: OutboxDialog) -> dict[str, str]:
    model = dialog.model
    return {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}


def test_the_first_send_asks_for_the_folder_and_the_next_remembers_it(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings, monkeypatch
) -> None:
    exported(store, tmp_path / "ut", "sykkelveg_r2.asice", "Sykkelveg på Lade")
    exported(store, tmp_path / "ut", "kollektiv_r2.asice", "Kollektivfelt")
    delivery = tmp_path / "Teams" / "Levering"
    delivery.mkdir(parents=True)
    asked: list[str] = []

    def choose(_parent, title, _start, **_k):
        asked.append(title)
        return delivery

    monkeypatch.setattr(file_dialogs, "choose_folder", choose)
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)
    assert "ikke valgt" in dialog.folder_label.text()
    assert dialog.send_button.isEnabled()

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    assert asked == ["Velg sekretariatets leveringsmappe"]
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value(
        "delivery/folder"
    ) == str(delivery)
    assert sorted(os.listdir(delivery)) == ["kollektiv_r2.asice", "sykkelveg_r2.asice"]
    for row, (title, state) in enumerate(state_texts(dialog).items()):
        assert state.startswith("Levert ") and state.endswith(" til Levering"), title
        tip = dialog.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.endswith(f" til {delivery}")
    text = dialog.message.text()
    assert text.startswith(f"2 av 2 pakker er sendt til {delivery}.")
    assert "✔ Sykkelveg på Lade (rev. 2)" in text and "✔ Kollektivfelt (rev. 2)" in text
    assert str(delivery) in dialog.folder_label.text()
    assert not dialog.send_button.isEnabled()  # nothing left to send

    # A new package later: the remembered folder is used without asking.
    exported(store, tmp_path / "ut", "ny_r3.asice", "Nytt ark")
    again = dialog_for(qtbot, store, catalog, tmp_path, settings)
    again.send_to_secretariat()
    assert asked == ["Velg sekretariatets leveringsmappe"]
    assert "ny_r3.asice" in os.listdir(delivery)


def test_only_the_chosen_packages_are_sent(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings
) -> None:
    exported(store, tmp_path / "ut", "a_r2.asice", "A")
    exported(store, tmp_path / "ut", "b_r2.asice", "B")
    delivery = tmp_path / "levering"
    delivery.mkdir()
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.entry(r).title == "B")
    dialog.select_row(row)

    report = dialog.send_to_secretariat(delivery)

    assert [o.entry.title for o in report.outcomes] == ["B"]
    assert os.listdir(delivery) == ["b_r2.asice"]
    states = state_texts(dialog)
    assert states["A"] == "Klar til opplasting" and states["B"].startswith("Levert ")


@contextlib.contextmanager
def read_only(where: Path) -> Iterator[Path]:
    where.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root ignores modes: a ro tmpfs
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(where)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip("kan ikke montere en skrivebeskyttet tmpfs her")
        try:
            yield where
        finally:
            subprocess.run(["umount", "-l", str(where)], check=False)
    else:
        where.chmod(0o555)
        try:
            yield where
        finally:
            where.chmod(0o755)


def test_a_read_only_folder_says_why_and_the_package_stays_ready(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings
) -> None:
    exported(store, tmp_path / "ut", "a_r2.asice", "Sykkelveg")
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)
    with read_only(tmp_path / "levering") as locked:
        report = dialog.send_to_secretariat(locked)
        assert os.listdir(locked) == []
    assert report is not None and len(report.failed) == 1
    text = dialog.message.text()
    assert text.startswith("0 av 1 pakke er sendt")
    assert "✖ Sykkelveg (rev. 2)" in text and "skrivebeskyttet" in text
    assert "ligger fortsatt i utboksen" in text
    assert "b3261e" in dialog.message.styleSheet()  # shown as an error
    assert state_texts(dialog) == {"Sykkelveg": "Klar til opplasting"}
    assert dialog.send_button.isEnabled()


def test_a_remembered_folder_that_is_gone_says_so(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings, monkeypatch
) -> None:
    exported(store, tmp_path / "ut", "a_r2.asice", "Sykkelveg")
    settings.setValue("delivery/folder", str(tmp_path / "frakoblet-nettverk"))
    monkeypatch.setattr(
        file_dialogs, "choose_folder", lambda *a, **k: pytest.fail("should not ask")
    )
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)

    dialog.send_to_secretariat()

    assert "finnes ikke" in dialog.message.text()
    assert state_texts(dialog) == {"Sykkelveg": "Klar til opplasting"}


def test_cancelling_the_folder_question_sends_nothing(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings, monkeypatch
) -> None:
    exported(store, tmp_path / "ut", "a_r2.asice", "Sykkelveg")
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: None)
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)
    assert dialog.send_to_secretariat() is None
    assert settings.value("delivery/folder") is None
    assert state_texts(dialog) == {"Sykkelveg": "Klar til opplasting"}


def test_with_nothing_ready_the_button_is_off(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings
) -> None:
    entry = exported(store, tmp_path / "ut", "a_r2.asice", "Sykkelveg")
    store.mark_delivered(entry.id)
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)
    assert not dialog.send_button.isEnabled()
    assert state_texts(dialog)["Sykkelveg"].startswith("Levert ")
    assert " til " not in state_texts(dialog)["Sykkelveg"]  # marked by hand: no folder


def test_a_delivery_folder_locked_by_the_machine_is_used_and_not_offered_for_change(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, settings: QSettings, monkeypatch
) -> None:
    from prosjektark import machine_config

    share = tmp_path / "fil01" / "levert"
    share.mkdir(parents=True)
    machine = Path(os.environ["PROSJEKTARK_MACHINE_CONFIG"])
    (machine / "prosjektark.toml").write_text(
        f"delivery_folder = '{share}'\nlocked = [\"delivery_folder\"]\n", encoding="utf-8"
    )
    machine_config.reload()
    settings.setValue("delivery/folder", str(tmp_path / "egen"))  # from before IT locked it
    exported(store, tmp_path / "ut", "sykkelveg_r2.asice", "Sykkelveg på Lade")

    def never(*_a, **_k):
        raise AssertionError("the user is not asked for a folder the machine sets")

    monkeypatch.setattr(file_dialogs, "choose_folder", never)
    dialog = dialog_for(qtbot, store, catalog, tmp_path, settings)
    assert str(share) in dialog.folder_label.text()
    assert not dialog.change_folder_button.isVisible()

    dialog.send_to_secretariat(folder=tmp_path / "annen")  # refused: the machine's folder
    assert os.listdir(share) == ["sykkelveg_r2.asice"]
    assert settings.value("delivery/folder") == str(tmp_path / "egen")
