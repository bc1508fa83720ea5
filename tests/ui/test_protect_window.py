"""Password-protected maps in the window: File ▸ Protect with password… / Change password… /
Remove password with the dialogs answered, opening a protected map (wrong password asks
again, Cancel opens nothing), the lock mark, exports that ask first, restoring a protected
recovery file, and a scan of every file the session wrote for a name in the clear."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.storage.mapfile import backup_path, load_map, save_map
from skymap.storage.protect import Protection, Unlocker, looks_protected
from skymap.storage.recovery import list_recovery
from skymap.ui import modal, protect_ui
from skymap.ui.main_window import MainWindow
from tests.helpers import EXAMPLE

PASS = "kaffe og kage 2026"
NEW_PASS = "rugbrød med æg 2027"


class Answers:
    """Answers the password dialogs in turn: each answer is a password (typed in every
    field of the dialog) or None (Cancel). Records each dialog's mode, wrong flag and texts."""

    def __init__(self, monkeypatch, *answers):
        self.answers = list(answers)
        self.seen = []
        monkeypatch.setattr(protect_ui, "_exec_password_dialog", self)

    def __call__(self, dialog) -> bool:
        from PySide6.QtWidgets import QLabel

        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        self.seen.append((dialog.mode, dialog.hint.text(), texts))
        answer = self.answers.pop(0)
        if answer is None:
            return False
        QTest.keyClicks(dialog.first, answer)
        if dialog.second is not None:
            QTest.keyClicks(dialog.second, answer)
        return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def names(skymap) -> list[str]:
    found = [m.name for m in skymap.family] + [a.name for a in skymap.actors] + [skymap.meta.family_name]
    return [n for n in found if n and len(n) >= 4] + ["Lille Bo"]


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(load_map(EXAMPLE), None, "en")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.restored = False
    win.undo_stack.setClean()


