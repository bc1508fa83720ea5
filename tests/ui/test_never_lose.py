"""Never lose a map, driven through the window: autosave, recovery after a crash, failed
saves, a map another Skymap has open, CPR numbers typed in, and no network at all."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skymap.model.document import MapDocument
from skymap.model.errors import SaveError
from skymap.model.template import new_map
from skymap.storage import locks
from skymap.storage.mapfile import backup_path, load_map
from skymap.storage.recovery import RECOVERY_FORMAT, list_recovery, recovery_dir
from skymap.ui import modal, window_files
from skymap.ui.main_window import MainWindow
from tests.helpers import EXAMPLE, dead_pid

# ----- fixtures and helpers --------------------------------------------------------------------

@pytest.fixture
def map_copy(tmp_path) -> Path:
    """The user's own file: a copy of the example, so the tests may save over it."""
    folder = tmp_path / "kort"
    folder.mkdir()
    path = folder / "norgaard.json"
    shutil.copyfile(EXAMPLE, path)
    return path


@pytest.fixture
def make_window(qtbot, monkeypatch):
    """Windows with a short autosave delay, shown offscreen, dropped cleanly at the end."""
    monkeypatch.setattr(window_files, "AUTOSAVE_DELAY_MS", 50)
    made = []

    def make(skymap=None, path: Path | None = None) -> MainWindow:
        if skymap is None:
            skymap = load_map(path) if path is not None else new_map("standard", lang="en")
        win = MainWindow(skymap, path, "en")
        qtbot.addWidget(win)
        win.resize(1200, 800)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.restored = False
        win.undo_stack.setClean()


