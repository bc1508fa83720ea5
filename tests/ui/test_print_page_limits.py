"""File ▸ Print… (Filer ▸ Udskriv…): the print dialog's "Pages from … to …" spin boxes stop
at the document's last page and show the whole document (1 to 5) at first (they went to
9999); a page printed alone keeps its number in the whole document ("side 3 af 5" / "page 3
of 5"), on a PDF file and on a printer alike."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QSpinBox

from skymap.export.pdf import write_pdf
from skymap.ui import i18n, print_to_file
from skymap.ui.export_dialog import ExportOptionsDialog

MENU = {"en": ("&File", "&Print…"), "da": ("&Filer", "&Udskriv…")}
PAGE = {"en": "page {} of {}", "da": "side {} af {}"}


@pytest.fixture
def answer(monkeypatch, tmp_path):
    """The options as offered; in the print dialog the user looks at the page spin boxes,
    asks for pages `answer["range"]` (if set) and prints to the PDF file `out`."""
    seen = {"out": tmp_path / "printed.pdf", "range": None}

    def options(dialog):
        seen["options"] = dialog.options()
        return ExportOptionsDialog.DialogCode.Accepted

    def printer(dialog):
        dialog.show()  # (as exec shows it: the spin boxes take the dialog's limits)
        QApplication.processEvents()
        seen["spins"] = {s.objectName(): (s.minimum(), s.maximum(), s.value())
                         for s in dialog.findChildren(QSpinBox) if s.objectName() in ("from", "to")}
        dialog.hide()
        chosen = dialog.printer()
        if seen["range"] is not None:
            chosen.setPrintRange(QPrinter.PrintRange.PageRange)
            chosen.setFromTo(*seen["range"])
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(seen["out"]))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", options)
    monkeypatch.setattr(QPrintDialog, "exec", printer)
    return seen


@pytest.fixture(params=["da", "en"])
def window(request, open_example):
    i18n.install(QApplication.instance(), request.param)
    yield open_example(request.param)
    i18n.install(QApplication.instance(), "en")


def print_from_menu(window) -> None:
    file_text, print_text = MENU[window.lang]
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == file_text)
    next(a for a in file_menu.actions() if a.text() == print_text).trigger()


def pages_of_the_meeting_pdf(window, options) -> int:
    buffer = io.BytesIO()
    write_pdf(window.doc.map, buffer, **options)
    return len(PdfReader(buffer).pages)


def page_words(window, options) -> str:
    """'side {} af {}' or 'page {} of {}': the print speaks the map's language."""
    return PAGE[options.get("lang") or window.doc.map.meta.language]


def words(path) -> list[str]:
    """Each page's text, as pdfium reads it (a printer's pages: the invisible words on the pictures)."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def test_the_page_spin_boxes_stop_at_the_last_page(window, answer, dialogs):
    print_from_menu(window)
    pages = pages_of_the_meeting_pdf(window, answer["options"])
    assert pages >= 3
    assert answer["spins"] == {"from": (1, pages, 1), "to": (1, pages, pages)}
    assert len(PdfReader(str(answer["out"])).pages) == pages  # all pages, as the dialog said


def test_page_3_printed_alone_keeps_its_number_in_the_document(window, answer, dialogs):
    answer["range"] = (3, 3)
    print_from_menu(window)
    pages = pages_of_the_meeting_pdf(window, answer["options"])
    (text,) = words(answer["out"])
    said = page_words(window, answer["options"])
    assert said.format(3, pages) in text and said.format(1, 1) not in text


def test_page_3_alone_on_a_printer_keeps_its_number_too(window, answer, dialogs, monkeypatch):
    monkeypatch.setattr(print_to_file, "pdf_file", lambda printer: None)  # a printer on paper
    answer["range"] = (3, 3)
    print_from_menu(window)
    pages = pages_of_the_meeting_pdf(window, answer["options"])
    (text,) = words(answer["out"])
    assert page_words(window, answer["options"]).format(3, pages) in text
