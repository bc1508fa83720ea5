"""File ▸ Print… to a PDF file ("Print to file", Qt's PDF printer) writes the meeting PDF
itself, as File ▸ Export PDF does: vector pages whose words can be searched and copied,
with the map's title in the file, readable by its owner only (0600).

Drawn through a printer, the same pages were pictures: 4.4 MB for the example map in
2-3 s, without a title, against 67 KB in half a second exported (a user trial).
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from skymap.export.dispatch import write_export
from skymap.export.pdf_password import encrypt_pdf
from skymap.storage.mapfile import write_atomic

PAPER_OF_PAGE = {QPageSize.PageSizeId.A4: "a4", QPageSize.PageSizeId.A3: "a3"}
"""The print dialog's paper sizes the meeting PDF has (it is always landscape)."""


def pdf_file(printer: QPrinter) -> str | None:
    """The PDF file `printer` writes to, or None for a printer (paper)."""
    name = printer.outputFileName()
    if not name:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or name.lower().endswith(".pdf"):
        return name
    return None


def paper(printer: QPrinter, asked: str) -> str:
    """The paper chosen last, in the print dialog, when the PDF has it; else the options' `asked`."""
    return PAPER_OF_PAGE.get(printer.pageLayout().pageSize().id(), asked)


def page_count(data: bytes) -> int:
    """The number of pages of a PDF."""
    return len(PdfReader(io.BytesIO(data)).pages)


def limit_pages(dialog, printer: QPrinter, count: int) -> None:
    """The print dialog's "Pages from … to …" kept within the document's `count` pages: its
    spin boxes stop at the last page (they went to 9999, and "pages 7 to 9" of a 5-page
    document printed every page) and show the whole document, 1 to `count`, at first."""
    last = max(1, count)
    dialog.setMinMax(1, last)
    printer.setFromTo(1, last)


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) of a `count`-page document the print dialog asked for: all, or
    "Pages from … to …" (none of them there: all, rather than an empty print)."""
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.fromPage() < 1:
        return list(range(count))
    last = printer.toPage() if printer.toPage() >= printer.fromPage() else count
    return list(range(printer.fromPage() - 1, min(last, count))) or list(range(count))


def write(skymap, path: str, options: dict, extra: dict, printer: QPrinter, password: str | None = None) -> int:
    """The meeting PDF of `skymap` written to `path` as File ▸ Export PDF writes it (`options`
    from the options dialog and the printer's paper, `extra` from the view on screen), only
    the pages the print dialog chose; returns the number of pages written.
    A SkymapError says why it could not be written (the file as it was before is kept)."""
    buffer = io.BytesIO()
    # (in memory: no clear copy on disk; a PDF goes through to write_pdf, which takes a BytesIO)
    write_export(skymap, buffer, fmt=".pdf", **extra, **options)  # type: ignore[arg-type]
    data = buffer.getvalue()
    reader = PdfReader(io.BytesIO(data))
    pages = chosen_pages(printer, len(reader.pages))
    if len(pages) < len(reader.pages):  # "Pages 1 to 1": the map page alone
        writer = PdfWriter(clone_from=reader)  # (keeps the title and the XMP metadata)
        for index in reversed(range(len(reader.pages))):
            if index not in pages:
                writer.remove_page(index)
        buffer = io.BytesIO()
        writer.write(buffer)
        data = buffer.getvalue()
    write_atomic(path, data if password is None else encrypt_pdf(data, password))
    return len(pages)


def title(data: bytes) -> str:
    """The title in a PDF's metadata ("" when it has none): the name a print queue shows."""
    document = pdfium.PdfDocument(data)
    try:
        return document.get_metadata_dict().get("Title", "")
    finally:
        document.close()
