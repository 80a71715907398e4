"""The rules of what the frozen app leaves out (packaging/bundle_contents.py), the lock
files the release is built from, and the gate that reruns the frozen smoke test."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from prosjektark.i18n import LANGUAGES
from prosjektark.ui.qt_translations import catalogues

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle = load("bundle_contents")
gate = load("frozen_gate")
QT_TRANSLATIONS_PATH = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def test_every_qt_catalogue_the_program_loads_is_kept():
    loaded = {
        path.name
        for language in LANGUAGES
        for path in catalogues(language)
        if path.parent == QT_TRANSLATIONS_PATH
    }
    assert loaded, "the program loads none of Qt's own catalogues: the rule is stale"
    assert loaded == set(bundle.QT_TRANSLATIONS)
    for name in loaded:
        assert bundle.keep_data(f"{bundle.QT_TRANSLATIONS_DIR}/{name}")


def test_the_other_qt_catalogues_are_left_out_and_ours_kept():
    others = [p.name for p in QT_TRANSLATIONS_PATH.glob("*.qm") if p.name != "qtbase_nn.qm"]
    assert len(others) > 10
    assert not any(bundle.keep_data(f"PySide6/Qt/translations/{name}") for name in others)
    assert bundle.keep_data("resources/translations/qtbase_nb.qm")
    assert bundle.keep_data("resources/translations/prosjektark_nn.qm")
    assert bundle.keep_data("PySide6\\Qt\\translations\\qtbase_nn.qm")  # Windows separators


def test_no_font_of_reportlab_is_bundled():
    import reportlab

    package = Path(reportlab.__file__).parent
    for name in bundle.REPORTLAB_DATA:
        assert (package / name).is_file(), name
    fonts = {p.name for p in (package / "fonts").iterdir()}
    assert "DarkGardenMK.pfb" in fonts  # the GPL font the rule is there for
    assert not fonts & set(bundle.REPORTLAB_DATA)


@pytest.mark.parametrize(
    ("plugin_type", "filename", "kept"),
    [
        ("platforms", "libqxcb.so", True),
        ("platforms", "libqwayland.so", True),
        ("platforms", "libqoffscreen.so", True),
        ("platforms", "qwindows.dll", True),
        ("platforms", "libqvnc.so", False),
        ("platforms", "libqlinuxfb.so", False),
        ("platforms", "libqeglfs.so", False),
        ("platformthemes", "libqgtk3.so", True),  # the GTK file dialog (file_dialogs.py)
        ("platforminputcontexts", "libibusplatforminputcontextplugin.so", True),
        ("printsupport", "libcupsprintersupport.so", True),
        ("egldeviceintegrations", "libqeglfs-kms-integration.so", False),
        ("generic", "libqevdevkeyboardplugin.so", False),
        ("tls", "qopensslbackend.dll", False),
    ],
)
def test_qt_plugins(plugin_type, filename, kept):
    assert bundle.keep_qt_plugin(plugin_type, filename) is kept


def test_every_qt_plugin_the_program_may_need_on_a_desktop_is_kept():
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    kept = {
        (p.parent.name, bundle.plugin_stem(p.name))
        for p in plugins.glob("*/*")
        if bundle.keep_qt_plugin(p.parent.name, p.name)
    }
    if sys.platform.startswith("linux"):
        for needed in ("qxcb", "qwayland", "qoffscreen"):
            assert ("platforms", needed) in kept
        assert ("platformthemes", "qgtk3") in kept
        assert ("printsupport", "cupsprintersupport") in kept


LOCKS = [ROOT / "requirements" / "runtime.lock", ROOT / "requirements" / "build.lock"]


def pins(lock: Path) -> dict[str, str]:
    text = lock.read_text(encoding="utf-8")
    return dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^\s;]+)", text, re.MULTILINE))


def requirement_name(requirement: str) -> str:
    return re.split(r"[\[<>=!~;\s]", requirement, maxsplit=1)[0].lower().replace("_", "-")


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_every_pin_in_the_lock_files_has_hashes(lock):
    entries = re.split(r"\n(?=[a-z0-9])", lock.read_text(encoding="utf-8"))
    pinned = [e for e in entries if re.match(r"[a-z0-9][a-z0-9._-]*==", e)]
    assert len(pinned) > 20
    for entry in pinned:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_the_lock_files_follow_pyproject(lock):
    """A dependency added to pyproject.toml without `make lock` fails here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = pins(lock)
    for requirement in project["dependencies"]:
        assert requirement_name(requirement) in pinned, f"{requirement}: run `make lock`"
    major, minor = (int(x) for x in pinned["pyside6-essentials"].split(".")[:2])
    assert (major, minor) < (6, 12)  # pyproject explains why