@pytest.fixture
def live_foreign_pid():
    """A running process that is not this one: the other Skymap."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        yield proc.pid
    finally:
        proc.kill()
        proc.wait()


def write_lock(map_path: Path, pid: int, user: str = "karin") -> Path:
    path = locks.lock_path(map_path)
    path.write_text(json.dumps({"user": user, "host": socket.gethostname(), "pid": pid,
                                "since": "2025-03-01T08:15:00+00:00"}), encoding="utf-8")
    return path


def recovery_files() -> list[Path]:
    folder = recovery_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def names(window) -> set[str]:
    return {m.name for m in window.doc.map.family} | {a.name for a in window.doc.map.actors}


# ----- autosave ---------------------------------------------------------------------------------

def test_autosave_after_an_edit_writes_a_recovery_file_not_the_users_file(make_window, map_copy, qtbot):
    before = map_copy.read_bytes()
    window = make_window(path=map_copy)
    assert window.autosave_soon.interval() == 50
    assert recovery_files() == []
    window.editor.add_member(name="Ny")
    qtbot.waitUntil(lambda: window.autosaver.path.exists(), timeout=3000)  # the debounce timer fired

    (item,) = list_recovery(orphaned_only=False)
    assert item.path == window.autosaver.path
    assert Path(os.environ["XDG_DATA_HOME"]) in item.path.parents
    assert item.original == str(map_copy.resolve())
    assert item.title == window.doc.map.meta.title
    assert "Ny" in {m.name for m in item.load().family}
    # The user's file and its folder are untouched: no backup, no temp file.
    assert map_copy.read_bytes() == before
    assert sorted(p.name for p in map_copy.parent.iterdir()) == ["norgaard.json"]
    # It is not offered as a crash leftover while this Skymap runs.
    assert list_recovery() == []


def test_autosave_follows_later_edits(make_window, map_copy):
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")
    window.autosave()
    window.editor.add_member(name="Endnu en")
    window.autosave()
    (item,) = list_recovery(orphaned_only=False)
    assert {"Ny", "Endnu en"} <= {m.name for m in item.load().family}


def test_nothing_is_autosaved_without_changes(make_window, map_copy):
    window = make_window(path=map_copy)
    window.autosave()
    assert recovery_files() == []


def test_saving_removes_the_recovery_file_and_keeps_a_backup(make_window, map_copy):
    before = map_copy.read_bytes()
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")
    window.autosave()
    assert window.autosaver.path.exists()
    assert window.file_save() is True
    assert not window.autosaver.path.exists()
    assert recovery_files() == []
    assert not window.isWindowModified()
    assert "Ny" in {m.name for m in load_map(map_copy).family}
    assert backup_path(map_copy).read_bytes() == before


def test_undoing_back_to_clean_removes_the_recovery_file(make_window, map_copy, qtbot):
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")
    window.autosave()
    assert window.autosaver.path.exists()
    window.undo_stack.undo()
    assert window.undo_stack.isClean()
    assert not window.autosaver.path.exists()
    qtbot.wait(250)  # the debounce timer runs out: it must not write the clean map back
    assert recovery_files() == []


def test_a_normal_close_removes_the_recovery_file(make_window, map_copy, qtbot):
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")
    window.autosave()
    recovery = window.autosaver.path
    assert recovery.exists()
    window.undo_stack.undo()
    window.close()
    assert not window.isVisible()
    assert not recovery.exists()
    assert recovery_files() == []


def test_closing_with_discard_removes_the_recovery_file_and_keeps_the_users_file(make_window, map_copy, dialogs):
    before = map_copy.read_bytes()
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")
    window.autosave()
    assert window.autosaver.path.exists()
    window.close()  # "unsaved changes" is answered Discard by the test fixture
    assert [kind for kind, _ in dialogs] == ["question"]
    assert not window.isVisible()
    assert recovery_files() == []
    assert map_copy.read_bytes() == before


# ----- a failed save ------------------------------------------------------------------------------

def test_a_failed_save_says_so_keeps_the_work_and_leaves_the_file(make_window, map_copy, monkeypatch, dialogs):
    before = map_copy.read_bytes()
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")

    def full(skymap, path, backup=True, expect=None, protection=None):
        raise SaveError("save_failed", path=path, reason="No space left on device")

    monkeypatch.setattr(window_files, "save_map", full)
    assert window.file_save() is False
    warnings = [args for kind, args in dialogs if kind == "warning"]
    assert len(warnings) == 1
    text = warnings[0][2]
    assert "could not be saved" in text and str(map_copy) in text and "No space left on device" in text
    assert "Traceback" not in text
    assert window.isWindowModified()
    assert not window.undo_stack.isClean()
    assert "Ny" in names(window)
    assert map_copy.read_bytes() == before
    assert not backup_path(map_copy).exists()
    # The work is also in the recovery file, in case the laptop dies next.
    (item,) = list_recovery(orphaned_only=False)
    assert "Ny" in {m.name for m in item.load().family}


def test_a_real_disk_full_save_changes_nothing(make_window, map_copy, monkeypatch, dialogs):
    """The same through the real save_map: only the user's folder is full."""
    import errno

    before = map_copy.read_bytes()
    window = make_window(path=map_copy)
    window.editor.add_member(name="Ny")
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).parent == map_copy.parent:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    assert window.file_save() is False
    monkeypatch.setattr(os, "replace", real_replace)
    assert any(kind == "warning" and "No space left on device" in args[2] for kind, args in dialogs)
    assert window.isWindowModified()
    assert map_copy.read_bytes() == before
    assert sorted(p.name for p in map_copy.parent.iterdir()) == ["norgaard.json"]
    # Once there is room again, saving works.
    assert window.file_save() is True
    assert "Ny" in {m.name for m in load_map(map_copy).family}


# ----- two Skymaps, one map ---------------------------------------------------------------------

def test_opening_a_map_records_our_lock_and_closing_releases_it(make_window, map_copy):
    window = make_window()
    assert window.file_open(str(map_copy)) is True
    info = locks.read_lock(map_copy)
    assert info is not None and info.is_mine()
    window.close()
    assert not locks.lock_path(map_copy).exists()


