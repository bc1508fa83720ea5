"""A map changed on disk while it is open in the window: Save asks before replacing it, the
idle window notices and offers to reload, and nothing is ever lost. Also what the window
says when it opens a map it cannot lock (read-only folder) or a very large map, and that
Qt's file dialog keeps no history outside Skymap's private folder."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skymap.storage import locks
from skymap.storage.mapfile import backup_path, load_map, save_map
from skymap.storage.recovery import list_recovery
from skymap.ui import file_guard
from skymap.ui.main_window import MainWindow
from tests.disks import tmpfs
from tests.helpers import EXAMPLE, ROOT

NEW = [f"Ny Person {i}" for i in range(40)]


@pytest.fixture
def map_copy(tmp_path) -> Path:
    folder = tmp_path / "kort"
    folder.mkdir()
    path = folder / "norgaard.json"
    shutil.copyfile(EXAMPLE, path)
    return path


@pytest.fixture
def contacts(tmp_path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text("navn;rolle\n" + "".join(f"{n};Mentor\n" for n in NEW), encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot):
    """A window on a new map; the test opens its map through File > Open's path."""
    win = MainWindow(load_map(EXAMPLE), None, "en")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.restored = False
    win.undo_stack.setClean()


@pytest.fixture
def answers(monkeypatch):
    """The questions asked through the module's dialog helper, answered by button text."""
    asked: list[dict] = []
    plan: list[str] = []

    def answer(box: QMessageBox):
        texts = [b.text() for b in box.buttons()]
        asked.append({"text": box.text(), "info": box.informativeText(), "buttons": texts})
        want = plan.pop(0) if plan else None
        if want is None:
            return box.defaultButton()
        return next(b for b in box.buttons() if b.text() == want)

    monkeypatch.setattr(file_guard, "_exec_box", answer)
    answer.asked, answer.plan = asked, plan
    return answer


def names(path_or_map) -> set[str]:
    m = load_map(path_or_map) if isinstance(path_or_map, Path) else path_or_map
    return {p.name for p in m.family} | {a.name for a in m.actors}


def import_elsewhere(contacts: Path, map_path: Path) -> None:
    """The real command, in another process, while the window has the map open."""
    done = subprocess.run([sys.executable, "-m", "skymap.cli", "import", str(contacts), "--into", str(map_path),
                           "--force", "--lang", "en"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "40 added" in done.stdout
    assert set(NEW) <= names(map_path)


def edit_and_ctrl_s(window) -> None:
    window.editor.add_member(name="Lille Bo")
    assert window.is_modified()
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)


# ----- Save with the file changed underneath ------------------------------------------------------

def test_save_asks_and_overwrite_replaces_the_file_keeping_the_import_in_the_backup(window, map_copy, contacts,
                                                                                   answers):
    assert window.file_open(str(map_copy))
    import_elsewhere(contacts, map_path=map_copy)
    answers.plan.append("Overwrite")
    edit_and_ctrl_s(window)
    assert len(answers.asked) == 1
    question = answers.asked[0]
    assert "norgaard.json has been changed by another program" in question["text"]
    assert set(question["buttons"]) == {"Overwrite", "Save as a Copy…", "Reload", "Cancel"}
    assert "Lille Bo" in names(map_copy) and not set(NEW) & names(map_copy)
    assert set(NEW) <= names(backup_path(map_copy))  # the import is not lost
    assert not window.is_modified()
    # What was saved is now what the window expects: the next save asks nothing.
    window.editor.add_member(name="Endnu en")
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert len(answers.asked) == 1 and "Endnu en" in names(map_copy)


def test_save_as_a_copy_leaves_the_changed_file_as_it_is(window, map_copy, contacts, answers, monkeypatch, tmp_path):
    assert window.file_open(str(map_copy))
    import_elsewhere(contacts, map_copy)
    imported = map_copy.read_bytes()
    copy = tmp_path / "min-version.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    answers.plan.append("Save as a Copy…")
    edit_and_ctrl_s(window)
    assert len(answers.asked) == 1
    assert map_copy.read_bytes() == imported  # the 40 people are still in the file
    assert "Lille Bo" in names(copy) and not set(NEW) & names(copy)
    assert window.path == copy and not window.is_modified()
    assert not locks.is_ours(map_copy) and locks.is_ours(copy)


def test_reload_shows_the_file_and_keeps_the_edits_as_a_recovery_copy(window, map_copy, contacts, answers, qtbot):
    assert window.file_open(str(map_copy))
    import_elsewhere(contacts, map_copy)
    imported = map_copy.read_bytes()
    answers.plan.append("Reload")
    edit_and_ctrl_s(window)
    assert len(answers.asked) == 1
    assert map_copy.read_bytes() == imported
    assert set(NEW) <= names(window.doc.map) and "Lille Bo" not in names(window.doc.map)
    assert not window.is_modified() and window.path == map_copy and locks.is_ours(map_copy)
    # The edits are kept, and the window says where.
    (kept,) = [r for r in list_recovery(orphaned_only=False) if r.path.name.startswith("kept-")]
    assert "Lille Bo" in names(kept.load()) and kept.original == str(map_copy.resolve())
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600
    bar = window.file_guard.bar
    assert bar.isVisible() and str(kept.path) in bar.text("kept")
    # "Bring my changes back": the edits are in the window again, unsaved; Save asks again.
    button = next(b for b in bar.notices["kept"].findChildren(type(bar.notices["kept"].findChild(
        __import__("PySide6.QtWidgets", fromlist=["QPushButton"]).QPushButton))) if b.text() == "Bring My Changes Back")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert "Lille Bo" in names(window.doc.map) and window.is_modified()
    answers.plan.append("Cancel")
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert len(answers.asked) == 2
    assert map_copy.read_bytes() == imported


def test_cancel_writes_nothing_and_keeps_the_edits(window, map_copy, contacts, answers):
    assert window.file_open(str(map_copy))
    import_elsewhere(contacts, map_copy)
    imported = map_copy.read_bytes()
    answers.plan.append("Cancel")
    edit_and_ctrl_s(window)
    assert map_copy.read_bytes() == imported
    assert window.is_modified() and "Lille Bo" in names(window.doc.map)


def test_a_map_copied_over_the_file_is_noticed_too(window, map_copy, answers, tmp_path):
    assert window.file_open(str(map_copy))
    from skymap.model.template import new_map

    save_map(new_map("standard", lang="da", title="Et andet kort"), tmp_path / "andet.json")
    shutil.copyfile(tmp_path / "andet.json", map_copy)  # `cp` over it: same inode, new bytes
    answers.plan.append("Cancel")
    edit_and_ctrl_s(window)
    assert len(answers.asked) == 1
    assert load_map(map_copy).meta.title == "Et andet kort"


def test_own_saves_and_an_untouched_rewrite_ask_nothing(window, map_copy, answers, qtbot):
    assert window.file_open(str(map_copy))
    edit_and_ctrl_s(window)
    window.editor.add_member(name="Endnu en")
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    map_copy.write_bytes(map_copy.read_bytes())  # rewritten with the same bytes (a sync tool, touch)
    os.utime(map_copy, None)
    window.file_guard.check()
    qtbot.wait(file_guard.CHECK_DELAY_MS + 200)
    window.editor.add_member(name="Og en til")
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert answers.asked == []
    assert {"Lille Bo", "Endnu en", "Og en til"} <= names(map_copy)


# ----- noticed while idle ----------------------------------------------------------------------

def test_the_idle_window_notices_an_import_and_reloads(window, map_copy, contacts, answers, qtbot):
    assert window.file_open(str(map_copy))
    answers.plan.append("Reload")
    import_elsewhere(contacts, map_copy)
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5000)  # the file-system watcher
    assert set(answers.asked[0]["buttons"]) == {"Reload", "Keep Mine"}
    assert set(NEW) <= names(window.doc.map)
    assert not window.is_modified()
    assert list_recovery(orphaned_only=False) == []  # nothing unsaved, nothing to keep