def test_build_lock_pins_pyinstaller_exactly_and_agrees_with_the_runtime_lock():
    build_in = (ROOT / "requirements" / "build.in").read_text(encoding="utf-8")
    (wanted,) = re.findall(r"^pyinstaller==(\S+)", build_in, re.MULTILINE)
    build, runtime = pins(LOCKS[1]), pins(LOCKS[0])
    assert build["pyinstaller"] == wanted
    for name, version in runtime.items():
        assert build.get(name) == version, name


def make_tree(root: Path) -> Path:
    for name in ("build.spec", "pyproject.toml", "setup.py", "MANIFEST.in"):
        (root / name).write_text(f"{name}\n", encoding="utf-8")
    (root / "packaging" / "linux").mkdir(parents=True)
    (root / "packaging" / "linux" / "app.desktop").write_text("[Desktop Entry]\n")
    (root / "requirements").mkdir()
    (root / "requirements" / "build.lock").write_text("pyinstaller==1\n")
    (root / "desktop").mkdir()
    (root / "desktop" / "code.py").write_text("x = 1\n")
    return root


def test_gate_hash_follows_the_packaging_inputs_only(tmp_path):
    root = make_tree(tmp_path)
    first = gate.digest(root)
    (root / "desktop" / "code.py").write_text("x = 2\n")  # the program's code: not an input
    (root / "packaging" / "frozen-verified.sha256").write_text("anything\n")  # the stamp
    pycache = root / "packaging" / "__pycache__"
    pycache.mkdir()
    (pycache / "x.cpython-311.pyc").write_bytes(b"\0")
    assert gate.digest(root) == first
    for changed in ("build.spec", "requirements/build.lock", "packaging/linux/app.desktop"):
        path = root / changed
        before = path.read_bytes()
        path.write_bytes(before + b"#\n")
        assert gate.digest(root) != first, changed
        path.write_bytes(before)
    assert gate.digest(root) == first
    # A renamed file changes the hash although every content stays.
    (root / "packaging" / "linux" / "app.desktop").rename(root / "packaging" / "linux" / "b")
    assert gate.digest(root) != first


def test_gate_hash_ignores_windows_line_endings(tmp_path):
    root = make_tree(tmp_path)
    first = gate.digest(root)
    (root / "build.spec").write_bytes(b"build.spec\r\n")
    assert gate.digest(root) == first


def test_the_committed_stamp_names_a_hash():
    if not (ROOT / gate.STAMP_NAME).exists():
        pytest.skip("no frozen build verified yet (make frozen-check writes the stamp)")
    value, note = gate.recorded(ROOT)
    assert re.fullmatch(r"[0-9a-f]{64}", value)
    assert note.startswith("verified ")


def test_gate_status_says_whether_the_inputs_were_verified(tmp_path, capsys):
    root = make_tree(tmp_path)
    assert gate.main(["--status"], root) == 1
    assert "not verified" in capsys.readouterr().out
    assert gate.main(["--record"], root) == 0
    assert gate.main(["--status"], root) == 0
    assert "last verified" in capsys.readouterr().out
    (root / "build.spec").write_text("changed\n")
    assert gate.main(["--status"], root) == 1
    assert gate.main(["--bogus"], root) == 2