def test_a_map_open_in_another_skymap_opens_read_only(make_window, map_copy, live_foreign_pid, dialogs,
                                                      monkeypatch, tmp_path):
    lock = write_lock(map_copy, live_foreign_pid, user="karin")
    lock_before = lock.read_bytes()
    before = map_copy.read_bytes()
    window = make_window()
    assert window.file_open(str(map_copy)) is True

    boxes = [args[2] for kind, args in dialogs if kind == "box"]
    assert len(boxes) == 1
    assert "norgaard.json" in boxes[0] and "karin" in boxes[0] and socket.gethostname() in boxes[0]
    assert "since" in boxes[0] and "?" not in boxes[0]
    assert window.read_only is True
    assert window.path == map_copy
    assert "read-only" in window.windowTitle()
    assert not window.palette_panel.isEnabled()

    count_before = len(window.doc.map.family)
    window.editor.add_member(name="Ny")
    assert window.undo_stack.count() == 0
    assert len(window.doc.map.family) == count_before
    window.add_from_palette("member")
    assert window.undo_stack.count() == 0
    window.autosave()
    assert recovery_files() == []

    # File > Save in read-only mode asks where to save a copy.
    copy = tmp_path / "min-kopi.json"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(a) or str(copy), "")))
    assert window.file_save() is True
    assert asked, "Save did not ask for a new name"
    assert window.path == copy and copy.exists()
    assert window.read_only is False
    assert "read-only" not in window.windowTitle()
    assert window.palette_panel.isEnabled()
    window.editor.add_member(name="Ny")
    assert window.undo_stack.count() == 1
    assert "Ny" in names(window)
    # The other Skymap's file and lock are as they were.
    assert map_copy.read_bytes() == before
    assert lock.read_bytes() == lock_before


def test_after_saving_a_read_only_map_elsewhere_save_and_tools_work_again(make_window, map_copy, live_foreign_pid,
                                                                          monkeypatch, tmp_path):
    write_lock(map_copy, live_foreign_pid)
    window = make_window()
    window.file_open(str(map_copy))
    assert window.read_only
    copy = tmp_path / "min-kopi.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    assert window.act_save_as.isEnabled()
    window.act_save_as.trigger()
    assert window.path == copy and not window.read_only
    assert window.act_save.isEnabled()
    assert window.tool_actions["connect"].isEnabled()
    assert window.tool_actions["note"].isEnabled()


def test_a_map_open_elsewhere_can_be_opened_as_a_copy(make_window, map_copy, live_foreign_pid, monkeypatch):
    write_lock(map_copy, live_foreign_pid)

    def choose_copy(box):
        return next(b for b in box.buttons() if b.text() == "Open a copy")

    monkeypatch.setattr(modal, "exec_box", choose_copy)
    window = make_window()
    assert window.file_open(str(map_copy)) is True
    assert window.path is None
    assert window.read_only is False
    assert window.doc.map.meta.title.startswith("Copy of ")
    window.editor.add_member(name="Ny")
    assert window.undo_stack.count() == 1


def test_cancel_at_the_lock_question_keeps_the_open_map(make_window, map_copy, live_foreign_pid, monkeypatch):
    write_lock(map_copy, live_foreign_pid)
    monkeypatch.setattr(modal, "exec_box", lambda box: box.button(QMessageBox.Cancel))
    window = make_window()
    title = window.doc.map.meta.title
    assert window.file_open(str(map_copy)) is False
    assert window.path is None and window.doc.map.meta.title == title


def test_a_stale_lock_from_a_crash_is_cleared_without_asking(make_window, map_copy, dialogs):
    write_lock(map_copy, dead_pid(), user="karin")
    window = make_window()
    assert window.file_open(str(map_copy)) is True
    assert [kind for kind, _ in dialogs if kind == "box"] == []
    assert window.read_only is False
    assert locks.read_lock(map_copy).is_mine()


# ----- recovery after a crash ------------------------------------------------------------------------

def write_crash_leftover(map_path: Path, name: str = "Gendannet") -> Path:
    """What a Skymap that crashed leaves behind: its last autosave, its process gone."""
    doc = MapDocument(load_map(map_path))
    doc.add_member(name)
    pid = dead_pid()
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{pid}-0badc0de.json"
    path.write_text(json.dumps({
        "format": RECOVERY_FORMAT, "version": 1,
        "saved": datetime.now(UTC).isoformat(timespec="seconds"),
        "pid": pid, "host": socket.gethostname(), "original": str(map_path.resolve()),
        "title": doc.map.meta.title, "map": doc.map.to_json_dict(),
    }, ensure_ascii=False), encoding="utf-8")
    return path


