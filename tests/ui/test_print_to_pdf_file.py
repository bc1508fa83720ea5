"""File ▸ Print… (Filer ▸ Udskriv…) to a PDF file writes the meeting PDF itself, as File ▸
Export PDF does: vector pages, searchable, small, with the map's title, 0600. (A user trial:
the print was 4.4 MB of 311-dpi JPEG pictures of the pages with no title, the export 67 KB.)
A printer on paper still gets pictures of the pages, now exact ones, with the map's title
as the document's name in the print queue."""

from __future__ import annotations

import os
import stat
import sys

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from skymap.ui import modal, print_to_file
from skymap.ui.export_dialog import ExportOptionsDialog

TEXTS = {"en": ("&File", "&Print…", "Printed: {} pages to printed.pdf"),
         "da": ("&Filer", "&Udskriv…", "Udskrevet: {} sider til printed.pdf")}


@pytest.fixture
def answer(monkeypatch, tmp_path):
    """The options dialog (names as `answer["names"]` says) and the system's print dialog
    (paper `answer["page"]`, pages `answer["range"]`, if set) answered by the user, printing to the PDF file `out`."""
    seen = {"out": tmp_path / "printed.pdf", "names": None, "page": None, "range": None}

    def options(dialog):
        dialog.names_buttons[seen["names"]].click()
        seen["options"] = dialog.options()
        return ExportOptionsDialog.DialogCode.Accepted

    def printer(dialog):
        chosen = dialog.printer()
        if seen["page"] is not None:
            chosen.setPageSize(QPageSize(seen["page"]))
        if seen["range"] is not None:
            seen["range"](chosen)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(seen["out"]))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", options)
    monkeypatch.setattr(QPrintDialog, "exec", printer)
    return seen


@pytest.fixture
def on_paper(monkeypatch):
    """The printer is a printer on paper (the test platform has none): the pages go the way
    they go to a printer, and Qt's driver keeps them in a PDF file to look at."""
    monkeypatch.setattr(print_to_file, "pdf_file", lambda printer: None)


def print_from_menu(window, lang: str = "en") -> None:
    file_text, print_text = TEXTS[lang][:2]
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == file_text)
    next(a for a in file_menu.actions() if a.text() == print_text).trigger()


def pictures(path, password=None) -> list[bytes]:
    """Every page drawn at 60 dpi."""
    document = pdfium.PdfDocument(str(path), password=password)
    try:
        return [bytes(page.render(scale=60 / 72).buffer) for page in document]
    finally:
        document.close()


def test_print_to_a_pdf_file_writes_the_exported_pdf(example_window_each_language, answer, dialogs, tmp_path):
    window = example_window_each_language
    lang = "da" if window.lang == "da" else "en"
    print_from_menu(window, lang)
    out = answer["out"]
    assert out.is_file(), dialogs
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600 or sys.platform == "win32"
    assert out.stat().st_size < 200_000  # (4.4 MB of pictures before)
    reader = PdfReader(str(out))
    assert reader.metadata.title == "Familien Nørgaard"
    assert all(not page.images for page in reader.pages)  # no picture of a page: words and lines
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for member in window.doc.map.family:
        assert member.name in text, member.name
    assert "Mette Skov" in text
    assert window.statusBar().currentMessage() == TEXTS[lang][2].format(len(reader.pages))
    exported = tmp_path / "exported.pdf"
    assert window.export_pdf(str(exported), dict(answer["options"]))
    assert pictures(out) == pictures(exported)  # page by page what File ▸ Export PDF writes
    assert not [d for d in dialogs if d[0] == "warning"]


def test_the_paper_chosen_in_the_print_dialog_is_the_pdfs(open_example, answer, dialogs):
    answer["page"] = QPageSize.PageSizeId.A3
    print_from_menu(open_example("en"))
    page = PdfReader(str(answer["out"])).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (1191, 842)  # A3 landscape
    assert not page.images  # the A3 meeting PDF itself, not an A4 page's picture made larger


def test_a_print_to_a_file_with_initials_names_nobody(open_example, answer, dialogs):
    answer["names"] = "initials"
    window = open_example("en")
    print_from_menu(window)
    reader = PdfReader(str(answer["out"]))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Mette Skov" not in text and "Nørgaard" not in text and "M.S." in text
    assert reader.metadata.title == "Familien N."  # as the exported PDF's: the family's initial only


def test_a_protected_map_printed_to_a_file_gets_a_password_too(open_example, answer, dialogs, monkeypatch):
    from skymap.storage.protect import Protection
    from skymap.ui import protect_ui

    window = open_example("en")
    monkeypatch.setattr(window, "protection", Protection.new("kaffe og kage 2026"))
    monkeypatch.setattr(modal, "exec_box", lambda box: box.defaultButton())  # "Protect the PDF…"
    typed = []

    def password(dialog):
        from PySide6.QtTest import QTest

        typed.append(dialog.mode)
        for field in (dialog.first, dialog.second):
            if field is not None:
                QTest.keyClicks(field, "rugbrød med æg 2027")
        return True

    monkeypatch.setattr(protect_ui, "_exec_password_dialog", password)
    print_from_menu(window)
    reader = PdfReader(str(answer["out"]))
    assert typed == ["pdf"] and reader.is_encrypted and reader.decrypt("rugbrød med æg 2027") != 0
    assert window.statusBar().currentMessage() == TEXTS["en"][2].format(len(reader.pages))


def test_a_printer_shows_the_maps_title_and_gets_exact_pictures(open_example, answer, dialogs, on_paper):
    """The print queue names the map (Qt's driver writes the document's name as the title);
    the pages' pictures are kept without JPEG loss, at about 300 dpi."""
    print_from_menu(open_example("en"))
    reader = PdfReader(str(answer["out"]))
    assert reader.metadata.title == "Familien Nørgaard"
    page = reader.pages[0]
    xobjects = page["/Resources"]["/XObject"]
    filters = {str(xobjects[name].get_object()["/Filter"]) for name in xobjects}
    assert filters == {"/FlateDecode"}  # (it was /DCTDecode: JPEG)
    image = next(iter(page.images))
    assert 190 <= image.image.width / (float(page.mediabox.width) / 72) <= 310


def test_a_printer_of_a_pseudonymised_print_is_not_told_the_familys_name(open_example, answer, dialogs, on_paper):
    answer["names"] = "roles"
    print_from_menu(open_example("en"))
    title = PdfReader(str(answer["out"])).metadata.title
    assert title and "Nørgaard" not in title


def only(first: int, last: int):
    """The print dialog answered "Pages from `first` to `last`"."""
    def choose(printer):
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(first, last)
    return choose


def test_pages_1_to_1_in_the_print_dialog_print_the_map_page_alone(open_example, answer, dialogs):
    answer["range"] = only(1, 1)
    window = open_example("en")
    print_from_menu(window)
    reader = PdfReader(str(answer["out"]))
    assert len(reader.pages) == 1 and not reader.pages[0].images
    assert reader.metadata.title == "Familien Nørgaard" and "Signaturforklaring" in reader.pages[0].extract_text()
    assert window.statusBar().currentMessage() == "Printed: 1 page to printed.pdf"


def test_a_page_range_goes_to_a_printer_too(open_example, answer, dialogs, on_paper):
    answer["range"] = only(2, 3)
    window = open_example("en")
    print_from_menu(window)
    reader = PdfReader(str(answer["out"]))
    assert len(reader.pages) == 2 and "Kontaktliste" in " ".join(reader.pages[0].extract_text().split())
    assert window.statusBar().currentMessage() == "Printed: 2 pages to printed.pdf"