def menu_action(window, text: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_protect_change_and_remove_through_the_file_menu(window, tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    save_map(window.doc.map, path)
    assert window.file_open(path)
    answers = Answers(monkeypatch, "kort", PASS)  # a short one first: OK stays disabled
    menu_action(window, "Protect with Password…").trigger()
    assert answers.seen[0][0] == "new" and "cannot be recovered" in answers.seen[0][2]
    assert not looks_protected(path.read_bytes())  # the short password was not accepted
    menu_action(window, "Protect with Password…").trigger()
    assert looks_protected(path.read_bytes())
    assert load_map(path, unlock=Unlocker.with_passphrase(PASS)) == window.doc.map
    for f in (path, backup_path(path)):
        assert not [n for n in names(window.doc.map) if n.encode() in f.read_bytes()]
    assert "protected" in window.windowTitle() and protect_ui.lock_mark(window).isVisible()
    assert not menu_action(window, "Protect with Password…").isVisible()

    Answers(monkeypatch, NEW_PASS)
    menu_action(window, "Change Password…").trigger()
    assert load_map(path, unlock=Unlocker.with_passphrase(NEW_PASS)) == window.doc.map

    monkeypatch.setattr(modal, "exec_box", lambda box: next(
        b for b in box.buttons() if b.text() == "Remove Password"))
    menu_action(window, "Remove Password").trigger()
    assert not looks_protected(path.read_bytes()) and load_map(path) == window.doc.map
    assert "protected" not in window.windowTitle() and not protect_ui.lock_mark(window).isVisible()


def test_opening_asks_again_after_a_wrong_password_and_cancel_opens_nothing(window, tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    save_map(load_map(EXAMPLE), path, protection=Protection.new(PASS))
    answers = Answers(monkeypatch, None)
    assert not window.file_open(path)
    assert window.path is None
    answers = Answers(monkeypatch, "not it at all", PASS)
    assert window.file_open(path)
    assert [(mode, hint) for mode, hint, _ in answers.seen] == [("open", ""), ("open", "Wrong password. Try again.")]
    assert window.path == path and window.protection is not None
    # Ctrl+S keeps it protected, with the key kept (no password asked again)
    window.editor.add_member(name="Lille Bo")
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert window.undo_stack.isClean() and b"Lille Bo" not in path.read_bytes()
    assert any(m.name == "Lille Bo" for m in load_map(path, unlock=Unlocker.with_passphrase(PASS)).family)


def test_exports_of_a_protected_map_ask_first(window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    path = tmp_path / "case.json"
    save_map(load_map(EXAMPLE), path, protection=Protection.new(PASS))
    Answers(monkeypatch, PASS)
    assert window.file_open(path)
    # plain exports: the question's default is Cancel
    assert not window.export_other(".csv", str(tmp_path / "list.csv"))
    assert not (tmp_path / "list.csv").exists()
    monkeypatch.setattr(modal, "exec_box", lambda box: next(
        b for b in box.buttons() if b.text() == "Export Unencrypted"))
    assert window.export_other(".csv", str(tmp_path / "list.csv"))
    assert (tmp_path / "list.csv").exists()
    # a PDF: the default answer is a password on the PDF
    monkeypatch.setattr(modal, "exec_box", lambda box: box.defaultButton())
    answers = Answers(monkeypatch, NEW_PASS)
    assert window.export_pdf(str(tmp_path / "meeting.pdf"), options={})
    assert answers.seen[0][0] == "pdf"
    reader = PdfReader(tmp_path / "meeting.pdf")
    assert reader.is_encrypted and reader.decrypt(PASS) == 0 and reader.decrypt(NEW_PASS) != 0


def test_a_protected_recovery_file_asks_for_its_password(window, tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    protection = Protection.new(PASS)
    save_map(load_map(EXAMPLE), path, protection=protection)
    Answers(monkeypatch, PASS)
    assert window.file_open(path)
    window.editor.add_member(name="Lille Bo")
    window.autosave()
    data = window.autosaver.path.read_bytes()
    assert b"Lille Bo" not in data and "Nørgaard".encode() not in data
    from skymap.storage.recovery import keep_copy

    left = keep_copy(window.doc.map, path, protection=window.protection)  # what a crash leaves
    found = [r for r in list_recovery(orphaned_only=False) if r.path == left]
    assert found and found[0].protected
    window.undo_stack.setClean()
    window.set_document(load_map(EXAMPLE), None)  # another map now; the recovery file stays
    Answers(monkeypatch, None)
    window.restore_from(found[0])  # Cancel: nothing restored, the file is kept
    assert window.path is None and found[0].path.exists()
    answers = Answers(monkeypatch, PASS)
    window.restore_from(found[0])
    assert answers.seen and window.path == path and window.protection is not None
    assert any(m.name == "Lille Bo" for m in window.doc.map.family)
    assert window.file_save() and b"Lille Bo" not in path.read_bytes()


def test_a_protected_session_leaves_no_name_in_any_file(window, tmp_path, monkeypatch):
    """Open, edit, autosave, save, keep a copy at reload, export a protected PDF, close:
    every file under the map's folder, the data and config folders and the temp folder
    is scanned for the map's names."""
    folder = tmp_path / "maps"
    folder.mkdir()
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    path = folder / "case-17.json"
    save_map(load_map(EXAMPLE), path, protection=Protection.new(PASS))
    Answers(monkeypatch, PASS, PASS)
    assert window.file_open(path)
    window.editor.add_member(name="Lille Bo")
    window.autosave()
    QTest.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    window.editor.add_member(name="Lille Bo")
    from skymap.storage.recovery import keep_copy

    keep_copy(window.doc.map, path, protection=window.protection)
    monkeypatch.setattr(modal, "exec_box", lambda box: box.defaultButton())
    assert window.export_pdf(str(folder / "meeting.pdf"), options={})
    window.autosave()
    every = names(window.doc.map)
    from skymap.storage import locks

    lock = json.loads(locks.lock_path(path).read_text())  # the lock: who and since when, nothing of the map
    assert set(lock) == {"user", "host", "pid", "since"}
    roots = [folder, temp] + [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")]
    scanned = 0
    for root in roots:
        for f in root.rglob("*") if root.exists() else []:
            if f.is_file():
                scanned += 1
                data = f.read_bytes()
                found = [n for n in every if n.encode("utf-8") in data or n.encode("utf-16-le") in data]
                assert not found, (f, found)
    assert scanned >= 5  # the map, its backup, two recovery files, the PDF, the settings
    window.undo_stack.setClean()


def test_starting_skymap_on_a_protected_map_asks_in_a_dialog(qtbot, tmp_path, monkeypatch):
    """`skymap MAP` without --password-file: the first map's password is asked in a dialog
    (again after a wrong one), and the window gets the map's key."""
    from skymap.ui import app

    path = tmp_path / "case.json"
    save_map(load_map(EXAMPLE), path, protection=Protection.new(PASS))
    unlock = app._unlocker("en", None)  # no --password-file, no --screenshot
    answers = Answers(monkeypatch, "not it at all", PASS)
    assert load_map(path, unlock=unlock) == load_map(EXAMPLE)
    assert [hint for _, hint, _ in answers.seen] == ["", "Wrong password. Try again."]
    assert unlock.asked_in_window and unlock.protection is not None


def test_reload_and_bring_back_of_a_protected_map_use_the_key_in_hand(window, tmp_path, monkeypatch):
    """Another program (the command line, same password) changes the open protected map:
    Reload keeps the window's edits as a sealed recovery copy and brings them back, asking
    for no password (only one answer is given: a second question would fail the test)."""
    from skymap.cli import main

    path = tmp_path / "case.json"
    save_map(load_map(EXAMPLE), path, protection=Protection.new(PASS))
    Answers(monkeypatch, PASS)
    assert window.file_open(path)
    window.editor.add_member(name="Lille Bo")
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n", encoding="utf-8")
    assert main(["status", str(path), "--add", "Opstart", "--password-file", str(pw), "--force"]) == 0
    assert window.file_guard.reload()
    assert window.protection is not None and [s.label for s in window.doc.map.snapshots] == ["Opstart"]
    kept = window.file_guard._kept[0]
    assert b"Lille Bo" not in kept.read_bytes()
    window.file_guard._bring_back(*window.file_guard._kept)
    assert any(m.name == "Lille Bo" for m in window.doc.map.family) and window.protection is not None


def test_the_password_dialog_itself_runs_and_closes(qtbot):
    """The other tests answer the password dialog for the user; this one runs the real one
    (closed by a timer, as a user pressing Cancel) — it once failed with a NameError."""
    from PySide6.QtCore import QTimer

    from skymap.ui import protect_ui

    dialog = protect_ui.PasswordDialog(None, "open", "kort.json")
    QTimer.singleShot(100, dialog.reject)
    assert protect_ui._exec_password_dialog(dialog) is False
