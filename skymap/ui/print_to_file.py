"""File ▸ Print… to a PDF file ("Print to file", Qt's PDF printer) writes the meeting PDF
itself, as File ▸ Export PDF does: vector pages whose words can be searched and copied,
with the map's title in the file, readable by its owner only (0600).

Drawn through a printer, the same pages were pictures: 4.4 MB for the example map in
2-3 s, without a title, against 67 KB in half a second exported (a user trial).
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from skymap.export.dispatch import write_export

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


def write(skymap, path: str, options: dict, extra: dict, password: str | None = None) -> int:
    """The meeting PDF of `skymap` written to `path` as File ▸ Export PDF writes it (`options`
    from the options dialog and the printer's paper, `extra` from the view on screen);
    returns its number of pages.
    A SkymapError says why it could not be written (the file as it was before is kept)."""
    write_export(skymap, path, fmt=".pdf", pdf_password=password, **extra, **options)
    document = pdfium.PdfDocument(path, password=password)
    try:
        return len(document)
    finally:
        document.close()


def title(data: bytes) -> str:
    """The title in a PDF's metadata ("" when it has none): the name a print queue shows."""
    document = pdfium.PdfDocument(data)
    try:
        return document.get_metadata_dict().get("Title", "")
    finally:
        document.close()
