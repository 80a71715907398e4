"""The secretariat's intake watcher: a file-system watcher plus polling on the intake
folder; `packages_ready` names only complete packages not imported before, and importing
them is one call. A look runs in a background thread, one at a time, so a slow network
share never stalls the window."""

from __future__ import annotations

import gc
import io
import logging
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QTimer
from reportlab.pdfgen import canvas

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.exchange import intake_folder
from prosjektark.exchange.intake_folder import KnownPackages
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import Identity, certificate_pem, create_identity
from prosjektark.store.repository import Store
from prosjektark.ui.intake_watcher import IntakeWatcher, import_ready_packages

PASS = "inntaksmappe for sekretariatet"
WAIT_MS = 20_000  # only how long to wait for the watcher at most; nothing asserts a time
WAIT_S = WAIT_MS / 1000


@pytest.fixture(autouse=True)
def _quiet_pyhanko():
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def package_data(kare: Identity, catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    sheet = example_sheets(catalog)[0]
    return build_package(
        {"prosjektark.json": sheet_to_json(sheet).encode(), "prosjektark.pdf": buffer.getvalue()},
        kare,
        revision=sheet.revision,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "inntak"
    path.mkdir()
    return path


@pytest.fixture
def known(tmp_path: Path) -> KnownPackages:
    return KnownPackages(tmp_path / "inntak-importert.json")


_started: list[IntakeWatcher] = []


@pytest.fixture(autouse=True)
def _stop_watchers():
    yield
    while _started:
        _started.pop().stop()


def watcher_on(qtbot, folder: Path, known: KnownPackages, **kwargs) -> IntakeWatcher:
    watcher = IntakeWatcher(folder, known, poll_interval_ms=200, settle_ms=50, **kwargs)
    _started.append(watcher)
    return watcher


def wait_for_looks(qtbot, watcher: IntakeWatcher, count: int) -> None:
    start = watcher.looks
    qtbot.waitUntil(lambda: watcher.looks >= start + count, timeout=WAIT_MS)


def test_a_package_written_in_two_halves_is_reported_only_when_complete(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes
) -> None:
    watcher = watcher_on(qtbot, folder, known)
    emitted: list[list[Path]] = []
    watcher.packages_ready.connect(emitted.append)
    watcher.start()
    target = folder / "sykkelveg_r3.asice"
    half = len(package_data) // 2

    target.write_bytes(package_data[:half])
    wait_for_looks(qtbot, watcher, 3)  # the file has looked the same at least twice
    assert emitted == [] and watcher.ready == []
    assert watcher.pending == [target]

    with (
        qtbot.waitSignal(watcher.packages_ready, timeout=WAIT_MS) as blocker,
        target.open("ab") as fh,
    ):
        fh.write(package_data[half:])
    assert blocker.args == [[target]]
    assert watcher.ready == [target] and watcher.pending == []


def test_polling_finds_a_package_when_the_folder_sends_no_notifications(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes
) -> None:
    """Network shares and synced folders often never notify."""
    watcher = watcher_on(qtbot, folder, known, use_file_watcher=False)
    watcher.start()
    with qtbot.waitSignal(watcher.packages_ready, timeout=WAIT_MS) as blocker:
        (folder / "a_r3.asice").write_bytes(package_data)
    assert blocker.args == [[folder / "a_r3.asice"]]


def look_and_wait(qtbot, watcher: IntakeWatcher) -> list[Path]:
    """One look asked for, and waited for (it runs in the background)."""
    start = watcher.looks
    assert watcher.scan_now()
    qtbot.waitUntil(lambda: watcher.looks == start + 1 and not watcher.is_busy(), timeout=WAIT_MS)
    return watcher.ready


def test_a_scan_without_the_timers_needs_two_looks(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes
) -> None:
    (folder / "a_r3.asice").write_bytes(package_data)
    watcher = watcher_on(qtbot, folder, known)
    assert look_and_wait(qtbot, watcher) == []
    assert watcher.pending == [folder / "a_r3.asice"]
    assert look_and_wait(qtbot, watcher) == [folder / "a_r3.asice"]


class SlowListing:
    """intake_folder.look, held up on a slow share: the first `held` calls wait for
    `release` (at most WAIT_S, so a look in the UI thread fails the test, not hangs it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, held: int = 1) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.released: list[bool] = []  # per held call: whether release came, or the time ran out
        self.calls = 0
        self.held = held
        self._look = intake_folder.look
        monkeypatch.setattr(intake_folder, "look", self)

    def __call__(self, folder: Path):
        self.calls += 1
        if self.calls <= self.held:
            self.entered.set()
            self.released.append(self.release.wait(WAIT_S))
        return self._look(folder)


def test_a_slow_folder_listing_does_not_block_the_window(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes, monkeypatch
) -> None:
    (folder / "a_r3.asice").write_bytes(package_data)
    slow = SlowListing(monkeypatch)
    watcher = watcher_on(qtbot, folder, known)
    looked: list[int] = []
    watcher.looked.connect(lambda: looked.append(watcher.looks))

    watcher.scan_now()
    qtbot.waitUntil(slow.entered.is_set, timeout=WAIT_MS)
    # The event loop runs while the listing is held up: this timer is what lets it go.
    QTimer.singleShot(0, slow.release.set)
    qtbot.waitUntil(lambda: looked == [1], timeout=WAIT_MS)

    assert slow.released == [True]
    assert watcher.pending == [folder / "a_r3.asice"] and watcher.problem is None
    with qtbot.waitSignal(watcher.packages_ready, timeout=WAIT_MS) as blocker:
        watcher.scan_now()
    assert blocker.args == [[folder / "a_r3.asice"]]
    assert watcher.ready == [folder / "a_r3.asice"]


def test_asking_during_a_look_takes_exactly_one_more_after_it(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes, monkeypatch
) -> None:
    (folder / "a_r3.asice").write_bytes(package_data)
    slow = SlowListing(monkeypatch)
    watcher = watcher_on(qtbot, folder, known)

    watcher.scan_now()
    qtbot.waitUntil(slow.entered.is_set, timeout=WAIT_MS)
    watcher.scan_now()  # the poll,
    watcher.scan_now()  # and a file notification
    assert slow.calls == 1  # never two looks at once
    slow.release.set()
    qtbot.waitUntil(lambda: watcher.looks == 2 and not watcher.is_busy(), timeout=WAIT_MS)

    assert slow.calls == 2 and slow.released == [True]
    assert watcher.ready == [folder / "a_r3.asice"]  # the second look saw it unchanged


def test_a_watcher_deleted_during_a_look_leaves_nothing_behind(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes, monkeypatch
) -> None:
    """The window closed while a slow share is being read."""
    (folder / "a_r3.asice").write_bytes(package_data)
    slow = SlowListing(monkeypatch)
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    window = QObject()
    watcher = IntakeWatcher(folder, known, window, poll_interval_ms=200, settle_ms=50)
    watcher.start()
    qtbot.waitUntil(slow.entered.is_set, timeout=WAIT_MS)
    [worker] = [t for t in threading.enumerate() if t.name == "intake-scan"]
    watcher.stop()
    with qtbot.waitSignal(window.destroyed, timeout=WAIT_MS):
        window.deleteLater()
    # `watcher` (its Python side) is still referenced, as a window's attribute would be.

    slow.release.set()
    worker.join(WAIT_S)
    assert not worker.is_alive() and slow.released == [True]
    qtbot.waitUntil(gc.isenabled, timeout=WAIT_MS)  # the collector is on again
    assert failures == []


def test_stopped_means_no_more_looks(qtbot, folder: Path, known: KnownPackages) -> None:
    watcher = watcher_on(qtbot, folder, known)
    watcher.start()
    assert watcher.is_running()
    watcher.stop()
    assert not watcher.is_running()
    looks = watcher.looks
    qtbot.wait(300)  # longer than the poll interval: a running watcher would have looked
    assert watcher.looks == looks


def test_a_missing_folder_is_reported_and_picked_up_when_it_appears(
    qtbot, tmp_path: Path, known: KnownPackages, package_data: bytes
) -> None:
    folder = tmp_path / "nettverk"
    watcher = watcher_on(qtbot, folder, known)
    problems: list[str] = []
    watcher.problem_changed.connect(problems.append)
    watcher.start()
    wait_for_looks(qtbot, watcher, 1)
    assert watcher.problem is not None and "finnes ikke" in watcher.problem
    assert problems == [watcher.problem]

    with qtbot.waitSignal(watcher.packages_ready, timeout=WAIT_MS) as blocker:
        folder.mkdir()
        (folder / "a_r3.asice").write_bytes(package_data)
    assert blocker.args == [[folder / "a_r3.asice"]]
    assert watcher.problem is None and problems[-1] == ""


def test_the_folder_comes_from_the_settings(qtbot, tmp_path: Path, known: KnownPackages) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert IntakeWatcher.from_settings(settings, known).folder is None
    settings.setValue("intake/folder", str(tmp_path / "inntak"))
    watcher = IntakeWatcher.from_settings(settings, known)
    assert watcher.folder == tmp_path / "inntak"


def test_importing_the_ready_packages_is_one_call_and_they_are_not_listed_again(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes, kare: Identity, tmp_path: Path,
    catalog: Catalog,
) -> None:  # fmt: skip
    good = folder / "sykkelveg_r3.asice"
    good.write_bytes(package_data)
    unsigned = folder / "usignert_r1.asice"
    with zipfile.ZipFile(unsigned, "w") as zf:  # a whole zip, but no signed package
        zf.writestr("prosjektark.json", "{}")
    cert = tmp_path / "kare.pem"
    cert.write_bytes(certificate_pem(kare.certificate))
    watcher = watcher_on(qtbot, folder, known)
    look_and_wait(qtbot, watcher)
    ready = look_and_wait(qtbot, watcher)
    assert ready == [good, unsigned]

    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        report = import_ready_packages(None, store, catalog, ready, cert, known=known)
        assert [(o.path, o.status) for o in report.outcomes] == [
            (good, "importert"),
            (unsigned, "avvist"),
        ]
        assert len(store.list_summaries()) == 1

    emitted: list[list[Path]] = []
    watcher.packages_ready.connect(emitted.append)
    assert look_and_wait(qtbot, watcher) == [unsigned]  # a refused package stays listed
    assert emitted == [[unsigned]]
    assert KnownPackages(tmp_path / "inntak-importert.json").is_known(good)


def test_import_ready_takes_the_imported_packages_off_the_list_at_once(
    qtbot, folder: Path, known: KnownPackages, package_data: bytes, kare: Identity, tmp_path: Path,
    catalog: Catalog,
) -> None:  # fmt: skip
    good = folder / "sykkelveg_r3.asice"
    good.write_bytes(package_data)
    cert = tmp_path / "kare.pem"
    cert.write_bytes(certificate_pem(kare.certificate))
    watcher = watcher_on(qtbot, folder, known)
    look_and_wait(qtbot, watcher)
    assert look_and_wait(qtbot, watcher) == [good]
    emitted: list[list[Path]] = []
    watcher.packages_ready.connect(emitted.append)

    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        report = watcher.import_ready(None, store, catalog, cert)

    assert [o.status for o in report.outcomes] == ["importert"]
    assert watcher.ready == [] and emitted == [[]]  # before the next look has come back
    qtbot.waitUntil(lambda: not watcher.is_busy(), timeout=WAIT_MS)
    assert watcher.ready == [] and emitted == [[]]


def test_another_folder_forgets_the_old_ones_problem_and_is_watched(
    qtbot, tmp_path: Path, known: KnownPackages, package_data: bytes
) -> None:
    watcher = watcher_on(qtbot, tmp_path / "borte", known)
    problems: list[str] = []
    watcher.problem_changed.connect(problems.append)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.problem is not None, timeout=WAIT_MS)
    folder = tmp_path / "inntak"
    folder.mkdir()

    watcher.set_folder(folder)

    assert watcher.problem is None and problems[-1] == ""
    with qtbot.waitSignal(watcher.packages_ready, timeout=WAIT_MS) as blocker:
        (folder / "a_r3.asice").write_bytes(package_data)
    assert blocker.args == [[folder / "a_r3.asice"]]
