"""Started with --lang da while the kept choice is another language, Settings showed "Følg
systemet (English)" in a Danish window (a user trial): the dialog now says what this run
speaks and why, in a line under the kept choice, gone once a language is chosen there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from skymap.storage import settings
from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE


@pytest.fixture
def danish_run(monkeypatch, tmp_path, qtbot):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # (the kept choice, this test's own)
    settings.set_preference("language", "en")  # kept; this run is started with --lang da
    i18n.install(QApplication.instance(), "da")
    win = MainWindow(load_map(EXAMPLE), None, "da")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo_stack.setClean()
    i18n.install(QApplication.instance(), "en")


def settings_action(win):
    edit = win.menuBar().actions()[1].menu()
    return next(a for a in edit.actions() if a.text().replace("&", "").startswith("Indstillinger"))


def test_settings_say_that_lang_chose_this_runs_language(danish_run, qtbot):
    win = danish_run
    settings_action(win).trigger()  # Rediger ▸ Indstillinger
    dialog = win.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.language.currentText() == "English"  # the kept choice, as it is
    note = dialog.this_run
    assert note.isVisible()
    assert note.text() == "Denne gang: Dansk (valgt med --lang ved start)"
    assert note.geometry().top() >= dialog.language.geometry().bottom()  # under the choice it explains

    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    assert not note.isVisible()  # kept and spoken are the same now
    dialog.close()


def test_no_note_when_the_run_speaks_the_kept_language(danish_run, qtbot):
    settings.set_preference("language", "da")
    dialog = danish_run.open_settings()
    qtbot.waitExposed(dialog)
    assert not dialog.this_run.isVisible()
    dialog.close()
