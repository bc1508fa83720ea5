"""Kill tests in the suite (a few kills; `python -m bench.kill_test` does a hundred of each)."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from bench.kill_test import kill_imports, kill_protected_saves, kill_saves
from tests.helpers import EXAMPLE, ROOT

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL"), pytest.mark.slow]


def test_killing_imports_never_leaves_a_broken_map(tmp_path):
    import random

    result = kill_imports(tmp_path, 8, random.Random(7))
    assert result["kills"] == 8
    assert result["bad"] == 0 and result["loads"] == 8
    assert result["old"] + result["new"] == 8


def test_killing_a_saving_process_never_leaves_a_broken_map(tmp_path):
    import random

    result = kill_saves(tmp_path, 8, random.Random(7))
    assert result["bad"] == 0 and result["loads"] == 8 and result["old_or_new"] == 8


def test_killing_saves_of_a_protected_map_never_leaves_an_unreadable_or_clear_file(tmp_path):
    import random

    result = kill_protected_saves(tmp_path, 8, random.Random(7), people=300)
    assert result["kills"] == 8 and result["bad"] == 0
    assert result["loads"] == 8 and result["old_or_new"] == 8
    assert result["clear"] == 0


GUI_SESSION = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    import skymap.ui.main_window as mw
    import skymap.ui.window_files as files
    files.AUTOSAVE_DELAY_MS = 100
    from skymap.storage.mapfile import load_map
    app = QApplication([])
    path = Path(sys.argv[1])
    window = mw.MainWindow(load_map(path), path, "da")
    window.show()
    window.editor.add_member(name="Lille Bo")
    actor = window.doc.map.actors[0]
    window.editor.update_one("actors", actor.id, role="Ny rolle efter mødet")
    deadline = time.time() + 10
    while time.time() < deadline and not window.autosaver.path.exists():
        app.processEvents()
        time.sleep(0.02)
    print("autosaved" if window.autosaver.path.exists() else "no autosave", flush=True)
    while True:  # the edits are unsaved; now the battery dies
        app.processEvents()
        time.sleep(0.05)
    """
)


def test_a_killed_session_comes_back_with_its_edits(tmp_path, qtbot, monkeypatch):
    """Edit in a real process, let the autosave run, kill it, start again: the edits are back."""
    import shutil

    from skymap.storage.mapfile import load_map
    from skymap.storage.recovery import list_recovery
    from skymap.ui import modal
    from skymap.ui.main_window import MainWindow

    path = tmp_path / "kort.json"
    shutil.copy(EXAMPLE, path)
    original = path.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", GUI_SESSION, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=os.environ.copy())
    try:
        line = proc.stdout.readline().strip()
        assert line == "autosaved", proc.stderr.read() if proc.poll() is not None else line
        time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert path.read_bytes() == original  # the autosave never touches the user's file
    found = list_recovery()
    assert len(found) == 1 and found[0].original == str(path.resolve())

    window = MainWindow(load_map(path), path, "da")
    qtbot.addWidget(window)
    monkeypatch.setattr(modal, "exec_dialog", lambda d: setattr(d, "chosen", d.files[0]) or True)
    assert window.offer_recovery()
    names = [m.name for m in window.doc.map.family]
    assert "Lille Bo" in names
    assert window.doc.map.actors[0].role == "Ny rolle efter mødet"
    assert window.isWindowModified() and window.path == path
    assert list_recovery() == []  # the old recovery file is consumed (a new one is ours)
    window.undo_stack.setClean()
    window.restored = False
