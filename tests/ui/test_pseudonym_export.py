"""Export PDF from the window with "Initials/Roles instead of names": no one's name, in any
form, is in the file — nor in the file name the window suggests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from tests.cli.test_pseudonym_cli import ACTORS, CASEWORKER, EVERYONE, FAMILY, LEFT, mentions
from tests.export.leaks import build, pdf_leaks


@pytest.fixture
def planted_window(qtbot, tmp_path):
    from skymap.storage.mapfile import save_map
    from skymap.ui.main_window import MainWindow

    m = build(FAMILY, ACTORS, LEFT, CASEWORKER, ["NFD", "NFC"] * 6, mentions())
    path = tmp_path / "familien-nørgaard.json"
    save_map(m, path)
    win = MainWindow(m, path, "da")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo_stack.setClean()


@pytest.mark.parametrize(("mode", "pseudonym"), [("initials", "S.N."), ("roles", "mor")])
def test_ctrl_e_with_pseudonyms_writes_a_pdf_without_names(planted_window, qtbot, monkeypatch, tmp_path, mode,
                                                          pseudonym):
    from pypdf import PdfReader

    from skymap.ui.export_dialog import ExportOptionsDialog

    win = planted_window

    def answer(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        button = dialog.names_buttons[mode]
        QTest.mouseClick(button, Qt.LeftButton, Qt.NoModifier, QPoint(8, button.height() // 2))  # on its circle
        assert button.isChecked()
        dialog.changes.setCurrentIndex(1)  # the page of changes since the first status, named after people
        return ExportOptionsDialog.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", answer)
    out = tmp_path / "til-netværket.pdf"
    suggested = []

    def save_as(parent, caption, name, *args, **kwargs):
        suggested.append(name)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    QTest.keyClick(win, Qt.Key_E, Qt.ControlModifier)
    assert out.exists()
    assert Path(suggested[0]).name == "skymap-pseudonym.pdf"
    assert not pdf_leaks(out.read_bytes(), EVERYONE)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Pseudonymiseret udgave" in text and "Ændringer siden" in text and pseudonym in text