def test_keep_mine_is_not_asked_again_but_save_still_asks(window, map_copy, contacts, answers, qtbot):
    assert window.file_open(str(map_copy))
    answers.plan.append("Keep Mine")
    import_elsewhere(contacts, map_copy)
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5000)
    assert not set(NEW) & names(window.doc.map)
    window.file_guard.check()  # e.g. the window is activated again
    assert len(answers.asked) == 1
    answers.plan.append("Cancel")
    edit_and_ctrl_s(window)
    assert len(answers.asked) == 2 and set(NEW) <= names(map_copy)


def test_with_unsaved_edits_the_idle_question_offers_all_three_and_reload_keeps_them(window, map_copy, contacts,
                                                                                     answers, qtbot):
    assert window.file_open(str(map_copy))
    window.editor.add_member(name="Lille Bo")
    answers.plan.append("Reload")
    import_elsewhere(contacts, map_copy)
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5000)
    assert set(answers.asked[0]["buttons"]) == {"Overwrite", "Save as a Copy…", "Reload", "Not Now"}
    assert set(NEW) <= names(window.doc.map)
    (kept,) = [r for r in list_recovery(orphaned_only=False) if r.path.name.startswith("kept-")]
    assert "Lille Bo" in names(kept.load())


def test_activating_the_window_looks_at_the_file(window, map_copy, contacts, answers, qtbot):
    assert window.file_open(str(map_copy))
    window.file_guard.watcher.blockSignals(True)  # e.g. a network drive that sends no events
    answers.plan.append("Reload")
    import_elsewhere(contacts, map_copy)
    qtbot.wait(file_guard.CHECK_DELAY_MS + 100)
    assert answers.asked == []
    window.activateWindow()
    QTest.qWait(0)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(window, QEvent(QEvent.ActivationChange))
    if not window.isActiveWindow():
        pytest.skip("the offscreen platform did not activate the window")
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5000)
    assert set(NEW) <= names(window.doc.map)


# ----- what the window says on opening -----------------------------------------------------------