def test_restoring_after_a_crash_brings_the_work_back_as_unsaved(make_window, map_copy, monkeypatch):
    before = map_copy.read_bytes()
    leftover = write_crash_leftover(map_copy)
    offered = []

    def choose_first(dialog):
        offered.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog.chosen = dialog.files[0]
        return True

    monkeypatch.setattr(modal, "exec_dialog", choose_first)
    window = make_window()
    assert window.offer_recovery() is True
    # The dialog showed the map's name and the file it belongs to.
    assert len(offered) == 1 and "Familien Nørgaard" in offered[0] and str(map_copy.resolve()) in offered[0]

    assert "Gendannet" in names(window)
    assert window.isWindowModified()
    assert window.path == map_copy.resolve()
    assert not leftover.exists()
    assert map_copy.read_bytes() == before
    # The restored work is protected again by this Skymap's own recovery file.
    (mine,) = list_recovery(orphaned_only=False)
    assert mine.path == window.autosaver.path
    assert "Gendannet" in {m.name for m in mine.load().family}
    # Saving puts it into the user's file.
    assert window.file_save() is True
    assert "Gendannet" in {m.name for m in load_map(map_copy).family}
    assert recovery_files() == []


def test_restoring_the_map_already_open_keeps_its_lock(make_window, map_copy, monkeypatch):
    """`skymap m.json` after a crash, then the recovered m.json chosen: the lock on m.json
    stays this Skymap's (it was deleted, so a second Skymap could open the map unwarned)."""
    write_crash_leftover(map_copy)
    monkeypatch.setattr(modal, "exec_dialog", lambda dialog: setattr(dialog, "chosen", dialog.files[0]) or True)
    window = make_window()
    assert window.file_open(str(map_copy)) is True
    assert window.offer_recovery() is True
    assert window.path == map_copy.resolve()
    info = locks.read_lock(map_copy)
    assert info is not None and info.is_mine()
    window.undo_stack.setClean()
    window.restored = False
    window.close()
    assert not locks.lock_path(map_copy).exists()


def test_restoring_while_the_original_is_open_elsewhere_gives_an_unsaved_copy(make_window, map_copy, monkeypatch,
                                                                               live_foreign_pid):
    before = map_copy.read_bytes()
    write_crash_leftover(map_copy)
    write_lock(map_copy, live_foreign_pid)
    monkeypatch.setattr(modal, "exec_dialog",
                        lambda d: (setattr(d, "chosen", d.files[0]) or True))
    window = make_window()
    assert window.offer_recovery() is True
    assert "Gendannet" in names(window)
    assert window.path is None  # saving must ask for a new name, not overwrite the other's file
    assert window.isWindowModified()
    assert map_copy.read_bytes() == before


def test_declining_recovery_keeps_the_leftover_for_later(make_window, map_copy, dialogs):
    leftover = write_crash_leftover(map_copy)
    window = make_window()
    assert window.offer_recovery() is False  # the fixture closes the dialog
    assert [kind for kind, _ in dialogs] == ["dialog"]
    assert leftover.exists()
    assert "Gendannet" not in names(window)


