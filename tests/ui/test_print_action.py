"""File ▸ Print… (Ctrl+P) as the caseworker meets it: the options, the system's print dialog
answered with "print to a PDF file", and the pages that arrive. (Before: the menu passed Qt's
`checked` flag as the printer, and nothing was printed or said.)"""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest

from skymap.export.pdf import write_pdf
from skymap.ui.export_dialog import ExportOptionsDialog


@pytest.fixture
def window(open_example):
    return open_example("en")


@pytest.fixture
def answer(monkeypatch, tmp_path):
    """Both dialogs answered as a user would: the options as offered, then the printer set to
    print to the PDF file `out` (a file in `tmp_path`)."""
    seen = {"out": tmp_path / "printed.pdf"}

    def options(dialog):
        seen["options"] = dialog.options()
        return ExportOptionsDialog.Accepted

    def printer(dialog):
        chosen = dialog.printer()
        chosen.setOutputFormat(QPrinter.PdfFormat)
        chosen.setOutputFileName(str(seen["out"]))
        seen["printer"] = chosen
        return QPrintDialog.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", options)
    monkeypatch.setattr(QPrintDialog, "exec", printer)
    return seen


def print_action(window):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == "&Print…")


def check_pages(window, seen):
    printed = PdfReader(str(seen["out"]))
    expected = io.BytesIO()
    write_pdf(window.doc.map, expected, **seen["options"])
    pages = len(PdfReader(expected).pages)
    assert pages >= 3  # map, contact list, findings
    assert len(printed.pages) == pages
    first = printed.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert width > height and abs(width - 842) < 3 and abs(height - 595) < 3  # A4 landscape
    text = " ".join(first.extract_text().split())  # (a gap between words may come out as a tab)
    for member in window.doc.map.family:  # the map page names the family
        assert member.name in text, member.name
    contacts = " ".join(printed.pages[1].extract_text().split())
    assert "Mette Skov" in contacts


def test_file_print_from_the_menu_prints_every_page(window, answer, dialogs):
    print_action(window).trigger()
    assert answer["out"].is_file(), dialogs
    check_pages(window, answer)
    assert not [d for d in dialogs if d[0] == "warning"]


def test_ctrl_p_prints(window, answer, dialogs):
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier)
    assert answer["out"].is_file(), dialogs
    check_pages(window, answer)


@pytest.fixture
def on_paper(monkeypatch):
    """The printer is a printer on paper (the test platform has none): the pages go the way
    they go to a printer, kept by Qt's driver in the PDF file `out`. (A print to a PDF file
    is the exported PDF itself: test_print_to_pdf_file.py.)"""
    from skymap.ui import print_to_file

    monkeypatch.setattr(print_to_file, "pdf_file", lambda printer: None)


def test_a_printer_that_cannot_start_is_said_in_a_message(window, answer, dialogs, tmp_path, on_paper):
    answer["out"] = tmp_path / "no such folder" / "printed.pdf"
    print_action(window).trigger()
    warnings = [d for d in dialogs if d[0] == "warning"]
    assert len(warnings) == 1 and "printer could not be started" in warnings[0][1][2]
    assert not answer["out"].exists()


def test_a_print_to_a_file_in_a_missing_folder_is_said_in_a_message(window, answer, dialogs, tmp_path):
    answer["out"] = tmp_path / "no such folder" / "printed.pdf"
    print_action(window).trigger()
    warnings = [d for d in dialogs if d[0] == "warning"]
    assert len(warnings) == 1 and warnings[0][1][2] == (
        f"{answer['out']} could not be saved (No such file or directory).")
    assert not answer["out"].exists()


def test_an_error_while_printing_is_said_not_swallowed(window, answer, dialogs, monkeypatch, on_paper):
    from skymap.ui import printing

    def broken(data, printer, progress=None, choose=None):
        raise ValueError("the page could not be drawn")

    monkeypatch.setattr(printing, "print_pdf", broken)
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier)
    warnings = [d for d in dialogs if d[0] == "warning"]
    assert len(warnings) == 1 and "Printing failed: the page could not be drawn" in warnings[0][1][2]


def test_printing_shows_progress_and_says_where_the_pages_went(window, answer, dialogs, monkeypatch, on_paper):
    """A print takes seconds: a busy cursor and the page being printed while it runs, then a
    confirmation in the status bar (issue 21)."""
    from PySide6.QtWidgets import QApplication

    seen = []
    original = window.statusBar().showMessage

    def record(text, timeout=0):
        seen.append((text, QApplication.overrideCursor() is not None
                     and QApplication.overrideCursor().shape() == Qt.WaitCursor))
        original(text, timeout)

    monkeypatch.setattr(window.statusBar(), "showMessage", record)
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier)
    pages = len(PdfReader(str(answer["out"])).pages)
    assert ("Printing page 1 of %d…" % pages, True) in seen  # busy while drawing
    assert window.statusBar().currentMessage() == "Printed: %d pages to printed.pdf" % pages
    assert QApplication.overrideCursor() is None  # the cursor is back


def test_printed_pages_are_drawn_at_a_sharp_but_modest_resolution(window, answer, on_paper):
    """600 dpi pictures made a 12-14 MB file; 300 dpi is as sharp on paper at a third of it."""
    print_action(window).trigger()
    reader = PdfReader(str(answer["out"]))
    page = reader.pages[0]
    image = next(iter(page.images))
    width_inches = float(page.mediabox.width) / 72
    assert image.image.width / width_inches <= 310
    assert image.image.width / width_inches >= 190