def test_a_map_in_a_read_only_folder_says_no_lock_and_offers_save_as(window, tmp_path, monkeypatch, qtbot, dialogs):
    with tmpfs(tmp_path / "ro", files={"norgaard.json": EXAMPLE.read_bytes()}, read_only=True) as folder:
        path = folder / "norgaard.json"
        assert window.file_open(str(path))
        assert not window.read_only and not locks.lock_path(path).exists()
        bar = window.file_guard.bar
        assert bar.isVisible()
        text = bar.text("nolock")
        assert "norgaard.json could not be marked as open here" in text and "saving there will fail" in text
        assert [kind for kind, _ in dialogs if kind in ("box", "warning")] == []  # not in the way
        copy = tmp_path / "kopi.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
        from PySide6.QtWidgets import QPushButton

        save_as = next(b for b in bar.notices["nolock"].findChildren(QPushButton) if b.text() == "Save As…")
        qtbot.mouseClick(save_as, Qt.LeftButton)
        assert window.path == copy and copy.exists()
        assert "nolock" not in bar.notices


def test_a_writable_folder_gives_no_notice(window, map_copy):
    assert window.file_open(str(map_copy))
    assert not window.file_guard.bar.isVisible()


def test_opening_a_very_large_map_says_it_will_be_slow(window, tmp_path, monkeypatch):
    from bench.maps import big_map

    path = tmp_path / "stor.json"
    save_map(big_map(2100, 100), path)
    shown = []
    real = window.statusBar().showMessage
    monkeypatch.setattr(window.statusBar(), "showMessage", lambda text, *a: shown.append(text) or real(text, *a))
    assert window.file_open(str(path))
    assert any("Opening a map of 2,104 people" in t for t in shown), shown
    text = window.file_guard.bar.text("large")
    assert "This map has 2,104 people" in text and "slow" in text


def test_a_map_of_ordinary_size_gives_no_such_notice(window, map_copy):
    assert window.file_open(str(map_copy))
    assert "large" not in window.file_guard.bar.notices


# ----- Qt's file dialog keeps no history in ~/.config ------------------------------------------------

DIALOG_SESSION = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
    from skymap.storage.mapfile import load_map
    from skymap.ui.main_window import MainWindow
    app = QApplication([])
    app.setOrganizationName("Skymap"); app.setApplicationName("Skymap")
    target = Path(sys.argv[1])
    window = MainWindow(load_map(target), None, "en")
    window.show()
    seen = []

    def choose():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, choose)
            return
        seen.append(dialog)
        dialog.setDirectory(str(target.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a user would
        name.setText(str(target))
        dialog.accept()
        QTimer.singleShot(200, choose)  # the folder is read in the background: again until it closes

    QTimer.singleShot(50, choose)
    window.act_open.trigger()  # File > Open…: Qt's own file dialog
    print("opened" if seen and window.path == target else "not opened", flush=True)
    window.undo_stack.setClean()
    window.close()
    """
)


def test_the_file_dialog_leaves_no_qtproject_conf_in_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    target = tmp_path / "familier" / "norgaard.json"
    target.parent.mkdir()
    shutil.copyfile(EXAMPLE, target)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"))
    done = subprocess.run([sys.executable, "-c", DIALOG_SESSION, str(target)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.strip() == "opened", done.stderr[-2000:]
    assert not (home / ".config" / "QtProject.conf").exists()
    everything = [p for p in home.rglob("*") if p.is_file()]
    # Whatever Qt kept is in Skymap's own folder, which only its owner can enter.
    for p in everything:
        if "familier" in p.read_bytes().decode("utf-8", "replace"):
            assert p.is_relative_to(home / ".config" / "skymap"), p
    assert stat.S_IMODE((home / ".config" / "skymap").stat().st_mode) == 0o700


def test_starting_skymap_on_a_very_large_map_says_so_before_building_it(tmp_path, monkeypatch, qapp):
    """`skymap BIG.json`: the window appears with the message first, then the map is built."""
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication, QStatusBar

    from bench.maps import big_map
    from skymap.ui import app as app_module

    path = tmp_path / "stor.json"
    save_map(big_map(2100, 100), path)
    events = []
    real_show, real_set = QStatusBar.showMessage, MainWindow.set_document
    monkeypatch.setattr(QStatusBar, "showMessage", lambda bar, text, *a: events.append(("message", text))
                        or real_show(bar, text, *a))

    def set_document(window, skymap, doc_path, *a, **k):
        events.append(("map", len(skymap.actors) + len(skymap.family), doc_path))
        return real_set(window, skymap, doc_path, *a, **k)

    monkeypatch.setattr(MainWindow, "set_document", set_document)
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(app_module, "_dispose", lambda app, window: (window.undo_stack.setClean(), window.close()))
    args = Namespace(map=path, screenshot=None, size="1600x1000", screenshot_view="normal", lang="en")
    assert app_module.run(args, "en") == 0
    said = next(i for i, e in enumerate(events) if e[0] == "message" and "Opening a map of 2,104 people" in e[1])
    built = next(i for i, e in enumerate(events) if e[0] == "map" and e[1] == 2104)
    assert said < built and events[built][2] == path
    assert not locks.lock_path(path).exists()  # closed: the lock is released
