"""File ▸ Print… to a PDF file writes a file only its owner can read (0600), as a saved map
and an exported PDF: the printed pages hold the family's data. (It was -rw-r--r--.)"""

from __future__ import annotations

import os
import stat
import sys

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from skymap.ui.export_dialog import ExportOptionsDialog

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")


@pytest.fixture
def answer(monkeypatch, tmp_path):
    """The options as offered, then the system's print dialog answered "print to a file"."""
    seen = {"out": tmp_path / "printed.pdf"}
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda dialog: ExportOptionsDialog.Accepted)

    def printer(dialog):
        chosen = dialog.printer()
        chosen.setOutputFormat(QPrinter.PdfFormat)
        chosen.setOutputFileName(str(seen["out"]))
        return QPrintDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", printer)
    return seen


def print_action(window):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == "&Print…")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_print_to_a_file_is_readable_by_its_owner_only(open_example, answer, dialogs):
    old = os.umask(0o022)  # a usual desktop's: new files -rw-r--r--
    try:
        window = open_example("en")
        print_action(window).trigger()
    finally:
        os.umask(old)
    assert answer["out"].is_file() and answer["out"].stat().st_size > 10_000, dialogs
    assert mode(answer["out"]) == 0o600


def test_printing_over_an_existing_file_makes_it_private_too(open_example, answer, dialogs):
    answer["out"].write_bytes(b"old")
    answer["out"].chmod(0o644)
    window = open_example("en")
    print_action(window).trigger()
    assert answer["out"].read_bytes()[:4] == b"%PDF" and mode(answer["out"]) == 0o600


def test_a_print_that_cannot_start_leaves_no_empty_file(open_example, answer, dialogs, monkeypatch):
    """A printer that writes its pages to a file (not the meeting PDF itself: that is written
    whole or not at all, see test_print_to_pdf_file.py)."""
    from PySide6.QtGui import QPainter

    from skymap.ui import print_to_file

    monkeypatch.setattr(print_to_file, "pdf_file", lambda printer: None)

    monkeypatch.setattr(QPainter, "begin", lambda self, device: False)  # the printer does not start
    window = open_example("en")
    print_action(window).trigger()
    assert not answer["out"].exists()
    assert [d for d in dialogs if d[0] == "warning"]  # said in a message