def test_recovery_dialog_saves_a_leftover_elsewhere(qtbot, map_copy, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt

    from skymap.ui.recovery_dialog import RecoveryDialog

    before = map_copy.read_bytes()
    leftover = write_crash_leftover(map_copy)
    dialog = RecoveryDialog(list_recovery(), "en")
    qtbot.addWidget(dialog)
    target = tmp_path / "reddet.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert "Gendannet" in {m.name for m in load_map(target).family}
    assert not leftover.exists()
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    assert map_copy.read_bytes() == before


def test_recovery_dialog_discards_a_leftover_after_asking(qtbot, map_copy, dialogs):
    from PySide6.QtCore import Qt

    from skymap.ui.recovery_dialog import RecoveryDialog

    leftover = write_crash_leftover(map_copy)
    dialog = RecoveryDialog(list_recovery(), "en")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert [kind for kind, _ in dialogs] == ["question"]  # answered Discard by the fixture
    assert not leftover.exists()
    assert dialog.list.count() == 0
    assert list_recovery() == []


def test_no_dialog_when_nothing_is_left_over(make_window, map_copy, dialogs):
    other = make_window(path=map_copy)
    other.editor.add_member(name="Ny")
    other.autosave()  # a running Skymap's own file is not a leftover
    window = make_window()
    assert window.offer_recovery() is False
    assert dialogs == []


# ----- CPR numbers typed in -----------------------------------------------------------------------

def type_notes(window, actor_id: str, text: str) -> None:
    window.scene.select_only(actor_id)
    assert window.inspector.current == ("actors", actor_id)
    window.inspector.a_notes.setPlainText(text)
    window.inspector._commit("notes", window.inspector.a_notes.toPlainText())


def test_a_cpr_number_typed_into_notes_is_caught_and_removed(make_window, map_copy, dialogs):
    window = make_window(path=map_copy)
    actor = window.doc.map.actors[0]
    type_notes(window, actor.id, "CPR 010190-1234")
    boxes = [args[2] for kind, args in dialogs if kind == "box"]
    assert len(boxes) == 1 and "010190-1234" in boxes[0] and "CPR" in boxes[0]
    notes = window.doc.actor(actor.id).notes
    assert "010190-1234" not in notes and "0101901234" not in notes
    assert notes == "CPR"
    # The saved file holds no number either.
    window.file_save()
    assert "010190-1234" not in map_copy.read_text(encoding="utf-8")


def test_a_cpr_number_typed_into_a_name_is_caught(make_window, map_copy, dialogs):
    window = make_window(path=map_copy)
    actor = window.doc.map.actors[0]
    window.scene.select_only(actor.id)
    window.inspector.a_name.setText("Hanne Lund 0101901234")
    window.inspector._commit("name", window.inspector.a_name.text())
    assert any(kind == "box" and "0101901234" in args[2] for kind, args in dialogs)
    assert window.doc.actor(actor.id).name == "Hanne Lund"


def test_the_user_may_keep_the_number_after_the_warning(make_window, map_copy, dialogs, monkeypatch):
    monkeypatch.setattr(modal, "exec_box",
                        lambda box: dialogs.append(("box", (None, None, box.text())))
                        or next(b for b in box.buttons() if b.text() == "Keep it"))
    window = make_window(path=map_copy)
    actor = window.doc.map.actors[0]
    type_notes(window, actor.id, "CPR 010190-1234")
    assert len([1 for kind, _ in dialogs if kind == "box"]) == 1
    assert window.doc.actor(actor.id).notes == "CPR 010190-1234"


def test_ordinary_numbers_do_not_trigger_the_warning(make_window, map_copy, dialogs):
    window = make_window(path=map_copy)
    actor = window.doc.map.actors[0]
    type_notes(window, actor.id, "Tlf 12345678, møde 32.01 kl 10")
    assert dialogs == []
    assert window.doc.actor(actor.id).notes == "Tlf 12345678, møde 32.01 kl 10"


# ----- no network ----------------------------------------------------------------------------------

def test_an_app_session_never_opens_a_network_connection(make_window, map_copy, monkeypatch, tmp_path):
    attempts = []

    def blocked(name):
        def refuse(*args, **kwargs):
            attempts.append((name, args[1:] if name.startswith("socket.") else args))
            raise AssertionError(f"network access: {name}{args}")

        return refuse

    monkeypatch.setattr(socket.socket, "connect", blocked("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", blocked("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", blocked("create_connection"))
    # The guard itself works.
    with pytest.raises(AssertionError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(AssertionError):
        socket.socket().connect(("127.0.0.1", 9))
    attempts.clear()

    window = make_window()
    assert window.file_open(str(map_copy)) is True
    window.editor.add_member(name="Ny")
    window.autosave()
    assert window.file_save() is True
    pdf = tmp_path / "moede.pdf"
    assert window.export_pdf(str(pdf), {"paper": "a4", "pseudonymise": None, "sections": ["map"]}) is True
    assert pdf.read_bytes().startswith(b"%PDF")
    window.editor.add_member(name="Endnu en")
    window.autosave()
    window.offer_recovery()
    window.undo_stack.setClean()
    window.close()
    assert attempts == []
