"""Printing the meeting PDF on a printer: the very same pages, drawn at the printer's resolution."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter


def prepare_printer(printer: QPrinter, paper: str) -> None:
    size = QPageSize(QPageSize.A3 if paper == "a3" else QPageSize.A4)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Landscape)


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Send every page of a PDF to `printer`; returns the number of pages printed."""
    document = pdfium.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = max(150, min(printer.resolution(), 600))
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format_RGB888).copy()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
        return len(document)
    finally:
        painter.end()
        document.close()
